#include "faketokenserver.h"

#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"

#include "cliprocess.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using altrata::test::FakeTokenServer;
using Behaviour = FakeTokenServer::Behaviour;

namespace {

// Recognisable fake secrets: none of them may ever show up in the CLI's output.
const QString username = QStringLiteral("cli-e2e-user");
const QString password = QStringLiteral("pw-CLI-secret-7f3a9");
const QString apiKey = QStringLiteral("key-CLI-secret-5b2c1");

struct CliRun {
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

} // namespace

// Runs the real altrata-explorer-cli with an isolated environment against FakeTokenServer in this process.
class TestCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help_listsEveryExitCode();
    void version_printsNameAndVersion();
    void unknownOption_isUsageError();
    void token_withoutCredentials_failsWithoutRequest();
    void token_success_printsExpiryAndClaimsButNotToken();
    void token_showToken_printsToken();
    void token_json_isMachineReadableWithoutSecrets();
    void token_errorKinds_haveDistinctExitCodes_data();
    void token_errorKinds_haveDistinctExitCodes();
    void token_errorJson_namesKind();
    void token_hang_timesOut();
    void token_refusedConnection_isNetworkError();
    void token_insecureTokenUrl_isRefusedWithoutRequest();
    void renew_withoutYesOnPipe_isRefusedWithoutRequest();
    void renew_withYes_requestsNewToken();
    void check_success_reportsEveryPart();
    void check_wrongPassword_saysWhichSecretIsWrong();
    void check_wrongApiKey_saysWhichSecretIsWrong();
    void check_insecureService_isRefusedWithoutRequest();
    void check_serviceFailure_hasServiceExitCode();

    void token_twiceInARow_requestsOnce();
    void token_changedPassword_requestsNewToken();
    void renew_withYes_replacesCachedToken();
    void check_withCachedToken_doesNotRequestToken();
    void check_withTerminatedToken_saysSo();
    void profile_loadsCredentialsFromStore();
    void profile_unknown_isMissingCredentials();
    void profile_notRemembered_isExplainedAndSendsNothing();

    void noKeychain_token_refusesWithoutYes();
    void noKeychain_tokenWithYes_warnsAndRequestsEveryTime();
    void noKeychain_check_refusesWithoutYes_andWarnsOnceWithYes();

private:
    QProcessEnvironment environment(bool withKeychain = true) const;
    CliRun run(const QStringList &args, const QProcessEnvironment &env);
    // A profile for the fake server, saved through CredentialStore into the children's XDG_CONFIG_HOME.
    void saveProfileAsTheAppDoes(const QString &name, bool rememberSecrets, altrata::auth::SecretStore &secrets);
    CliRun run(const QStringList &args) { return run(args, environment()); }
    QStringList credentialArgs() const { return {QStringLiteral("--token-url"), m_server->tokenUrl().toString()}; }
    // Empty when clean; otherwise which secret leaked.
    QString leakedSecret(const CliRun &result, bool tokenAllowed = false) const;
    bool requireKeychain(); // QSKIP/QFAIL decision for the cache tests

    QTemporaryDir m_home;
    bool m_keychainAvailable = false;
    std::unique_ptr<FakeTokenServer> m_server;
    QStringList m_issuedTokens; // every token the server held after a run in the current test
};

#define VERIFY_NO_LEAK(result, tokenAllowed)                                                                           \
    do {                                                                                                               \
        const QString leaked = leakedSecret(result, tokenAllowed);                                                     \
        QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("output contains the ") + leaked));                       \
    } while (false)

void TestCli::initTestCase() {
    QVERIFY(QFile::exists(QStringLiteral(CLI_PATH)));
    QVERIFY(m_home.isValid());
    qunsetenv("DISPLAY"); // never let a keychain call autolaunch a bus on a display (stack.md G8)
    // Probe the Secret Service the child processes will see: a write that succeeds means they can cache.
    altrata::auth::KeychainSecretStore probe;
    probe.setTimeoutMs(5000);
    std::optional<bool> ok;
    probe.write(QStringLiteral("tst_cli/probe"), altrata::auth::Secret(QStringLiteral("probe")), this,
                [&ok](const altrata::auth::SecretStoreResult &result) { ok = !result.error.has_value(); });
    QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 15000);
    m_keychainAvailable = *ok;
    if (m_keychainAvailable) {
        bool removed = false;
        probe.remove(QStringLiteral("tst_cli/probe"), this, [&removed](const auto &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
    if (qEnvironmentVariableIsSet("EXPECT_NO_KEYCHAIN"))
        QVERIFY2(!m_keychainAvailable, "EXPECT_NO_KEYCHAIN is set but a keychain answered");
    if (qEnvironmentVariableIsSet("REQUIRE_KEYCHAIN"))
        QVERIFY2(m_keychainAvailable, "REQUIRE_KEYCHAIN is set but no keychain is available");
}

void TestCli::init() {
    m_server = std::make_unique<FakeTokenServer>();
    m_server->setCredentials(username, password, apiKey);
    QVERIFY(m_server->start());
    m_issuedTokens.clear();
}

// Drops the token the test may have cached, so runs outside a private keyring leave nothing behind.
void TestCli::cleanup() {
    if (m_keychainAvailable && m_server) {
        altrata::auth::KeychainSecretStore secrets;
        altrata::auth::TokenCache cache(&secrets);
        altrata::auth::Credentials credentials;
        credentials.tokenUrl = m_server->tokenUrl();
        credentials.username = username;
        credentials.password = altrata::auth::Secret(password);
        credentials.apiKey = altrata::auth::Secret(apiKey);
        bool removed = false;
        cache.remove(credentials, this, [&removed](const auto &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
    m_server.reset();
}

QProcessEnvironment TestCli::environment(bool withKeychain) const {
    QProcessEnvironment env = altrata::test::isolatedCliEnvironment(m_home);
    // All log categories on: the leak checks then cover every log line too.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*.debug=false"));
    env.insert(QStringLiteral("ALTRATA_USERNAME"), username);
    env.insert(QStringLiteral("ALTRATA_PASSWORD"), password);
    env.insert(QStringLiteral("ALTRATA_API_KEY"), apiKey);
    if (!withKeychain) // a session bus that does not exist: the keychain is unavailable
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-such-bus")));
    return env;
}

CliRun TestCli::run(const QStringList &args, const QProcessEnvironment &env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(CLI_PATH));
    process.setArguments(args);
    process.start();
    process.closeWriteChannel(); // stdin is a pipe at EOF: never a terminal
    // Spin the event loop (not waitForFinished): the fake server lives in this process.
    QSignalSpy finished(&process, &QProcess::finished);
    CliRun result;
    result.finished = finished.wait(60000);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    if (m_server && !m_server->currentToken().isEmpty())
        m_issuedTokens << QString::fromUtf8(m_server->currentToken());
    return result;
}

QString TestCli::leakedSecret(const CliRun &result, bool tokenAllowed) const {
    const QString all = result.all();
    if (all.contains(password))
        return QStringLiteral("password");
    if (all.contains(apiKey))
        return QStringLiteral("API key");
    if (!tokenAllowed) {
        for (const QString &token : m_issuedTokens) {
            if (all.contains(token))
                return QStringLiteral("token");
        }
    }
    return QString();
}

bool TestCli::requireKeychain() {
    if (m_keychainAvailable)
        return true;
    if (qEnvironmentVariableIsSet("REQUIRE_KEYCHAIN"))
        QTest::qFail("REQUIRE_KEYCHAIN is set but no keychain is available", __FILE__, __LINE__);
    else
        QTest::qSkip("no Secret Service available (run under dbus-run-session with gnome-keyring)", __FILE__, __LINE__);
    return false;
}

#define REQUIRE_KEYCHAIN()                                                                                             \
    do {                                                                                                               \
        if (!requireKeychain())                                                                                        \
            return;                                                                                                    \
    } while (false)

// ---- without the cache: these hold whether or not a keychain is available -------------------------------------

void TestCli::help_listsEveryExitCode() {
    const CliRun r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
    for (int code : {0, 2, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 30})
        QVERIFY2(r.out.contains(QStringLiteral("\n  %1  ").arg(code, 2)), qPrintable(QString::number(code)));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::version_printsNameAndVersion() {
    const CliRun r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("altrata-explorer-cli " ALTRATA_VERSION));
}

void TestCli::unknownOption_isUsageError() {
    const CliRun r = run({QStringLiteral("token"), QStringLiteral("--frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
}

void TestCli::token_withoutCredentials_failsWithoutRequest() {
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("ALTRATA_PASSWORD"));
    const CliRun r = run(QStringList{QStringLiteral("token"), QStringLiteral("--yes")} + credentialArgs(), env);
    QCOMPARE(r.exitCode, 10);
    QVERIFY2(r.err.contains(QStringLiteral("ALTRATA_PASSWORD")), qPrintable(r.err));
    QCOMPARE(m_server->requestCount(), 0);
    VERIFY_NO_LEAK(r, false);
}

void TestCli::token_success_printsExpiryAndClaimsButNotToken() {
    const CliRun r = run(QStringList{QStringLiteral("token"), QStringLiteral("--yes")} + credentialArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(r.out.contains(QStringLiteral("State:      valid")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Expires:")));
    QVERIFY(r.out.contains(QStringLiteral("Remaining:  7 h 59 min")) ||
            r.out.contains(QStringLiteral("Remaining:  8 h 0 min")));
    QVERIFY(r.out.contains(QStringLiteral("Claims:")));
    QVERIFY(r.out.contains(QStringLiteral("  exp: ")));
    QVERIFY(!m_server->currentToken().isEmpty());
    QVERIFY(!r.all().contains(QString::fromUtf8(m_server->currentToken())));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::token_showToken_printsToken() {
    const CliRun r = run(QStringList{QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--show-token")} +
                         credentialArgs());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Token:      ") + QString::fromUtf8(m_server->currentToken())));
    VERIFY_NO_LEAK(r, true);
}

void TestCli::token_json_isMachineReadableWithoutSecrets() {
    const CliRun r =
        run(QStringList{QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--json")} + credentialArgs());
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QVERIFY(json.value(QStringLiteral("secondsRemaining")).toInteger() > 28000);
    QVERIFY(QDateTime::fromString(json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate).isValid());
    QVERIFY(json.value(QStringLiteral("claims")).toObject().contains(QStringLiteral("exp")));
    QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 0);
    QVERIFY(!json.contains(QStringLiteral("token")));
    VERIFY_NO_LEAK(r, false);

    const CliRun shown = run(QStringList{QStringLiteral("token"), QStringLiteral("--json"),
                                         QStringLiteral("--show-token"), QStringLiteral("--yes")} +
                             credentialArgs());
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject shownJson = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(shownJson.value(QStringLiteral("token")).toString(), QString::fromUtf8(m_server->currentToken()));
}

void TestCli::token_errorKinds_haveDistinctExitCodes_data() {
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions"); // a word the plain message must contain
    QTest::newRow("wrong api key") << Behaviour::WrongApiKey << 12 << QStringLiteral("API key");
    QTest::newRow("wrong password") << Behaviour::WrongPassword << 13 << QStringLiteral("password");
    QTest::newRow("rate limited") << Behaviour::RateLimited << 14 << QStringLiteral("Retry after");
    QTest::newRow("500 html") << Behaviour::ServerErrorHtml << 15 << QStringLiteral("Error: ");
    QTest::newRow("non-json") << Behaviour::NonJson << 18 << QStringLiteral("Error: ");
    QTest::newRow("missing fields") << Behaviour::MissingFields << 18 << QStringLiteral("Error: ");
}

void TestCli::token_errorKinds_haveDistinctExitCodes() {
    QFETCH(Behaviour, behaviour);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    m_server->setBehaviour(behaviour);
    const CliRun r = run(QStringList{QStringLiteral("token"), QStringLiteral("--yes")} + credentialArgs());
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(r.err.contains(mentions, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    VERIFY_NO_LEAK(r, false);
}

void TestCli::token_errorJson_namesKind() {
    m_server->setBehaviour(Behaviour::WrongApiKey);
    const CliRun r =
        run(QStringList{QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--json")} + credentialArgs());
    QCOMPARE(r.exitCode, 12);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("bad-api-key"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 12);
    VERIFY_NO_LEAK(r, false);
}

void TestCli::token_hang_timesOut() {
    m_server->setBehaviour(Behaviour::Hang);
    QElapsedTimer timer;
    timer.start();
    const CliRun r = run(QStringList{QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--timeout"),
                                     QStringLiteral("1")} +
                         credentialArgs());
    QCOMPARE(r.exitCode, 16);
    QVERIFY2(timer.elapsed() < 20000, "the --timeout was not honoured");
    VERIFY_NO_LEAK(r, false);
}

void TestCli::token_refusedConnection_isNetworkError() {
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more
    const CliRun r = run({QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--token-url"),
                          QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(port)});
    QCOMPARE(r.exitCode, 16);
    QVERIFY(r.err.contains(QStringLiteral("Error: ")));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::token_insecureTokenUrl_isRefusedWithoutRequest() {
    const CliRun r = run({QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--token-url"),
                          QStringLiteral("http://auth.example.com/oauth2/token")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.err.contains(QStringLiteral("http://")), qPrintable(r.err));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::renew_withoutYesOnPipe_isRefusedWithoutRequest() {
    const CliRun r = run(QStringList{QStringLiteral("token"), QStringLiteral("--renew")} + credentialArgs());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("TERMINATES")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--yes")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::renew_withYes_requestsNewToken() {
    const CliRun r = run(QStringList{QStringLiteral("token"), QStringLiteral("--renew"), QStringLiteral("--yes")} +
                         credentialArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(r.err.contains(QStringLiteral("TERMINATES")));
    QVERIFY2(r.out.contains(QStringLiteral("renewed")), qPrintable(r.out));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::check_success_reportsEveryPart() {
    const CliRun r = run(QStringList{QStringLiteral("check"), QStringLiteral("--yes"), QStringLiteral("--service"),
                                     m_server->graphqlUrl().toString()} +
                         credentialArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->graphqlRequestCount(), 1);
    QVERIFY2(r.out.contains(QStringLiteral("API key: OK")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Username and password: OK")));
    QVERIFY(r.out.contains(QStringLiteral("Service %1: OK (answered in ").arg(m_server->graphqlUrl().toString())));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::check_wrongPassword_saysWhichSecretIsWrong() {
    m_server->setBehaviour(Behaviour::WrongPassword);
    const CliRun r = run(QStringList{QStringLiteral("check"), QStringLiteral("--yes"), QStringLiteral("--service"),
                                     m_server->graphqlUrl().toString()} +
                         credentialArgs());
    QCOMPARE(r.exitCode, 13);
    QVERIFY2(r.out.contains(QStringLiteral("Username and password: WRONG")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("API key: OK")));
    QVERIFY(r.out.contains(QStringLiteral("not checked (no token)")));
    QCOMPARE(m_server->graphqlRequestCount(), 0);
    VERIFY_NO_LEAK(r, false);
}

void TestCli::check_wrongApiKey_saysWhichSecretIsWrong() {
    m_server->setBehaviour(Behaviour::WrongApiKey);
    const CliRun r = run(QStringList{QStringLiteral("check"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                     QStringLiteral("--service"), m_server->graphqlUrl().toString()} +
                         credentialArgs());
    QCOMPARE(r.exitCode, 12);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("apiKey")).toString(), QStringLiteral("wrong"));
    QCOMPARE(json.value(QStringLiteral("credentials")).toString(), QStringLiteral("not-checked"));
    QCOMPARE(json.value(QStringLiteral("service")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("not-checked"));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::check_insecureService_isRefusedWithoutRequest() {
    const CliRun r = run(QStringList{QStringLiteral("check"), QStringLiteral("--yes"), QStringLiteral("--service"),
                                     QStringLiteral("http://profile.example.com/graphql")} +
                         credentialArgs());
    QCOMPARE(r.exitCode, 11);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY2(r.out.contains(QStringLiteral("nothing was sent")), qPrintable(r.out));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::check_serviceFailure_hasServiceExitCode() {
    QUrl missing = m_server->graphqlUrl();
    missing.setPath(QStringLiteral("/no-such-endpoint")); // the fake server answers 404 there
    const CliRun r = run(
        QStringList{QStringLiteral("check"), QStringLiteral("--yes"), QStringLiteral("--service"), missing.toString()} +
        credentialArgs());
    QCOMPARE(r.exitCode, 30);
    QVERIFY2(r.out.contains(QStringLiteral(": FAILED (HTTP 404)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Username and password: OK")));
    VERIFY_NO_LEAK(r, false);
}

// ---- with the keychain cache ------------------------------------------------------------------------------------

void TestCli::token_twiceInARow_requestsOnce() {
    REQUIRE_KEYCHAIN();
    const CliRun first = run(QStringList{QStringLiteral("token")} + credentialArgs());
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QStringLiteral("saved in the keychain")), qPrintable(first.out));
    const CliRun second = run(QStringList{QStringLiteral("token")} + credentialArgs());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(second.out.contains(QStringLiteral("from the keychain cache, not renewed")), qPrintable(second.out));
    VERIFY_NO_LEAK(first, false);
    VERIFY_NO_LEAK(second, false);
}

void TestCli::token_changedPassword_requestsNewToken() {
    REQUIRE_KEYCHAIN();
    QCOMPARE(run(QStringList{QStringLiteral("token")} + credentialArgs()).exitCode, 0);
    const QString newPassword = password + QStringLiteral("-changed");
    m_server->setCredentials(username, newPassword, apiKey);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ALTRATA_PASSWORD"), newPassword);
    const CliRun r = run(QStringList{QStringLiteral("token")} + credentialArgs(), env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(!r.all().contains(newPassword));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::renew_withYes_replacesCachedToken() {
    REQUIRE_KEYCHAIN();
    QCOMPARE(run(QStringList{QStringLiteral("token")} + credentialArgs()).exitCode, 0);
    const QByteArray first = m_server->currentToken();
    const CliRun renewed = run(
        QStringList{QStringLiteral("token"), QStringLiteral("--renew"), QStringLiteral("--yes")} + credentialArgs());
    QCOMPARE(renewed.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(m_server->currentToken() != first);
    // The renewed token is the cached one now: a check uses it without another request.
    const CliRun check =
        run(QStringList{QStringLiteral("check"), QStringLiteral("--service"), m_server->graphqlUrl().toString()} +
            credentialArgs());
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestCli::check_withCachedToken_doesNotRequestToken() {
    REQUIRE_KEYCHAIN();
    QCOMPARE(run(QStringList{QStringLiteral("token")} + credentialArgs()).exitCode, 0);
    const CliRun r =
        run(QStringList{QStringLiteral("check"), QStringLiteral("--service"), m_server->graphqlUrl().toString()} +
            credentialArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->graphqlRequestCount(), 1);
    QVERIFY2(r.out.contains(QStringLiteral("Username and password: OK (token from the keychain cache, not renewed)")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Result: everything works.")));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::check_withTerminatedToken_saysSo() {
    REQUIRE_KEYCHAIN();
    QCOMPARE(run(QStringList{QStringLiteral("token")} + credentialArgs()).exitCode, 0);
    m_issuedTokens << QString::fromUtf8(m_server->issueToken()); // another program renewed: ours is terminated
    const CliRun r =
        run(QStringList{QStringLiteral("check"), QStringLiteral("--service"), m_server->graphqlUrl().toString()} +
            credentialArgs());
    QCOMPARE(r.exitCode, 20);
    QCOMPARE(m_server->requestCount(), 1); // check never renews on its own
    QVERIFY2(r.out.contains(QStringLiteral("Token: REFUSED by the service")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--renew")));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::saveProfileAsTheAppDoes(const QString &name, bool rememberSecrets, altrata::auth::SecretStore &secrets) {
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    const auto restore = qScopeGuard([previous] { qputenv("XDG_CONFIG_HOME", previous); });
    QSettings settings(QStringLiteral("altrata-explorer"), QStringLiteral("altrata-explorer"));
    altrata::auth::CredentialStore store(&settings, &secrets);
    altrata::auth::CredentialProfile profile;
    profile.name = name;
    profile.credentials.tokenUrl = m_server->tokenUrl();
    profile.credentials.username = username;
    profile.credentials.password = altrata::auth::Secret(password);
    profile.credentials.apiKey = altrata::auth::Secret(apiKey);
    profile.defaultService = m_server->graphqlUrl();
    profile.rememberSecrets = rememberSecrets;
    std::optional<std::optional<altrata::auth::AuthError>> saved;
    store.save(profile, this, [&saved](const auto &error) { saved = error; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000);
    QVERIFY(!saved->has_value());
    settings.sync();
}

void TestCli::profile_loadsCredentialsFromStore() {
    REQUIRE_KEYCHAIN();
    // Saved the way the explorer does: settings in XDG_CONFIG_HOME, secrets in the keychain.
    const QString profileName = QStringLiteral("e2e-%1").arg(m_server->port());
    altrata::auth::KeychainSecretStore secrets;
    saveProfileAsTheAppDoes(profileName, true, secrets);
    if (QTest::currentTestFailed())
        return;
    QProcessEnvironment env = environment();
    for (const char *name : {"ALTRATA_USERNAME", "ALTRATA_PASSWORD", "ALTRATA_API_KEY"})
        env.remove(QLatin1String(name));
    // No --service: the profile's default service is used.
    const CliRun r = run({QStringLiteral("check"), QStringLiteral("--profile"), profileName}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(r.out.contains(QStringLiteral("profile \"%1\"").arg(profileName)), qPrintable(r.out));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::profile_unknown_isMissingCredentials() {
    const CliRun r = run({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
    QCOMPARE(r.exitCode, 10);
    QVERIFY2(r.err.contains(QStringLiteral("no-such-profile")), qPrintable(r.err));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::profile_notRemembered_isExplainedAndSendsNothing() {
    // Its secrets lived only in the memory of the app that saved it, so no keychain is involved at all.
    const QString profileName = QStringLiteral("forgetful-%1").arg(m_server->port());
    altrata::auth::MemorySecretStore secrets;
    saveProfileAsTheAppDoes(profileName, false, secrets);
    if (QTest::currentTestFailed())
        return;
    const CliRun r = run({QStringLiteral("token"), QStringLiteral("--profile"), profileName});
    QCOMPARE(r.exitCode, 10);
    QVERIFY2(r.err.contains(QStringLiteral("does not remember its password and API key")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("ALTRATA_PASSWORD")));
    QCOMPARE(m_server->requestCount(), 0);
    VERIFY_NO_LEAK(r, false);
}

// ---- without a keychain: forced by pointing the child at a session bus that does not exist -------------------

void TestCli::noKeychain_token_refusesWithoutYes() {
    const CliRun r = run(QStringList{QStringLiteral("token")} + credentialArgs(), environment(false));
    QCOMPARE(r.exitCode, 21);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY2(r.err.contains(QStringLiteral("keychain is unavailable")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--yes")));
    VERIFY_NO_LEAK(r, false);
}

void TestCli::noKeychain_check_refusesWithoutYes_andWarnsOnceWithYes() {
    const QStringList args =
        QStringList{QStringLiteral("check"), QStringLiteral("--service"), m_server->graphqlUrl().toString()} +
        credentialArgs();
    const CliRun refused = run(args, environment(false));
    QCOMPARE(refused.exitCode, 21);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->graphqlRequestCount(), 0);
    QVERIFY2(refused.out.contains(QStringLiteral("keychain is unavailable")), qPrintable(refused.out));
    QVERIFY(refused.out.contains(QStringLiteral("--yes")));
    const CliRun checked = run(args + QStringList{QStringLiteral("--yes")}, environment(false));
    QCOMPARE(checked.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(checked.err.count(QStringLiteral("every call would request a new token")), 1);
    VERIFY_NO_LEAK(checked, false);
}

void TestCli::noKeychain_tokenWithYes_warnsAndRequestsEveryTime() {
    const QStringList args = QStringList{QStringLiteral("token"), QStringLiteral("--yes")} + credentialArgs();
    const CliRun first = run(args, environment(false));
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains(QStringLiteral("every call would request a new token")), qPrintable(first.err));
    QVERIFY(first.out.contains(QStringLiteral("NOT cached")));
    const CliRun second = run(args, environment(false));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 2); // the consequence the warning spelled out
    VERIFY_NO_LEAK(first, false);
    VERIFY_NO_LEAK(second, false);
    // Nothing secret was written anywhere under the isolated home.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(password.toUtf8()) && !content.contains(apiKey.toUtf8()),
                 qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
