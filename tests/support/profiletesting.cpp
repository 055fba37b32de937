#include "profiletesting.h"

#include "asyncwait.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "faketokenserver.h"

#include <QTest>

namespace altrata::test {

auth::CredentialProfile fakeServerProfile(const FakeTokenServer &server, const QString &name, const QString &apiKey) {
    auth::CredentialProfile profile;
    profile.name = name;
    profile.credentials.tokenUrl = server.tokenUrl();
    profile.credentials.username = QStringLiteral("test-user");
    profile.credentials.password = auth::Secret(QStringLiteral("test-password"));
    profile.credentials.apiKey = auth::Secret(apiKey);
    profile.defaultService = server.graphqlUrl();
    return profile;
}

void saveProfile(auth::CredentialStore &store, const auth::CredentialProfile &profile) {
    const auto saved = waitForCallback<auth::CredentialStore::DoneCallback>(
        [&](QObject *context, auto done) { store.save(profile, context, std::move(done)); });
    QVERIFY(saved && !saved->has_value());
}

void storeCachedToken(auth::SecretStore &secrets, const auth::Clock &clock, const auth::Credentials &credentials,
                      qint64 lifetimeSeconds) {
    auth::AccessToken token;
    token.value = auth::Secret(QStringLiteral("cached-token-value"));
    token.obtainedAt = clock.now();
    token.expiresAt = clock.now().addSecs(lifetimeSeconds);
    token.expiresInSeconds = lifetimeSeconds;
    auth::TokenCache cache(&secrets);
    const auto stored = waitForCallback<auth::TokenCache::DoneCallback>(
        [&](QObject *context, auto done) { cache.store(credentials, token, context, std::move(done)); });
    QVERIFY(stored && !stored->has_value());
}

std::optional<auth::AccessToken> loadCachedToken(auth::SecretStore &secrets, const auth::Credentials &credentials) {
    auth::TokenCache cache(&secrets);
    const auto loaded = waitForCallback<auth::TokenCache::LoadCallback>(
        [&](QObject *context, auto done) { cache.load(credentials, context, std::move(done)); });
    return loaded ? std::get<0>(*loaded) : std::nullopt;
}

} // namespace altrata::test
