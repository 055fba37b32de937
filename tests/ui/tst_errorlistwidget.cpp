#include "errorlistwidget.h"

#include <QSignalSpy>
#include <QTest>

using altrata::results::GraphQLErrorInfo;
using altrata::ui::ErrorListWidget;

Q_DECLARE_METATYPE(GraphQLErrorInfo)

class TestErrorListWidget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void describe_namesMessageLocationsAndPath_data();
    void describe_namesMessageLocationsAndPath();
    void setErrors_showsOneRowPerError_andReplacesOldRows();
    void activatingARow_withLocation_reportsItsFirstLocation();
    void activatingARow_withoutLocation_reportsNothing();
};

void TestErrorListWidget::describe_namesMessageLocationsAndPath_data() {
    QTest::addColumn<GraphQLErrorInfo>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all parts") << GraphQLErrorInfo{QStringLiteral("Cannot query field x."),
                                                   {{3, 5}},
                                                   QStringLiteral("data.x")}
                               << QStringLiteral("Cannot query field x. \u2014 line 3, column 5 \u2014 path data.x");
    QTest::newRow("message only") << GraphQLErrorInfo{QStringLiteral("Rate limited."), {}, {}}
                                  << QStringLiteral("Rate limited.");
    QTest::newRow("two locations") << GraphQLErrorInfo{QStringLiteral("Conflict."), {{1, 2}, {7, 9}}, {}}
                                   << QStringLiteral("Conflict. \u2014 line 1, column 2; line 7, column 9");
    QTest::newRow("no message") << GraphQLErrorInfo{{}, {}, QStringLiteral("person")}
                                << QStringLiteral("(no message) \u2014 path person");
}

void TestErrorListWidget::describe_namesMessageLocationsAndPath() {
    QFETCH(GraphQLErrorInfo, error);
    QFETCH(QString, expected);
    QCOMPARE(ErrorListWidget::describe(error), expected);
}

void TestErrorListWidget::setErrors_showsOneRowPerError_andReplacesOldRows() {
    ErrorListWidget list;
    list.setErrors({{QStringLiteral("One."), {}, {}}, {QStringLiteral("Two."), {{4, 1}}, {}}});
    QCOMPARE(list.count(), 2);
    QCOMPARE(list.item(1)->text(), QStringLiteral("Two. \u2014 line 4, column 1"));
    QVERIFY(list.item(1)->toolTip().contains(QStringLiteral("go to line 4, column 1")));
    QCOMPARE(list.item(0)->toolTip(), QStringLiteral("One.")); // nowhere to go
    list.setErrors({{QStringLiteral("Three."), {}, {}}});
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.item(0)->text(), QStringLiteral("Three."));
    list.setErrors({});
    QCOMPARE(list.count(), 0);
}

void TestErrorListWidget::activatingARow_withLocation_reportsItsFirstLocation() {
    ErrorListWidget list;
    list.setErrors({{QStringLiteral("No location."), {}, {}},
                    {QStringLiteral("Bad argument."), {{7, 12}, {9, 1}}, QStringLiteral("person")}});
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QSignalSpy spy(&list, &ErrorListWidget::locationActivated);

    list.setCurrentRow(1);
    QTest::keyClick(&list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 7);
    QCOMPARE(spy.at(0).at(1).toInt(), 12);

    // A double-click arrives as press, release, press, double-click, release: the view needs the first press.
    const QPoint row = list.visualItemRect(list.item(1)).center();
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, row);
    QTest::mouseDClick(list.viewport(), Qt::LeftButton, {}, row);
    QCOMPARE(spy.count(), 2);
}

void TestErrorListWidget::activatingARow_withoutLocation_reportsNothing() {
    ErrorListWidget list;
    list.setErrors({{QStringLiteral("No location."), {}, QStringLiteral("person")}});
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QSignalSpy spy(&list, &ErrorListWidget::locationActivated);
    list.setCurrentRow(0);
    QTest::keyClick(&list, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
}

QTEST_MAIN(TestErrorListWidget)
#include "tst_errorlistwidget.moc"
