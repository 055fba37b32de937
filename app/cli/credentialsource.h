#pragma once

#include "commandline.h"

#include "auth/autherror.h"
#include "auth/credentials.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace altrata::auth {
class CredentialStore;
}

namespace altrata::cli {

struct ResolvedCredentials {
    auth::Credentials credentials;
    QUrl defaultService; // from a profile; empty for environment credentials
    QString origin;      // "profile \"x\"" or "environment variables": where they came from, for messages
};

// Finds the credentials the user meant: a saved profile (settings + keychain) or the ALTRATA_* environment
// variables, with --token-url applied on top. Refuses incomplete credentials before anything is sent.
class CredentialSource final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialSource)
public:
    using Callback =
        std::function<void(const std::optional<ResolvedCredentials> &, const std::optional<auth::AuthError> &)>;

    static constexpr const char *apiKeyVariable = "ALTRATA_API_KEY";
    static constexpr const char *usernameVariable = "ALTRATA_USERNAME";
    static constexpr const char *passwordVariable = "ALTRATA_PASSWORD";

    // `store` is only used for --profile and may be null otherwise.
    CredentialSource(const QProcessEnvironment &environment, auth::CredentialStore *store, QObject *parent = nullptr);

    void resolve(const Invocation &invocation, const Callback &done);

private:
    void resolveFromEnvironment(const Invocation &invocation, const Callback &done) const;
    void resolveFromProfile(const Invocation &invocation, const Callback &done);
    static void finish(ResolvedCredentials resolved, const Invocation &invocation, const Callback &done);

    QProcessEnvironment m_environment;
    auth::CredentialStore *m_store;
};

} // namespace altrata::cli
