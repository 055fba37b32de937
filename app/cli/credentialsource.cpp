#include "credentialsource.h"

#include "auth/credentialstore.h"
#include "auth/secretstore.h"

namespace altrata::cli {

using auth::AuthError;
using auth::AuthErrorKind;

namespace {

AuthError missingCredentials(QString message) {
    return auth::makeAuthError(AuthErrorKind::MissingCredentials, std::move(message));
}

} // namespace

CredentialSource::CredentialSource(const QProcessEnvironment &environment, auth::CredentialStore *store,
                                   QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_store(store) {}

void CredentialSource::resolve(const Invocation &invocation, const Callback &done) {
    if (invocation.profile.isEmpty())
        resolveFromEnvironment(invocation, done);
    else
        resolveFromProfile(invocation, done);
}

void CredentialSource::resolveFromEnvironment(const Invocation &invocation, const Callback &done) const {
    ResolvedCredentials resolved;
    resolved.origin = QStringLiteral("environment variables");
    resolved.credentials.username = m_environment.value(QLatin1String(usernameVariable));
    resolved.credentials.password = auth::Secret(m_environment.value(QLatin1String(passwordVariable)));
    resolved.credentials.apiKey = auth::Secret(m_environment.value(QLatin1String(apiKeyVariable)));
    QStringList unset;
    for (const char *name : {apiKeyVariable, usernameVariable, passwordVariable}) {
        if (m_environment.value(QLatin1String(name)).trimmed().isEmpty())
            unset << QLatin1String(name);
    }
    if (!unset.isEmpty()) {
        done(std::nullopt, missingCredentials(QStringLiteral("No credentials: set %1 (or use --profile NAME).")
                                                  .arg(unset.join(QStringLiteral(", ")))));
        return;
    }
    finish(std::move(resolved), invocation, done);
}

void CredentialSource::resolveFromProfile(const Invocation &invocation, const Callback &done) {
    if (!m_store || !m_store->hasProfile(invocation.profile)) {
        const QStringList names = m_store ? m_store->profileNames() : QStringList();
        done(std::nullopt,
             missingCredentials(QStringLiteral("There is no saved profile named \"%1\". Saved profiles: %2.")
                                    .arg(invocation.profile,
                                         names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")))));
        return;
    }
    m_store->load(
        invocation.profile, this,
        [invocation, done](const std::optional<auth::CredentialProfile> &profile,
                           const std::optional<AuthError> &error) {
            if (error || !profile) {
                done(std::nullopt, error ? error
                                         : missingCredentials(QStringLiteral("The profile \"%1\" could not "
                                                                             "be read.")
                                                                  .arg(invocation.profile)));
                return;
            }
            if (!profile->rememberSecrets) {
                // Its secrets live only in the memory of the app that saved it.
                done(std::nullopt,
                     missingCredentials(QStringLiteral("The profile \"%1\" does not remember its password and API key "
                                                       "(\"Remember in keychain\" is off), so the command line cannot "
                                                       "use it. Set %2, %3 and %4 instead.")
                                            .arg(invocation.profile, QLatin1String(usernameVariable),
                                                 QLatin1String(passwordVariable), QLatin1String(apiKeyVariable))));
                return;
            }
            ResolvedCredentials resolved;
            resolved.credentials = profile->credentials;
            resolved.defaultService = profile->defaultService;
            resolved.origin = QStringLiteral("profile \"%1\"").arg(invocation.profile);
            finish(std::move(resolved), invocation, done);
        });
}

void CredentialSource::finish(ResolvedCredentials resolved, const Invocation &invocation, const Callback &done) {
    if (invocation.tokenUrl)
        resolved.credentials.tokenUrl = *invocation.tokenUrl;
    const QStringList missing = resolved.credentials.missingFields();
    if (!missing.isEmpty()) {
        done(std::nullopt, missingCredentials(QStringLiteral("The credentials from %1 are incomplete: %2 missing.")
                                                  .arg(resolved.origin, missing.join(QStringLiteral(", ")))));
        return;
    }
    done(resolved, std::nullopt);
}

} // namespace altrata::cli
