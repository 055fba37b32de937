#pragma once

#include "auth/credentials.h"
#include "net/credentialcheck.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QFrame;
class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace altrata::auth {
class AuthSession;
class Clock;
class CredentialStore;
class TokenCache;
} // namespace altrata::auth

namespace altrata::ui {

// "Test credentials" inside the credentials dialog, working like the CLI's `check`: it tests what the form
// holds (saved or not) with a still-valid cached token against the service; only when none is valid does it
// say, inline, that a new token ends the current one of every other application using these credentials,
// and requests one only when the person then asks for it. The outcome is shown inline in plain words,
// naming the part most likely wrong. Never saves, never changes the form, never shows a secret.
class CredentialTestPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialTestPanel)
public:
    struct FormValues {
        auth::Credentials credentials;
        QUrl defaultService;
        bool rememberSecrets = true; // false: tokens are cached in memory only, like the secrets
    };
    using FormReader = std::function<FormValues()>;

    // `network` and `clock` must outlive the panel. The token cache lives where the form's
    // secrets would: the store's current secret store, or memory for a profile that is not remembered.
    CredentialTestPanel(auth::CredentialStore *store, QNetworkAccessManager *network, const auth::Clock *clock,
                        FormReader readForm, QWidget *parent = nullptr);
    ~CredentialTestPanel() override;

    // The service to test against. Unset: the form's default service, else the sandbox's or Altrata's Profile.
    void setServiceUrl(const QUrl &url);
    // The window's session for the profile, shared when the form holds exactly its credentials (see
    // CredentialCheck::Request::sharedSession). Not owned; may be null.
    void setSession(auth::AuthSession *session);
    QUrl effectiveServiceUrl() const;
    static QUrl fallbackServiceUrl(const QUrl &tokenUrl);

    bool isRunning() const;
    QString resultText() const;
    bool newTokenWarningShown() const;

public Q_SLOTS:
    void test();             // never requests a new token
    void testWithNewToken(); // after the inline warning
    void cancel();
    void clear(); // forgets the last outcome (e.g. when the form shows another profile)

Q_SIGNALS:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildWarning();
    void start(bool allowNewToken);
    void onPhase(net::CredentialCheckResult::Phase phase);
    void onFinished(const net::CredentialCheckResult &result);
    void showWarning(bool keychainAvailable);
    void showResult(bool ok, const QString &text);
    void colourResult(); // success or failure colour for the current palette
    QString successText(const net::CredentialCheckResult &result) const;
    static QString failureHeadline(net::CredentialCheckResult::Suspect suspect);
    void setRunning(bool running);

    auth::CredentialStore *m_store;
    QNetworkAccessManager *m_network;
    const auth::Clock *m_clock;
    FormReader m_readForm;
    QUrl m_serviceUrl;
    QPointer<auth::AuthSession> m_session;
    std::unique_ptr<auth::TokenCache> m_cache;
    std::unique_ptr<net::CredentialCheck> m_check;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QFrame *m_warning = nullptr;
    QLabel *m_warningText = nullptr;
    QLabel *m_resultLabel = nullptr;
    bool m_resultOk = false;
};

} // namespace altrata::ui
