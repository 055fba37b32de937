#include "graphqljobtesting.h"
#include "resultbodies.h"
#include "results/exportjob.h"
#include "results/jsonstreamprinter.h"
#include "results/resultdocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using altrata::results::ExportJob;
using altrata::results::JsonStreamPrinter;
using altrata::results::ResultDocument;
using altrata::results::TaskControl;
using altrata::test::parsedDocument;

namespace {

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A writer that writes a first part, then waits (bounded) for the job to be cancelled, as a long export would.
struct BlockingWriter {
    std::shared_ptr<std::atomic<bool>> started = std::make_shared<std::atomic<bool>>(false);

    std::optional<QString> operator()(QIODevice &device, TaskControl &control) const {
        control.setTotal(100);
        device.write(QByteArray(1 << 20, 'x'));
        control.setDone(40);
        started->store(true);
        for (int i = 0; i < 20000 && !control.isCancelled(); ++i)
            QThread::msleep(1);
        return control.isCancelled() ? std::optional<QString>(QStringLiteral("The export was cancelled."))
                                     : std::nullopt;
    }
};

// A device that cancels the export after its first write: "cancel in the middle", deterministically.
class CancellingDevice final : public QIODevice {
public:
    explicit CancellingDevice(TaskControl &control)
        : m_control(control) {}
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override {
        written.append(data, size);
        m_control.cancel();
        return size;
    }

private:
    TaskControl &m_control;
};

} // namespace

class TestExportJob final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void json_toFile_isTheDocumentsText_andReadsBackAsTheSameValue_data();
    void json_toFile_isTheDocumentsText_andReadsBackAsTheSameValue();
    void json_ofANode_savesOnlyThatNode();
    void json_toMemory_givesTheText();
    void memory_beyondTheClipboardLimit_isRefused_suggestingSave();
    void cancel_inTheMiddle_leavesNoFile();
    void cancel_inTheMiddle_keepsAnExistingFile();
    void progress_isReportedWhileRunning();
    void unwritableFolder_failsWithASentence_andKeepsNothing();
    void writeJson_fullDisk_saysSo();
    void writeJson_cancelled_stopsAfterThePieceInHand();
    void success_summarySaysSizeAndName();
};

void TestExportJob::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportJob::cleanup() {
    QThreadPool::globalInstance()->waitForDone();
}

void TestExportJob::json_toFile_isTheDocumentsText_andReadsBackAsTheSameValue_data() {
    QTest::addColumn<bool>("pretty");
    QTest::newRow("pretty") << true;
    QTest::newRow("compact") << false;
}

void TestExportJob::json_toFile_isTheDocumentsText_andReadsBackAsTheSameValue() {
    QFETCH(bool, pretty);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.json"));
    // 3 MB: several pieces of the stream printer.
    const QByteArray body = altrata::test::largeArrayBody(150000);
    const auto document = parsedDocument(body);
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.startJson(document, document->root(), pretty, path);
    QVERIFY(finished.wait(60000));
    QVERIFY2(job.succeeded(), qPrintable(job.message()));
    const QByteArray saved = readFile(path);
    QCOMPARE(saved, document->toJson(document->root(), pretty));
    // Read back by two independent readers: the same value as the body.
    const auto reread = parsedDocument(saved);
    QVERIFY(reread);
    QCOMPARE(reread->toJson(reread->root(), false), body);
    QCOMPARE(QJsonDocument::fromJson(saved), QJsonDocument::fromJson(body));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("people.json")});
}

void TestExportJob::json_ofANode_savesOnlyThatNode() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("node.json"));
    const auto document = parsedDocument(altrata::test::peopleBody());
    const auto data = document->member(document->root(), "data");
    const auto search = document->member(*data, "personSearch");
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.startJson(document, *search, false, path);
    QVERIFY(finished.wait(20000));
    QCOMPARE(readFile(path),
             QByteArrayLiteral("{\"total\":2,\"edges\":[{\"node\":{\"name\":\"Ada Lovelace\",\"born\":1815}},"
                               "{\"node\":{\"name\":\"Alan Turing\",\"born\":1912}}]}"));
}

void TestExportJob::json_toMemory_givesTheText() {
    const auto document = parsedDocument(QByteArrayLiteral("{\"name\":\"\\u00c9mile\",\"n\":[1,2]}"));
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.startJson(document, document->root(), true, QString());
    QVERIFY(finished.wait(20000));
    QVERIFY(job.succeeded());
    QCOMPARE(job.text(), QStringLiteral("{\n  \"name\": \"\u00c9mile\",\n  \"n\": [\n    1,\n    2\n  ]\n}"));
    QCOMPARE(job.byteCount(), job.text().toUtf8().size());
    QVERIFY2(job.message().contains(QStringLiteral("clipboard")), qPrintable(job.message()));
}

void TestExportJob::memory_beyondTheClipboardLimit_isRefused_suggestingSave() {
    const auto document = parsedDocument(altrata::test::largeArrayBody(1000));
    ExportJob job;
    job.setClipboardLimit(1000);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.startJson(document, document->root(), true, QString());
    QVERIFY(finished.wait(20000));
    QVERIFY(!job.succeeded());
    QVERIFY(!job.wasCancelled());
    QVERIFY(job.text().isEmpty());
    QVERIFY2(job.message().contains(QStringLiteral("larger than 1.0 kB")), qPrintable(job.message()));
    QVERIFY2(job.message().contains(QStringLiteral("Save it to a file")), qPrintable(job.message()));
}

void TestExportJob::cancel_inTheMiddle_leavesNoFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    BlockingWriter writer;
    job.start(writer, QStringLiteral("CSV"), path);
    QTRY_VERIFY_WITH_TIMEOUT(writer.started->load(), 20000);
    QVERIFY(job.isRunning());
    job.cancel();
    QVERIFY(finished.wait(20000));
    QVERIFY(!job.succeeded());
    QVERIFY(job.wasCancelled());
    QVERIFY2(job.message().contains(QStringLiteral("cancelled")), qPrintable(job.message()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temporary file either
}

void TestExportJob::cancel_inTheMiddle_keepsAnExistingFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.json"));
    QVERIFY(writeFile(path, "earlier export"));
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    BlockingWriter writer;
    job.start(writer, QStringLiteral("JSON"), path);
    QTRY_VERIFY_WITH_TIMEOUT(writer.started->load(), 20000);
    job.cancel();
    QVERIFY(finished.wait(20000));
    QVERIFY(job.wasCancelled());
    QCOMPARE(readFile(path), QByteArrayLiteral("earlier export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("people.json")});
}

void TestExportJob::progress_isReportedWhileRunning() {
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    BlockingWriter writer;
    job.start(writer, QStringLiteral("CSV"), QString());
    QTRY_VERIFY_WITH_TIMEOUT(writer.started->load(), 20000);
    QCOMPARE(job.permille(), 400);
    job.cancel();
    QVERIFY(finished.wait(20000));
    QVERIFY(!job.isRunning());
}

void TestExportJob::unwritableFolder_failsWithASentence_andKeepsNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/people.json"));
    const auto document = parsedDocument(altrata::test::peopleBody());
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.startJson(document, document->root(), true, path);
    QVERIFY(finished.wait(20000));
    QVERIFY(!job.succeeded());
    QVERIFY(!job.wasCancelled());
    QVERIFY2(job.message().startsWith(QStringLiteral("Could not save people.json: ")), qPrintable(job.message()));
    QVERIFY(job.message().endsWith(QLatin1Char('.')));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestExportJob::writeJson_fullDisk_saysSo() {
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full");
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly));
    const auto document = parsedDocument(altrata::test::largeArrayBody(100));
    JsonStreamPrinter printer(document, document->root(), true);
    const std::optional<QString> error = altrata::results::writeJson(printer, full);
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("No space left on device")), qPrintable(*error));
}

void TestExportJob::writeJson_cancelled_stopsAfterThePieceInHand() {
    const auto document = parsedDocument(altrata::test::largeArrayBody(200000)); // several 1 MB pieces
    TaskControl control;
    CancellingDevice device(control);
    device.open(QIODevice::WriteOnly);
    JsonStreamPrinter printer(document, document->root(), true);
    const std::optional<QString> error = altrata::results::writeJson(printer, device, &control);
    QVERIFY(error);
    QCOMPARE(*error, QStringLiteral("The export was cancelled."));
    QVERIFY(!printer.atEnd());
    QVERIFY(device.written.size() >= 1024 * 1024);
    QVERIFY(device.written.size() < document->toJson(document->root(), true).size());
}

void TestExportJob::success_summarySaysSizeAndName() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blob.json"));
    const auto document = parsedDocument("\"" + QByteArray(1'499'998, 'x') + "\""); // 1.5 MB with the quotes
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.startJson(document, document->root(), false, path);
    QVERIFY(finished.wait(20000));
    QCOMPARE(job.message(), QStringLiteral("Saved 1.5 MB to blob.json."));
    QCOMPARE(job.byteCount(), 1'500'000);
    QCOMPARE(job.filePath(), path);
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
