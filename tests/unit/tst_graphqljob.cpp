#include "auth/authsession.h"
#include "auth/clock.h"
#include "faketokenserver.h"
#include "graphqljobtesting.h"
#include "loopbackhttpserver.h"
#include "net/graphqlclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>

using altrata::auth::AuthSession;
using altrata::auth::Credentials;
using altrata::auth::ManualClock;
using altrata::auth::Secret;
using altrata::net::GraphQLClient;
using altrata::net::GraphQLJob;
using altrata::net::GraphQLRequest;
using altrata::net::GraphQLResponse;
using altrata::results::GraphQLErrorInfo;
using altrata::test::FakeTokenServer;
using altrata::test::LoopbackHttpServer;
using Outcome = GraphQLResponse::Outcome;
using altrata::test::FinishedLog;
using altrata::test::outcomeName;
using altrata::test::watchFinished;

// How a GraphQLJob turns the body into a ResultDocument: on a worker thread, classified back on the job's
// thread, cancellable meanwhile. (Requests, headers and auth are covered by tst_graphqlclient.)
namespace {

// A GraphQL answer of about `bytes` bytes with many small nodes (the shape that is slow to parse).
QByteArray manyItemsBody(qsizetype bytes, int *items) {
    QByteArray body;
    body.reserve(bytes + 128);
    body += R"({"data":{"items":[)";
    *items = 0;
    while (body.size() < bytes) {
        body += (*items ? ",{" : "{") + QByteArray(R"("id":"item-)") + QByteArray::number(*items) +
                R"(","n":12345,"f":1.50,"ok":true,"tags":["a","b"]})";
        ++*items;
    }
    body += "]}}";
    return body;
}

// Writes `pieces` one every `intervalMs`; an empty list of pieces left ends the connection. Chunked framing when
// `chunked` (no Content-Length then).
void writePieces(QTcpSocket *socket, QList<QByteArray> pieces, int intervalMs, bool chunked) {
    auto *timer = new QTimer(socket); // dies with the socket
    auto left = std::make_shared<QList<QByteArray>>(std::move(pieces));
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, left, chunked] {
        if (left->isEmpty()) {
            timer->stop();
            if (chunked)
                socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const QByteArray piece = left->takeFirst();
        socket->write(chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece);
    });
    timer->start(intervalMs);
}

QByteArray chunkedHead() {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
           "Connection: close\r\n\r\n";
}

QList<QByteArray> split(const QByteArray &body, qsizetype pieceSize) {
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < body.size(); at += pieceSize)
        pieces.append(body.mid(at, pieceSize));
    return pieces;
}

// Announces `contentLength` (-1: chunked) and then trickles 1 KiB pieces of spaces for minutes.
std::unique_ptr<LoopbackHttpServer> serverTrickling(qint64 contentLength) {
    auto server =
        std::make_unique<LoopbackHttpServer>([contentLength](QTcpSocket *socket, const altrata::test::HttpRequest &) {
            const bool chunked = contentLength < 0;
            socket->write(chunked ? chunkedHead()
                                  : LoopbackHttpServer::responseHead(200, "application/json", contentLength));
            writePieces(socket, QList<QByteArray>(10000, QByteArray(1024, ' ')), 20, chunked);
        });
    if (!server->listen())
        return nullptr;
    return server;
}

std::unique_ptr<LoopbackHttpServer> serverAnswering(const QByteArray &body, int status = 200) {
    auto server =
        std::make_unique<LoopbackHttpServer>([body, status](QTcpSocket *socket, const altrata::test::HttpRequest &) {
            LoopbackHttpServer::respond(socket, status, "application/json", body);
        });
    if (!server->listen())
        return nullptr;
    return server;
}

} // namespace

class TestGraphQLJob final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void send_largeBody_isParsedOffTheCallingThread();
    void send_errorsWithPartialData_areReadFromTheDocument();
    void send_httpErrorWithJsonErrors_keepsDocumentAndErrors();
    void send_bodyThatIsNotJson_explainsWhere();
    void cancel_duringParse_finishesOnceCancelled();
    void destroy_duringParse_dropsTheResultSafely();

    void send_bodyAnnouncedBeyondLimit_isRefusedBeforeItArrives();
    void send_chunkedBodyGrowingPastLimit_isRefusedWhileArriving();
    void send_bodyAtOrBeyondLimit_data();
    void send_bodyAtOrBeyondLimit();
    void send_bodyInManyPieces_parsesAsTheWhole_data();
    void send_bodyInManyPieces_parsesAsTheWhole();
    void send_largeBody_reportsRisingParseProgressEndingAtThousand();

private:
    GraphQLRequest request(const LoopbackHttpServer &server) const;
    GraphQLResponse run(GraphQLJob *job);

    std::unique_ptr<FakeTokenServer> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<GraphQLClient> m_client;
};

void TestGraphQLJob::init() {
    m_tokens = std::make_unique<FakeTokenServer>();
    QVERIFY(m_tokens->start());
    Credentials credentials;
    credentials.tokenUrl = m_tokens->tokenUrl();
    credentials.username = QStringLiteral("test-user");
    credentials.password = Secret(QStringLiteral("test-password"));
    credentials.apiKey = Secret(QStringLiteral("test-api-key"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_session =
        std::make_unique<AuthSession>(credentials, m_network.get(), nullptr, m_clock.get(), AuthSession::Options{});
    m_client = std::make_unique<GraphQLClient>(m_network.get(), m_session.get());
}

void TestGraphQLJob::cleanup() {
    m_client.reset();
    m_session.reset();
    m_network.reset();
    m_tokens.reset();
    QThreadPool::globalInstance()->waitForDone();
}

GraphQLRequest TestGraphQLJob::request(const LoopbackHttpServer &server) const {
    GraphQLRequest request;
    request.url = server.url(QStringLiteral("/graphql"));
    request.query = QStringLiteral("{ items { id } }");
    return request;
}

GraphQLResponse TestGraphQLJob::run(GraphQLJob *job) {
    auto log = watchFinished(job);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(log->count > 0, 30000); }();
    return log->last;
}

void TestGraphQLJob::send_largeBody_isParsedOffTheCallingThread() {
    int items = 0;
    const QByteArray body = manyItemsBody(30 * 1024 * 1024, &items);
    const auto server = serverAnswering(body);
    QVERIFY(server);
    GraphQLJob *job = m_client->send(request(*server));
    // While the body is parsed, this thread's event loop must keep ticking.
    QTimer ticker;
    QElapsedTimer sinceTick;
    QElapsedTimer parsing;
    qint64 longestGap = 0;
    int ticks = 0;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        ++ticks;
    });
    connect(job, &GraphQLJob::bodyReceived, this, [&](qint64 bytes) {
        QCOMPARE(bytes, body.size());
        QVERIFY(job->isParsing());
        parsing.start();
        sinceTick.start();
        ticker.start(2);
    });
    connect(job, &GraphQLJob::finished, this, [&] {
        longestGap = std::max(longestGap, sinceTick.elapsed());
        ticker.stop();
    });
    const GraphQLResponse response = run(job);
    const qint64 parseMs = parsing.elapsed();
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("Data"));
    QVERIFY(response.document);
    const auto data = response.document->member(response.document->root(), "data");
    QCOMPARE(response.document->childCount(*response.document->member(*data, "items")), items);
    QCOMPARE(response.body.size(), body.size());
    QCOMPARE(response.document->body().constData(), response.body.constData()); // one buffer, shared

    QElapsedTimer blocking; // the same parse on this thread, as the reference
    blocking.start();
    QVERIFY(altrata::results::ResultDocument::parse(QByteArray(body.constData(), body.size())));
    const qint64 blockingMs = blocking.elapsed();
    qInfo("%lld bytes parsed in %lld ms on a worker; on this thread: %lld ms; longest event-loop gap: %lld ms, "
          "%d ticks",
          qlonglong(body.size()), parseMs, blockingMs, longestGap, ticks);
    QVERIFY2(ticks >= 3 && longestGap * 2 < std::max<qint64>(blockingMs, 20),
             qPrintable(QStringLiteral("gap %1 ms, parse %2 ms").arg(longestGap).arg(blockingMs)));
}

void TestGraphQLJob::send_errorsWithPartialData_areReadFromTheDocument() {
    const QByteArray body = "{\"errors\":[{\"message\":\"Cannot return null\",\"locations\":[{\"line\":2,"
                            "\"column\":7}],\"path\":[\"person\",\"roles\",1]}],\"data\":{\"person\":{\"n\":1.50}}}";
    const auto server = serverAnswering(body);
    QVERIFY(server);
    const GraphQLResponse response = run(m_client->send(request(*server)));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("GraphQLErrors"));
    QVERIFY2(response.message.contains(QStringLiteral("1 GraphQL error(s) and returned partial data")),
             qPrintable(response.message));
    QCOMPARE(response.errors.size(), 1); // the CLI reads this list
    QCOMPARE(response.errors.at(0).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("Cannot return null"));
    QVERIFY(response.document);
    const QList<GraphQLErrorInfo> errors = response.document->graphqlErrors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].path, QStringLiteral("data.person.roles[1]"));
    QCOMPARE(errors[0].locations, (QList<std::pair<int, int>>{{2, 7}}));
    QCOMPARE(response.body, body);
}

void TestGraphQLJob::send_httpErrorWithJsonErrors_keepsDocumentAndErrors() {
    const auto server =
        serverAnswering(R"({"errors":[{"message":"Syntax Error","locations":[{"line":1,"column":3}]}]})", 400);
    QVERIFY(server);
    const GraphQLResponse response = run(m_client->send(request(*server)));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("HttpError"));
    QCOMPARE(response.httpStatus, 400);
    QCOMPARE(response.errors.size(), 1);
    QVERIFY(response.document);
    QCOMPARE(response.document->graphqlErrors().value(0).locations, (QList<std::pair<int, int>>{{1, 3}}));
}

void TestGraphQLJob::send_bodyThatIsNotJson_explainsWhere() {
    const auto server = serverAnswering(R"({"data":{"a":[1,2}})");
    QVERIFY(server);
    const GraphQLResponse response = run(m_client->send(request(*server)));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("TransportError"));
    QVERIFY(!response.document);
    QVERIFY2(response.message.contains(QStringLiteral("not with JSON")), qPrintable(response.message));
    QVERIFY2(response.detail.contains(QStringLiteral("near byte 17")), qPrintable(response.detail));
    QCOMPARE(response.body, QByteArray(R"({"data":{"a":[1,2}})"));
}

void TestGraphQLJob::cancel_duringParse_finishesOnceCancelled() {
    int items = 0;
    const auto server = serverAnswering(manyItemsBody(8 * 1024 * 1024, &items));
    QVERIFY(server);
    GraphQLJob *job = m_client->send(request(*server));
    auto log = watchFinished(job);
    bool wasParsing = false;
    connect(job, &GraphQLJob::bodyReceived, this, [&, job] {
        wasParsing = job->isParsing();
        job->cancel();
        wasParsing = wasParsing && !job->isParsing(); // no longer reported once cancelled
    });
    QTRY_COMPARE_WITH_TIMEOUT(log->count, 1, 15000);
    QVERIFY(wasParsing);
    QCOMPARE(outcomeName(log->last.outcome), QStringLiteral("Cancelled"));
    QVERIFY(!log->last.document);
    QThreadPool::globalInstance()->waitForDone(); // the parse ends; its late result must be dropped
    QCoreApplication::processEvents();
    QCOMPARE(log->count, 1);
    QCOMPARE(outcomeName(job->response().outcome), QStringLiteral("Cancelled"));
}

void TestGraphQLJob::destroy_duringParse_dropsTheResultSafely() {
    int items = 0;
    const auto server = serverAnswering(manyItemsBody(8 * 1024 * 1024, &items));
    QVERIFY(server);
    QPointer<GraphQLJob> job = m_client->send(request(*server));
    int finished = 0;
    connect(job, &GraphQLJob::finished, this, [&] { ++finished; });
    connect(job, &GraphQLJob::bodyReceived, this, [&] { delete job; });
    QTRY_VERIFY_WITH_TIMEOUT(!job, 30000);
    QThreadPool::globalInstance()->waitForDone(); // the parse ends with nobody left to tell
    QCoreApplication::processEvents();
    QCOMPARE(finished, 0);
}

void TestGraphQLJob::send_bodyAnnouncedBeyondLimit_isRefusedBeforeItArrives() {
    const qint64 announced = 1395864371; // 1.3 GB (binary): beyond the default limit of 1.0 GB
    const auto server = serverTrickling(announced);
    QVERIFY(server);
    QCOMPARE(m_client->maxResponseBytes(), qint64(1024) * 1024 * 1024);
    GraphQLJob *job = m_client->send(request(*server));
    qint64 mostReceived = 0;
    connect(job, &GraphQLJob::downloadProgress, this,
            [&](qint64 received, qint64) { mostReceived = std::max(mostReceived, received); });
    const GraphQLResponse response = run(job); // the trickle alone would take minutes
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("TransportError"));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.message, QStringLiteral("The response is larger than the 1.0 GB limit (1.3 GB announced); "
                                              "nothing was kept. Raise the limit with the setting "
                                              "results/maxResponseMegabytes (now 1024) if you need responses this "
                                              "large."));
    QVERIFY(response.body.isEmpty());
    QVERIFY(!response.document);
    QVERIFY2(mostReceived < 64 * 1024, qPrintable(QString::number(mostReceived)));
}

void TestGraphQLJob::send_chunkedBodyGrowingPastLimit_isRefusedWhileArriving() {
    const auto server = serverTrickling(-1);
    QVERIFY(server);
    m_client->setMaxResponseBytes(20 * 1024);
    const GraphQLResponse response = run(m_client->send(request(*server)));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("TransportError"));
    QVERIFY2(response.message.startsWith(QStringLiteral("The response is larger than the 20.0 kB limit (more than "
                                                        "that arrived); nothing was kept.")),
             qPrintable(response.message));
    QVERIFY(response.body.isEmpty());
}

void TestGraphQLJob::send_bodyAtOrBeyondLimit_data() {
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<qint64>("limitMinusSize");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("announced, exactly at the limit") << false << qint64(0) << QStringLiteral("Data");
    QTest::newRow("announced, one byte beyond") << false << qint64(-1) << QStringLiteral("TransportError");
    QTest::newRow("chunked, exactly at the limit") << true << qint64(0) << QStringLiteral("Data");
    QTest::newRow("chunked, one byte beyond") << true << qint64(-1) << QStringLiteral("TransportError");
}

void TestGraphQLJob::send_bodyAtOrBeyondLimit() {
    QFETCH(bool, chunked);
    QFETCH(qint64, limitMinusSize);
    QFETCH(QString, outcome);
    int items = 0;
    const QByteArray body = manyItemsBody(200 * 1024, &items);
    LoopbackHttpServer server([&](QTcpSocket *socket, const altrata::test::HttpRequest &) {
        socket->write(chunked ? chunkedHead() : LoopbackHttpServer::responseHead(200, "application/json", body.size()));
        writePieces(socket, split(body, 16 * 1024), 5, chunked);
    });
    QVERIFY(server.listen());
    m_client->setMaxResponseBytes(body.size() + limitMinusSize);
    const GraphQLResponse response = run(m_client->send(request(server)));
    QCOMPARE(outcomeName(response.outcome), outcome);
    QCOMPARE(response.body.size(), outcome == QStringLiteral("Data") ? body.size() : 0);
}

void TestGraphQLJob::send_bodyInManyPieces_parsesAsTheWhole_data() {
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

void TestGraphQLJob::send_bodyInManyPieces_parsesAsTheWhole() {
    QFETCH(bool, chunked);
    int items = 0;
    const QByteArray body = manyItemsBody(6 * 1024 * 1024, &items);
    LoopbackHttpServer server([&](QTcpSocket *socket, const altrata::test::HttpRequest &) {
        socket->write(chunked ? chunkedHead() : LoopbackHttpServer::responseHead(200, "application/json", body.size()));
        writePieces(socket, split(body, 100 * 1024 + 7), 1, chunked); // odd sizes: pieces end mid-token
    });
    QVERIFY(server.listen());
    const GraphQLResponse response = run(m_client->send(request(server)));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("Data"));
    QVERIFY(response.body == body);
    QVERIFY(response.document);
    QCOMPARE(response.document->body().constData(), response.body.constData()); // still one buffer
    if (!chunked) // reserved once from Content-Length (plus padding), never grown
        QVERIFY2(response.body.capacity() - response.body.size() < 4096,
                 qPrintable(QString::number(response.body.capacity())));
    const auto whole = altrata::results::ResultDocument::parse(QByteArray(body.constData(), body.size()));
    QVERIFY(whole);
    QVERIFY(response.document->toJson(response.document->root(), false) == whole->toJson(whole->root(), false));
}

void TestGraphQLJob::send_largeBody_reportsRisingParseProgressEndingAtThousand() {
    int items = 0;
    const auto server = serverAnswering(manyItemsBody(24 * 1024 * 1024, &items));
    QVERIFY(server);
    GraphQLJob *job = m_client->send(request(*server));
    bool bodyArrived = false;
    bool finished = false;
    QList<int> reports;
    QElapsedTimer parsing;
    connect(job, &GraphQLJob::bodyReceived, this, [&] {
        bodyArrived = true;
        parsing.start();
    });
    connect(job, &GraphQLJob::parseProgress, this, [&](int permille) {
        QVERIFY(bodyArrived && !finished);
        reports.append(permille);
    });
    connect(job, &GraphQLJob::finished, this, [&] { finished = true; });
    const GraphQLResponse response = run(job);
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("Data"));
    qInfo() << "parse progress:" << reports;
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last(), 1000);
    QVERIFY(reports.first() >= 0);
    QVERIFY(std::adjacent_find(reports.cbegin(), reports.cend(), std::greater_equal<int>()) == reports.cend());
    // Polled every 50 ms, not one signal per worker report (the bound allows for early coarse timers).
    QVERIFY2(reports.size() <= parsing.elapsed() / 40 + 2, qPrintable(QString::number(parsing.elapsed())));
}

QTEST_GUILESS_MAIN(TestGraphQLJob)
#include "tst_graphqljob.moc"
