#include "rundocument.h"

#include <QTest>

using altrata::ui::RunDocument;
using altrata::ui::SentText;

namespace {

// Two operations, three fragments; the second operation uses B, which uses C; A is only used by the first.
const QString kDocument = QStringLiteral("# people\n"
                                         "query First { person { ...A } }\n"
                                         "\n"
                                         "fragment A on Person { id }\n"
                                         "fragment B on Person { name ...C }\n"
                                         "query Second($id: ID!) {\n"
                                         "  person(id: $id) {\n"
                                         "    ...B\n"
                                         "    bogus\n"
                                         "  }\n"
                                         "}\n"
                                         "fragment C on Person { city }\n");

quint32 byteOffsetOf(const QString &text, const QString &needle) {
    return quint32(text.left(text.indexOf(needle)).toUtf8().size());
}

} // namespace

class TestRunDocument final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void operationLabels_nameEveryOperation_andNumberAnonymousOnes();
    void operationAt_findsTheOperationUnderTheCursor_data();
    void operationAt_findsTheOperationUnderTheCursor();
    void sentText_holdsTheOperationAndOnlyTheFragmentsItUses();
    void sentText_locationsMapBackToTheEditorText_data();
    void sentText_locationsMapBackToTheEditorText();
    void sentText_mapsColumnsAfterNonAsciiText();
    void syntaxErrors_sendTheWholeTextUnchanged();
    void firstOperationPosition_isTheLineAfterLeadingComments();
};

void TestRunDocument::operationLabels_nameEveryOperation_andNumberAnonymousOnes() {
    QCOMPARE(RunDocument(kDocument).operationLabels(),
             (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
    const RunDocument anonymous(QStringLiteral("{ a }\nquery Named { b }\n{ c }"));
    QCOMPARE(anonymous.operationCount(), 3);
    QCOMPARE(anonymous.operationLabels(),
             (QStringList{QStringLiteral("(anonymous operation 1)"), QStringLiteral("Named"),
                          QStringLiteral("(anonymous operation 2)")}));
}

void TestRunDocument::operationAt_findsTheOperationUnderTheCursor_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("expected");
    QTest::newRow("in the first") << QStringLiteral("person { ...A") << 0;
    QTest::newRow("in the second") << QStringLiteral("bogus") << 1;
    QTest::newRow("in a fragment") << QStringLiteral("fragment A") << -1;
    QTest::newRow("in the comment") << QStringLiteral("people") << -1;
}

void TestRunDocument::operationAt_findsTheOperationUnderTheCursor() {
    QFETCH(QString, before);
    QFETCH(int, expected);
    QCOMPARE(RunDocument(kDocument).operationAt(byteOffsetOf(kDocument, before)), expected);
}

void TestRunDocument::sentText_holdsTheOperationAndOnlyTheFragmentsItUses() {
    const SentText sent = RunDocument(kDocument).sentText(1);
    QCOMPARE(sent.operationName, QStringLiteral("Second"));
    QCOMPARE(sent.query, QStringLiteral("query Second($id: ID!) {\n  person(id: $id) {\n    ...B\n    bogus\n  }\n}"
                                        "\n\nfragment B on Person { name ...C }"
                                        "\n\nfragment C on Person { city }"));
    QVERIFY(!sent.query.contains(QStringLiteral("fragment A")));
    QVERIFY(!sent.query.contains(QStringLiteral("First")));
    const SentText first = RunDocument(kDocument).sentText(0);
    QCOMPARE(first.query, QStringLiteral("query First { person { ...A } }\n\nfragment A on Person { id }"));
}

void TestRunDocument::sentText_locationsMapBackToTheEditorText_data() {
    QTest::addColumn<int>("sentLine");
    QTest::addColumn<int>("sentColumn");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("operation start") << 1 << 1 << 6 << 1;
    QTest::newRow("field inside the operation") << 4 << 5 << 9 << 5;
    QTest::newRow("first fragment") << 8 << 24 << 5 << 24;
    QTest::newRow("last fragment") << 10 << 24 << 12 << 24;
}

void TestRunDocument::sentText_locationsMapBackToTheEditorText() {
    QFETCH(int, sentLine);
    QFETCH(int, sentColumn);
    QFETCH(int, line);
    QFETCH(int, column);
    const SentText sent = RunDocument(kDocument).sentText(1);
    const auto target = sent.toSource(sentLine, sentColumn, kDocument);
    QVERIFY(target.has_value());
    QCOMPARE(target->first, line);
    QCOMPARE(target->second, column);
}

void TestRunDocument::sentText_mapsColumnsAfterNonAsciiText() {
    const QString source = QStringLiteral("# Zoë's query\nquery Q { a(x: \"é\") bogus }\n");
    const SentText sent = RunDocument(source).sentText(0);
    QCOMPARE(sent.query, QStringLiteral("query Q { a(x: \"é\") bogus }"));
    const auto target = sent.toSource(1, 21, source); // "bogus"
    QVERIFY(target.has_value());
    QCOMPARE(*target, std::make_pair(2, 21));
    QVERIFY(!sent.toSource(3, 1, source).has_value()); // no such line was sent
}

void TestRunDocument::syntaxErrors_sendTheWholeTextUnchanged() {
    const QString source = QStringLiteral("query A { a }\nquery B { b(\n");
    const RunDocument document(source);
    QVERIFY(document.hasSyntaxErrors());
    const SentText sent = document.sentText(1);
    QCOMPARE(sent.query, source);
    QVERIFY(sent.operationName.isEmpty());
    QCOMPARE(*sent.toSource(2, 13, source), std::make_pair(2, 13));
}

void TestRunDocument::firstOperationPosition_isTheLineAfterLeadingComments() {
    QCOMPARE(RunDocument(kDocument).firstOperationPosition(), std::make_pair(1, 0));
    QCOMPARE(RunDocument(QStringLiteral("fragment F on T { a }\n  { ...F }")).firstOperationPosition(),
             std::make_pair(1, 2));
}

QTEST_MAIN(TestRunDocument)
#include "tst_rundocument.moc"
