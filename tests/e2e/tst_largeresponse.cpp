#include "auth/authsession.h"
#include "auth/clock.h"
#include "faketokenserver.h"
#include "graphqlbodygenerator.h"
#include "loopbackhttpserver.h"
#include "net/graphqlclient.h"
#include "queryeditor.h"
#include "querytab.h"
#include "results/jsontreemodel.h"
#include "resultsview.h"
#include "runcontroller.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTestEventLoop>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace altrata;
using results::JsonTreeModel;

namespace {

constexpr qint64 kBodyBytes = 50 * 1000 * 1000;
// Generous for an ASan build on two loaded cores; parsing 50 MB with QJsonDocument or building an eager model of it
// on the GUI thread takes seconds and fails.
constexpr double kMaxBlockMs = 400;

// A 5 ms timer on the GUI thread: the largest gap between its ticks is the longest time the window was frozen.
class GapRecorder final {
public:
    GapRecorder() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }
    double largestMs() const { return double(std::max(m_largest, m_clock.nsecsElapsed() - m_last)) / 1e6; }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        m_largest = std::max(m_largest, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largest = 0;
};

} // namespace

// A 50 MB GraphQL response run from a real query tab by the real RunController and GraphQLClient (downloaded from
// 127.0.0.1, parsed on a worker) into the tab's results view, offscreen: the window keeps responding all along and then
// shows the top rows.
class TestLargeResponse final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fiftyMegabytes_loadsWithoutFreezingTheWindow_andShowsTheTopRows();

private:
    QByteArray m_body;
    test::GraphQLBodyStats m_stats;
};

void TestLargeResponse::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_body = test::generateGraphQLBody(kBodyBytes, 1, &m_stats);
    QVERIFY(m_stats.edges > 50000);
}

void TestLargeResponse::fiftyMegabytes_loadsWithoutFreezingTheWindow_andShowsTheTopRows() {
    test::FakeTokenServer tokens;
    QVERIFY(tokens.start());
    int served = 0;
    test::LoopbackHttpServer graphql([this, &served](QTcpSocket *socket, const test::HttpRequest &) {
        ++served;
        test::LoopbackHttpServer::respond(socket, 200, "application/json", m_body);
    });
    QVERIFY(graphql.listen());
    QNetworkAccessManager network;
    auth::ManualClock clock(QDateTime::currentDateTimeUtc());
    auth::AuthSession session(tokens.acceptedCredentials(), &network, nullptr, &clock, auth::AuthSession::Options{});
    net::GraphQLClient client(&network, &session);

    ui::QueryTab tab; // the editor and the results view of a window's tab, run by the window's RunController
    tab.resize(1000, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setServiceUrl(graphql.url(QStringLiteral("/graphql")));
    tab.editor()->setText(QStringLiteral("{ personSearch { totalCount } }"));
    ui::RunController runner(&tab);
    runner.setClient(&client);

    GapRecorder gaps; // from the Run on
    QSignalSpy finished(&runner, &ui::RunController::finished);
    QVERIFY(runner.run(&tab, tab.serviceUrl(), QStringLiteral("Large")));
    QVERIFY(finished.wait(50000)); // an event loop of its own: no sleeps that would look like a frozen window
    QTestEventLoop::instance().enterLoopMSecs(300); // the rows get laid out and painted
    const double largest = gaps.largestMs();
    qInfo("largest GUI-thread gap while loading %lld bytes: %.1f ms", m_stats.bytes, largest);

    QCOMPARE(served, 1);
    QCOMPARE(finished.first().first().value<net::GraphQLResponse>().outcome, net::GraphQLResponse::Outcome::Data);
    QVERIFY2(largest < kMaxBlockMs, qPrintable(QStringLiteral("the window froze for %1 ms").arg(largest)));

    ui::ResultsView &view = *tab.resultsView();
    JsonTreeModel *model = view.treeModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex data = model->index(0, JsonTreeModel::KeyColumn);
    QCOMPARE(data.data().toString(), QStringLiteral("data"));
    QVERIFY(view.treeView()->isExpanded(data)); // data and personSearch opened, as for any response
    QVERIFY(view.treeView()->visualRect(model->index(0, 0, data)).isValid());
    const QModelIndex total = model->indexForPath(QStringLiteral("data.personSearch.totalCount"));
    QCOMPARE(model->valueTextOf(total), QString::number(m_stats.edges));
    const QString lastId = QStringLiteral("data.personSearch.edges[%1].node.id").arg(m_stats.edges - 1);
    QCOMPARE(model->valueTextOf(model->indexForPath(lastId)), test::generatedPersonId(m_stats.edges - 1));
    QVERIFY(view.statusText().contains(QStringLiteral("200")));
}

QTEST_MAIN(TestLargeResponse)
#include "tst_largeresponse.moc"
