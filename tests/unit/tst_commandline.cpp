#include "cli/commandline.h"

#include <QTest>

using altrata::cli::CommandLine;
using altrata::cli::Invocation;
using altrata::cli::ParseResult;
using Action = ParseResult::Action;

class TestCommandLine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_rejectsBadUsage_data();
    void parse_rejectsBadUsage();
    void parse_helpAndVersion_areRecognised();
    void parse_token_readsEveryOption();
    void parse_check_readsServiceAndDefaults();
    void parse_format_readsFileAndFlags();
    void parse_formatWithoutFile_readsStandardInput();
    void parse_parse_needsJsonAndTakesFile();
    void parse_schemaPrint_takesFile_data();
    void parse_schemaPrint_takesFile();
    void parse_schemaIntrospectionQuery_readsReduced_data();
    void parse_schemaIntrospectionQuery_readsReduced();
    void parse_sandbox_readsEveryOption();
    void parse_sandbox_defaultsToTheDefaultConfig();
    void helpText_listsCommandsOptionsAndExitCodes();
};

void TestCommandLine::parse_rejectsBadUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fetch")};
    QTest::newRow("two commands") << QStringList{QStringLiteral("token"), QStringLiteral("check")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("token"), QStringLiteral("--frobnicate")};
    QTest::newRow("option without value") << QStringList{QStringLiteral("token"), QStringLiteral("--profile")};
    QTest::newRow("zero timeout") << QStringList{QStringLiteral("token"), QStringLiteral("--timeout"),
                                                 QStringLiteral("0")};
    QTest::newRow("text timeout") << QStringList{QStringLiteral("token"), QStringLiteral("--timeout"),
                                                 QStringLiteral("soon")};
    QTest::newRow("check --renew") << QStringList{QStringLiteral("check"), QStringLiteral("--renew")};
    QTest::newRow("check --show-token") << QStringList{QStringLiteral("check"), QStringLiteral("--show-token")};
    QTest::newRow("token --service") << QStringList{QStringLiteral("token"), QStringLiteral("--service"),
                                                    QStringLiteral("https://profile.altrata.com/graphql")};
    QTest::newRow("token with a file") << QStringList{QStringLiteral("token"), QStringLiteral("q.graphql")};
    QTest::newRow("token --minify") << QStringList{QStringLiteral("token"), QStringLiteral("--minify")};
    QTest::newRow("check --check") << QStringList{QStringLiteral("check"), QStringLiteral("--check")};
    QTest::newRow("format two files") << QStringList{QStringLiteral("format"), QStringLiteral("a.graphql"),
                                                     QStringLiteral("b.graphql")};
    QTest::newRow("format --json") << QStringList{QStringLiteral("format"), QStringLiteral("--json")};
    QTest::newRow("format --profile") << QStringList{QStringLiteral("format"), QStringLiteral("--profile"),
                                                     QStringLiteral("prod")};
    QTest::newRow("parse without --json") << QStringList{QStringLiteral("parse"), QStringLiteral("q.graphql")};
    QTest::newRow("parse --minify") << QStringList{QStringLiteral("parse"), QStringLiteral("--json"),
                                                   QStringLiteral("--minify")};
    const QString schema = QStringLiteral("schema");
    QTest::newRow("schema alone") << QStringList{schema};
    QTest::newRow("schema unknown") << QStringList{schema, QStringLiteral("dump")};
    QTest::newRow("schema print two files")
        << QStringList{schema, QStringLiteral("print"), QStringLiteral("a.graphql"), QStringLiteral("b.graphql")};
    QTest::newRow("schema print --reduced")
        << QStringList{schema, QStringLiteral("print"), QStringLiteral("--reduced")};
    QTest::newRow("schema print --json") << QStringList{schema, QStringLiteral("print"), QStringLiteral("--json")};
    QTest::newRow("schema print --profile")
        << QStringList{schema, QStringLiteral("print"), QStringLiteral("--profile"), QStringLiteral("prod")};
    QTest::newRow("introspection-query with file")
        << QStringList{schema, QStringLiteral("introspection-query"), QStringLiteral("s.graphql")};
    QTest::newRow("introspection-query --minify")
        << QStringList{schema, QStringLiteral("introspection-query"), QStringLiteral("--minify")};
    QTest::newRow("format --reduced") << QStringList{QStringLiteral("format"), QStringLiteral("--reduced")};
    QTest::newRow("token --reduced") << QStringList{QStringLiteral("token"), QStringLiteral("--reduced")};
    const QString sandbox = QStringLiteral("sandbox");
    QTest::newRow("sandbox port too big") << QStringList{sandbox, QStringLiteral("--port"), QStringLiteral("65536")};
    QTest::newRow("sandbox ttl 0") << QStringList{sandbox, QStringLiteral("--token-ttl"), QStringLiteral("0")};
    QTest::newRow("sandbox seed -1") << QStringList{sandbox, QStringLiteral("--seed"), QStringLiteral("-1")};
    QTest::newRow("sandbox latency text") << QStringList{sandbox, QStringLiteral("--latency-ms"), QStringLiteral("x")};
    QTest::newRow("sandbox failure 1.5") << QStringList{sandbox, QStringLiteral("--failure-rate"),
                                                        QStringLiteral("1.5")};
    QTest::newRow("sandbox failure nan") << QStringList{sandbox, QStringLiteral("--failure-rate"),
                                                        QStringLiteral("nan")};
    QTest::newRow("sandbox throttle -1") << QStringList{sandbox, QStringLiteral("--throttle"), QStringLiteral("-1")};
    QTest::newRow("sandbox --json") << QStringList{sandbox, QStringLiteral("--json")};
    QTest::newRow("sandbox --service") << QStringList{sandbox, QStringLiteral("--service"),
                                                      QStringLiteral("https://profile.altrata.com/graphql")};
    QTest::newRow("sandbox with a file") << QStringList{sandbox, QStringLiteral("q.graphql")};
    QTest::newRow("check --port") << QStringList{QStringLiteral("check"), QStringLiteral("--port"),
                                                 QStringLiteral("8080")};
    QTest::newRow("format --seed") << QStringList{QStringLiteral("format"), QStringLiteral("--seed"),
                                                  QStringLiteral("3")};
}

void TestCommandLine::parse_rejectsBadUsage() {
    QFETCH(QStringList, args);
    const ParseResult result = CommandLine::parse(QStringList{QStringLiteral("altrata-explorer-cli")} + args);
    QCOMPARE(result.action, Action::UsageError);
    QVERIFY(!result.error.isEmpty());
}

void TestCommandLine::parse_helpAndVersion_areRecognised() {
    const QString program = QStringLiteral("altrata-explorer-cli");
    QCOMPARE(CommandLine::parse({program, QStringLiteral("--help")}).action, Action::ShowHelp);
    QCOMPARE(CommandLine::parse({program, QStringLiteral("-h")}).action, Action::ShowHelp);
    QCOMPARE(CommandLine::parse({program, QStringLiteral("--version")}).action, Action::ShowVersion);
}

void TestCommandLine::parse_token_readsEveryOption() {
    const ParseResult result = CommandLine::parse(
        {QStringLiteral("altrata-explorer-cli"), QStringLiteral("token"), QStringLiteral("--profile"),
         QStringLiteral("prod"), QStringLiteral("--token-url"), QStringLiteral("https://auth.example.com/oauth2/token"),
         QStringLiteral("--renew"), QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--show-token"),
         QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(result.action, Action::Run);
    const Invocation &inv = result.invocation;
    QCOMPARE(inv.command, Invocation::Command::Token);
    QCOMPARE(inv.profile, QStringLiteral("prod"));
    QCOMPARE(inv.tokenUrl, std::optional<QUrl>(QUrl(QStringLiteral("https://auth.example.com/oauth2/token"))));
    QVERIFY(inv.renew && inv.yes && inv.json && inv.showToken);
    QCOMPARE(inv.timeoutSeconds, 5);
}

void TestCommandLine::parse_check_readsServiceAndDefaults() {
    const ParseResult result =
        CommandLine::parse({QStringLiteral("altrata-explorer-cli"), QStringLiteral("check"),
                            QStringLiteral("--service"), QStringLiteral("https://profile.altrata.com/graphql")});
    QCOMPARE(result.action, Action::Run);
    const Invocation &inv = result.invocation;
    QCOMPARE(inv.command, Invocation::Command::Check);
    QCOMPARE(inv.serviceUrl, std::optional<QUrl>(QUrl(QStringLiteral("https://profile.altrata.com/graphql"))));
    QVERIFY(inv.profile.isEmpty());
    QVERIFY(!inv.tokenUrl);
    QVERIFY(!inv.renew && !inv.yes && !inv.json && !inv.showToken);
    QCOMPARE(inv.timeoutSeconds, 30);
}

void TestCommandLine::parse_format_readsFileAndFlags() {
    const ParseResult result =
        CommandLine::parse({QStringLiteral("altrata-explorer-cli"), QStringLiteral("format"),
                            QStringLiteral("q.graphql"), QStringLiteral("--minify"), QStringLiteral("--check")});
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.invocation.command, Invocation::Command::Format);
    QCOMPARE(result.invocation.file, QStringLiteral("q.graphql"));
    QVERIFY(result.invocation.minify && result.invocation.checkOnly);
}

void TestCommandLine::parse_formatWithoutFile_readsStandardInput() {
    const ParseResult result = CommandLine::parse({QStringLiteral("altrata-explorer-cli"), QStringLiteral("format")});
    QCOMPARE(result.action, Action::Run);
    QVERIFY(result.invocation.file.isEmpty());
    QVERIFY(!result.invocation.minify && !result.invocation.checkOnly);
}

void TestCommandLine::parse_parse_needsJsonAndTakesFile() {
    const ParseResult result = CommandLine::parse({QStringLiteral("altrata-explorer-cli"), QStringLiteral("parse"),
                                                   QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.invocation.command, Invocation::Command::Parse);
    QCOMPARE(result.invocation.file, QStringLiteral("-"));
    QVERIFY(result.invocation.json);
}

void TestCommandLine::parse_schemaPrint_takesFile_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::newRow("file") << QStringList{QStringLiteral("s.json")} << QStringLiteral("s.json");
    QTest::newRow("dash") << QStringList{QStringLiteral("-")} << QStringLiteral("-");
    QTest::newRow("none") << QStringList{} << QString();
}

void TestCommandLine::parse_schemaPrint_takesFile() {
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const ParseResult result = CommandLine::parse(
        QStringList{QStringLiteral("altrata-explorer-cli"), QStringLiteral("schema"), QStringLiteral("print")} + args);
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.invocation.command, Invocation::Command::SchemaPrint);
    QCOMPARE(result.invocation.file, file);
    QVERIFY(!result.invocation.reduced);
}

void TestCommandLine::parse_schemaIntrospectionQuery_readsReduced_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("reduced");
    QTest::newRow("full") << QStringList{} << false;
    QTest::newRow("reduced") << QStringList{QStringLiteral("--reduced")} << true;
}

void TestCommandLine::parse_schemaIntrospectionQuery_readsReduced() {
    QFETCH(QStringList, args);
    QFETCH(bool, reduced);
    const ParseResult result =
        CommandLine::parse(QStringList{QStringLiteral("altrata-explorer-cli"), QStringLiteral("schema"),
                                       QStringLiteral("introspection-query")} +
                           args);
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.invocation.command, Invocation::Command::IntrospectionQuery);
    QCOMPARE(result.invocation.reduced, reduced);
}

void TestCommandLine::parse_sandbox_readsEveryOption() {
    const ParseResult result = CommandLine::parse(
        {QStringLiteral("altrata-explorer-cli"), QStringLiteral("sandbox"), QStringLiteral("--port"),
         QStringLiteral("8080"), QStringLiteral("--token-ttl"), QStringLiteral("120"), QStringLiteral("--seed"),
         QStringLiteral("18446744073709551615"), QStringLiteral("--latency-ms"), QStringLiteral("250"),
         QStringLiteral("--failure-rate"), QStringLiteral("0.25"), QStringLiteral("--throttle"), QStringLiteral("5")});
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.invocation.command, Invocation::Command::Sandbox);
    const altrata::sandbox::SandboxConfig &config = result.invocation.sandbox;
    QCOMPARE(config.port, quint16(8080));
    QCOMPARE(config.tokenTtlSeconds, qint64(120));
    QCOMPARE(config.dataset.seed, quint64(18446744073709551615ULL));
    QCOMPARE(config.faults.latencyMs, 250);
    QCOMPARE(config.faults.failureRate, 0.25);
    QCOMPARE(config.faults.throttlePerSecond, 5);
}

void TestCommandLine::parse_sandbox_defaultsToTheDefaultConfig() {
    const ParseResult result = CommandLine::parse({QStringLiteral("altrata-explorer-cli"), QStringLiteral("sandbox")});
    QCOMPARE(result.action, Action::Run);
    const altrata::sandbox::SandboxConfig &config = result.invocation.sandbox;
    const altrata::sandbox::SandboxConfig defaults;
    QCOMPARE(config.port, defaults.port);
    QCOMPARE(config.tokenTtlSeconds, defaults.tokenTtlSeconds);
    QCOMPARE(config.dataset.seed, defaults.dataset.seed);
    QCOMPARE(config.dataset.people, defaults.dataset.people);
    QCOMPARE(config.faults.latencyMs, 0);
    QCOMPARE(config.faults.failureRate, 0.0);
    QCOMPARE(config.faults.throttlePerSecond, 0);
    QCOMPARE(config.credentials.apiKey, QStringLiteral("sandbox-api-key"));
}

void TestCommandLine::helpText_listsCommandsOptionsAndExitCodes() {
    const QString help = CommandLine::helpText();
    for (const char *word : {"token",
                             "check",
                             "format",
                             "parse",
                             "--minify",
                             "--check",
                             "--profile",
                             "--token-url",
                             "--renew",
                             "--yes",
                             "--json",
                             "--show-token",
                             "--service",
                             "--timeout",
                             "ALTRATA_API_KEY",
                             "ALTRATA_USERNAME",
                             "ALTRATA_PASSWORD",
                             "Exit codes:",
                             "TERMINATES",
                             "schema print",
                             "introspection-query",
                             "--reduced",
                             "sandbox",
                             "--port",
                             "--token-ttl",
                             "--seed",
                             "--latency-ms",
                             "--failure-rate",
                             "--throttle",
                             "demo-password"})
        QVERIFY2(help.contains(QLatin1String(word)), word);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
