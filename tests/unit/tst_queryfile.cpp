#include "workspace/queryfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace altrata::workspace;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestQueryFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void write_thenRead_roundTripsUnicodeText();
    void write_storesUtf8WithoutByteOrderMark();
    void read_withByteOrderMark_dropsIt();
    void read_keepsLineEndingsAsWritten();
    void read_missingFile_saysSo();
    void read_folder_saysSo();
    void read_notUtf8_isRefusedInPlainWords();
    void read_largerThanTenMegabytes_isRefused();
    void read_exactlyTenMegabytes_isAccepted();
    void write_intoMissingFolder_failsInPlainWords();
    void write_overExistingFile_replacesItAtomically();
};

void TestQueryFile::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestQueryFile::write_thenRead_roundTripsUnicodeText() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p\u00e9rson \u65e5\u672c.graphql"));
    const QString text = QStringLiteral("# Gr\u00fc\u00dfe \U0001F600\nquery { person(name: \"Jos\u00e9\") { id } }\n");
    const QueryFileResult written = writeQueryFile(path, text);
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY(written.error.isEmpty());
    const QueryFileResult read = readQueryFile(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.text, text);
}

void TestQueryFile::write_storesUtf8WithoutByteOrderMark() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.graphql"));
    QVERIFY(writeQueryFile(path, QStringLiteral("{ caf\u00e9 }")).ok);
    QCOMPARE(readBytes(path), QByteArray("{ caf\xc3\xa9 }"));
}

void TestQueryFile::read_withByteOrderMark_dropsIt() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bom.graphql"));
    writeBytes(path, QByteArray("\xef\xbb\xbf{ na\xc3\xafve }"));
    const QueryFileResult read = readQueryFile(path);
    QVERIFY(read.ok);
    QCOMPARE(read.text, QStringLiteral("{ na\u00efve }"));
}

void TestQueryFile::read_keepsLineEndingsAsWritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crlf.graphql"));
    writeBytes(path, QByteArray("{\r\n  a\r\n}\r\n"));
    QCOMPARE(readQueryFile(path).text, QStringLiteral("{\r\n  a\r\n}\r\n"));
}

void TestQueryFile::read_missingFile_saysSo() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.graphql"));
    const QueryFileResult read = readQueryFile(path);
    QVERIFY(!read.ok);
    QVERIFY(read.text.isEmpty());
    QCOMPARE(read.error,
             QStringLiteral("Could not open %1: the file does not exist.").arg(QDir::toNativeSeparators(path)));
}

void TestQueryFile::read_folder_saysSo() {
    QTemporaryDir dir;
    const QueryFileResult read = readQueryFile(dir.path());
    QVERIFY(!read.ok);
    QVERIFY2(read.error.endsWith(QStringLiteral("it is a folder, not a file.")), qPrintable(read.error));
}

void TestQueryFile::read_notUtf8_isRefusedInPlainWords() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.graphql"));
    writeBytes(path, QByteArray("{ caf\xe9 }")); // Latin-1: would be damaged when saved back as UTF-8
    const QueryFileResult read = readQueryFile(path);
    QVERIFY(!read.ok);
    QVERIFY2(read.error.contains(QStringLiteral("it is not UTF-8 text")), qPrintable(read.error));
    QVERIFY(read.error.contains(QDir::toNativeSeparators(path)));
}

void TestQueryFile::read_largerThanTenMegabytes_isRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.graphql"));
    writeBytes(path, QByteArray(kMaxQueryFileBytes + 1, '#'));
    const QueryFileResult read = readQueryFile(path);
    QVERIFY(!read.ok);
    QVERIFY(read.text.isEmpty());
    QVERIFY2(read.error.contains(QStringLiteral("larger than 10 MB")), qPrintable(read.error));
}

void TestQueryFile::read_exactlyTenMegabytes_isAccepted() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("limit.graphql"));
    writeBytes(path, QByteArray(kMaxQueryFileBytes, '#'));
    const QueryFileResult read = readQueryFile(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.text.size(), kMaxQueryFileBytes);
}

void TestQueryFile::write_intoMissingFolder_failsInPlainWords() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/q.graphql"));
    const QueryFileResult written = writeQueryFile(path, QStringLiteral("{ a }"));
    QVERIFY(!written.ok);
    QVERIFY2(written.error.startsWith(QStringLiteral("Could not save %1: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(written.error));
    QVERIFY(written.error.endsWith(QLatin1Char('.')));
    QVERIFY(!QFile::exists(path));
}

void TestQueryFile::write_overExistingFile_replacesItAtomically() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.graphql"));
    writeBytes(path, QByteArray("{ old old old old }"));
    QVERIFY(writeQueryFile(path, QStringLiteral("{ new }")).ok);
    QCOMPARE(readBytes(path), QByteArray("{ new }"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("q.graphql")});
}

QTEST_GUILESS_MAIN(TestQueryFile)
#include "tst_queryfile.moc"
