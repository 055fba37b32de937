// The fake token server is what every auth and GraphQL test stands on: prove its scripted answers.
#include "faketokenserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using altrata::test::FakeTokenServer;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QByteArray date;
};

QNetworkRequest tokenRequest(const FakeTokenServer &server, const QByteArray &apiKey, const QByteArray &userPass) {
    QUrl url = server.tokenUrl();
    url.setQuery(QStringLiteral("grant_type=client_credentials"));
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", apiKey);
    request.setRawHeader("Authorization", "Basic " + userPass.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    return request;
}

Answer post(QNetworkAccessManager &network, const QNetworkRequest &request, int timeoutMs = 5000) {
    QNetworkReply *reply = network.post(request, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool answered = finished.wait(timeoutMs);
    if (!answered)
        reply->abort();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  answered ? reply->readAll() : QByteArray(), reply->error(), reply->rawHeader("Retry-After"),
                  reply->rawHeader("Date")};
    reply->deleteLater();
    return answer;
}

} // namespace

class tst_FakeTokenServer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<FakeTokenServer>();
        QVERIFY(m_server->start());
        QCOMPARE(m_server->tokenUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void success_issuesJwtAndRecordsRequest() {
        const Answer answer = post(m_network, tokenRequest(*m_server, "test-api-key", "test-user:test-password"));
        QCOMPARE(answer.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        const QByteArray token = body.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(token.count('.'), 2);
        QVERIFY(m_server->isCurrentToken(token));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 28800);
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').at(1), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(),
                 28800);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QCOMPARE(m_server->lastRequest().query, QByteArray("grant_type=client_credentials"));
        QVERIFY(!answer.date.isEmpty());
    }

    void success_checksSecrets_data() {
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<QByteArray>("userPass");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong api key") << QByteArray("nope") << QByteArray("test-user:test-password") << 403;
        QTest::newRow("wrong password") << QByteArray("test-api-key") << QByteArray("test-user:nope") << 401;
        QTest::newRow("wrong user") << QByteArray("test-api-key") << QByteArray("nope:test-password") << 401;
    }
    void success_checksSecrets() {
        QFETCH(QByteArray, apiKey);
        QFETCH(QByteArray, userPass);
        QFETCH(int, status);
        QCOMPARE(post(m_network, tokenRequest(*m_server, apiKey, userPass)).status, status);
        QVERIFY(m_server->currentToken().isEmpty());
    }

    void newToken_revokesPrevious_atGraphql() {
        const QByteArray first = m_server->issueToken();
        const QByteArray second = m_server->issueToken();
        QVERIFY(first != second);
        QVERIFY(!m_server->isCurrentToken(first));
        QNetworkRequest request(m_server->graphqlUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("x-api-key", "test-api-key");
        request.setRawHeader("Authorization", "Bearer " + first);
        QCOMPARE(post(m_network, request).status, 401);
        request.setRawHeader("Authorization", "Bearer " + second);
        const Answer ok = post(m_network, request);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray(R"({"data":{"__typename":"Query"}})"));
        request.setRawHeader("x-api-key", "wrong");
        QCOMPARE(post(m_network, request).status, 403);
        QCOMPARE(m_server->graphqlRequestCount(), 3);
    }

    void scriptedBehaviours_data() {
        QTest::addColumn<FakeTokenServer::Behaviour>("behaviour");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("bodyPart");
        QTest::newRow("api key") << FakeTokenServer::Behaviour::WrongApiKey << 403 << QByteArray("Forbidden");
        QTest::newRow("password") << FakeTokenServer::Behaviour::WrongPassword << 401 << QByteArray("invalid_client");
        QTest::newRow("429") << FakeTokenServer::Behaviour::RateLimited << 429 << QByteArray("Too Many");
        QTest::newRow("500") << FakeTokenServer::Behaviour::ServerErrorHtml << 500 << QByteArray("<title>");
        QTest::newRow("non-json") << FakeTokenServer::Behaviour::NonJson << 200 << QByteArray("not JSON");
        QTest::newRow("missing") << FakeTokenServer::Behaviour::MissingFields << 200 << QByteArray("token_type");
    }
    void scriptedBehaviours() {
        QFETCH(FakeTokenServer::Behaviour, behaviour);
        QFETCH(int, status);
        QFETCH(QByteArray, bodyPart);
        m_server->setBehaviour(behaviour);
        m_server->setRetryAfter(42);
        const Answer answer = post(m_network, tokenRequest(*m_server, "test-api-key", "test-user:test-password"));
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.body.contains(bodyPart), answer.body.constData());
        if (status == 429)
            QCOMPARE(answer.retryAfter, QByteArray("42"));
    }

    void hang_neverAnswers() {
        m_server->setBehaviour(FakeTokenServer::Behaviour::Hang);
        QSignalSpy requested(m_server.get(), &FakeTokenServer::tokenRequested);
        const Answer answer = post(m_network, tokenRequest(*m_server, "test-api-key", "test-user:test-password"), 300);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(answer.error, QNetworkReply::OperationCanceledError);
    }

    void closeMidBody_isAnError() {
        m_server->setBehaviour(FakeTokenServer::Behaviour::CloseMidBody);
        const Answer answer = post(m_network, tokenRequest(*m_server, "test-api-key", "test-user:test-password"));
        QVERIFY(answer.error != QNetworkReply::NoError);
        QVERIFY(answer.error != QNetworkReply::OperationCanceledError);
    }

    void serverDate_isSentAndUsedForClaims() {
        const QDateTime date(QDate(2030, 5, 6), QTime(7, 8, 9), Qt::UTC);
        m_server->setServerDate(date);
        const Answer answer = post(m_network, tokenRequest(*m_server, "test-api-key", "test-user:test-password"));
        QCOMPARE(answer.date, QByteArray("Mon, 06 May 2030 07:08:09 GMT"));
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeTokenServer> m_server;
};

QTEST_GUILESS_MAIN(tst_FakeTokenServer)
#include "tst_faketokenserver.moc"
