// RequestFactory is the one place credentials meet a request: prove what it attaches and what it refuses.
#include "auth/requestfactory.h"

#include <QTest>
#include <QUrlQuery>

using namespace altrata::auth;

namespace {

Credentials sampleCredentials(const QString &tokenUrl = QStringLiteral("https://auth.example.com/oauth2/token")) {
    Credentials credentials;
    credentials.tokenUrl = QUrl(tokenUrl);
    credentials.username = QStringLiteral("service-user");
    credentials.password = Secret(QStringLiteral("pa:ss-wörd"));
    credentials.apiKey = Secret(QStringLiteral("KEY-12345"));
    return credentials;
}

AccessToken sampleToken() {
    AccessToken token;
    token.value = Secret(QStringLiteral("eyJ.token.sig"));
    return token;
}

} // namespace

class tst_RequestFactory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenRequest_hasGrantTypeQueryAndAuthHeaders() {
        const auto built = RequestFactory::tokenRequest(sampleCredentials());
        QVERIFY(std::holds_alternative<QNetworkRequest>(built));
        const QNetworkRequest request = std::get<QNetworkRequest>(built);
        QCOMPARE(request.url().path(), QStringLiteral("/oauth2/token"));
        QCOMPARE(request.url().host(), QStringLiteral("auth.example.com"));
        QCOMPARE(QUrlQuery(request.url()).queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("client_credentials"));
        QCOMPARE(request.rawHeader("x-api-key"), QByteArray("KEY-12345"));
        QCOMPARE(request.rawHeader("Authorization"),
                 "Basic " + QStringLiteral("service-user:pa:ss-wörd").toUtf8().toBase64());
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
    }

    void tokenRequest_keepsOtherQueryItemsAndOneGrantType() {
        const auto built = RequestFactory::tokenRequest(
            sampleCredentials(QStringLiteral("https://h/token?tenant=a&grant_type=password")));
        const QUrlQuery query(std::get<QNetworkRequest>(built).url());
        QCOMPARE(query.queryItemValue(QStringLiteral("tenant")), QStringLiteral("a"));
        QCOMPARE(query.allQueryItemValues(QStringLiteral("grant_type")),
                 QStringList{QStringLiteral("client_credentials")});
    }

    void tokenRequest_neverFollowsRedirects() {
        const QNetworkRequest request = std::get<QNetworkRequest>(RequestFactory::tokenRequest(sampleCredentials()));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(request.attribute(QNetworkRequest::CacheSaveControlAttribute).toBool(), false);
    }

    void tokenRequest_sendsWhitespaceAsTyped() {
        Credentials credentials = sampleCredentials();
        credentials.apiKey = Secret(QStringLiteral(" KEY "));
        const QNetworkRequest request = std::get<QNetworkRequest>(RequestFactory::tokenRequest(credentials));
        QCOMPARE(request.rawHeader("x-api-key"), QByteArray(" KEY "));
    }

    void tokenRequest_enforcesUrlPolicy_data() { urlTable(); }
    void tokenRequest_enforcesUrlPolicy() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const auto built = RequestFactory::tokenRequest(sampleCredentials(url));
        QCOMPARE(std::holds_alternative<QNetworkRequest>(built), allowed);
        if (!allowed) {
            QCOMPARE(std::get<AuthError>(built).kind, AuthErrorKind::InsecureUrl);
        }
    }

    void serviceRequest_enforcesUrlPolicy_data() { urlTable(); }
    void serviceRequest_enforcesUrlPolicy() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const auto built = RequestFactory::serviceRequest(QUrl(url), sampleCredentials(), sampleToken());
        QCOMPARE(std::holds_alternative<QNetworkRequest>(built), allowed);
        if (!allowed)
            QCOMPARE(std::get<AuthError>(built).kind, AuthErrorKind::InsecureUrl);
    }

    void tokenRequest_refusesIncompleteCredentials_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("username") << QStringLiteral("username");
        QTest::newRow("password") << QStringLiteral("password");
        QTest::newRow("api key") << QStringLiteral("API key");
    }
    void tokenRequest_refusesIncompleteCredentials() {
        QFETCH(QString, field);
        Credentials credentials = sampleCredentials();
        if (field == QStringLiteral("username"))
            credentials.username = QStringLiteral("  ");
        else if (field == QStringLiteral("password"))
            credentials.password = Secret();
        else
            credentials.apiKey = Secret();
        const auto built = RequestFactory::tokenRequest(credentials);
        QVERIFY(std::holds_alternative<AuthError>(built));
        const AuthError error = std::get<AuthError>(built);
        QCOMPARE(error.kind, AuthErrorKind::MissingCredentials);
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
        QVERIFY(!error.message.contains(QStringLiteral("KEY-12345")));
        QVERIFY(!error.message.contains(QStringLiteral("pa:ss")));
    }

    void tokenRequest_emptyUrlIsMissingNotInsecure() {
        const auto built = RequestFactory::tokenRequest(sampleCredentials(QString()));
        QCOMPARE(std::get<AuthError>(built).kind, AuthErrorKind::MissingCredentials);
        QVERIFY(std::get<AuthError>(built).message.contains(QStringLiteral("token URL")));
        const auto service = RequestFactory::serviceRequest(QUrl(), sampleCredentials(), sampleToken());
        QCOMPARE(std::get<AuthError>(service).kind, AuthErrorKind::InsecureUrl);
    }

    void serviceRequest_hasApiKeyBearerAndJson() {
        const auto built = RequestFactory::serviceRequest(QUrl(QStringLiteral("https://profile.example.com/graphql")),
                                                          sampleCredentials(), sampleToken());
        const QNetworkRequest request = std::get<QNetworkRequest>(built);
        QCOMPARE(request.url(), QUrl(QStringLiteral("https://profile.example.com/graphql")));
        QCOMPARE(request.rawHeader("x-api-key"), QByteArray("KEY-12345"));
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer eyJ.token.sig"));
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
    }

    void serviceRequest_refusesMissingTokenOrKey() {
        const QUrl url(QStringLiteral("https://profile.example.com/graphql"));
        const auto noToken = RequestFactory::serviceRequest(url, sampleCredentials(), AccessToken{});
        QCOMPARE(std::get<AuthError>(noToken).kind, AuthErrorKind::MissingCredentials);
        Credentials noKey = sampleCredentials();
        noKey.apiKey = Secret();
        const auto keyless = RequestFactory::serviceRequest(url, noKey, sampleToken());
        QCOMPARE(std::get<AuthError>(keyless).kind, AuthErrorKind::MissingCredentials);
    }

private:
    static void urlTable() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://auth.example.com/t") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/t") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost/t") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]/t") << true;
        QTest::newRow("http remote") << QStringLiteral("http://auth.example.com/t") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://auth.example.com/t") << false;
        QTest::newRow("no host") << QStringLiteral("https:///t") << false;
    }
};

QTEST_GUILESS_MAIN(tst_RequestFactory)
#include "tst_requestfactory.moc"
