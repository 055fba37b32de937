#include "sandbox/sandboxhost.h"

#include "auth/requestfactory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using altrata::sandbox::SandboxConfig;
using altrata::sandbox::SandboxHost;

namespace {

SandboxConfig smallConfig() {
    SandboxConfig config;
    config.dataset.people = 2000; // enough for every service, quick to generate
    config.dataset.organizations = 200;
    return config;
}

// A document whose answer is large and takes the server a while to build, whatever the services' data:
// the full type system of the schema, `copies` times over.
QString largeIntrospectionQuery(int copies) {
    QString query = QStringLiteral("query Large {");
    for (int i = 0; i < copies; ++i) {
        query += QStringLiteral(" s%1: __schema { types { name description fields(includeDeprecated: true) { name "
                                "description args { name type { name kind ofType { name kind } } } type { name "
                                "kind ofType { name kind ofType { name kind } } } } } }")
                     .arg(i);
    }
    return query + QStringLiteral(" }");
}

} // namespace

// SandboxHost over real loopback HTTP: the server lives on its own thread, the owner's thread stays free.
class TestSandboxHost final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void start_listensOnLoopback_andPublishesUrlsAfterStarted();
    void requests_areAnsweredAndLoggedOnTheOwnerThread();
    void largeResponse_ownerEventLoopKeepsTurning();
    void start_onPortInUse_emitsFailed();
    void stop_closesThePort_andStartRunsAgain();
    void destroy_duringRequest_stopsCleanly();

private:
    bool startHost(SandboxHost &host, const SandboxConfig &config);
    QByteArray obtainToken(const SandboxHost &host);
    QNetworkReply *postGraphQL(const SandboxHost &host, const QByteArray &token, const QString &query);

    QNetworkAccessManager m_network;
};

bool TestSandboxHost::startHost(SandboxHost &host, const SandboxConfig &config) {
    QSignalSpy started(&host, &SandboxHost::started);
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(config);
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 60000))
        return false;
    if (!failed.isEmpty())
        qWarning("sandbox failed: %s", qPrintable(failed.first().first().toString()));
    return !started.isEmpty();
}

QByteArray TestSandboxHost::obtainToken(const SandboxHost &host) {
    // Built like the product builds it: RequestFactory is the one place credentials go on a request.
    const auto request = altrata::auth::RequestFactory::tokenRequest(host.credentials());
    if (!std::holds_alternative<QNetworkRequest>(request))
        return {};
    std::unique_ptr<QNetworkReply> reply(m_network.post(std::get<QNetworkRequest>(request), QByteArray()));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toUtf8();
}

QNetworkReply *TestSandboxHost::postGraphQL(const SandboxHost &host, const QByteArray &token, const QString &query) {
    QNetworkRequest request(host.serviceUrl(QStringLiteral("events")));
    request.setRawHeader("x-api-key", host.config().credentials.apiKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("query"), query}};
    return m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestSandboxHost::start_listensOnLoopback_andPublishesUrlsAfterStarted() {
    SandboxHost host;
    QVERIFY(!host.isRunning());
    QSignalSpy started(&host, &SandboxHost::started);
    host.start(smallConfig());
    QVERIFY(host.baseUrl().isEmpty()); // asynchronous: nothing is known before started()
    QVERIFY(started.wait(60000));
    QVERIFY(host.isRunning());
    const QUrl base = started.first().first().toUrl();
    QCOMPARE(base, host.baseUrl());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    QCOMPARE(host.tokenUrl().path(), QStringLiteral("/oauth2/token"));
    const QStringList expected{QStringLiteral("profile"), QStringLiteral("matching"), QStringLiteral("relationships"),
                               QStringLiteral("events")};
    QCOMPARE(host.serviceNames(), expected);
    for (const QString &name : expected) {
        QCOMPARE(host.serviceUrl(name).port(), base.port());
        QCOMPARE(host.serviceUrl(name).path(), QStringLiteral("/%1/graphql").arg(name));
    }
    QCOMPARE(host.config().dataset.people, 2000);
}

void TestSandboxHost::requests_areAnsweredAndLoggedOnTheOwnerThread() {
    SandboxHost host;
    QVERIFY(startHost(host, smallConfig()));
    QStringList lines;
    bool onOwnerThread = true;
    connect(&host, &SandboxHost::requestLogged, this, [&](const QString &line) {
        onOwnerThread = onOwnerThread && QThread::currentThread() == thread();
        lines << line;
    });
    const QByteArray token = obtainToken(host);
    QVERIFY(!token.isEmpty());
    std::unique_ptr<QNetworkReply> reply(postGraphQL(host, token, QStringLiteral("{ __typename }")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    QVERIFY(answer.value(QStringLiteral("data")).toObject().contains(QStringLiteral("__typename")));
    QTRY_COMPARE(lines.size(), 2);
    QVERIFY(onOwnerThread);
    QVERIFY2(lines.at(0).contains(QStringLiteral("/oauth2/token")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("/events/graphql")), qPrintable(lines.at(1)));
    for (const QString &line : lines) {
        QVERIFY(!line.contains(QString::fromUtf8(token)));
        QVERIFY(!line.contains(host.config().credentials.password));
    }
}

void TestSandboxHost::largeResponse_ownerEventLoopKeepsTurning() {
    SandboxHost host;
    QVERIFY(startHost(host, smallConfig()));
    const QByteArray token = obtainToken(host);
    QVERIFY(!token.isEmpty());
    // The owner's event loop ticks every 5 ms; the longest gap between ticks is how long it was blocked.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QNetworkReply> reply(postGraphQL(host, token, largeIntrospectionQuery(1000)));
    sinceTick.start();
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 120000);
    ticker.stop();
    const qint64 total = elapsed.elapsed();
    const QByteArray body = reply->readAll();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(body.size() > 15'000'000, qPrintable(QString::number(body.size())));
    QVERIFY(!QJsonDocument::fromJson(body).object().contains(QStringLiteral("errors")));
    qInfo("response %lld bytes in %lld ms; the owner's longest event-loop gap: %lld ms", qlonglong(body.size()), total,
          longestGap);
    // Built on the owner's thread, the gap would be about the whole build time.
    QVERIFY2(longestGap < 300 && longestGap * 3 < total,
             qPrintable(QStringLiteral("gap %1 ms of %2 ms").arg(longestGap).arg(total)));
}

void TestSandboxHost::start_onPortInUse_emitsFailed() {
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    SandboxConfig config = smallConfig();
    config.port = occupant.serverPort();
    SandboxHost host;
    QSignalSpy failed(&host, &SandboxHost::failed);
    QSignalSpy started(&host, &SandboxHost::started);
    host.start(config);
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.first().first().toString().contains(QString::number(config.port)),
             qPrintable(failed.first().first().toString()));
    QVERIFY(started.isEmpty());
    QVERIFY(!host.isRunning());
    QVERIFY(host.baseUrl().isEmpty());
}

void TestSandboxHost::stop_closesThePort_andStartRunsAgain() {
    SandboxHost host;
    QVERIFY(startHost(host, smallConfig()));
    const quint16 port = static_cast<quint16>(host.baseUrl().port());
    QSignalSpy logged(&host, &SandboxHost::requestLogged);
    host.stop();
    QVERIFY(!host.isRunning());
    QVERIFY(host.tokenUrl().isEmpty());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(5000)); // nothing listens there any more
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);

    QVERIFY(startHost(host, smallConfig()));
    QVERIFY(!obtainToken(host).isEmpty());
    QVERIFY(logged.size() >= 1);
}

void TestSandboxHost::destroy_duringRequest_stopsCleanly() {
    auto host = std::make_unique<SandboxHost>();
    QVERIFY(startHost(*host, smallConfig()));
    const QByteArray token = obtainToken(*host);
    QVERIFY(!token.isEmpty());
    std::unique_ptr<QNetworkReply> reply(postGraphQL(*host, token, largeIntrospectionQuery(600)));
    QSignalSpy sent(reply.get(), &QNetworkReply::uploadProgress);
    QVERIFY(sent.wait(30000)); // the request has reached the server, which is now building the answer
    QElapsedTimer stopping;
    stopping.start();
    host.reset(); // what quitting the app mid-request does: stop the server, join its thread
    qInfo("stopped in %lld ms", stopping.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000); // answered in full, or cut off: never left hanging
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
