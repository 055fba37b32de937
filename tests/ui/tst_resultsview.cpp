#include "exportactions.h"
#include "jsoneditor.h"
#include "rawresultview.h"
#include "resultbodies.h"
#include "results/jsontreemodel.h"
#include "results/resultdocument.h"
#include "resultsview.h"
#include "resulttableview.h"
#include "resulttreeview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace altrata;
using net::GraphQLResponse;
using results::JsonTreeModel;
using results::ResultDocument;
using ui::ExportActions;
using ui::ResultsView;

namespace {

const QString service = QStringLiteral("Sandbox: Profile");

GraphQLResponse makeResponse(const QByteArray &body, GraphQLResponse::Outcome outcome, int status = 200,
                             qint64 elapsedMs = 142) {
    GraphQLResponse response;
    response.outcome = outcome;
    response.httpStatus = status;
    response.elapsedMs = elapsedMs;
    response.body = body;
    ResultDocument::ParseError error;
    response.document = ResultDocument::parse(body, &error);
    Q_ASSERT_X(response.document, "makeResponse", qPrintable(error.message));
    return response;
}

GraphQLResponse dataResponse(const QByteArray &body) {
    return makeResponse(body, GraphQLResponse::Outcome::Data);
}

const QByteArray peopleBody = test::peopleBody();
using test::largeArrayBody;

} // namespace

class TestResultsView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dataResponse_showsRowsInTheTree_andExpandsTheTopLevels();
    void dataResponse_statusLineShowsStatusDurationSizeAndService();
    void statusLine_showsLargeSizesInMegabytes();
    void errors_areListedWithLocationAndPath_andTheTabSaysHowMany();
    void errorActivation_emitsLineAndColumn();
    void errorsWithData_stayOnTheTree();
    void rawTab_showsFormattedJson_madeByAWorker();
    void rawTab_newerResponse_supersedesAnOlderFormattingJob();
    void copySlots_putTheCurrentNodeOnTheClipboard();
    void copyValue_ofAContainer_isMadeOnAWorker();
    void everyProgressBar_hasItsOwnAccessibleName();
    void exportMenu_sitsInTheTabsCorner_andSavesTheResponse();
    void rawTab_largeDocument_showsTheFirstPart_withShowMore();
    void expandAllBelow_stoppedAtTheBound_saysSoOnTheStatusLine();
    void failure_showsThePlainMessage_andKeepsThePreviousTree();
    void failureWithDocument_replacesTheTree();
    void newDocument_afterFailure_hidesTheMessage();
    void messageBar_followsASwitchToADarkPalette();
    void progress_showsBytesReceived_andHidesWhenDone();
    void cancelled_saysCancelled_andHidesProgress();
    void parseProgress_showsPercentOnTheBarAndStatus();
    void clear_emptiesEverything();
    void tableTab_afterTree_showsTheLargestArrayOfTheResponse();
    void showAsTable_inTheTree_opensThatArrayInTheTableTab();
    void exportMenu_tableActionsFollowTheTableTab();

private:
    QModelIndex indexAt(const QString &path) const { return m_view->treeModel()->indexForPath(path); }

    std::unique_ptr<ResultsView> m_view;
};

void TestResultsView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestResultsView::init() {
    m_view = std::make_unique<ResultsView>();
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestResultsView::cleanup() {
    m_view.reset();
    QThreadPool::globalInstance()->waitForDone(); // no formatting job outlives its test
}

void TestResultsView::dataResponse_showsRowsInTheTree_andExpandsTheTopLevels() {
    m_view->showResponse(dataResponse(peopleBody), service);

    const QModelIndex name = indexAt(QStringLiteral("data.personSearch.edges[1].node.name"));
    QVERIFY(name.isValid());
    QCOMPARE(name.siblingAtColumn(JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("name"));
    QCOMPARE(name.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("Alan Turing"));
    QCOMPARE(m_view->treeModel()->rowCount(indexAt(QStringLiteral("data.personSearch"))), 2);

    QVERIFY(m_view->treeView()->isExpanded(indexAt(QStringLiteral("data"))));
    QVERIFY(m_view->treeView()->isExpanded(indexAt(QStringLiteral("data.personSearch"))));
    QVERIFY(!m_view->treeView()->isExpanded(indexAt(QStringLiteral("data.personSearch.edges"))));
    QCOMPARE(m_view->tabs()->currentIndex(), int(ResultsView::TreeTab));
    QVERIFY(m_view->messageText().isEmpty());
}

void TestResultsView::dataResponse_statusLineShowsStatusDurationSizeAndService() {
    m_view->showResponse(dataResponse(peopleBody), service);
    QCOMPARE(m_view->statusText(),
             QStringLiteral("200 OK \u00b7 142 ms \u00b7 %1 B \u00b7 Sandbox: Profile").arg(peopleBody.size()));
}

void TestResultsView::statusLine_showsLargeSizesInMegabytes() {
    const QByteArray head = QByteArrayLiteral("{\"data\":{\"blob\":\"");
    const QByteArray tail = QByteArrayLiteral("\"}}");
    const QByteArray body = head + QByteArray(12'800'000 - head.size() - tail.size(), 'x') + tail;
    m_view->showResponse(makeResponse(body, GraphQLResponse::Outcome::Data, 200, 2345), service);
    QCOMPARE(m_view->statusText(), QStringLiteral("200 OK \u00b7 2.3 s \u00b7 12.8 MB \u00b7 Sandbox: Profile"));
}

void TestResultsView::errors_areListedWithLocationAndPath_andTheTabSaysHowMany() {
    const QByteArray body = QByteArrayLiteral(
        "{\"data\":null,\"errors\":[{\"message\":\"Cannot query field x.\",\"locations\":[{\"line\":3,\"column\":5}],"
        "\"path\":[\"person\",\"x\"]},{\"message\":\"Rate limited.\"}]}");
    m_view->showResponse(makeResponse(body, GraphQLResponse::Outcome::GraphQLErrors), service);

    QListWidget *list = m_view->errorList();
    QCOMPARE(list->count(), 2);
    const QString first = list->item(0)->text();
    QVERIFY2(first.startsWith(QStringLiteral("Cannot query field x. \u2014 line 3, column 5 \u2014 path ")),
             qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("person")) && first.endsWith(QStringLiteral("x")), qPrintable(first));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Rate limited."));
    QCOMPARE(m_view->tabs()->tabText(ResultsView::ErrorsTab), QStringLiteral("Errors (2)"));
    // No data, only errors: the errors are what the reader needs to see.
    QCOMPARE(m_view->tabs()->currentIndex(), int(ResultsView::ErrorsTab));
}

void TestResultsView::errorActivation_emitsLineAndColumn() {
    const QByteArray body =
        QByteArrayLiteral("{\"errors\":[{\"message\":\"Bad argument.\",\"locations\":[{\"line\":7,\"column\":12}]}]}");
    m_view->showResponse(makeResponse(body, GraphQLResponse::Outcome::GraphQLErrors, 400), service);
    QSignalSpy spy(m_view.get(), &ResultsView::errorLocationActivated);
    QListWidget *list = m_view->errorList();
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 7);
    QCOMPARE(spy.at(0).at(1).toInt(), 12);
}

void TestResultsView::copySlots_putTheCurrentNodeOnTheClipboard() {
    m_view->showResponse(dataResponse(peopleBody), service);
    QClipboard *clipboard = QGuiApplication::clipboard();
    m_view->treeView()->setCurrentIndex(indexAt(QStringLiteral("data.personSearch.edges[1].node.born")));
    m_view->copyCurrentValue();
    QCOMPARE(clipboard->text(), QStringLiteral("1912"));
    m_view->copyCurrentPath();
    QCOMPARE(clipboard->text(), QStringLiteral("data.personSearch.edges[1].node.born"));
    m_view->treeView()->setCurrentIndex(indexAt(QStringLiteral("data.personSearch.edges[1].node")));
    m_view->copyCurrentJson(); // made on a worker: the clipboard follows through the event loop
    QTRY_COMPARE(clipboard->text(), QStringLiteral("{\n  \"name\": \"Alan Turing\",\n  \"born\": 1912\n}"));
    QVERIFY2(m_view->statusText().contains(QStringLiteral("Copied ")), qPrintable(m_view->statusText()));

    // The tree's own "Copy as JSON" (context menu, Ctrl+Shift+C) takes the same path.
    clipboard->clear();
    m_view->treeView()->setCurrentIndex(indexAt(QStringLiteral("data.personSearch.total")));
    m_view->resultTree()->copyJsonAction()->trigger();
    QTRY_COMPARE(clipboard->text(), QStringLiteral("2"));
}

void TestResultsView::copyValue_ofAContainer_isMadeOnAWorker() {
    m_view->showResponse(dataResponse(peopleBody), service);
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    const QString json = QStringLiteral("{\n  \"name\": \"Alan Turing\",\n  \"born\": 1912\n}");
    m_view->treeView()->setCurrentIndex(indexAt(QStringLiteral("data.personSearch.edges[1].node")));
    m_view->resultTree()->copyValueAction()->trigger(); // Ctrl+C in the tree
    QVERIFY(m_view->exportActions()->isExporting());    // not toJson() on the GUI thread
    QTRY_COMPARE(clipboard->text(), json);

    clipboard->clear();
    m_view->copyCurrentValue();
    QVERIFY(m_view->exportActions()->isExporting());
    QTRY_COMPARE(clipboard->text(), json);
}

void TestResultsView::everyProgressBar_hasItsOwnAccessibleName() {
    // Screen readers name a bare progress bar "progress bar": the response, find, table and export bars differ.
    QStringList names;
    for (const QProgressBar *bar : m_view->findChildren<QProgressBar *>()) {
        QVERIFY2(!bar->accessibleName().isEmpty(), bar->parentWidget()->metaObject()->className());
        names.append(bar->accessibleName());
    }
    QCOMPARE(names.size(), 4);
    names.removeDuplicates();
    QCOMPARE(names.size(), 4);
}

void TestResultsView::exportMenu_sitsInTheTabsCorner_andSavesTheResponse() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.json"));
    ExportActions *exports = m_view->exportActions();
    exports->setFileChooser([&path](const QString &, const QString &) { return path; });
    QCOMPARE(m_view->tabs()->cornerWidget(Qt::TopRightCorner), exports->button());
    QVERIFY(!exports->saveJsonAction()->isEnabled());

    const GraphQLResponse response = dataResponse(peopleBody);
    m_view->showResponse(response, service);
    QVERIFY(exports->saveJsonAction()->isEnabled());
    exports->saveJsonAction()->trigger();
    QTRY_VERIFY(!exports->isExporting());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), response.document->toJson(response.document->root(), true));
    QVERIFY2(m_view->statusText().endsWith(QStringLiteral(" \u00b7 Saved %1 bytes to people.json.").arg(file.size())),
             qPrintable(m_view->statusText()));
}

void TestResultsView::rawTab_largeDocument_showsTheFirstPart_withShowMore() {
    m_view->tabs()->setCurrentIndex(ResultsView::RawTab);
    const GraphQLResponse response = dataResponse(largeArrayBody(120000)); // about 6 MB formatted
    m_view->showResponse(response, service);
    ui::RawResultView *raw = m_view->rawResultView();
    QTRY_VERIFY_WITH_TIMEOUT(!raw->barText().isEmpty(), 20000);
    QTRY_VERIFY(!raw->isFeeding()); // the editor gets the text a slice per event-loop turn
    QVERIFY2(raw->barText().startsWith(QStringLiteral("Showing the first 1.0 MB of ")), qPrintable(raw->barText()));
    QVERIFY(raw->showMoreButton()->isVisible());
    const QString shown = m_view->rawView()->text();
    QVERIFY(shown.size() < 2'000'000);
    QVERIFY(QString::fromUtf8(response.document->toJson(response.document->root(), true)).startsWith(shown));
}

void TestResultsView::expandAllBelow_stoppedAtTheBound_saysSoOnTheStatusLine() {
    m_view->showResponse(dataResponse(largeArrayBody(500)), service);
    const QString status = m_view->statusText();
    m_view->resultTree()->setExpandLimit(10);
    m_view->treeView()->setCurrentIndex(indexAt(QStringLiteral("data.items")));
    m_view->expandAllBelowCurrent();
    QVERIFY(m_view->treeView()->isExpanded(indexAt(QStringLiteral("data.items[8]"))));
    QVERIFY(!m_view->treeView()->isExpanded(indexAt(QStringLiteral("data.items[9]"))));
    QVERIFY2(m_view->statusText().startsWith(status + QStringLiteral(" \u00b7 Expanded 10 nodes")),
             qPrintable(m_view->statusText()));
    QVERIFY(m_view->statusText().contains(QStringLiteral("the rest was left collapsed")));

    m_view->treeView()->setCurrentIndex(indexAt(QStringLiteral("data")));
    m_view->collapseAllBelowCurrent();
    QVERIFY(!m_view->treeView()->isExpanded(indexAt(QStringLiteral("data.items"))));
}

void TestResultsView::errorsWithData_stayOnTheTree() {
    const QByteArray body =
        QByteArrayLiteral("{\"data\":{\"person\":{\"name\":\"Ada\"}},\"errors\":[{\"message\":\"Partial.\"}]}");
    m_view->tabs()->setCurrentIndex(ResultsView::ErrorsTab);
    m_view->showResponse(makeResponse(body, GraphQLResponse::Outcome::GraphQLErrors), service);
    QCOMPARE(m_view->tabs()->currentIndex(), int(ResultsView::TreeTab));
    QCOMPARE(m_view->tabs()->tabText(ResultsView::ErrorsTab), QStringLiteral("Errors (1)"));
    QVERIFY(indexAt(QStringLiteral("data.person.name")).isValid());
}

void TestResultsView::rawTab_showsFormattedJson_madeByAWorker() {
    m_view->tabs()->setCurrentIndex(ResultsView::RawTab);
    const GraphQLResponse response = dataResponse(peopleBody);
    m_view->showResponse(response, service);
    // The text is made on a worker and arrives through the event loop: not there yet on return.
    QVERIFY(m_view->isFormattingRaw());
    QVERIFY(!m_view->rawView()->text().contains(QStringLiteral("Ada Lovelace")));

    const QString expected = QString::fromUtf8(response.document->toJson(response.document->root(), true));
    QTRY_COMPARE(m_view->rawView()->text(), expected);
    QVERIFY(expected.contains(QStringLiteral("\n  \"data\": {\n")));
    QVERIFY(!m_view->isFormattingRaw());
    QVERIFY(m_view->rawView()->isReadOnly());
}

void TestResultsView::rawTab_newerResponse_supersedesAnOlderFormattingJob() {
    // Formatting starts when the Raw tab is shown; a response arriving meanwhile replaces the job's result.
    m_view->showResponse(dataResponse(largeArrayBody(20000)), service);
    m_view->tabs()->setCurrentIndex(ResultsView::RawTab);
    QVERIFY(m_view->isFormattingRaw());
    const GraphQLResponse newer = dataResponse(peopleBody);
    m_view->showResponse(newer, service);

    const QString expected = QString::fromUtf8(newer.document->toJson(newer.document->root(), true));
    QTRY_COMPARE(m_view->rawView()->text(), expected);
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50); // a late answer from the older job would land now
    QCOMPARE(m_view->rawView()->text(), expected);
}

void TestResultsView::failure_showsThePlainMessage_andKeepsThePreviousTree() {
    m_view->showResponse(dataResponse(peopleBody), service);
    GraphQLResponse failure;
    failure.outcome = GraphQLResponse::Outcome::TransportError;
    failure.message = QStringLiteral("The service could not be reached.");
    failure.detail = QStringLiteral("Connection refused (QNetworkReply::ConnectionRefusedError)");
    failure.elapsedMs = 12;
    m_view->showResponse(failure, service);

    QCOMPARE(m_view->messageText(), failure.message);
    QCOMPARE(m_view->messageDetail(), failure.detail);
    // The technical detail waits behind "Details" (and in the message's tooltip).
    auto *details = m_view->findChild<QToolButton *>(QStringLiteral("resultsDetailsButton"));
    auto *detailText = m_view->findChild<QLabel *>(QStringLiteral("resultsDetailText"));
    QVERIFY(details && detailText);
    QVERIFY(details->isVisible());
    QVERIFY(!detailText->isVisible());
    details->click();
    QVERIFY(detailText->isVisible());
    QCOMPARE(detailText->text(), failure.detail);
    QCOMPARE(m_view->statusText(), QStringLiteral("No response \u00b7 12 ms \u00b7 Sandbox: Profile"));
    QCOMPARE(indexAt(QStringLiteral("data.personSearch.edges[0].node.name")).siblingAtColumn(1).data().toString(),
             QStringLiteral("Ada Lovelace"));

    GraphQLResponse auth;
    auth.outcome = GraphQLResponse::Outcome::AuthFailed;
    auth.httpStatus = 401;
    auth.message = QStringLiteral("The API key was refused.");
    m_view->showResponse(auth, service);
    QCOMPARE(m_view->messageText(), auth.message);
    QVERIFY(m_view->statusText().startsWith(QStringLiteral("401 Unauthorized \u00b7 ")));
    QVERIFY(indexAt(QStringLiteral("data.personSearch")).isValid());
}

void TestResultsView::failureWithDocument_replacesTheTree() {
    m_view->showResponse(dataResponse(peopleBody), service);
    GraphQLResponse http = makeResponse(QByteArrayLiteral("{\"errors\":[{\"message\":\"Syntax Error.\"}]}"),
                                        GraphQLResponse::Outcome::HttpError, 400);
    http.message = QStringLiteral("The service rejected the request (HTTP 400).");
    m_view->showResponse(http, service);
    QCOMPARE(m_view->messageText(), http.message);
    QVERIFY(!indexAt(QStringLiteral("data")).isValid());
    QCOMPARE(m_view->errorList()->count(), 1);
    QVERIFY(m_view->statusText().startsWith(QStringLiteral("400 Bad Request \u00b7 ")));
}

void TestResultsView::newDocument_afterFailure_hidesTheMessage() {
    GraphQLResponse failure;
    failure.outcome = GraphQLResponse::Outcome::HttpError;
    failure.httpStatus = 503;
    failure.message = QStringLiteral("The service is unavailable.");
    m_view->showResponse(failure, service);
    QVERIFY(!m_view->messageText().isEmpty());
    m_view->showResponse(dataResponse(peopleBody), service);
    QVERIFY(m_view->messageText().isEmpty());
    QVERIFY(indexAt(QStringLiteral("data.personSearch")).isValid());
}

void TestResultsView::progress_showsBytesReceived_andHidesWhenDone() {
    QProgressBar *bar = m_view->progressBar();
    m_view->showRunning(service);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 0); // indeterminate
    QCOMPARE(m_view->statusText(), QStringLiteral("Running\u2026 \u00b7 Sandbox: Profile"));

    m_view->setProgress(3'200'000, 12'800'000);
    QCOMPARE(m_view->statusText(), QStringLiteral("Running\u2026 \u00b7 3.2 MB of 12.8 MB \u00b7 Sandbox: Profile"));
    QCOMPARE(bar->value(), 250);
    QCOMPARE(bar->maximum(), 1000);

    m_view->setProgress(3'200'000, -1);
    QCOMPARE(m_view->statusText(), QStringLiteral("Running\u2026 \u00b7 3.2 MB received \u00b7 Sandbox: Profile"));
    QCOMPARE(bar->maximum(), 0);

    m_view->showParsing(12'800'000);
    QCOMPARE(m_view->statusText(), QStringLiteral("Reading 12.8 MB\u2026 \u00b7 Sandbox: Profile"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 0);

    m_view->showResponse(dataResponse(peopleBody), service);
    QVERIFY(!bar->isVisible());
}

void TestResultsView::parseProgress_showsPercentOnTheBarAndStatus() {
    QProgressBar *bar = m_view->progressBar();
    m_view->showRunning(service);
    m_view->setProgress(12'800'000, 12'800'000);
    m_view->showParsing(12'800'000);
    m_view->setParseProgress(400);
    QCOMPARE(m_view->statusText(), QStringLiteral("Reading 12.8 MB\u2026 40% \u00b7 Sandbox: Profile"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 1000);
    QCOMPARE(bar->value(), 400);
    m_view->setParseProgress(1000);
    QCOMPARE(m_view->statusText(), QStringLiteral("Reading 12.8 MB\u2026 100% \u00b7 Sandbox: Profile"));
    m_view->showResponse(dataResponse(peopleBody), service);
    QVERIFY(!bar->isVisible());
}

void TestResultsView::cancelled_saysCancelled_andHidesProgress() {
    m_view->showRunning(service);
    m_view->showCancelled();
    QVERIFY(!m_view->progressBar()->isVisible());
    QCOMPARE(m_view->statusText(), QStringLiteral("Cancelled \u00b7 Sandbox: Profile"));

    m_view->showRunning(service);
    GraphQLResponse cancelled;
    cancelled.outcome = GraphQLResponse::Outcome::Cancelled;
    m_view->showResponse(cancelled, service);
    QVERIFY(!m_view->progressBar()->isVisible());
    QVERIFY(m_view->statusText().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(m_view->messageText().isEmpty());
}

void TestResultsView::clear_emptiesEverything() {
    const QByteArray body = QByteArrayLiteral("{\"data\":{\"a\":1},\"errors\":[{\"message\":\"Partial.\"}]}");
    m_view->showResponse(makeResponse(body, GraphQLResponse::Outcome::GraphQLErrors), service);
    m_view->clear();
    QCOMPARE(m_view->treeModel()->rowCount(), 0);
    QCOMPARE(m_view->errorList()->count(), 0);
    QCOMPARE(m_view->tabs()->tabText(ResultsView::ErrorsTab), QStringLiteral("Errors"));
    QVERIFY(m_view->statusText().isEmpty());
    QVERIFY(m_view->messageText().isEmpty());
}

void TestResultsView::messageBar_followsASwitchToADarkPalette() {
    GraphQLResponse failure;
    failure.outcome = GraphQLResponse::Outcome::TransportError;
    failure.message = QStringLiteral("The service could not be reached.");
    m_view->showResponse(failure, service);
    auto *bar = m_view->findChild<QFrame *>(QStringLiteral("resultsMessageBar"));
    QVERIFY(bar->palette().color(QPalette::Window).lightness() > 150);

    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_view->setPalette(dark);
    // Light text on the old light tint would be unreadable: the tint follows the new window colour.
    const QColor window = bar->palette().color(QPalette::Window);
    QVERIFY2(window.lightness() < 100, qPrintable(window.name()));
    QCOMPARE(bar->palette().color(QPalette::WindowText), QColor(0xee, 0xee, 0xee));
}

void TestResultsView::tableTab_afterTree_showsTheLargestArrayOfTheResponse() {
    QCOMPARE(m_view->tabs()->tabText(ResultsView::TableTab), QStringLiteral("Table"));
    QCOMPARE(m_view->tabs()->widget(ResultsView::TableTab), m_view->tableView());
    m_view->showResponse(dataResponse(peopleBody), service);
    QCOMPARE(m_view->tableView()->picker()->count(), 0); // listed only once the tab is shown
    m_view->tabs()->setCurrentIndex(ResultsView::TableTab);
    QTRY_VERIFY(m_view->tableView()->projection());
    QCOMPARE(m_view->tableView()->projection()->arrayPath(), QStringLiteral("data.personSearch.edges"));
    QCOMPARE(m_view->tableView()->projection()->columns().size(), 2);
    QVERIFY(m_view->statusText().contains(QStringLiteral("2 rows")));
    m_view->clear();
    QVERIFY(!m_view->tableView()->projection());
}

void TestResultsView::showAsTable_inTheTree_opensThatArrayInTheTableTab() {
    m_view->showResponse(dataResponse(R"({"data":{"big":[{"a":1},{"a":2},{"a":3}],"small":[{"b":"x"}]}})"), service);
    const QModelIndex small = indexAt(QStringLiteral("data.small"));
    QVERIFY(small.isValid());
    m_view->treeView()->setCurrentIndex(small);
    m_view->resultTree()->showCurrentAsTable();
    QCOMPARE(m_view->tabs()->currentIndex(), int(ResultsView::TableTab));
    QTRY_VERIFY(m_view->tableView()->projection() &&
                m_view->tableView()->projection()->arrayPath() == QStringLiteral("data.small"));
    QTRY_VERIFY(!m_view->tableView()->isBusy()); // the listing of arrays does not replace the choice
    QCOMPARE(m_view->tableView()->projection()->arrayPath(), QStringLiteral("data.small"));
}

void TestResultsView::exportMenu_tableActionsFollowTheTableTab() {
    ExportActions *exports = m_view->exportActions();
    m_view->showResponse(dataResponse(peopleBody), service);
    QVERIFY(!exports->copyCsvAction()->isEnabled()); // no table yet
    m_view->tabs()->setCurrentIndex(ResultsView::TableTab);
    QTRY_VERIFY(m_view->tableView()->projection());
    QTRY_VERIFY(exports->copyCsvAction()->isEnabled());
    exports->copyCsvAction()->trigger();
    QTRY_VERIFY(!exports->isExporting());
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("node.name,node.born\r\nAda Lovelace,1815\r\nAlan Turing,1912\r\n"));
    m_view->clear();
    QVERIFY(!exports->copyCsvAction()->isEnabled());
}

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
