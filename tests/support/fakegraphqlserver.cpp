#include "fakegraphqlserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace altrata::test {

using Http = LoopbackHttpServer;

FakeGraphQLServer::FakeGraphQLServer(QObject *parent)
    : QObject(parent)
    , m_http([this](QTcpSocket *socket, const Request &request) { onRequest(socket, request); }) {}

FakeGraphQLServer::~FakeGraphQLServer() = default;

bool FakeGraphQLServer::start() {
    return m_http.listen();
}

QUrl FakeGraphQLServer::graphqlUrl() const {
    return m_http.url(QStringLiteral("/graphql"));
}

QByteArray FakeGraphQLServer::dataBody() {
    return R"({"data":{"hello":"world"}})";
}

QByteArray FakeGraphQLServer::errorsBody() {
    return R"({"errors":[{"message":"Field 'broken' failed","locations":[{"line":1,"column":9}],"path":["broken"]}],)"
           R"("data":{"hello":"world","broken":null}})";
}

QByteArray FakeGraphQLServer::htmlErrorBody() {
    return "<html><head><title>502 Bad Gateway</title></head><body><h1>Upstream failed</h1></body></html>";
}

void FakeGraphQLServer::onRequest(QTcpSocket *socket, const Request &request) {
    ++m_requestCount;
    m_lastRequest = request;
    Q_EMIT requestReceived();
    answer(socket, request);
}

void FakeGraphQLServer::answer(QTcpSocket *socket, const Request &request) {
    if (!m_expectedApiKey.isEmpty() && request.header("x-api-key") != m_expectedApiKey)
        return Http::respond(socket, 403, "application/json", R"({"message":"Forbidden"})");
    const QByteArray authorization = request.header("Authorization");
    const bool bearer = authorization.startsWith("Bearer ");
    if (m_bearerCheck && (!bearer || !m_bearerCheck(authorization.mid(7))))
        return Http::respond(socket, 401, "application/json", R"({"message":"Unauthorized"})");
    answerScripted(socket);
}

void FakeGraphQLServer::answerScripted(QTcpSocket *socket) {
    switch (m_answer) {
    case Answer::Data:
        return Http::respond(socket, 200, "application/json", dataBody());
    case Answer::ErrorsPartialData:
        return Http::respond(socket, 200, "application/json", errorsBody());
    case Answer::Http500Html:
        return Http::respond(socket, 500, "text/html", htmlErrorBody());
    case Answer::Http400JsonErrors:
        return Http::respond(socket, 400, "application/json",
                             R"({"errors":[{"message":"Cannot query field 'nope' on type 'Query'.",)"
                             R"("locations":[{"line":1,"column":3}]}]})");
    case Answer::NonJson200:
        return Http::respond(socket, 200, "text/plain", "Hello, this is not GraphQL.");
    case Answer::JsonNotObject200:
        return Http::respond(socket, 200, "application/json", "[1,2,3]");
    case Answer::JsonWithoutData:
        return Http::respond(socket, 200, "application/json", R"({"hello":"world"})");
    case Answer::LargeBody: {
        // Sent slowly: QNetworkReply reports progress at most every 100 ms.
        const QByteArray prefix = R"({"data":{"blob":")";
        const QByteArray suffix = R"("}})";
        const QByteArray body = prefix + QByteArray(m_largeBodySize - prefix.size() - suffix.size(), 'x') + suffix;
        socket->write(Http::responseHead(200, "application/json", body.size()));
        return trickle(socket, body, 20, 25);
    }
    case Answer::Hang:
        return;
    case Answer::TrickleForever:
        // 1 MiB in 512-byte pieces takes 40 s: longer than any test waits.
        socket->write(Http::responseHead(200, "application/json", 1024 * 1024));
        return trickle(socket, QByteArray(1024 * 1024, ' '), 2048, 20);
    case Answer::CloseMidBody:
        socket->write(Http::responseHead(200, "application/json", 1000));
        socket->write(QByteArray(R"({"data":{"hello":"wor)"));
        socket->disconnectFromHost();
        return;
    }
}

void FakeGraphQLServer::trickle(QTcpSocket *socket, const QByteArray &body, int chunks, int intervalMs) {
    auto *timer = new QTimer(socket); // dies with the socket
    const qsizetype chunkSize = (body.size() + chunks - 1) / chunks;
    auto sent = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, chunkSize, sent] {
        socket->write(body.mid(*sent, chunkSize));
        *sent += chunkSize;
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(intervalMs);
}

} // namespace altrata::test
