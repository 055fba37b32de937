#pragma once

#include "auth/secretstore.h"

#include <QString>

#include <optional>

namespace altrata::test {

// How a keychain test treats a keychain it cannot use, chosen by the test command's environment:
// REQUIRE_KEYCHAIN=1 fails, EXPECT_NO_KEYCHAIN=1 asserts the failure path instead, neither skips.
enum class KeychainExpectation { Optional, Required, Unavailable };
KeychainExpectation keychainExpectation();

// A service name no other test run uses, so entries from runs in parallel never meet.
QString uniqueKeychainService(const QString &testName);

// Blocking helpers for tests: run one SecretStore operation and wait (in the event loop, up to
// `waitMs`) for its callback. A callback that never comes yields an error whose detail says so.
auth::SecretStoreResult readNow(auth::SecretStore &store, const QString &key, int waitMs = 20000);
auth::SecretStoreResult writeNow(auth::SecretStore &store, const QString &key, const auth::Secret &value,
                                 int waitMs = 20000);
auth::SecretStoreResult removeNow(auth::SecretStore &store, const QString &key, int waitMs = 20000);

// Writes, reads back and removes a probe entry. Returns why the keychain cannot be used, if it cannot.
std::optional<auth::AuthError> probeKeychain(auth::SecretStore &store);

} // namespace altrata::test
