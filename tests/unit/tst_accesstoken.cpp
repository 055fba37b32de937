#include "auth/accesstoken.h"

#include <QTest>

using altrata::auth::AccessToken;
using altrata::auth::Secret;

namespace {
const QDateTime kNine(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

AccessToken tokenValidFor(qint64 seconds) {
    AccessToken token;
    token.value = Secret(QStringLiteral("eyJhbGciOiJub25lIn0.eyJleHAiOjF9.sig"));
    token.obtainedAt = kNine;
    token.expiresAt = kNine.addSecs(seconds);
    token.expiresInSeconds = seconds;
    return token;
}
} // namespace

class TestAccessToken final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validity_followsExpiry() {
        const AccessToken token = tokenValidFor(28800);
        QVERIFY(token.isValidAt(kNine));
        QVERIFY(token.isValidAt(kNine.addSecs(28799)));
        QVERIFY(!token.isValidAt(kNine.addSecs(28800)));
        QCOMPARE(token.secondsRemaining(kNine.addSecs(100)), 28700);
        QCOMPARE(token.secondsRemaining(kNine.addSecs(40000)), 0);
    }

    void nullToken_isNeverValid() {
        AccessToken token = tokenValidFor(100);
        token.value = Secret();
        QVERIFY(token.isNull());
        QVERIFY(!token.isValidAt(kNine));
        QCOMPARE(token.secondsRemaining(kNine), 0);
    }

    void cacheJson_roundTrips() {
        const AccessToken token = tokenValidFor(28800);
        const auto back = AccessToken::fromCacheJson(token.toCacheJson());
        QVERIFY(back);
        QCOMPARE(back->value, token.value);
        QCOMPARE(back->tokenType, token.tokenType);
        QCOMPARE(back->obtainedAt, token.obtainedAt);
        QCOMPARE(back->expiresAt, token.expiresAt);
        QCOMPARE(back->expiresInSeconds, token.expiresInSeconds);
        QVERIFY(back->jwt); // decoded again from the value
        QCOMPARE(back->jwt->expiresAt(), QDateTime::fromSecsSinceEpoch(1, Qt::UTC));
    }

    void cacheJson_rejectsDamagedEntries_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("garbage");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no token") << QByteArray(
            R"({"obtained_at":"2026-01-01T09:00:00Z","expires_at":"2026-01-01T17:00:00Z"})");
        QTest::newRow("bad date") << QByteArray(
            R"({"access_token":"t","obtained_at":"x","expires_at":"2026-01-01T17:00:00Z"})");
    }

    void cacheJson_rejectsDamagedEntries() {
        QFETCH(QByteArray, json);
        QVERIFY(!AccessToken::fromCacheJson(json));
    }
};

QTEST_APPLESS_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"
