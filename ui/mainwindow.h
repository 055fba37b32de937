#pragma once

#include "auth/authsession.h"
#include "auth/credentials.h"
#include "auth/tokencache.h"
#include "net/servicecatalog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QSettings;
class QStackedWidget;

namespace altrata::auth {
class Clock;
class CredentialStore;
class MemorySecretStore;
} // namespace altrata::auth

namespace altrata::sandbox {
class SandboxHost;
}

namespace altrata::ui {

class ServicePicker;
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
    ServicePicker *servicePicker() const { return m_servicePicker; }
    QUrl currentServiceUrl() const;

    // Offers the built-in sandbox in the service picker (not owned; null: none). Once it runs, its services
    // are listed and a demo profile with its credentials is opened for this session only.
    void setSandboxHost(sandbox::SandboxHost *host);
    // A profile that lives in this window only: never written to the settings, its secrets and tokens kept in
    // memory. Replaces a session profile of the same name, and selects it.
    void openSessionProfile(const auth::CredentialProfile &profile);

public Q_SLOTS:
    void selectProfile(const QString &name);
    void manageProfiles();
    // Starts the sandbox (or, when it runs, switches to it): its services and the demo profile.
    void openSandbox();

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
    void onSandboxStarted();
    void onSandboxFailed(const QString &message);
    bool isSessionProfile(const QString &name) const { return m_sessionProfiles.contains(name); }

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
    ServicePicker *m_servicePicker = nullptr;
    QAction *m_manageAction = nullptr;

    net::ServiceCatalog m_catalog;
    sandbox::SandboxHost *m_sandbox = nullptr;
    bool m_sandboxWanted = false; // open the sandbox's service and demo profile once it has started
    std::unique_ptr<auth::MemorySecretStore> m_sessionSecrets; // secrets and tokens of session profiles
    QHash<QString, auth::CredentialProfile> m_sessionProfiles;

    QPointer<auth::AuthSession> m_session;
    QPointer<auth::TokenCache> m_cache;
    QString m_sessionProfile;   // the profile m_session (or the load in flight) belongs to
    QString m_preferredProfile; // selected by the next refreshProfiles() when listed
    quint64 m_generation = 0;   // answers for an older profile load are dropped
};

} // namespace altrata::ui
