#include "auth/keychainsecretstore.h"
#include "keychaintesting.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace altrata::auth;
using altrata::test::KeychainExpectation;
using altrata::test::readNow;
using altrata::test::removeNow;
using altrata::test::writeNow;

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

// Skips a test that needs a working keychain when this run has none (see keychaintesting.h).
#define REQUIRE_USABLE_KEYCHAIN()                                                                                      \
    do {                                                                                                               \
        if (!m_usable)                                                                                                 \
            QSKIP(qPrintable(m_skipReason));                                                                           \
    } while (false)

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void isVolatile_isFalse();
    void read_missingKey_isNotFoundWithoutError();
    void write_thenRead_returnsValue_data();
    void write_thenRead_returnsValue();
    void write_twice_readReturnsLatest();
    void remove_thenRead_isNotFoundWithoutError();
    void differentKeys_areIndependent();
    void callback_neverRunsInsideTheCall();
    void callback_contextDeleted_isNotRun();

    // Only with EXPECT_NO_KEYCHAIN=1; the silent-bus case must stay last (it redirects the session bus).
    void unavailable_everyOperation_reportsPlainKeychainErrorWithoutSecret();
    void silentKeychain_reportsTimeoutInPlainWords();

private:
    std::unique_ptr<KeychainSecretStore> newStore() const;
    QString key(const char *name) const { return QStringLiteral("test/") + QString::fromLatin1(name); }

    KeychainExpectation m_expectation = KeychainExpectation::Optional;
    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_service;
    bool m_usable = false;
    QString m_skipReason;
    QStringList m_written;
};

std::unique_ptr<KeychainSecretStore> TestKeychainSecretStore::newStore() const {
    auto store = std::make_unique<KeychainSecretStore>(m_service);
    if (const int ms = qEnvironmentVariableIntValue("ALTRATA_KEYCHAIN_TIMEOUT_MS"); ms > 0)
        store->setTimeoutMs(ms);
    return store;
}

void TestKeychainSecretStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    previousHandler = qInstallMessageHandler(captureMessage);
    m_expectation = altrata::test::keychainExpectation();
    m_service = altrata::test::uniqueKeychainService(QStringLiteral("keychainsecretstore"));
    m_store = newStore();
    if (m_expectation == KeychainExpectation::Unavailable) {
        m_skipReason = QStringLiteral("EXPECT_NO_KEYCHAIN=1: only the failure path is tested");
        return;
    }
    const altrata::test::KeychainProbe probe = altrata::test::probeKeychainForTest(*m_store);
    if (!probe.requiredFailure.isEmpty())
        QFAIL(qPrintable(probe.requiredFailure));
    m_usable = probe.usable;
    m_skipReason = probe.skipReason;
}

void TestKeychainSecretStore::cleanupTestCase() {
    if (m_usable) {
        for (const QString &written : std::as_const(m_written))
            removeNow(*m_store, written);
    }
    qInstallMessageHandler(previousHandler);
}

void TestKeychainSecretStore::isVolatile_isFalse() {
    QVERIFY(!m_store->isVolatile());
}

void TestKeychainSecretStore::read_missingKey_isNotFoundWithoutError() {
    REQUIRE_USABLE_KEYCHAIN();
    const SecretStoreResult result = readNow(*m_store, key("never-written"));
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->detail : QString()));
    QVERIFY(!result.found);
    QVERIFY(result.value.isEmpty());
}

void TestKeychainSecretStore::write_thenRead_returnsValue_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("ascii") << QStringLiteral("s3cret-password");
    QTest::newRow("unicode") << QStringLiteral("p\u00e4ss \u5bc6\u7801 \U0001F511");
    QTest::newRow("spaces and quotes") << QStringLiteral(" a \"b\" 'c' \\d ");
    QTest::newRow("long") << QString(4096, QLatin1Char('x'));
}

void TestKeychainSecretStore::write_thenRead_returnsValue() {
    REQUIRE_USABLE_KEYCHAIN();
    QFETCH(QString, value);
    const QString k = key("round-trip/") + QString::fromLatin1(QTest::currentDataTag());
    m_written << k;
    const SecretStoreResult written = writeNow(*m_store, k, Secret(value));
    QVERIFY2(!written.error, qPrintable(written.error ? written.error->detail : QString()));
    // A fresh store object proves the value came from the keychain, not from memory.
    const auto other = newStore();
    const SecretStoreResult read = readNow(*other, k);
    QVERIFY(!read.error);
    QVERIFY(read.found);
    QVERIFY(read.value == Secret(value));
}

void TestKeychainSecretStore::write_twice_readReturnsLatest() {
    REQUIRE_USABLE_KEYCHAIN();
    const QString k = key("overwrite");
    m_written << k;
    QVERIFY(!writeNow(*m_store, k, Secret(QStringLiteral("first"))).error);
    QVERIFY(!writeNow(*m_store, k, Secret(QStringLiteral("second"))).error);
    const SecretStoreResult read = readNow(*m_store, k);
    QVERIFY(read.found);
    QCOMPARE(read.value.reveal(), QStringLiteral("second"));
}

void TestKeychainSecretStore::remove_thenRead_isNotFoundWithoutError() {
    REQUIRE_USABLE_KEYCHAIN();
    const QString k = key("remove");
    QVERIFY(!writeNow(*m_store, k, Secret(QStringLiteral("to be removed"))).error);
    QVERIFY(readNow(*m_store, k).found);
    const SecretStoreResult removed = removeNow(*m_store, k);
    QVERIFY2(!removed.error, qPrintable(removed.error ? removed.error->detail : QString()));
    const SecretStoreResult read = readNow(*m_store, k);
    QVERIFY(!read.error);
    QVERIFY(!read.found);
    // Removing what is already gone is not an error either.
    QVERIFY(!removeNow(*m_store, k).error);
}

void TestKeychainSecretStore::differentKeys_areIndependent() {
    REQUIRE_USABLE_KEYCHAIN();
    const QString one = key("independent/one");
    const QString two = key("independent/two");
    m_written << one << two;
    QVERIFY(!writeNow(*m_store, one, Secret(QStringLiteral("value one"))).error);
    QVERIFY(!writeNow(*m_store, two, Secret(QStringLiteral("value two"))).error);
    QCOMPARE(readNow(*m_store, one).value.reveal(), QStringLiteral("value one"));
    QCOMPARE(readNow(*m_store, two).value.reveal(), QStringLiteral("value two"));
    QVERIFY(!removeNow(*m_store, one).error);
    QVERIFY(!readNow(*m_store, one).found);
    QCOMPARE(readNow(*m_store, two).value.reveal(), QStringLiteral("value two"));
    // The same key under another service name is another entry.
    KeychainSecretStore otherService(m_service + QStringLiteral("-other"));
    QVERIFY(!readNow(otherService, two).found);
}

void TestKeychainSecretStore::callback_neverRunsInsideTheCall() {
    REQUIRE_USABLE_KEYCHAIN();
    const QString k = key("async");
    m_written << k;
    QObject context;
    int calls = 0;
    const auto count = [&calls](const SecretStoreResult &) { ++calls; };
    m_store->write(k, Secret(QStringLiteral("v")), &context, count);
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
    m_store->read(k, &context, count);
    QCOMPARE(calls, 1);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 20000);
}

void TestKeychainSecretStore::callback_contextDeleted_isNotRun() {
    REQUIRE_USABLE_KEYCHAIN();
    const QString k = key("dead-context");
    m_written << k;
    auto context = std::make_unique<QObject>();
    bool called = false;
    m_store->write(k, Secret(QStringLiteral("v")), context.get(),
                   [&called](const SecretStoreResult &) { called = true; });
    context.reset();
    // The write itself still happens; a later read on the same store proves its job has finished.
    QTRY_VERIFY_WITH_TIMEOUT(readNow(*m_store, k).found, 20000);
    QVERIFY(!called);
}

void TestKeychainSecretStore::unavailable_everyOperation_reportsPlainKeychainErrorWithoutSecret() {
    if (m_expectation != KeychainExpectation::Unavailable)
        QSKIP("only with EXPECT_NO_KEYCHAIN=1");
    const int timeoutMs = 5000;
    m_store->setTimeoutMs(timeoutMs);
    const Secret secret(QStringLiteral("Unavailable-Secret-7f3a9"));
    capturedLog.clear();
    QElapsedTimer elapsed;
    elapsed.start();
    const QList<SecretStoreResult> results{writeNow(*m_store, key("unavailable"), secret),
                                           readNow(*m_store, key("unavailable")),
                                           removeNow(*m_store, key("unavailable"))};
    QVERIFY2(elapsed.elapsed() < 3 * timeoutMs + 1000, "the store must answer within its timeout");
    for (const SecretStoreResult &result : results) {
        // An unavailable keychain must never look like an empty one.
        QVERIFY(result.error.has_value());
        QVERIFY(!result.found);
        QCOMPARE(result.error->kind, AuthErrorKind::Keychain);
        QVERIFY2(result.error->message.contains(QStringLiteral("keychain")), qPrintable(result.error->message));
        QVERIFY2(result.error->message.contains(QStringLiteral("for this session only")),
                 qPrintable(result.error->message));
        QVERIFY(!result.error->detail.isEmpty());
        QVERIFY(!result.error->message.contains(secret.reveal()));
        QVERIFY(!result.error->detail.contains(secret.reveal()));
    }
    QVERIFY(!capturedLog.join(QLatin1Char('\n')).contains(secret.reveal()));
}

void TestKeychainSecretStore::silentKeychain_reportsTimeoutInPlainWords() {
    if (m_expectation != KeychainExpectation::Unavailable)
        QSKIP("only with EXPECT_NO_KEYCHAIN=1");
    // A session bus that accepts connections and never answers: the keychain call hangs.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silentBus;
    const QString socketPath = dir.filePath(QStringLiteral("bus"));
    QVERIFY(silentBus.listen(socketPath));
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + socketPath.toLocal8Bit());

    KeychainSecretStore store(m_service);
    const int timeoutMs = 300;
    store.setTimeoutMs(timeoutMs);
    const Secret secret(QStringLiteral("Silent-Secret-c41b2"));
    QElapsedTimer elapsed;
    elapsed.start();
    const SecretStoreResult result = writeNow(store, key("silent"), secret, 10000);
    const qint64 ms = elapsed.elapsed();
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->kind, AuthErrorKind::Keychain);
    QVERIFY2(result.error->message.contains(QStringLiteral("did not answer")), qPrintable(result.error->message));
    QVERIFY(!result.error->message.contains(secret.reveal()));
    QVERIFY(!result.error->detail.contains(secret.reveal()));
    QVERIFY2(ms >= timeoutMs - 50 && ms < 5000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
