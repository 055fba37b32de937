// The pure classification behind AuthSession: what a token endpoint answer means for the user.
#include "auth/tokenreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTest>

using namespace altrata::auth;
using namespace altrata::auth::tokenreply;

namespace {

Credentials sampleCredentials() {
    Credentials credentials;
    credentials.tokenUrl = QUrl(QStringLiteral("https://auth.example.com/oauth2/token"));
    credentials.username = QStringLiteral("user");
    credentials.password = Secret(QStringLiteral("Pw-Very-Secret"));
    credentials.apiKey = Secret(QStringLiteral("Key-Very-Secret"));
    return credentials;
}

QByteArray goodBody(const QJsonObject &overrides = {}, const QStringList &removed = {}) {
    QJsonObject body{{QStringLiteral("access_token"), QStringLiteral("eyJ.abc.def")},
                     {QStringLiteral("expires_in"), 28800},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    for (const QString &key : removed)
        body.remove(key);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_TokenReply final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseTokenBody_acceptsAValidAnswer() {
        const auto parsed =
            parseTokenBody(goodBody({{QStringLiteral("token_type"), QStringLiteral("BEARER")}}), sampleCredentials());
        QVERIFY(std::holds_alternative<TokenFields>(parsed));
        const TokenFields fields = std::get<TokenFields>(parsed);
        QCOMPARE(fields.accessToken, QByteArray("eyJ.abc.def"));
        QCOMPARE(fields.expiresIn, 28800);
        QCOMPARE(fields.tokenType, QStringLiteral("BEARER"));
    }

    void parseTokenBody_refusesMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        const QString object = QStringLiteral("JSON object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty body");
        QTest::newRow("not json") << QByteArray("OK") << object;
        QTest::newRow("array") << QByteArray("[1]") << object;
        QTest::newRow("empty access_token")
            << goodBody({{QStringLiteral("access_token"), QString()}}) << QStringLiteral("access_token");
        QTest::newRow("numeric access_token")
            << goodBody({{QStringLiteral("access_token"), 42}}) << QStringLiteral("access_token");
        QTest::newRow("no access_token") << goodBody({}, {QStringLiteral("access_token")})
                                         << QStringLiteral("access_token");
        QTest::newRow("expires_in string")
            << goodBody({{QStringLiteral("expires_in"), QStringLiteral("28800")}}) << QStringLiteral("expires_in");
        QTest::newRow("expires_in zero") << goodBody({{QStringLiteral("expires_in"), 0}})
                                         << QStringLiteral("expires_in");
        QTest::newRow("expires_in negative")
            << goodBody({{QStringLiteral("expires_in"), -5}}) << QStringLiteral("expires_in");
        QTest::newRow("no expires_in") << goodBody({}, {QStringLiteral("expires_in")}) << QStringLiteral("expires_in");
        QTest::newRow("token_type mac") << goodBody({{QStringLiteral("token_type"), QStringLiteral("mac")}})
                                        << QStringLiteral("token_type");
        QTest::newRow("no token_type") << goodBody({}, {QStringLiteral("token_type")}) << QStringLiteral("token_type");
        QTest::newRow("secrets echoed") << QByteArray("Pw-Very-Secret and Key-Very-Secret") << object;
    }
    void parseTokenBody_refusesMalformed() {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const auto parsed = parseTokenBody(body, sampleCredentials());
        QVERIFY(std::holds_alternative<AuthError>(parsed));
        const AuthError error = std::get<AuthError>(parsed);
        QCOMPARE(error.kind, AuthErrorKind::MalformedResponse);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("It sent:")), qPrintable(error.message));
        for (const QString &secret :
             {QStringLiteral("eyJ.abc.def"), QStringLiteral("Pw-Very-Secret"), QStringLiteral("Key-Very-Secret")}) {
            QVERIFY2(!error.message.contains(secret) && !error.detail.contains(secret), qPrintable(error.message));
        }
    }

    void httpStatusError_namesTheLikelySecret_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("400") << 400 << int(AuthErrorKind::BadUserCredentials) << QStringLiteral("username or password");
        QTest::newRow("401") << 401 << int(AuthErrorKind::BadUserCredentials) << QStringLiteral("username or password");
        QTest::newRow("403") << 403 << int(AuthErrorKind::BadApiKey) << QStringLiteral("API key was refused");
        QTest::newRow("429") << 429 << int(AuthErrorKind::RateLimited) << QStringLiteral("limiting requests");
        QTest::newRow("502") << 502 << int(AuthErrorKind::ServerError) << QStringLiteral("not with your credentials");
        QTest::newRow("404") << 404 << int(AuthErrorKind::MalformedResponse)
                             << QStringLiteral("Check that the token URL");
    }
    void httpStatusError_namesTheLikelySecret() {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const AuthError error =
            httpStatusError(status, R"({"message":"nope","password":"Pw-Very-Secret"})", sampleCredentials(), {});
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY(error.detail.contains(QStringLiteral("nope")));
        QVERIFY(!error.detail.contains(QStringLiteral("Pw-Very-Secret")));
        QVERIFY(!error.message.contains(QStringLiteral("Pw-Very-Secret")));
    }

    void parseHttpDate_readsImfFixdate() {
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), std::optional<QDateTime>(expected));
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 09:49:37 +0100"), std::optional<QDateTime>(expected));
        QVERIFY(!parseHttpDate("yesterday"));
        QVERIFY(!parseHttpDate(""));
    }

    void parseRetryAfter_readsSecondsOrDate_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1: unreadable
        QTest::newRow("seconds") << QByteArray("42") << 42;
        QTest::newRow("padded") << QByteArray(" 7 ") << 7;
        QTest::newRow("negative") << QByteArray("-5") << 0;
        QTest::newRow("date") << QByteArray("Thu, 01 Jan 2026 09:02:00 GMT") << 120;
        QTest::newRow("past date") << QByteArray("Thu, 01 Jan 2026 08:00:00 GMT") << 0;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
    }
    void parseRetryAfter_readsSecondsOrDate() {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const QDateTime serverNow(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        const auto parsed = parseRetryAfter(value, serverNow);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void transportError_hasDistinctPlainMessages_data() {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        const int network = int(AuthErrorKind::Network);
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false << network
                             << QStringLiteral("auth.example.com could not be found");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << network
                                 << QStringLiteral("refused the connection");
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false << network
                                << QStringLiteral("closed before the whole answer");
        QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << true << network
                                 << QStringLiteral("did not answer within 2 s");
        QTest::newRow("handshake") << int(QNetworkReply::SslHandshakeFailedError) << false << int(AuthErrorKind::Tls)
                                   << QStringLiteral("certificate problem");
        QTest::newRow("proxy") << int(QNetworkReply::ProxyNotFoundError) << false << network << QStringLiteral("proxy");
    }
    void transportError_hasDistinctPlainMessages() {
        QFETCH(int, error);
        QFETCH(bool, timedOut);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        TransportFailure failure{QNetworkReply::NetworkError(error), QStringLiteral("Qt says so"), timedOut, 2500, {}};
        QVERIFY(isTransportError(failure.error));
        const AuthError result = transportError(failure, sampleCredentials());
        QCOMPARE(int(result.kind), kind);
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    }

    void transportError_namesTheCertificateProblem() {
        TransportFailure failure;
        failure.error = QNetworkReply::SslHandshakeFailedError;
        failure.sslErrors = {QSslError(QSslError::CertificateExpired, QSslCertificate())};
        const AuthError error = transportError(failure, sampleCredentials());
        QCOMPARE(error.kind, AuthErrorKind::Tls);
        QVERIFY2(error.message.contains(QSslError(QSslError::CertificateExpired).errorString()),
                 qPrintable(error.message));
    }

    void isTransportError_ignoresHttpStatusMirrors() {
        QVERIFY(!isTransportError(QNetworkReply::NoError));
        QVERIFY(!isTransportError(QNetworkReply::AuthenticationRequiredError));
        QVERIFY(!isTransportError(QNetworkReply::ContentAccessDenied));
        QVERIFY(!isTransportError(QNetworkReply::InternalServerError));
        QVERIFY(isTransportError(QNetworkReply::ProtocolFailure));
    }
};

QTEST_GUILESS_MAIN(tst_TokenReply)
#include "tst_tokenreply.moc"
