#pragma once

#include "auth/authsession.h"
#include "auth/credentials.h"
#include "auth/tokencache.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QSettings;
class QStackedWidget;

namespace altrata::auth {
class Clock;
class CredentialStore;
} // namespace altrata::auth

namespace altrata::ui {

class TokenStatusWidget;

// The first window: pick a credentials profile and see its token state and countdown. Switching to a
// profile shows a token still valid in the keychain at once, without any network request.
// Every dependency is injected; the window owns only the session and cache of the selected profile.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(QSettings *settings, auth::CredentialStore *store, QNetworkAccessManager *network,
               const auth::Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentProfileName() const;
    auth::AuthSession *authSession() const { return m_session; }
    TokenStatusWidget *tokenStatusWidget() const { return m_tokenStatus; }

public Q_SLOTS:
    void selectProfile(const QString &name);
    void manageProfiles();

Q_SIGNALS:
    // A profile finished loading and its session exists (null when no profile is selected).
    void sessionChanged(altrata::auth::AuthSession *session);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    QWidget *buildEmptyPage();
    QWidget *buildProfilePage();
    void refreshProfiles();
    void loadProfile(const QString &name);
    void startSession(const auth::CredentialProfile &profile);
    void dropSession();
    void showProfileDetails(const auth::CredentialProfile &profile);
    void updateStorageIndicator();
    void showAbout();

    QSettings *m_settings;
    auth::CredentialStore *m_store;
    QNetworkAccessManager *m_network;
    const auth::Clock *m_clock;

    QComboBox *m_profileCombo = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_profileHeading = nullptr;
    QLabel *m_tokenUrlValue = nullptr;
    QLabel *m_usernameValue = nullptr;
    QLabel *m_serviceValue = nullptr;
    QLabel *m_loadErrorLabel = nullptr;
    QLabel *m_storageIndicator = nullptr;
    TokenStatusWidget *m_tokenStatus = nullptr;
    QAction *m_manageAction = nullptr;

    QPointer<auth::AuthSession> m_session;
    QPointer<auth::TokenCache> m_cache;
    QString m_sessionProfile; // the profile m_session (or the load in flight) belongs to
    quint64 m_generation = 0; // answers for an older profile load are dropped
};

} // namespace altrata::ui
