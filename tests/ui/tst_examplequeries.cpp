#include "examplequeries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace altrata;

class TestExampleQueries final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void example_isTheFirstOfTheService_withItsVariables();
    void example_skipsAnnouncedLargeResults();
    void example_putsTheCursorAtItsOperation();
    void example_unknownService_none();
};

void TestExampleQueries::example_isTheFirstOfTheService_withItsVariables() {
    const QUrl url(QStringLiteral("http://127.0.0.1:9/events/graphql"));
    const auto document = ui::exampleDocument(QStringLiteral("events"), url);
    QVERIFY(document.has_value());
    QCOMPARE(document->id, QStringLiteral("example-events"));
    QCOMPARE(document->id, ui::exampleDocumentId(QStringLiteral("events")));
    QCOMPARE(document->title, QStringLiteral("Events: 01-person-events"));
    QCOMPARE(document->serviceUrl, url);
    QVERIFY(document->query.contains(QStringLiteral("query")));
    QJsonParseError error;
    const QJsonDocument variables = QJsonDocument::fromJson(document->variables.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(variables.isObject());
    QVERIFY(document->filePath.isEmpty()); // a compiled-in example is no file of the user's
}

void TestExampleQueries::example_skipsAnnouncedLargeResults() {
    const auto document = ui::exampleDocument(QStringLiteral("profile"), QUrl());
    QVERIFY(document.has_value());
    QVERIFY(!document->query.startsWith(QStringLiteral("# LARGE RESULT")));
    QCOMPARE(document->title, QStringLiteral("Profile: fragments-and-typename"));
}

void TestExampleQueries::example_putsTheCursorAtItsOperation() {
    const auto document = ui::exampleDocument(QStringLiteral("profile"), QUrl());
    QVERIFY(document.has_value());
    const QStringList lines = document->query.split(QLatin1Char('\n'));
    QVERIFY(document->cursorLine > 0); // after the explaining comment
    const QString line = lines.value(document->cursorLine).mid(document->cursorColumn);
    QVERIFY2(line.startsWith(QStringLiteral("query")) || line.startsWith(QLatin1Char('{')), qPrintable(line));
}

void TestExampleQueries::example_unknownService_none() {
    QVERIFY(!ui::exampleDocument(QStringLiteral("nonexistent"), QUrl()).has_value());
}

QTEST_MAIN(TestExampleQueries)
#include "tst_examplequeries.moc"
