#include "keychaintesting.h"

#include "asyncwait.h"
#include "auth/guardedcallback.h"

#include <QCoreApplication>
#include <QUuid>

#include <functional>

namespace altrata::test {

using auth::SecretStoreResult;

KeychainExpectation keychainExpectation() {
    if (qEnvironmentVariableIntValue("EXPECT_NO_KEYCHAIN") == 1)
        return KeychainExpectation::Unavailable;
    if (qEnvironmentVariableIntValue("REQUIRE_KEYCHAIN") == 1)
        return KeychainExpectation::Required;
    return KeychainExpectation::Optional;
}

QString uniqueKeychainService(const QString &testName) {
    return QStringLiteral("altrata-explorer-test-%1-%2")
        .arg(testName, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

namespace {

auth::AuthError testError(const QString &message, const QString &detail) {
    return auth::makeAuthError(auth::AuthErrorKind::Keychain, message, detail);
}

SecretStoreResult runNow(const std::function<void(QObject *, auth::SecretStoreCallback)> &start, int waitMs) {
    if (auto result = waitForCallback<auth::SecretStoreCallback>(start, waitMs))
        return *result;
    SecretStoreResult missing;
    missing.error =
        testError(QStringLiteral("No answer."), QStringLiteral("the callback did not run within %1 ms").arg(waitMs));
    return missing;
}

} // namespace

SecretStoreResult readNow(auth::SecretStore &store, const QString &key, int waitMs) {
    return runNow([&](QObject *context, auth::SecretStoreCallback done) { store.read(key, context, done); }, waitMs);
}

SecretStoreResult writeNow(auth::SecretStore &store, const QString &key, const auth::Secret &value, int waitMs) {
    return runNow([&](QObject *context, auth::SecretStoreCallback done) { store.write(key, value, context, done); },
                  waitMs);
}

SecretStoreResult removeNow(auth::SecretStore &store, const QString &key, int waitMs) {
    return runNow([&](QObject *context, auth::SecretStoreCallback done) { store.remove(key, context, done); }, waitMs);
}

void FailingSecretStore::read(const QString &, QObject *context, auth::SecretStoreCallback done) {
    fail(context, std::move(done));
}

void FailingSecretStore::write(const QString &, const auth::Secret &, QObject *context,
                               auth::SecretStoreCallback done) {
    fail(context, std::move(done));
}

void FailingSecretStore::remove(const QString &, QObject *context, auth::SecretStoreCallback done) {
    fail(context, std::move(done));
}

void FailingSecretStore::fail(QObject *context, auth::SecretStoreCallback done) {
    ++m_calls;
    SecretStoreResult result;
    result.error = testError(QStringLiteral("The system keychain is locked."), QStringLiteral("FailingSecretStore"));
    auth::callLater(context ? context : this, std::move(done), result);
}

std::optional<auth::AuthError> probeKeychain(auth::SecretStore &store) {
    const QString key = QStringLiteral("probe/%1").arg(QCoreApplication::applicationPid());
    const auth::Secret value(QStringLiteral("probe-value"));
    if (const SecretStoreResult written = writeNow(store, key, value); written.error)
        return written.error;
    const SecretStoreResult read = readNow(store, key);
    if (read.error)
        return read.error;
    if (!read.found || !(read.value == value))
        return testError(QStringLiteral("The probe entry did not read back."), QStringLiteral("probe read mismatch"));
    return removeNow(store, key).error;
}

KeychainProbe probeKeychainForTest(auth::SecretStore &store) {
    const std::optional<auth::AuthError> problem = probeKeychain(store);
    KeychainProbe probe;
    probe.usable = !problem;
    if (!problem)
        return probe;
    probe.skipReason = QStringLiteral("no usable keychain: %1").arg(problem->message);
    if (keychainExpectation() == KeychainExpectation::Required)
        probe.requiredFailure =
            QStringLiteral("REQUIRE_KEYCHAIN=1 but: %1 (%2)").arg(problem->message, problem->detail);
    return probe;
}

} // namespace altrata::test
