#include "prettify.h"

#include <QTest>

using altrata::ui::prettify;
using altrata::ui::PrettifyResult;

class TestPrettify final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void prettify_printsLikeGraphqlJs();
    void prettify_keepsCommentLinesBetweenDefinitions();
    void prettify_reportsCommentsItCouldNotKeep();
    void prettify_refusesASyntaxError_withItsPosition();
};

void TestPrettify::prettify_printsLikeGraphqlJs() {
    const PrettifyResult result = prettify(QStringLiteral("query Q($id:ID!){person(id:$id){name ...F}} "
                                                          "fragment F on Person{city}"));
    QVERIFY(result.ok);
    QCOMPARE(result.text, QStringLiteral("query Q($id: ID!) {\n  person(id: $id) {\n    name\n    ...F\n  }\n}\n\n"
                                         "fragment F on Person {\n  city\n}\n"));
    QVERIFY(!result.droppedComments);
}

void TestPrettify::prettify_keepsCommentLinesBetweenDefinitions() {
    const PrettifyResult result = prettify(
        QStringLiteral("# Find people\n  # by id\nquery Q { a }\n# the fragment\nfragment F on T { b }\n# end"));
    QVERIFY(result.ok);
    QCOMPARE(result.text, QStringLiteral("# Find people\n# by id\nquery Q {\n  a\n}\n\n# the fragment\n"
                                         "fragment F on T {\n  b\n}\n\n# end\n"));
    QVERIFY(!result.droppedComments);
}

void TestPrettify::prettify_reportsCommentsItCouldNotKeep() {
    const PrettifyResult result = prettify(QStringLiteral("query Q {\n  a # why a\n}"));
    QVERIFY(result.ok);
    QCOMPARE(result.text, QStringLiteral("query Q {\n  a\n}\n"));
    QVERIFY(result.droppedComments);
}

void TestPrettify::prettify_refusesASyntaxError_withItsPosition() {
    const PrettifyResult result = prettify(QStringLiteral("query Q {\n  a(\n}"));
    QVERIFY(!result.ok);
    QVERIFY(result.text.isEmpty());
    QCOMPARE(result.error, QStringLiteral("Syntax Error: Expected Name, found \"}\"."));
    QCOMPARE(result.line, 3);
    QCOMPARE(result.column, 1);
}

QTEST_MAIN(TestPrettify)
#include "tst_prettify.moc"
