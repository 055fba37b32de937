#include "auth/jwt.h"

#include <QJsonDocument>
#include <QTest>

using altrata::auth::Jwt;

namespace {
QByteArray segment(const QByteArray &json) {
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class TestJwt final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode_readsHeaderAndClaims() {
        const QByteArray token = segment(R"({"alg":"RS256","typ":"JWT"})") + '.' +
                                 segment(R"({"sub":"svc-user","iat":1767258000,"exp":1767286800,"scope":"profile"})") +
                                 ".c2lnbmF0dXJl";
        QString error;
        const auto jwt = Jwt::decode(token, &error);
        QVERIFY2(jwt, qPrintable(error));
        QCOMPARE(jwt->algorithm(), QStringLiteral("RS256"));
        QCOMPARE(jwt->claims().value(QLatin1String("sub")).toString(), QStringLiteral("svc-user"));
        QCOMPARE(jwt->issuedAt(), QDateTime::fromSecsSinceEpoch(1767258000, Qt::UTC));
        QCOMPARE(jwt->expiresAt(), QDateTime::fromSecsSinceEpoch(1767286800, Qt::UTC));
        QVERIFY(!jwt->notBefore());
    }

    void decode_acceptsPaddedBase64Url() {
        // "{"a":1}" encodes with padding; some servers keep the '='.
        const QByteArray header = QByteArray(R"({"alg":"none"})").toBase64(QByteArray::Base64UrlEncoding);
        const QByteArray payload = QByteArray(R"({"exp":10})").toBase64(QByteArray::Base64UrlEncoding);
        const auto jwt = Jwt::decode(header + '.' + payload + '.');
        QVERIFY(jwt);
        QCOMPARE(jwt->expiresAt(), QDateTime::fromSecsSinceEpoch(10, Qt::UTC));
    }

    void decode_fractionalExp_isTruncatedToSeconds() {
        const auto jwt = Jwt::decode(segment("{}") + '.' + segment(R"({"exp":100.9})") + ".x");
        QVERIFY(jwt);
        QCOMPARE(jwt->expiresAt(), QDateTime::fromSecsSinceEpoch(100, Qt::UTC));
    }

    void decode_rejectsMalformedTokens_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("opaque") << QByteArray("abcdef0123456789") << QStringLiteral("three");
        QTest::newRow("two parts") << (segment("{}") + '.' + segment("{}")) << QStringLiteral("three");
        QTest::newRow("header not base64") << (QByteArray("@@@.") + segment("{}") + ".x") << QStringLiteral("header");
        QTest::newRow("payload not json")
            << (segment("{}") + '.' + segment("not json") + ".x") << QStringLiteral("payload");
        QTest::newRow("payload is array") << (segment("{}") + '.' + segment("[1]") + ".x") << QStringLiteral("payload");
    }

    void decode_rejectsMalformedTokens() {
        QFETCH(QByteArray, token);
        QFETCH(QString, errorMentions);
        QString error;
        QVERIFY(!Jwt::decode(token, &error));
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
        // The message describes the problem, it never repeats the token.
        QVERIFY(!error.contains(QString::fromLatin1(token)));
    }

    void nonNumericExp_isAbsent() {
        const auto jwt = Jwt::decode(segment("{}") + '.' + segment(R"({"exp":"tomorrow"})") + ".x");
        QVERIFY(jwt);
        QVERIFY(!jwt->expiresAt());
    }
};

QTEST_APPLESS_MAIN(TestJwt)
#include "tst_jwt.moc"
