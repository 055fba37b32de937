#include "results/resultloader.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

using altrata::results::NodeType;
using altrata::results::ResultDocument;
using altrata::results::ResultLoader;
using DocumentPtr = std::shared_ptr<const ResultDocument>;

namespace {

QByteArray bigArray(int items) {
    QByteArray json;
    json.reserve(qsizetype(items) * 12);
    json += '[';
    for (int i = 0; i < items; ++i)
        json += (i ? ",\"" : "\"") + QByteArray::number(i) + '"';
    json += ']';
    return json;
}

// Lets every worker finish and delivers their queued continuations.
void drainWorkers() {
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestResultLoader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void load_validBody_deliversDocumentOnOwnerThread();
    void load_invalidBody_reportsPlainMessage();
    void load_newerLoad_supersedesOlder();
    void cancel_dropsTheAnswerInFlight();
    void destroy_whileLoading_dropsTheAnswerSafely();
    void load_reportsRisingParseProgressEndingAtThousandBeforeLoaded();
};

void TestResultLoader::load_validBody_deliversDocumentOnOwnerThread() {
    ResultLoader loader;
    QThread *deliveredOn = nullptr;
    DocumentPtr document;
    connect(&loader, &ResultLoader::loaded, this, [&](const DocumentPtr &loaded) {
        deliveredOn = QThread::currentThread();
        document = loaded;
    });
    QSignalSpy failed(&loader, &ResultLoader::failed);
    loader.load(QByteArray(R"({"data":{"n":1.50}})"));
    QVERIFY(loader.isLoading());
    QTRY_VERIFY(document);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(!loader.isLoading());
    QCOMPARE(failed.count(), 0);
    QVERIFY(document->hasData());
    QCOMPARE(document->type(document->root()), NodeType::Object);
}

void TestResultLoader::load_invalidBody_reportsPlainMessage() {
    ResultLoader loader;
    QSignalSpy loaded(&loader, &ResultLoader::loaded);
    QSignalSpy failed(&loader, &ResultLoader::failed);
    loader.load(QByteArray(R"({"data": [1, 2)"));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("not valid JSON")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!loader.isLoading());
}

void TestResultLoader::load_newerLoad_supersedesOlder() {
    ResultLoader loader;
    QList<DocumentPtr> documents;
    connect(&loader, &ResultLoader::loaded, this, [&](const DocumentPtr &loaded) { documents.append(loaded); });
    loader.load(bigArray(500000));
    loader.load(QByteArray(R"({"second":true})"));
    QTRY_COMPARE(documents.size(), 1);
    drainWorkers(); // the older parse has ended too: its answer must not arrive
    QCOMPARE(documents.size(), 1);
    QVERIFY(documents.first()->member(documents.first()->root(), "second"));
    QVERIFY(!loader.isLoading());
}

void TestResultLoader::cancel_dropsTheAnswerInFlight() {
    ResultLoader loader;
    QSignalSpy loaded(&loader, &ResultLoader::loaded);
    QSignalSpy failed(&loader, &ResultLoader::failed);
    loader.load(bigArray(200000));
    loader.load(QByteArray("not json")); // a failure in flight is dropped as well
    loader.cancel();
    QVERIFY(!loader.isLoading());
    drainWorkers();
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
    loader.load(QByteArray("[]")); // still usable afterwards
    QTRY_COMPARE(loaded.count(), 1);
}

void TestResultLoader::destroy_whileLoading_dropsTheAnswerSafely() {
    int delivered = 0;
    {
        ResultLoader loader;
        connect(&loader, &ResultLoader::loaded, this, [&] { ++delivered; });
        loader.load(bigArray(300000));
    }
    drainWorkers();
    QCOMPARE(delivered, 0);
}

void TestResultLoader::load_reportsRisingParseProgressEndingAtThousandBeforeLoaded() {
    ResultLoader loader;
    QList<int> reports;
    bool delivered = false;
    connect(&loader, &ResultLoader::parseProgress, this, [&](int permille) {
        QVERIFY(!delivered);
        reports.append(permille);
    });
    connect(&loader, &ResultLoader::loaded, this, [&] { delivered = true; });
    loader.load(bigArray(2000000));
    QTRY_VERIFY_WITH_TIMEOUT(delivered, 30000);
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last(), 1000);
    QVERIFY(std::adjacent_find(reports.cbegin(), reports.cend(), std::greater_equal<int>()) == reports.cend());
    QSignalSpy failing(&loader, &ResultLoader::parseProgress);
    loader.load(QByteArray("[1,"));
    QSignalSpy failed(&loader, &ResultLoader::failed);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!failing.contains(QVariantList{1000})); // no document, no 1000
}

QTEST_GUILESS_MAIN(TestResultLoader)
#include "tst_resultloader.moc"
