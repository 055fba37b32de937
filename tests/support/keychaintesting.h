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

// A store whose every operation fails (asynchronously, with a Keychain error), as a locked keychain does.
class FailingSecretStore final : public auth::SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailingSecretStore)
public:
    using auth::SecretStore::SecretStore;
    void read(const QString &key, QObject *context, auth::SecretStoreCallback done) override;
    void write(const QString &key, const auth::Secret &value, QObject *context,
               auth::SecretStoreCallback done) override;
    void remove(const QString &key, QObject *context, auth::SecretStoreCallback done) override;
    bool isVolatile() const override { return false; }
    int calls() const { return m_calls; }

private:
    void fail(QObject *context, auth::SecretStoreCallback done);
    int m_calls = 0;
};

// Writes, reads back and removes a probe entry. Returns why the keychain cannot be used, if it cannot.
std::optional<auth::AuthError> probeKeychain(auth::SecretStore &store);

// probeKeychain() judged for a test's initTestCase(): keychain rows are skipped for `skipReason` unless
// `usable`; `requiredFailure` (non-empty only under REQUIRE_KEYCHAIN=1) is what the test must QFAIL with.
struct KeychainProbe {
    bool usable = false;
    QString skipReason;
    QString requiredFailure;
};
KeychainProbe probeKeychainForTest(auth::SecretStore &store);

} // namespace altrata::test
