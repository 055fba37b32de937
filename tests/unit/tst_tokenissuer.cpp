#include "auth/clock.h"
#include "auth/jwt.h"
#include "sandbox/tokenissuer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using altrata::auth::Jwt;
using altrata::auth::ManualClock;
using altrata::sandbox::TokenIssuer;
using altrata::sandbox::TokenStatus;

Q_DECLARE_METATYPE(altrata::sandbox::TokenStatus)

class TestTokenIssuer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void issue_producesHs256JwtWithAllClaims();
    void verify_freshToken_isValidWithSubjectAndScope();
    void verifyAuthorization_classifiesHeader_data();
    void verifyAuthorization_classifiesHeader();
    void verify_tamperedPayload_isBadSignature();
    void verify_tokenOfAnotherServer_isBadSignature();
    void issue_midSecond_roundsExpiryUp();
    void verify_afterTtl_isExpired();
    void issue_secondTokenForSameUser_revokesFirst();
    void issue_tokenForAnotherUser_keepsFirstValid();
    void verify_expiredAndReplaced_saysExpired();
    void explain_givesDistinctSentencesWithoutTheToken();
};

void TestTokenIssuer::issue_producesHs256JwtWithAllClaims() {
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("altrata-sandbox"), 120, clock);
    const auto issued = issuer.issue(QStringLiteral("demo"), QStringLiteral("altrata/profile"));
    QCOMPARE(issued.expiresIn, qint64(120));
    const auto jwt = Jwt::decode(issued.accessToken);
    QVERIFY(jwt);
    QCOMPARE(jwt->algorithm(), QStringLiteral("HS256"));
    QCOMPARE(jwt->header().value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
    const QJsonObject claims = jwt->claims();
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("altrata-sandbox"));
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("demo"));
    QCOMPARE(claims.value(QLatin1String("scope")).toString(), QStringLiteral("altrata/profile"));
    QCOMPARE(*jwt->issuedAt(), clock.now());
    QCOMPARE(*jwt->expiresAt(), clock.now().addSecs(120));
    QCOMPARE(claims.value(QLatin1String("jti")).toString().size(), qsizetype(32));
    // A second token differs in its jti even within the same second.
    const auto second = Jwt::decode(issuer.issue(QStringLiteral("demo"), QString()).accessToken);
    QVERIFY(second->claims().value(QLatin1String("jti")) != claims.value(QLatin1String("jti")));
}

void TestTokenIssuer::verify_freshToken_isValidWithSubjectAndScope() {
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("iss"), 60, clock);
    const auto issued = issuer.issue(QStringLiteral("demo"), QStringLiteral("s1 s2"));
    const auto check = issuer.verifyAuthorization("Bearer " + issued.accessToken);
    QCOMPARE(check.status, TokenStatus::Valid);
    QCOMPARE(check.subject, QStringLiteral("demo"));
    QCOMPARE(check.scope, QStringLiteral("s1 s2"));
    QCOMPARE(issuer.verifyAuthorization("bearer  " + issued.accessToken + "  ").status, TokenStatus::Valid);
}

void TestTokenIssuer::verifyAuthorization_classifiesHeader_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<TokenStatus>("expected");
    QTest::newRow("no header") << QByteArray() << TokenStatus::Missing;
    QTest::newRow("blank") << QByteArray("   ") << TokenStatus::Missing;
    QTest::newRow("bearer without token") << QByteArray("Bearer ") << TokenStatus::Missing;
    QTest::newRow("basic scheme") << QByteArray("Basic ZGVtbzpwdw==") << TokenStatus::Malformed;
    QTest::newRow("token without scheme") << QByteArray("eyJhbGciOi") << TokenStatus::Malformed;
    QTest::newRow("not a jwt") << QByteArray("Bearer abc.def") << TokenStatus::Malformed;
    QTest::newRow("garbage segments") << QByteArray("Bearer a.b.c") << TokenStatus::Malformed;
    // {"alg":"none"}.{"sub":"demo"}. : decodable JWT, but neither our algorithm nor our claims.
    QTest::newRow("alg none") << QByteArray("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.")
                              << TokenStatus::Malformed;
}

void TestTokenIssuer::verifyAuthorization_classifiesHeader() {
    QFETCH(QByteArray, header);
    QFETCH(TokenStatus, expected);
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("iss"), 60, clock);
    issuer.issue(QStringLiteral("demo"), QString());
    QCOMPARE(issuer.verifyAuthorization(header).status, expected);
}

void TestTokenIssuer::verify_tamperedPayload_isBadSignature() {
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("iss"), 60, clock);
    const QByteArray token = issuer.issue(QStringLiteral("demo"), QStringLiteral("read")).accessToken;
    QList<QByteArray> parts = token.split('.');
    auto claims = Jwt::decode(token)->claims();
    claims.insert(QStringLiteral("scope"), QStringLiteral("admin"));
    parts[1] = QJsonDocument(claims)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(issuer.verify(parts.join('.')).status, TokenStatus::BadSignature);
    QCOMPARE(issuer.verify(token).status, TokenStatus::Valid);
}

void TestTokenIssuer::verify_tokenOfAnotherServer_isBadSignature() {
    ManualClock clock;
    TokenIssuer first(QStringLiteral("iss"), 60, clock);
    TokenIssuer second(QStringLiteral("iss"), 60, clock); // its own random key
    const QByteArray token = second.issue(QStringLiteral("demo"), QString()).accessToken;
    QCOMPARE(first.verify(token).status, TokenStatus::BadSignature);
    // Same key but another issuer name: not ours either.
    TokenIssuer keyed(QStringLiteral("iss"), 60, clock, "shared key");
    TokenIssuer otherName(QStringLiteral("other"), 60, clock, "shared key");
    QCOMPARE(keyed.verify(otherName.issue(QStringLiteral("demo"), QString()).accessToken).status,
             TokenStatus::BadSignature);
}

void TestTokenIssuer::issue_midSecond_roundsExpiryUp() {
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0, 0, 400), Qt::UTC));
    TokenIssuer issuer(QStringLiteral("iss"), 60, clock);
    const QByteArray token = issuer.issue(QStringLiteral("demo"), QString()).accessToken;
    QCOMPARE(*Jwt::decode(token)->issuedAt(), QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(*Jwt::decode(token)->expiresAt(), QDateTime(QDate(2026, 1, 1), QTime(9, 1, 1), Qt::UTC));
    clock.advanceSeconds(60); // 09:01:00.400: a client counting 60 s from 09:00:00.400 holds it as valid
    QCOMPARE(issuer.verify(token).status, TokenStatus::Valid);
}

void TestTokenIssuer::verify_afterTtl_isExpired() {
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("iss"), 120, clock);
    const QByteArray token = issuer.issue(QStringLiteral("demo"), QString()).accessToken;
    clock.advanceSeconds(119);
    QCOMPARE(issuer.verify(token).status, TokenStatus::Valid);
    clock.advanceSeconds(1);
    QCOMPARE(issuer.verify(token).status, TokenStatus::Expired);
}

void TestTokenIssuer::issue_secondTokenForSameUser_revokesFirst() {
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("iss"), 120, clock);
    const QByteArray first = issuer.issue(QStringLiteral("demo"), QString()).accessToken;
    const QByteArray second = issuer.issue(QStringLiteral("demo"), QString()).accessToken;
    QCOMPARE(issuer.verify(first).status, TokenStatus::Revoked);
    QCOMPARE(issuer.verify(second).status, TokenStatus::Valid);
}

void TestTokenIssuer::issue_tokenForAnotherUser_keepsFirstValid() {
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("iss"), 120, clock);
    const QByteArray demo = issuer.issue(QStringLiteral("demo"), QString()).accessToken;
    const QByteArray other = issuer.issue(QStringLiteral("other"), QString()).accessToken;
    QCOMPARE(issuer.verify(demo).status, TokenStatus::Valid);
    QCOMPARE(issuer.verify(other).status, TokenStatus::Valid);
}

void TestTokenIssuer::verify_expiredAndReplaced_saysExpired() {
    ManualClock clock;
    TokenIssuer issuer(QStringLiteral("iss"), 60, clock);
    const QByteArray first = issuer.issue(QStringLiteral("demo"), QString()).accessToken;
    clock.advanceSeconds(61);
    issuer.issue(QStringLiteral("demo"), QString());
    QCOMPARE(issuer.verify(first).status, TokenStatus::Expired);
}

void TestTokenIssuer::explain_givesDistinctSentencesWithoutTheToken() {
    const QList<TokenStatus> failures{TokenStatus::Missing, TokenStatus::Malformed, TokenStatus::BadSignature,
                                      TokenStatus::Expired, TokenStatus::Revoked};
    QSet<QString> sentences;
    QSet<QByteArray> codes;
    for (TokenStatus status : failures) {
        sentences.insert(TokenIssuer::explain(status));
        codes.insert(TokenIssuer::codeOf(status));
    }
    QCOMPARE(sentences.size(), failures.size());
    QCOMPARE(codes.size(), failures.size());
    QVERIFY(TokenIssuer::explain(TokenStatus::Revoked).contains(QStringLiteral("replaced by a newer token")));
    QVERIFY(TokenIssuer::explain(TokenStatus::Expired).contains(QStringLiteral("expired")));
}

QTEST_GUILESS_MAIN(TestTokenIssuer)
#include "tst_tokenissuer.moc"
