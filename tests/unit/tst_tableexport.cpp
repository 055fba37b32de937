#include "graphqljobtesting.h"
#include "results/resultdocument.h"
#include "results/tableexport.h"
#include "results/tableprojection.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using altrata::results::csvField;
using altrata::results::ResultDocument;
using altrata::results::TableExportOptions;
using altrata::results::TableFormat;
using altrata::results::TableProjection;
using altrata::results::TaskControl;
using altrata::results::writeTable;
using altrata::test::parsedDocument;

namespace {

// A minimal RFC 4180 reader, independent of the writer: records of fields, quotes doubled inside quoted fields.
QList<QStringList> readCsv(const QByteArray &bytes) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

std::shared_ptr<const TableProjection> tableOf(const QByteArray &json) {
    const auto document = parsedDocument(json);
    if (!document)
        return nullptr;
    const auto rows = document->member(document->root(), "rows");
    return rows ? TableProjection::build(document, *rows) : nullptr;
}

QByteArray exported(const TableProjection &table, const TableExportOptions &options = {}) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::optional<QString> error = writeTable(table, options, buffer);
    return error ? QByteArray("error: ") + error->toUtf8() : buffer.data();
}

const QByteArray trickyRows = QByteArrayLiteral(
    "{\"rows\":[{\"name\":\"Ada, Countess\",\"quote\":\"say \\\"hi\\\"\",\"lines\":\"one\\ntwo\",\"cr\":\"a\\rb\","
    "\"spaces\":\" padded \",\"unicode\":\"Zo\\u00eb \\ud83d\\ude00\",\"empty\":\"\",\"n\":1.50,\"b\":true,\"z\":null,"
    "\"org\":{\"name\":\"Acme\"},\"tags\":[\"x\",\"y\"]},{\"name\":\"Alan\",\"org\":{\"name\":\"NPL\"}}]}");

// A device that cancels the export at its first write.
class CancellingDevice final : public QIODevice {
public:
    explicit CancellingDevice(TaskControl &control)
        : m_control(control) {}
    qint64 writtenBytes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override {
        writtenBytes += size;
        m_control.cancel();
        return size;
    }

private:
    TaskControl &m_control;
};

} // namespace

class TestTableExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvField_quotesOnlyWhatNeedsIt_data();
    void csvField_quotesOnlyWhatNeedsIt();
    void csv_hasAHeader_crlfRecords_andCellTexts();
    void csv_roundTrip_readsBackTheSameCells();
    void csv_withBom_startsWithTheUtf8Bom();
    void tsv_replacesTabsAndLineBreaks_andEndsLinesWithLf();
    void options_chooseColumnsAndRowOrder();
    void progress_countsRows();
    void cancel_inTheMiddle_stopsWithASentence();
    void fullDisk_saysSo();
};

void TestTableExport::csvField_quotesOnlyWhatNeedsIt_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QByteArray("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QByteArray("a b");
    QTest::newRow("semicolon and tab") << QStringLiteral("a;b\tc") << QByteArray("a;b\tc");
    QTest::newRow("unicode") << QStringLiteral("Zo\u00eb \U0001F600") << QStringLiteral("Zo\u00eb \U0001F600").toUtf8();
}

void TestTableExport::csvField_quotesOnlyWhatNeedsIt() {
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(csvField(text), field);
}

void TestTableExport::csv_hasAHeader_crlfRecords_andCellTexts() {
    const auto table = tableOf(QByteArrayLiteral("{\"rows\":[{\"id\":1,\"name\":\"Ada\",\"org\":{\"name\":\"Acme\"}},{"
                                                 "\"id\":2,\"name\":\"Alan\",\"x\":null}]}"));
    QVERIFY(table);
    QCOMPARE(exported(*table), QByteArrayLiteral("id,name,org.name,x\r\n1,Ada,Acme,\r\n2,Alan,,\r\n"));
}

void TestTableExport::csv_roundTrip_readsBackTheSameCells() {
    const auto table = tableOf(trickyRows);
    QVERIFY(table);
    const QList<QStringList> records = readCsv(exported(*table));
    QCOMPARE(records.size(), table->rowCount() + 1);
    QStringList titles;
    for (const auto &column : table->columns())
        titles.append(column.title);
    QCOMPARE(records.at(0), titles);
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (qsizetype column = 0; column < table->columns().size(); ++column)
            cells.append(table->cellText(row, column));
        QCOMPARE(records.at(row + 1), cells);
    }
    QVERIFY(records.at(1).contains(QStringLiteral("one\ntwo")));
    QVERIFY(records.at(1).contains(QStringLiteral(" padded ")));
    QVERIFY(records.at(1).contains(QStringLiteral("Zo\u00eb \U0001F600")));
}

void TestTableExport::csv_withBom_startsWithTheUtf8Bom() {
    const auto table = tableOf(trickyRows);
    TableExportOptions options;
    options.utf8Bom = true;
    const QByteArray bytes = exported(*table, options);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFname,"));
    QCOMPARE(bytes.mid(3), exported(*table));
}

void TestTableExport::tsv_replacesTabsAndLineBreaks_andEndsLinesWithLf() {
    const auto table = tableOf(QByteArrayLiteral("{\"rows\":[{\"a\":\"x\\ty\",\"b\":\"one\\ntwo\\r\\nthree\",\"c\":"
                                                 "\"q\\\"uote, comma\"},{\"a\":\"\",\"b\":\"z\"}]}"));
    TableExportOptions options;
    options.format = TableFormat::Tsv;
    QCOMPARE(exported(*table, options), QByteArrayLiteral("a\tb\tc\nx y\tone two  three\tq\"uote, comma\n\tz\t\n"));
}

void TestTableExport::options_chooseColumnsAndRowOrder() {
    const auto table = tableOf(QByteArrayLiteral("{\"rows\":[{\"id\":1,\"name\":\"Ada\"},{\"id\":2,\"name\":\"Alan\"},"
                                                 "{\"id\":3,\"name\":\"Grace\"}]}"));
    TableExportOptions options;
    options.columns = {1};
    options.rows = {2, 0};
    QCOMPARE(exported(*table, options), QByteArrayLiteral("name\r\nGrace\r\nAda\r\n"));
}

void TestTableExport::progress_countsRows() {
    const auto table = tableOf(trickyRows);
    TaskControl control;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!writeTable(*table, {}, buffer, &control));
    QCOMPARE(control.total(), 2);
    QCOMPARE(control.done(), 2);
    QCOMPARE(control.permille(), 1000);
}

void TestTableExport::cancel_inTheMiddle_stopsWithASentence() {
    QByteArray json = "{\"rows\":[";
    for (int i = 0; i < 20000; ++i)
        json += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) + ",\"text\":\"" + QByteArray(40, 'x') +
                "\"}";
    json += "]}";
    const auto table = tableOf(json);
    QVERIFY(table);
    TaskControl control;
    CancellingDevice device(control);
    device.open(QIODevice::WriteOnly);
    const std::optional<QString> error = writeTable(*table, {}, device, &control);
    QVERIFY(error);
    QCOMPARE(*error, QStringLiteral("The export was cancelled."));
    QVERIFY(device.writtenBytes > 0);
    QVERIFY(device.writtenBytes < exported(*table).size());
    QVERIFY(control.done() < 20000);
}

void TestTableExport::fullDisk_saysSo() {
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full");
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly));
    const auto table = tableOf(trickyRows);
    const std::optional<QString> error = writeTable(*table, {}, full);
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("No space left on device")), qPrintable(*error));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
