#include "auth/urlpolicy.h"

#include <QTest>

using namespace altrata::auth;

class TestUrlPolicy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void checkUrlIsAllowed_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https altrata") << QStringLiteral("https://api-auth.altrata.com/oauth2/token") << true;
        QTest::newRow("https any host") << QStringLiteral("https://staging.example.com/graphql") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/graphql") << true;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/graphql") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:4000/oauth2/token") << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9/graphql") << true;
        QTest::newRow("http remote") << QStringLiteral("http://profile.altrata.com/graphql") << false;
        QTest::newRow("http private range") << QStringLiteral("http://192.168.1.10/graphql") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.example/graphql") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x") << false;
        QTest::newRow("no host") << QStringLiteral("https:///graphql") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void checkUrlIsAllowed() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const auto error = altrata::auth::checkUrlIsAllowed(QUrl(url));
        QCOMPARE(!error.has_value(), allowed);
        if (error) {
            QCOMPARE(error->kind, AuthErrorKind::InsecureUrl);
            QVERIFY(!error->message.isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
