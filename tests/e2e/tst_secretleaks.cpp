// Runs the whole credential and token flow with recognisable fake secrets while capturing every log
// line, error text and the settings file, and asserts that none of the secrets shows up anywhere.
#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "faketokenserver.h"
#include "keychaintesting.h"
#include "net/graphqlclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace altrata;
using auth::AuthSession;
using test::FakeTokenServer;

namespace {

const QString kPassword = QStringLiteral("PW-canary-4f1d9e");
const QString kApiKey = QStringLiteral("KEY-canary-8e2b7a");
const QString kUsername = QStringLiteral("svc-leak-test");

QStringList g_captured;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message) {
    g_captured << QStringLiteral("[%1] %2").arg(QString::fromLatin1(context.category ? context.category : ""), message);
}

} // namespace

class TestSecretLeaks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("altrata.*=true\nqt.*=false"));
        m_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(m_previousHandler); }

    void wholeFlow_leavesNoSecretInLogsSettingsOrMessages_data() {
        QTest::addColumn<bool>("useKeychain");
        QTest::newRow("in-memory store") << false;
        QTest::newRow("system keychain") << true;
    }

    void wholeFlow_leavesNoSecretInLogsSettingsOrMessages() {
        QFETCH(bool, useKeychain);
        g_captured.clear();
        m_texts.clear();
        m_tokens.clear();

        std::unique_ptr<auth::SecretStore> store = makeStore(useKeychain);
        if (!store)
            return; // skipped or failed inside makeStore

        FakeTokenServer server;
        QVERIFY(server.start());
        server.setCredentials(kUsername, kPassword, kApiKey);

        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            const auth::Credentials credentials = saveAndReloadProfile(settings, *store, server.tokenUrl());
            QVERIFY(!QTest::currentTestFailed());
            runTokenAndQueryFlow(credentials, server, *store);
            QVERIFY(!QTest::currentTestFailed());
            runFailureFlows(credentials, server);
            QVERIFY(!QTest::currentTestFailed());
            settings.sync();
        }

        QFile settingsFile(settingsPath);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QString settingsText = QString::fromUtf8(settingsFile.readAll());
        QVERIFY2(settingsText.contains(kUsername), "the profile was not written at all");

        QVERIFY2(g_captured.size() > 5, "the flow logged nothing: the capture is not working");
        QVERIFY(m_tokens.size() >= 2);
        const QString basic = QString::fromLatin1((kUsername + QLatin1Char(':') + kPassword).toUtf8().toBase64());
        QStringList forbidden{kPassword, kApiKey, basic};
        for (const QByteArray &token : std::as_const(m_tokens)) {
            forbidden << QString::fromLatin1(token);
            forbidden << QString::fromLatin1(token.split('.').last()); // the signature alone
        }

        assertNoneContained(QStringLiteral("log output"), g_captured, forbidden);
        assertNoneContained(QStringLiteral("settings file"), {settingsText}, forbidden);
        assertNoneContained(QStringLiteral("error messages"), m_texts, forbidden);
    }

private:
    std::unique_ptr<auth::SecretStore> makeStore(bool useKeychain) {
        if (!useKeychain)
            return std::make_unique<auth::MemorySecretStore>();
        auto keychain =
            std::make_unique<auth::KeychainSecretStore>(test::uniqueKeychainService(QStringLiteral("secretleaks")));
        const auto problem = test::probeKeychain(*keychain);
        const auto expectation = test::keychainExpectation();
        if (problem && expectation == test::KeychainExpectation::Required) {
            QTest::qFail(qPrintable(QStringLiteral("keychain required but unusable: ") + problem->detail), __FILE__,
                         __LINE__);
            return nullptr;
        }
        if (problem || expectation == test::KeychainExpectation::Unavailable) {
            QTest::qSkip("no usable keychain here", __FILE__, __LINE__);
            return nullptr;
        }
        return keychain;
    }

    auth::Credentials saveAndReloadProfile(QSettings &settings, auth::SecretStore &store, const QUrl &tokenUrl) {
        auth::CredentialStore credentials(&settings, &store);
        auth::CredentialProfile profile;
        profile.name = QStringLiteral("Leak test");
        profile.credentials.tokenUrl = tokenUrl;
        profile.credentials.username = kUsername;
        profile.credentials.password = auth::Secret(kPassword);
        profile.credentials.apiKey = auth::Secret(kApiKey);
        profile.defaultService = QUrl(QStringLiteral("http://127.0.0.1/graphql"));

        // Printing a profile's secrets through QDebug, as a careless log line would.
        qDebug() << "saving" << profile.name << profile.credentials.password << profile.credentials.apiKey;

        std::optional<std::optional<auth::AuthError>> saved;
        credentials.save(profile, this, [&saved](const std::optional<auth::AuthError> &error) { saved = error; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000); }();
        if (QTest::currentTestFailed())
            return {};
        const QString saveError = saved->has_value() ? saved->value().message : QString();
        [&] { QVERIFY2(saveError.isEmpty(), qPrintable(saveError)); }();

        std::optional<auth::CredentialProfile> loaded;
        bool loadDone = false;
        credentials.load(
            profile.name, this,
            [&](const std::optional<auth::CredentialProfile> &result, const std::optional<auth::AuthError> &) {
                loaded = result;
                loadDone = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loadDone, 20000); }();
        [&] { QVERIFY(loaded && loaded->credentials == profile.credentials); }();
        return loaded ? loaded->credentials : auth::Credentials{};
    }

    auth::TokenResult waitForToken(AuthSession &session, bool renew) {
        std::optional<auth::TokenResult> result;
        const auto done = [&result](const auth::TokenResult &r) { result = r; };
        if (renew)
            session.renewTokenTerminatingOtherSessions(this, done);
        else
            session.ensureToken(this, done);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        if (!result)
            return {};
        if (result->error)
            m_texts << result->error->message << result->error->detail;
        return *result;
    }

    net::GraphQLResponse query(net::GraphQLClient &client, const QUrl &url) {
        net::GraphQLRequest request;
        request.url = url;
        request.query = QStringLiteral("{ __typename }");
        net::GraphQLJob *job = client.send(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 20000); }();
        const net::GraphQLResponse response = job->response();
        m_texts << response.message << response.detail;
        if (response.authError)
            m_texts << response.authError->message << response.authError->detail;
        job->deleteLater();
        return response;
    }

    void runTokenAndQueryFlow(const auth::Credentials &credentials, FakeTokenServer &server, auth::SecretStore &store) {
        QNetworkAccessManager network;
        auth::SystemClock clock;
        auth::TokenCache cache(&store);
        {
            AuthSession session(credentials, &network, &cache, &clock, {});
            QVERIFY(waitForToken(session, false).ok());
            m_tokens << server.currentToken();
            net::GraphQLClient client(&network, &session);
            QCOMPARE(query(client, server.graphqlUrl()).outcome, net::GraphQLResponse::Outcome::Data);
        }
        // A new session reuses the cached token, then renews it on purpose.
        AuthSession restarted(credentials, &network, &cache, &clock, {});
        QVERIFY(waitForToken(restarted, false).ok());
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(waitForToken(restarted, true).ok());
        m_tokens << server.currentToken();

        // Another program renews: our next call is refused and reported as terminated elsewhere.
        m_tokens << server.issueToken();
        net::GraphQLClient client(&network, &restarted);
        const net::GraphQLResponse refused = query(client, server.graphqlUrl());
        QCOMPARE(refused.outcome, net::GraphQLResponse::Outcome::AuthFailed);
        restarted.forgetToken();
    }

    void runFailureFlows(const auth::Credentials &credentials, FakeTokenServer &server) {
        const QList<FakeTokenServer::Behaviour> behaviours = {
            FakeTokenServer::Behaviour::WrongApiKey, FakeTokenServer::Behaviour::WrongPassword,
            FakeTokenServer::Behaviour::RateLimited, FakeTokenServer::Behaviour::ServerErrorHtml,
            FakeTokenServer::Behaviour::NonJson,     FakeTokenServer::Behaviour::MissingFields,
            FakeTokenServer::Behaviour::CloseMidBody};
        QNetworkAccessManager network;
        auth::SystemClock clock;
        for (const auto behaviour : behaviours) {
            server.setBehaviour(behaviour);
            AuthSession session(credentials, &network, nullptr, &clock, {});
            const auth::TokenResult result = waitForToken(session, false);
            QVERIFY2(!result.ok(), QMetaEnum::fromType<FakeTokenServer::Behaviour>().valueToKey(int(behaviour)));
        }
        server.setBehaviour(FakeTokenServer::Behaviour::Success);
    }

    static void assertNoneContained(const QString &where, const QStringList &texts, const QStringList &forbidden) {
        for (const QString &text : texts) {
            for (const QString &secret : forbidden) {
                if (!secret.isEmpty() && text.contains(secret))
                    QFAIL(qPrintable(
                        QStringLiteral("a secret (%1 characters) appeared in the %2").arg(secret.size()).arg(where)));
            }
        }
    }

    QtMessageHandler m_previousHandler = nullptr;
    QStringList m_texts;
    QList<QByteArray> m_tokens;
};

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
