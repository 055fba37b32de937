#include "auth/secret.h"
#include "net/redaction.h"

#include <QTest>

using altrata::auth::Secret;
namespace net = altrata::net;

class TestRedaction final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redact_masksKnownSecretsAnywhere() {
        const Secret key(QStringLiteral("KEY-12345"));
        const Secret password(QStringLiteral("p@ss word"));
        const QByteArray out = net::redact("key KEY-12345 and p@ss word twice: KEY-12345", {&key, &password});
        QCOMPARE(out, QByteArray("key *** and *** twice: ***"));
    }

    void redact_masksSecretJsonMembers_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("access_token") << QByteArray(R"({"access_token":"eyJabc","expires_in":28800})")
                                      << QByteArray(R"({"access_token":"***","expires_in":28800})");
        QTest::newRow("spaces and case") << QByteArray(R"({ "Password" : "hunter2" })")
                                         << QByteArray(R"({ "Password" : "***" })");
        QTest::newRow("escaped quote") << QByteArray("{\"api_key\":\"a\\\"b\",\"x\":1}")
                                       << QByteArray(R"({"api_key":"***","x":1})");
        QTest::newRow("form") << QByteArray("grant_type=x&access_token=abc&b=1")
                              << QByteArray("grant_type=x&access_token=***&b=1");
        QTest::newRow("bearer") << QByteArray("Authorization: Bearer eyJ.abc.def")
                                << QByteArray("Authorization: Bearer ***");
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QByteArray("Basic ***");
        QTest::newRow("harmless") << QByteArray(R"({"message":"Forbidden"})")
                                  << QByteArray(R"({"message":"Forbidden"})");
    }

    void redact_masksSecretJsonMembers() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(net::redact(input), expected);
    }

    void bodyExcerpt_reducesHtmlToItsTitle() {
        const QByteArray html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>p{}</style></head>"
                                "<body><h1>502</h1></body></html>";
        QCOMPARE(net::bodyExcerpt(html), QStringLiteral("502 Bad Gateway"));
    }

    void bodyExcerpt_htmlWithoutTitle_keepsText() {
        QCOMPARE(net::bodyExcerpt("<html><body><h1>Service\n  Unavailable</h1><script>x()</script></body></html>"),
                 QStringLiteral("Service Unavailable"));
    }

    void bodyExcerpt_cutsLongBodiesAndMarksTheCut() {
        const QString excerpt = net::bodyExcerpt(QByteArray(1000, 'a'), {}, 50);
        QCOMPARE(excerpt.size(), 51);
        QVERIFY(excerpt.endsWith(QChar(0x2026)));
    }

    void bodyExcerpt_isOneLineAndRedacted() {
        const Secret key(QStringLiteral("SECRETKEY"));
        const QString excerpt = net::bodyExcerpt("line one\r\n\tline two SECRETKEY {\"token\":\"abc\"}", {&key});
        QCOMPARE(excerpt, QStringLiteral("line one line two *** {\"token\":\"***\"}"));
    }

    void bodyExcerpt_emptyBodySaysSo() { QCOMPARE(net::bodyExcerpt({}), QStringLiteral("(empty body)")); }

    void redactHeaders_masksCredentialHeaders() {
        const auto out = net::redactHeaders(
            {{"Authorization", "Bearer x"}, {"X-Api-Key", "k"}, {"Content-Type", "application/json"}, {"Cookie", "c"}});
        QCOMPARE(out.at(0).second, QByteArray("***"));
        QCOMPARE(out.at(1).second, QByteArray("***"));
        QCOMPARE(out.at(2).second, QByteArray("application/json"));
        QCOMPARE(out.at(3).second, QByteArray("***"));
    }
};

QTEST_APPLESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
