#include "results/jsonpath.h"

#include <QTest>

namespace jsonpath = altrata::results::jsonpath;
using Segments = QList<jsonpath::Segment>;

class TestJsonPath final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_quotesKeysThatAreNotIdentifiers_data();
    void format_quotesKeysThatAreNotIdentifiers();
    void parse_ofFormat_givesTheSegmentsBack();
    void parse_textFormatNeverWrites_isRefused_data();
    void parse_textFormatNeverWrites_isRefused();
};

void TestJsonPath::format_quotesKeysThatAreNotIdentifiers_data() {
    QTest::addColumn<Segments>("segments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("members and indexes") << Segments{QStringLiteral("data"), QStringLiteral("edges"), qint64(3),
                                                     QStringLiteral("name")}
                                         << QStringLiteral("data.edges[3].name");
    QTest::newRow("array root") << Segments{qint64(0), QStringLiteral("a")} << QStringLiteral("[0].a");
    QTest::newRow("space") << Segments{QStringLiteral("data"), QStringLiteral("a b")}
                           << QStringLiteral("data[\"a b\"]");
    QTest::newRow("quote, backslash, control")
        << Segments{QStringLiteral("x\"y\\z\x01")} << QStringLiteral("[\"x\\\"y\\\\z\\u0001\"]");
    QTest::newRow("non-ASCII as is") << Segments{QStringLiteral("d"), QString::fromUtf8("caf\xc3\xa9")}
                                     << QString::fromUtf8("d[\"caf\xc3\xa9\"]");
    QTest::newRow("leading digit") << Segments{QStringLiteral("1a")} << QStringLiteral("[\"1a\"]");
}

void TestJsonPath::format_quotesKeysThatAreNotIdentifiers() {
    QFETCH(Segments, segments);
    QFETCH(QString, expected);
    QCOMPARE(jsonpath::format(segments), expected);
}

void TestJsonPath::parse_ofFormat_givesTheSegmentsBack() {
    const Segments segments{QStringLiteral("data"),    QStringLiteral("a b"), qint64(12),
                            QStringLiteral("x\"]y\\"), QStringLiteral("$id"), qint64(0)};
    const auto back = jsonpath::parse(jsonpath::format(segments));
    QVERIFY(back);
    QCOMPARE(*back, segments);
}

void TestJsonPath::parse_textFormatNeverWrites_isRefused_data() {
    QTest::addColumn<QString>("path");
    for (const char *path :
         {"a[0]b", "a[+3]", "a[ 3]", "a[-1]", "a[]", "a..b", ".a", "a.", "a[\"x\"", "a[3", "a[\"x\"]b", "a.1b"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestJsonPath::parse_textFormatNeverWrites_isRefused() {
    QFETCH(QString, path);
    QVERIFY2(!jsonpath::parse(path), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
