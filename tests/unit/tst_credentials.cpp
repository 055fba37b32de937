#include "auth/credentials.h"

#include <QTest>

using altrata::auth::Credentials;
using altrata::auth::Secret;

namespace {
Credentials complete() {
    Credentials c;
    c.username = QStringLiteral("svc-user");
    c.password = Secret(QStringLiteral("pw"));
    c.apiKey = Secret(QStringLiteral("key"));
    return c;
}
} // namespace

class TestCredentials final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults_pointAtAltrata() {
        QCOMPARE(Credentials().tokenUrl, QUrl(QStringLiteral("https://api-auth.altrata.com/oauth2/token")));
    }

    void missingFields_namesEachEmptyField() {
        QCOMPARE(Credentials().missingFields(),
                 QStringList({QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("API key")}));
        QVERIFY(complete().isComplete());
        Credentials blankKey = complete();
        blankKey.apiKey = Secret(QStringLiteral("   "));
        QCOMPARE(blankKey.missingFields(), QStringList{QStringLiteral("API key")});
        Credentials noUrl = complete();
        noUrl.tokenUrl = QUrl();
        QCOMPARE(noUrl.missingFields(), QStringList{QStringLiteral("token URL")});
    }

    void surroundingWhitespace_isPointedOut() {
        Credentials c = complete();
        QVERIFY(c.fieldsWithSurroundingWhitespace().isEmpty());
        c.username = QStringLiteral(" svc-user");
        c.apiKey = Secret(QStringLiteral("key\n"));
        QCOMPARE(c.fieldsWithSurroundingWhitespace(),
                 QStringList({QStringLiteral("username"), QStringLiteral("API key")}));
        QVERIFY(c.isComplete()); // pointed out, not refused
    }

    void cacheKey_changesWithEveryField() {
        const Credentials base = complete();
        const QString key = base.cacheKey();
        QCOMPARE(key.size(), 64);
        QCOMPARE(complete().cacheKey(), key);

        Credentials c = base;
        c.tokenUrl = QUrl(QStringLiteral("https://staging.example/oauth2/token"));
        QVERIFY(c.cacheKey() != key);
        c = base;
        c.username = QStringLiteral("other");
        QVERIFY(c.cacheKey() != key);
        c = base;
        c.password = Secret(QStringLiteral("pw2"));
        QVERIFY(c.cacheKey() != key);
        c = base;
        c.apiKey = Secret(QStringLiteral("key2"));
        QVERIFY(c.cacheKey() != key);
    }

    void cacheKey_fieldBoundariesMatter() {
        Credentials a = complete();
        a.username = QStringLiteral("ab");
        a.password = Secret(QStringLiteral("c"));
        Credentials b = complete();
        b.username = QStringLiteral("a");
        b.password = Secret(QStringLiteral("bc"));
        QVERIFY(a.cacheKey() != b.cacheKey());
    }

    void cacheKey_revealsNoSecret() {
        const QString key = complete().cacheKey();
        QVERIFY(!key.contains(QStringLiteral("pw")));
        QVERIFY(!key.contains(QStringLiteral("key")));
    }
};

QTEST_APPLESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
