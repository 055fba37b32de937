#pragma once

#include "auth/accesstoken.h"
#include "auth/credentials.h"

#include <optional>

namespace altrata::auth {
class Clock;
class CredentialStore;
class SecretStore;
} // namespace altrata::auth

namespace altrata::test {

class FakeTokenServer;

// Helpers for tests of the window's profiles: a saved profile whose token URL and default service are the fake
// server's, saved through the real CredentialStore, and tokens put into (or read from) the cache as the app does.
// Each waits for the asynchronous answer and fails the running test when the store refuses.
auth::CredentialProfile fakeServerProfile(const FakeTokenServer &server, const QString &name, const QString &apiKey);
void saveProfile(auth::CredentialStore &store, const auth::CredentialProfile &profile);
void storeCachedToken(auth::SecretStore &secrets, const auth::Clock &clock, const auth::Credentials &credentials,
                      qint64 lifetimeSeconds);
std::optional<auth::AccessToken> loadCachedToken(auth::SecretStore &secrets, const auth::Credentials &credentials);

} // namespace altrata::test
