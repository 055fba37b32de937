#include "sandbox/requestlog.h"

#include <QTest>

using altrata::sandbox::RequestLog;

class TestRequestLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void line_isMethodPathStatusAndMilliseconds();
    void line_replacesUnprintableCharactersOfThePath();
    void line_cutsALongPath();
};

void TestRequestLog::line_isMethodPathStatusAndMilliseconds() {
    QCOMPARE(RequestLog::line("POST", QStringLiteral("/profile/graphql"), 200, 12),
             QStringLiteral("POST /profile/graphql 200 12 ms"));
    QCOMPARE(RequestLog::line("GET", QStringLiteral("/oauth2/token"), 405, 0),
             QStringLiteral("GET /oauth2/token 405 0 ms"));
}

void TestRequestLog::line_replacesUnprintableCharactersOfThePath() {
    // A client chooses the path: a newline in it must not forge a second log line.
    QCOMPARE(RequestLog::line("GET", QStringLiteral("/a\nGET /b 200 1 ms"), 404, 1),
             QStringLiteral("GET /a?GET /b 200 1 ms 404 1 ms"));
}

void TestRequestLog::line_cutsALongPath() {
    const QString line = RequestLog::line("GET", QStringLiteral("/") + QString(1000, QLatin1Char('x')), 404, 3);
    QCOMPARE(line.size(), qsizetype(4 + 200 + 9));
    QVERIFY(line.endsWith(QStringLiteral(" 404 3 ms")));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
