#include "auth/memorysecretstore.h"
#include "keychaintesting.h"

#include <QTest>

#include <memory>

using namespace altrata::auth;
using altrata::test::readNow;
using altrata::test::removeNow;
using altrata::test::writeNow;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isVolatile_isTrue();
    void callbacks_neverRunInsideTheCall();
    void read_missingKey_isNotFoundWithoutError();
    void write_thenRead_returnsValue();
    void write_twice_readReturnsLatest();
    void remove_existing_thenReadIsNotFound();
    void remove_missing_isNotFoundWithoutError();
    void differentKeys_areIndependent();
    void callback_contextDeleted_isNotRun();
    void values_areNotSharedBetweenStores();
};

void TestMemorySecretStore::isVolatile_isTrue() {
    MemorySecretStore store;
    QVERIFY(store.isVolatile());
}

void TestMemorySecretStore::callbacks_neverRunInsideTheCall() {
    MemorySecretStore store;
    QObject context;
    int calls = 0;
    const auto count = [&calls](const SecretStoreResult &) { ++calls; };
    store.write(QStringLiteral("k"), Secret(QStringLiteral("v")), &context, count);
    store.read(QStringLiteral("k"), &context, count);
    store.remove(QStringLiteral("k"), &context, count);
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 3);
}

void TestMemorySecretStore::read_missingKey_isNotFoundWithoutError() {
    MemorySecretStore store;
    const SecretStoreResult result = readNow(store, QStringLiteral("nothing/here"));
    QVERIFY(!result.error);
    QVERIFY(!result.found);
    QVERIFY(result.value.isEmpty());
}

void TestMemorySecretStore::write_thenRead_returnsValue() {
    MemorySecretStore store;
    const Secret value(QStringLiteral("p\u00e4ss w\u00f6rd \U0001F511"));
    const SecretStoreResult written = writeNow(store, QStringLiteral("a"), value);
    QVERIFY(!written.error);
    const SecretStoreResult read = readNow(store, QStringLiteral("a"));
    QVERIFY(!read.error);
    QVERIFY(read.found);
    QVERIFY(read.value == value);
}

void TestMemorySecretStore::write_twice_readReturnsLatest() {
    MemorySecretStore store;
    QVERIFY(!writeNow(store, QStringLiteral("a"), Secret(QStringLiteral("first"))).error);
    QVERIFY(!writeNow(store, QStringLiteral("a"), Secret(QStringLiteral("second"))).error);
    const SecretStoreResult read = readNow(store, QStringLiteral("a"));
    QVERIFY(read.found);
    QCOMPARE(read.value.reveal(), QStringLiteral("second"));
}

void TestMemorySecretStore::remove_existing_thenReadIsNotFound() {
    MemorySecretStore store;
    QVERIFY(!writeNow(store, QStringLiteral("a"), Secret(QStringLiteral("v"))).error);
    const SecretStoreResult removed = removeNow(store, QStringLiteral("a"));
    QVERIFY(!removed.error);
    QVERIFY(removed.found);
    const SecretStoreResult read = readNow(store, QStringLiteral("a"));
    QVERIFY(!read.error);
    QVERIFY(!read.found);
}

void TestMemorySecretStore::remove_missing_isNotFoundWithoutError() {
    MemorySecretStore store;
    const SecretStoreResult removed = removeNow(store, QStringLiteral("never/written"));
    QVERIFY(!removed.error);
    QVERIFY(!removed.found);
}

void TestMemorySecretStore::differentKeys_areIndependent() {
    MemorySecretStore store;
    QVERIFY(!writeNow(store, QStringLiteral("one"), Secret(QStringLiteral("1"))).error);
    QVERIFY(!writeNow(store, QStringLiteral("two"), Secret(QStringLiteral("2"))).error);
    QVERIFY(!removeNow(store, QStringLiteral("one")).error);
    QVERIFY(!readNow(store, QStringLiteral("one")).found);
    const SecretStoreResult two = readNow(store, QStringLiteral("two"));
    QVERIFY(two.found);
    QCOMPARE(two.value.reveal(), QStringLiteral("2"));
}

void TestMemorySecretStore::callback_contextDeleted_isNotRun() {
    MemorySecretStore store;
    auto context = std::make_unique<QObject>();
    bool called = false;
    store.write(QStringLiteral("k"), Secret(QStringLiteral("v")), context.get(),
                [&called](const SecretStoreResult &) { called = true; });
    context.reset();
    // A later operation's callback proves the event loop has run past the dropped one.
    QVERIFY(readNow(store, QStringLiteral("k")).found);
    QVERIFY(!called);
}

void TestMemorySecretStore::values_areNotSharedBetweenStores() {
    MemorySecretStore first;
    MemorySecretStore second;
    QVERIFY(!writeNow(first, QStringLiteral("k"), Secret(QStringLiteral("v"))).error);
    QVERIFY(!readNow(second, QStringLiteral("k")).found);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
