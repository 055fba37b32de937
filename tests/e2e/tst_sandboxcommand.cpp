#include "cliprocess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

const QString demoApiKey = QStringLiteral("sandbox-api-key");
const QString demoUsername = QStringLiteral("demo");
const QString demoPassword = QStringLiteral("demo-password");

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

// The URLs a running `sandbox` printed, by label ("Token URL", "Profile", ...).
struct Printed {
    QHash<QString, QUrl> urls;
    QString text;
};

} // namespace

// The real `altrata-explorer-cli sandbox` in a child process, driven by the real `token` and `check` commands.
class TestSandboxCommand final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void sandbox_printsUrlsAndCredentials_andServesTheCli();
    void sandbox_ctrlC_stopsCleanly();
    void sandbox_tokenTtl_reachesTheServer();
    void sandbox_credentialsFromEnvironment_replaceTheDemoOnes_andAreNotEchoed();
    void sandbox_portInUse_failsWithItsOwnExitCode();
    void badFlags_areUsageErrors_data();
    void badFlags_areUsageErrors();

private:
    QProcessEnvironment environment() const;
    // Starts `sandbox` with `args` and reads its standard output up to "Press Ctrl+C".
    Printed startSandbox(QProcess &process, const QStringList &args, const QProcessEnvironment &extra = {});
    Finished runCli(const QStringList &args, const QProcessEnvironment &extra = {}) const;
    static Finished stopWith(QProcess &process, int signalNumber);

    QTemporaryDir m_home;
};

void TestSandboxCommand::initTestCase() {
    QVERIFY(QFile::exists(QStringLiteral(CLI_PATH)));
    QVERIFY(m_home.isValid());
}

QProcessEnvironment TestSandboxCommand::environment() const {
    QProcessEnvironment env = altrata::test::isolatedCliEnvironment(m_home);
    // No keychain: nothing of this test lands in a real keyring, and every `token --yes` asks the sandbox.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-such-bus")));
    env.insert(QStringLiteral("ALTRATA_API_KEY"), demoApiKey);
    env.insert(QStringLiteral("ALTRATA_USERNAME"), demoUsername);
    env.insert(QStringLiteral("ALTRATA_PASSWORD"), demoPassword);
    return env;
}

Printed TestSandboxCommand::startSandbox(QProcess &process, const QStringList &args, const QProcessEnvironment &extra) {
    QProcessEnvironment env = environment();
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), QStringList{QStringLiteral("sandbox")} + args);
    Printed printed;
    const QDeadlineTimer deadline(90000); // generating the default data set takes a while in Debug builds
    while (!printed.text.contains(QStringLiteral("Press Ctrl+C")) && !deadline.hasExpired() &&
           process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        printed.text += QString::fromUtf8(process.readAllStandardOutput());
    }
    static const QRegularExpression line(QStringLiteral("^  ([A-Za-z ]+): +(http://\\S+)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(printed.text); it.hasNext();) {
        const auto match = it.next();
        printed.urls.insert(match.captured(1), QUrl(match.captured(2)));
    }
    return printed;
}

Finished TestSandboxCommand::runCli(const QStringList &args, const QProcessEnvironment &extra) const {
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), args);
    process.closeWriteChannel();
    Finished result;
    if (!process.waitForFinished(60000))
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Finished TestSandboxCommand::stopWith(QProcess &process, int signalNumber) {
    ::kill(static_cast<pid_t>(process.processId()), signalNumber);
    Finished result;
    if (!process.waitForFinished(30000))
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestSandboxCommand::sandbox_printsUrlsAndCredentials_andServesTheCli() {
    QProcess sandbox;
    const Printed printed = startSandbox(sandbox, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(printed.text.contains(QStringLiteral("Press Ctrl+C")), qPrintable(printed.text));
    const QUrl tokenUrl = printed.urls.value(QStringLiteral("Token URL"));
    QCOMPARE(tokenUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(tokenUrl.port() > 0);
    QCOMPARE(tokenUrl.path(), QStringLiteral("/oauth2/token"));
    for (const QString &service : {QStringLiteral("Profile"), QStringLiteral("Matching"),
                                   QStringLiteral("Relationships"), QStringLiteral("Events")}) {
        const QUrl url = printed.urls.value(service);
        QCOMPARE(url.port(), tokenUrl.port());
        QCOMPARE(url.path(), QStringLiteral("/%1/graphql").arg(service.toLower()));
    }
    // Each on its labelled line: "demo" alone would also be found inside "demo-password".
    for (const auto &[label, value] :
         {std::pair{QStringLiteral("API key"), demoApiKey}, std::pair{QStringLiteral("Username"), demoUsername},
          std::pair{QStringLiteral("Password"), demoPassword}}) {
        const QRegularExpression line(QStringLiteral("^  %1: +%2$").arg(label, QRegularExpression::escape(value)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(printed.text).hasMatch(), qPrintable(label));
    }

    const Finished token =
        runCli({QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--token-url"), tokenUrl.toString()});
    QVERIFY2(token.exitCode == 0,
             qPrintable(QString::number(token.exitCode) + QLatin1Char(' ') + token.out + token.err));
    QVERIFY2(token.out.contains(QStringLiteral("State:      valid")), qPrintable(token.out + token.err));

    const Finished check =
        runCli({QStringLiteral("check"), QStringLiteral("--yes"), QStringLiteral("--token-url"), tokenUrl.toString(),
                QStringLiteral("--service"), printed.urls.value(QStringLiteral("Profile")).toString()});
    QVERIFY2(check.exitCode == 0,
             qPrintable(QString::number(check.exitCode) + QLatin1Char(' ') + check.out + check.err));
    QVERIFY2(check.out.contains(QStringLiteral("API key: OK")), qPrintable(check.out + check.err));

    const Finished stopped = stopWith(sandbox, SIGTERM);
    QVERIFY2(stopped.exitCode == 0, qPrintable(QString::number(stopped.exitCode) + QLatin1Char(' ') + stopped.err));
    QVERIFY2(stopped.err.contains(QStringLiteral("/oauth2/token")), qPrintable(stopped.err)); // the request log
    QVERIFY2(stopped.err.contains(QStringLiteral("/profile/graphql")), qPrintable(stopped.err));
    QVERIFY2(!stopped.err.contains(demoPassword) && !stopped.err.contains(demoApiKey),
             "the request log shows a secret");
    QVERIFY(stopped.err.contains(QStringLiteral("stopping the sandbox")));
}

void TestSandboxCommand::sandbox_ctrlC_stopsCleanly() {
    QProcess sandbox;
    const Printed printed = startSandbox(sandbox, {});
    QVERIFY2(printed.urls.contains(QStringLiteral("Token URL")), qPrintable(printed.text));
    const Finished stopped = stopWith(sandbox, SIGINT);
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
    QVERIFY(stopped.err.contains(QStringLiteral("Interrupted")));
}

void TestSandboxCommand::sandbox_tokenTtl_reachesTheServer() {
    QProcess sandbox;
    const Printed printed = startSandbox(sandbox, {QStringLiteral("--token-ttl"), QStringLiteral("120"),
                                                   QStringLiteral("--seed"), QStringLiteral("42")});
    const QUrl tokenUrl = printed.urls.value(QStringLiteral("Token URL"));
    QVERIFY2(tokenUrl.isValid(), qPrintable(printed.text));
    const Finished token = runCli({QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                   QStringLiteral("--token-url"), tokenUrl.toString()});
    QVERIFY2(token.exitCode == 0,
             qPrintable(QString::number(token.exitCode) + QLatin1Char(' ') + token.out + token.err));
    const QJsonObject json = QJsonDocument::fromJson(token.out.toUtf8()).object();
    const qint64 remaining = json.value(QStringLiteral("secondsRemaining")).toInteger();
    QVERIFY2(remaining > 60 && remaining <= 120, qPrintable(token.out));
    const Finished stopped = stopWith(sandbox, SIGTERM);
    QVERIFY2(stopped.exitCode == 0, qPrintable(QString::number(stopped.exitCode) + QLatin1Char(' ') + stopped.err));
}

void TestSandboxCommand::sandbox_credentialsFromEnvironment_replaceTheDemoOnes_andAreNotEchoed() {
    QProcessEnvironment custom;
    custom.insert(QStringLiteral("ALTRATA_SANDBOX_USERNAME"), QStringLiteral("presenter"));
    custom.insert(QStringLiteral("ALTRATA_SANDBOX_PASSWORD"), QStringLiteral("stage-password-7"));
    QProcess sandbox;
    const Printed printed = startSandbox(sandbox, {}, custom);
    const QUrl tokenUrl = printed.urls.value(QStringLiteral("Token URL"));
    QVERIFY2(tokenUrl.isValid(), qPrintable(printed.text));
    QVERIFY(printed.text.contains(QStringLiteral("presenter")));
    QVERIFY(!printed.text.contains(QStringLiteral("stage-password-7")));

    // The demo password no longer opens it; the chosen one does.
    const QStringList tokenArgs{QStringLiteral("token"), QStringLiteral("--yes"), QStringLiteral("--token-url"),
                                tokenUrl.toString()};
    const Finished refused = runCli(tokenArgs);
    QVERIFY2(refused.exitCode == 13, qPrintable(QString::number(refused.exitCode) + refused.out)); // BadUserCredentials
    QProcessEnvironment chosen;
    chosen.insert(QStringLiteral("ALTRATA_USERNAME"), QStringLiteral("presenter"));
    chosen.insert(QStringLiteral("ALTRATA_PASSWORD"), QStringLiteral("stage-password-7"));
    const Finished accepted = runCli(tokenArgs, chosen);
    QVERIFY2(accepted.exitCode == 0, qPrintable(QString::number(accepted.exitCode) + accepted.out + accepted.err));

    const Finished stopped = stopWith(sandbox, SIGTERM);
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
    QVERIFY(!stopped.err.contains(QStringLiteral("stage-password-7")));
}

void TestSandboxCommand::sandbox_portInUse_failsWithItsOwnExitCode() {
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const Finished r =
        runCli({QStringLiteral("sandbox"), QStringLiteral("--port"), QString::number(occupant.serverPort())});
    QVERIFY2(r.exitCode == 31, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("could not start")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("Press Ctrl+C")));
}

void TestSandboxCommand::badFlags_areUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    const QString sandbox = QStringLiteral("sandbox");
    QTest::newRow("port too big") << QStringList{sandbox, QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("port text") << QStringList{sandbox, QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("zero ttl") << QStringList{sandbox, QStringLiteral("--token-ttl"), QStringLiteral("0")};
    QTest::newRow("failure rate 2") << QStringList{sandbox, QStringLiteral("--failure-rate"), QStringLiteral("2")};
    QTest::newRow("negative latency") << QStringList{sandbox, QStringLiteral("--latency-ms"), QStringLiteral("-5")};
    QTest::newRow("text seed") << QStringList{sandbox, QStringLiteral("--seed"), QStringLiteral("abc")};
    QTest::newRow("unknown flag") << QStringList{sandbox, QStringLiteral("--frobnicate")};
    QTest::newRow("profile") << QStringList{sandbox, QStringLiteral("--profile"), QStringLiteral("prod")};
    QTest::newRow("extra argument") << QStringList{sandbox, QStringLiteral("now")};
    QTest::newRow("port on token") << QStringList{QStringLiteral("token"), QStringLiteral("--port"),
                                                  QStringLiteral("8080")};
}

void TestSandboxCommand::badFlags_areUsageErrors() {
    QFETCH(QStringList, args);
    const Finished r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Error: ")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // no server was started, nothing was printed
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
