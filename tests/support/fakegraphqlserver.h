#pragma once

#include "loopbackhttpserver.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace altrata::test {

// A scripted GraphQL endpoint on 127.0.0.1 (port 0) speaking just enough HTTP/1.1 for QNetworkAccessManager.
// Every answer closes the connection. It checks the API key (403) and the bearer token (401) before the
// scripted answer, records the last request and counts the requests it received completely.
class FakeGraphQLServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGraphQLServer)
public:
    enum class Answer {
        Data,              // 200 {"data":{"hello":"world"}}
        ErrorsPartialData, // 200 {"errors":[...],"data":{"hello":"world","broken":null}}
        Http500Html,       // 500 with an HTML page
        Http400JsonErrors, // 400 {"errors":[{"message":"Cannot query field ..."}]}
        NonJson200,        // 200 with plain text
        JsonNotObject200,  // 200 with a JSON array
        JsonWithoutData,   // 200 {"hello":"world"}: JSON object, but not a GraphQL result
        LargeBody,         // 200 {"data":{"blob":"xxx..."}} of largeBodySize() bytes, sent in 20 chunks 25 ms apart
        Hang,              // reads the request, never answers
        TrickleForever,    // sends the headers, then 512 body bytes every 20 ms, never the whole body
        CloseMidBody,      // sends the headers and part of the body, then closes the connection
    };

    using Request = HttpRequest;

    explicit FakeGraphQLServer(QObject *parent = nullptr);
    ~FakeGraphQLServer() override;

    bool start();
    QUrl graphqlUrl() const;

    void setAnswer(Answer answer) { m_answer = answer; }
    // Called with the token from "Authorization: Bearer <token>"; false answers 401. Unset: any token passes.
    void setBearerCheck(std::function<bool(const QByteArray &)> check) { m_bearerCheck = std::move(check); }
    // When set, any other x-api-key is answered with 403.
    void setExpectedApiKey(const QByteArray &apiKey) { m_expectedApiKey = apiKey; }
    void setLargeBodySize(qsizetype bytes) { m_largeBodySize = bytes; }
    qsizetype largeBodySize() const { return m_largeBodySize; }

    int requestCount() const { return m_requestCount; }
    const Request &lastRequest() const { return m_lastRequest; }

    // The exact bodies behind the scripted answers, for comparisons in tests.
    static QByteArray dataBody();
    static QByteArray errorsBody();
    static QByteArray htmlErrorBody();

Q_SIGNALS:
    void requestReceived();

private:
    void onRequest(QTcpSocket *socket, const Request &request);
    void answer(QTcpSocket *socket, const Request &request);
    void answerScripted(QTcpSocket *socket);
    // Writes `body` in `chunks` pieces, one every `intervalMs`; closes the connection after the last one.
    static void trickle(QTcpSocket *socket, const QByteArray &body, int chunks, int intervalMs);

    LoopbackHttpServer m_http;
    Answer m_answer = Answer::Data;
    std::function<bool(const QByteArray &)> m_bearerCheck;
    QByteArray m_expectedApiKey;
    qsizetype m_largeBodySize = 5 * 1024 * 1024;
    int m_requestCount = 0;
    Request m_lastRequest;
};

} // namespace altrata::test
