#include "cli/outputformatter.h"

#include <QJsonDocument>
#include <QTest>

using altrata::auth::AccessToken;
using altrata::auth::AuthError;
using altrata::auth::AuthErrorKind;
using altrata::auth::Secret;
using altrata::cli::CheckReport;
using altrata::cli::OutputFormatter;
using altrata::cli::TokenOutcome;
using altrata::cli::TokenReport;

namespace {

const QDateTime now(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

QByteArray base64Url(const QByteArray &json) {
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

AccessToken tokenValidFor(qint64 seconds) {
    const QByteArray jwt = base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.' +
                           base64Url(QByteArray(R"({"sub":"svc-user","exp":)") +
                                     QByteArray::number(now.addSecs(seconds).toSecsSinceEpoch()) + '}') +
                           ".c2lnbmF0dXJl";
    AccessToken token;
    token.value = Secret::fromUtf8(jwt);
    token.obtainedAt = now;
    token.expiresAt = now.addSecs(seconds);
    token.expiresInSeconds = seconds;
    token.jwt = altrata::auth::Jwt::decode(jwt);
    return token;
}

TokenReport reportFor(const AccessToken &token, bool showToken) {
    TokenReport report;
    report.outcome.token = token;
    report.outcome.source = TokenOutcome::Source::Cache;
    report.tokenUrl = QUrl(QStringLiteral("https://api-auth.altrata.com/oauth2/token"));
    report.username = QStringLiteral("svc-user");
    report.origin = QStringLiteral("environment variables");
    report.now = now;
    report.showToken = showToken;
    return report;
}

} // namespace

class TestOutputFormatter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenState_followsRemainingTime();
    void tokenText_showsExpiryAndClaims_butTokenOnlyWhenAsked();
    void tokenJson_hasStateExpiryAndClaims_butTokenOnlyWhenAsked();
    void errorText_redactsSecretsInMessageAndDetail();
    void checkText_wrongPassword_namesThePassword();
};

void TestOutputFormatter::tokenState_followsRemainingTime() {
    QCOMPARE(OutputFormatter::tokenState(28800), QStringLiteral("valid"));
    QCOMPARE(OutputFormatter::tokenState(301), QStringLiteral("valid"));
    QCOMPARE(OutputFormatter::tokenState(300), QStringLiteral("expiring-soon"));
    QCOMPARE(OutputFormatter::tokenState(1), QStringLiteral("expiring-soon"));
    QCOMPARE(OutputFormatter::tokenState(0), QStringLiteral("expired"));
}

void TestOutputFormatter::tokenText_showsExpiryAndClaims_butTokenOnlyWhenAsked() {
    const AccessToken token = tokenValidFor(3600);
    const OutputFormatter formatter;
    const QString hidden = formatter.tokenText(reportFor(token, false));
    QVERIFY(hidden.contains(QStringLiteral("State:      valid (token from the keychain cache, not renewed)")));
    QVERIFY(hidden.contains(QStringLiteral("Expires:    2026-01-01 10:00:00 UTC")));
    QVERIFY(hidden.contains(QStringLiteral("Remaining:  1 h 0 min 0 s")));
    QVERIFY(hidden.contains(QStringLiteral("  sub: \"svc-user\"")));
    QVERIFY(hidden.contains(QStringLiteral("(2026-01-01 10:00:00 UTC)")));
    QVERIFY(!hidden.contains(token.value.reveal()));
    QVERIFY(formatter.tokenText(reportFor(token, true)).contains(token.value.reveal()));
}

void TestOutputFormatter::tokenJson_hasStateExpiryAndClaims_butTokenOnlyWhenAsked() {
    const AccessToken token = tokenValidFor(200);
    const OutputFormatter formatter;
    const QByteArray hidden = formatter.tokenJson(reportFor(token, false));
    QVERIFY(!hidden.contains(token.value.revealUtf8()));
    const QJsonObject json = QJsonDocument::fromJson(hidden).object();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("expiring-soon"));
    QCOMPARE(json.value(QStringLiteral("secondsRemaining")).toInteger(), 200);
    QCOMPARE(json.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2026-01-01T09:03:20Z"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(json.value(QStringLiteral("claims")).toObject().value(QStringLiteral("sub")).toString(),
             QStringLiteral("svc-user"));
    QVERIFY(!json.contains(QStringLiteral("token")));
    const QJsonObject shown = QJsonDocument::fromJson(formatter.tokenJson(reportFor(token, true))).object();
    QCOMPARE(shown.value(QStringLiteral("token")).toString(), token.value.reveal());
}

void TestOutputFormatter::errorText_redactsSecretsInMessageAndDetail() {
    const Secret password(QStringLiteral("pw-formatter-secret"));
    const Secret shortKey(QStringLiteral("ab"));
    const OutputFormatter formatter({&password, &shortKey});
    AuthError error;
    error.kind = AuthErrorKind::ServerError;
    error.message = QStringLiteral("The server said pw-formatter-secret about a table.");
    error.detail = QStringLiteral("body: {\"echo\":\"pw-formatter-secret\"}");
    const QString text = formatter.errorText(error);
    QVERIFY(!text.contains(password.reveal()));
    QVERIFY(text.contains(QStringLiteral("***")));
    QVERIFY2(text.contains(QStringLiteral("about a table")), "a two-letter secret must not garble the text");
    const QJsonObject json = formatter.errorJson(error);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("server-error"));
    QVERIFY(!json.value(QStringLiteral("detail")).toString().contains(password.reveal()));
}

void TestOutputFormatter::checkText_wrongPassword_namesThePassword() {
    CheckReport report;
    AuthError error;
    error.kind = AuthErrorKind::BadUserCredentials;
    error.message = QStringLiteral("The username or password was refused.");
    report.outcome.error = error;
    report.tokenUrl = QUrl(QStringLiteral("https://api-auth.altrata.com/oauth2/token"));
    report.serviceUrl = QUrl(QStringLiteral("https://profile.altrata.com/graphql"));
    report.origin = QStringLiteral("environment variables");
    report.now = now;
    report.exitCode = 13;
    const QString text = OutputFormatter().checkText(report);
    QVERIFY(text.contains(QStringLiteral("API key: OK (accepted by the token server)\n")));
    QVERIFY(text.contains(QStringLiteral("Username and password: WRONG - The username or password was refused.\n")));
    QVERIFY(text.contains(QStringLiteral("Service https://profile.altrata.com/graphql: not checked (no token)\n")));
    QVERIFY(text.contains(QStringLiteral("Result: FAILED (exit code 13).")));
}

QTEST_GUILESS_MAIN(TestOutputFormatter)
#include "tst_outputformatter.moc"
