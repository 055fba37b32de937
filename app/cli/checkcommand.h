#pragma once

#include "commandline.h"
#include "credentialsource.h"
#include "tokenprovider.h"

#include "auth/clock.h"
#include "net/credentialcheck.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace altrata::auth {
class KeychainSecretStore;
class TokenCache;
} // namespace altrata::auth

namespace altrata::cli {

class Console;

// `check`: the support person's one-minute check, run by net::CredentialCheck (the GUI's "Test Credentials"
// runs the same): uses the cached token (requests one only if none is valid, never renews), sends
// { __typename } to the service and says which part works and which does not. Without a keychain a new token
// needs --yes or a "yes" on the terminal, as for `token`.
class CheckCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)
public:
    CheckCommand(const Console &console, QObject *parent = nullptr);
    ~CheckCommand() override;

    void run(const Invocation &invocation, const ResolvedCredentials &resolved);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void startCheck(net::CredentialCheck::NewToken newToken);
    void onChecked(const net::CredentialCheckResult &result);
    void warnAboutKeychain(const net::CredentialCheckResult &result);
    void report(const std::optional<net::GraphQLResponse> &response, int exitCode);
    void stop(int exitCode, const QString &message);

    const Console &m_console;
    auth::SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::KeychainSecretStore> m_keychain;
    std::unique_ptr<auth::TokenCache> m_cache;
    std::unique_ptr<net::CredentialCheck> m_check;
    Invocation m_invocation;
    ResolvedCredentials m_resolved;
    QUrl m_serviceUrl;
    TokenOutcome m_outcome;
    bool m_warnedKeychain = false;
};

} // namespace altrata::cli
