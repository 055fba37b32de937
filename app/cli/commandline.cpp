#include "commandline.h"

#include "exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace altrata::cli {

namespace {

struct Options {
    QCommandLineOption profile{QStringLiteral("profile"),
                               QStringLiteral("Use the saved credentials profile <name> (as in the explorer)."),
                               QStringLiteral("name")};
    QCommandLineOption tokenUrl{QStringLiteral("token-url"),
                                QStringLiteral("Token endpoint (default: https://api-auth.altrata.com/oauth2/token)."),
                                QStringLiteral("url")};
    QCommandLineOption service{QStringLiteral("service"),
                               QStringLiteral("check: the GraphQL service URL to send { __typename } to."),
                               QStringLiteral("url")};
    QCommandLineOption renew{QStringLiteral("renew"),
                             QStringLiteral("token: request a new token although one is valid. This TERMINATES the "
                                            "current token for every program using the same credentials.")};
    QCommandLineOption yes{QStringLiteral("yes"),
                           QStringLiteral("Confirm without asking (needed with --renew when standard input is not a "
                                          "terminal, and to request a token when the keychain is unavailable).")};
    QCommandLineOption json{QStringLiteral("json"),
                            QStringLiteral("Machine-readable output (never contains secrets).")};
    QCommandLineOption showToken{QStringLiteral("show-token"),
                                 QStringLiteral("token: also print the access token itself. Treat it as a secret.")};
    QCommandLineOption minify{QStringLiteral("minify"),
                              QStringLiteral("format: print the document on one line without ignored characters.")};
    QCommandLineOption check{QStringLiteral("check"),
                             QStringLiteral("format: print nothing; exit 1 when the document is not formatted.")};
    QCommandLineOption reduced{QStringLiteral("reduced"),
                               QStringLiteral("schema introspection-query: print graphql-js's default query (no "
                                              "isRepeatable, specifiedByURL, ...) for older servers.")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Network timeout in seconds (default 30)."),
                               QStringLiteral("seconds"), QStringLiteral("30")};
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("sandbox: listen on 127.0.0.1:<port> (default 0: a free port)."),
                            QStringLiteral("port")};
    QCommandLineOption tokenTtl{QStringLiteral("token-ttl"),
                                QStringLiteral("sandbox: lifetime of issued tokens in seconds (default 28800)."),
                                QStringLiteral("seconds")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("sandbox: seed of the generated people and organizations (default 1)."),
                            QStringLiteral("number")};
    QCommandLineOption latency{QStringLiteral("latency-ms"),
                               QStringLiteral("sandbox: delay every answer by this many milliseconds."),
                               QStringLiteral("ms")};
    QCommandLineOption failureRate{QStringLiteral("failure-rate"),
                                   QStringLiteral("sandbox: share (0 to 1) of GraphQL requests answered with an "
                                                  "HTTP 5xx error."),
                                   QStringLiteral("p")};
    QCommandLineOption throttle{QStringLiteral("throttle"),
                                QStringLiteral("sandbox: answer requests beyond <n> per second with 429 and "
                                               "Retry-After."),
                                QStringLiteral("n")};

    QList<const QCommandLineOption *> sandboxOnly() const {
        return {&port, &tokenTtl, &seed, &latency, &failureRate, &throttle};
    }
};

void addOptions(QCommandLineParser &parser, const Options &options) {
    parser.setApplicationDescription(
        QStringLiteral("Checks Altrata credentials and tokens, formats GraphQL documents and prints schemas, "
                       "without the GUI.\n\n"
                       "Credentials come from --profile, or from the environment variables ALTRATA_API_KEY, "
                       "ALTRATA_USERNAME and ALTRATA_PASSWORD. The token is cached in the OS keychain, so repeated "
                       "calls reuse it instead of requesting a new one (which would terminate the old one)."));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("token: show the cached token's state, or obtain one if none is "
                       "valid.\ncheck: prove the API key, credentials and token work "
                       "against --service, without renewing a working token.\n"
                       "format [FILE|-]: print the GraphQL document (standard input for - "
                       "or no FILE) formatted as graphql-js's print() does.\n"
                       "parse --json [FILE|-]: print the document's syntax tree as JSON in "
                       "graphql-js's shape (no locations).\n"
                       "schema print [FILE|-]: print the schema (SDL or introspection JSON "
                       "in) as SDL, as graphql-js's printSchema() does.\n"
                       "schema introspection-query [--reduced]: print the full "
                       "introspection query the explorer sends first (graphql-js's "
                       "with every option on; --reduced: its default query).\n"
                       "format, parse and schema print report a syntax error on standard "
                       "error as FILE:LINE:COLUMN: message and exit with 2.\n"
                       "sandbox: run the built-in Altrata look-alike on 127.0.0.1 in the "
                       "foreground; prints its URLs and the demo credentials (API key "
                       "sandbox-api-key, username demo, password demo-password) and logs "
                       "requests to standard error until Ctrl+C. ALTRATA_SANDBOX_API_KEY, ALTRATA_SANDBOX_USERNAME and "
                       "ALTRATA_SANDBOX_PASSWORD in the environment replace the demo credentials."),
        QStringLiteral("token|check|format|parse|schema|sandbox"));
    parser.addOptions({options.profile, options.tokenUrl, options.service, options.renew, options.yes, options.json,
                       options.showToken, options.minify, options.check, options.reduced, options.timeout, options.port,
                       options.tokenTtl, options.seed, options.latency, options.failureRate, options.throttle});
    parser.addHelpOption();
    parser.addVersionOption();
}

std::optional<QUrl> urlOption(const QCommandLineParser &parser, const QCommandLineOption &option) {
    if (!parser.isSet(option))
        return std::nullopt;
    return QUrl(parser.value(option), QUrl::StrictMode);
}

ParseResult usageError(QString message) {
    ParseResult result;
    result.action = ParseResult::Action::UsageError;
    result.error = std::move(message);
    return result;
}

std::optional<Invocation::Command> commandNamed(const QString &name) {
    if (name == QStringLiteral("token"))
        return Invocation::Command::Token;
    if (name == QStringLiteral("check"))
        return Invocation::Command::Check;
    if (name == QStringLiteral("format"))
        return Invocation::Command::Format;
    if (name == QStringLiteral("parse"))
        return Invocation::Command::Parse;
    return std::nullopt;
}

ParseResult runResult(const Invocation &inv) {
    ParseResult result;
    result.action = ParseResult::Action::Run;
    result.invocation = inv;
    return result;
}

// token and check: credentials, URLs and the network.
ParseResult buildAuthInvocation(const QCommandLineParser &parser, const Options &options, Invocation inv) {
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give exactly one command: token or check."));
    if (parser.isSet(options.minify) || parser.isSet(options.check))
        return usageError(QStringLiteral("--minify and --check belong to the format command."));
    if (parser.isSet(options.reduced))
        return usageError(QStringLiteral("--reduced belongs to schema introspection-query."));
    inv.profile = parser.value(options.profile);
    inv.tokenUrl = urlOption(parser, options.tokenUrl);
    inv.serviceUrl = urlOption(parser, options.service);
    inv.renew = parser.isSet(options.renew);
    inv.yes = parser.isSet(options.yes);
    inv.json = parser.isSet(options.json);
    inv.showToken = parser.isSet(options.showToken);
    bool numeric = false;
    inv.timeoutSeconds = parser.value(options.timeout).toInt(&numeric);
    if (!numeric || inv.timeoutSeconds <= 0)
        return usageError(QStringLiteral("--timeout needs a positive number of seconds."));
    if (parser.isSet(options.profile) && inv.profile.trimmed().isEmpty())
        return usageError(QStringLiteral("--profile needs a profile name."));
    if (inv.command == Invocation::Command::Check && (inv.renew || inv.showToken))
        return usageError(QStringLiteral("check never renews or prints the token: use the token command for that."));
    if (inv.command == Invocation::Command::Token && inv.serviceUrl)
        return usageError(QStringLiteral("--service belongs to the check command."));
    return runResult(inv);
}

// The first network-only option given, if any: local commands refuse them.
std::optional<QString> networkOptionSet(const QCommandLineParser &parser, const Options &options) {
    for (const QCommandLineOption *networkOption : {&options.profile, &options.tokenUrl, &options.service,
                                                    &options.renew, &options.yes, &options.showToken, &options.timeout})
        if (parser.isSet(*networkOption))
            return networkOption->names().first();
    return std::nullopt;
}

// format and parse: one local document, no credentials and no network.
ParseResult buildDocumentInvocation(const QCommandLineParser &parser, const Options &options, Invocation inv) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return usageError(QStringLiteral("Give at most one file (or - for standard input)."));
    if (const std::optional<QString> misplaced = networkOptionSet(parser, options))
        return usageError(QStringLiteral("--%1 does not apply to format or parse.").arg(*misplaced));
    if (parser.isSet(options.reduced))
        return usageError(QStringLiteral("--reduced belongs to schema introspection-query."));
    inv.file = positional.size() == 2 ? positional.at(1) : QString();
    inv.json = parser.isSet(options.json);
    inv.minify = parser.isSet(options.minify);
    inv.checkOnly = parser.isSet(options.check);
    if (inv.command == Invocation::Command::Format && inv.json)
        return usageError(QStringLiteral("format prints GraphQL: use parse --json for the syntax tree."));
    if (inv.command == Invocation::Command::Parse && !inv.json)
        return usageError(QStringLiteral("parse prints JSON only: add --json."));
    if (inv.command == Invocation::Command::Parse && (inv.minify || inv.checkOnly))
        return usageError(QStringLiteral("--minify and --check belong to the format command."));
    return runResult(inv);
}

// schema print [FILE|-] and schema introspection-query [--reduced]: local, no credentials.
ParseResult buildSchemaInvocation(const QCommandLineParser &parser, const Options &options) {
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(1);
    Invocation inv;
    if (sub == QStringLiteral("print"))
        inv.command = Invocation::Command::SchemaPrint;
    else if (sub == QStringLiteral("introspection-query"))
        inv.command = Invocation::Command::IntrospectionQuery;
    else
        return usageError(QStringLiteral("Use schema print [FILE|-] or schema introspection-query [--reduced]."));
    if (const std::optional<QString> misplaced = networkOptionSet(parser, options))
        return usageError(QStringLiteral("--%1 does not apply to the schema commands.").arg(*misplaced));
    for (const QCommandLineOption *formatOption : {&options.json, &options.minify, &options.check})
        if (parser.isSet(*formatOption))
            return usageError(
                QStringLiteral("--%1 does not apply to the schema commands.").arg(formatOption->names().first()));
    inv.reduced = parser.isSet(options.reduced);
    if (inv.command == Invocation::Command::SchemaPrint) {
        if (positional.size() > 3)
            return usageError(QStringLiteral("Give at most one schema file (or - for standard input)."));
        if (inv.reduced)
            return usageError(QStringLiteral("--reduced belongs to schema introspection-query."));
        inv.file = positional.value(2);
    } else if (positional.size() > 2) {
        return usageError(QStringLiteral("schema introspection-query takes no file."));
    }
    return runResult(inv);
}

// An integer option within [minimum, maximum]; nullopt when it is not one.
std::optional<qint64> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 minimum,
                                    qint64 maximum) {
    bool numeric = false;
    const qint64 value = parser.value(option).toLongLong(&numeric);
    if (!numeric || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// The sandbox flags onto the config; an error sentence for the first bad one.
std::optional<QString> readSandboxConfig(const QCommandLineParser &parser, const Options &options,
                                         sandbox::SandboxConfig &config) {
    if (parser.isSet(options.port)) {
        const auto port = integerOption(parser, options.port, 0, 65535);
        if (!port)
            return QStringLiteral("--port needs a number from 0 to 65535.");
        config.port = static_cast<quint16>(*port);
    }
    if (parser.isSet(options.tokenTtl)) {
        const auto ttl = integerOption(parser, options.tokenTtl, 1, 10LL * 365 * 24 * 3600);
        if (!ttl)
            return QStringLiteral("--token-ttl needs a positive number of seconds.");
        config.tokenTtlSeconds = *ttl;
    }
    if (parser.isSet(options.seed)) {
        bool numeric = false;
        config.dataset.seed = parser.value(options.seed).toULongLong(&numeric);
        if (!numeric)
            return QStringLiteral("--seed needs a non-negative whole number.");
    }
    if (parser.isSet(options.latency)) {
        const auto latency = integerOption(parser, options.latency, 0, 600000);
        if (!latency)
            return QStringLiteral("--latency-ms needs a number of milliseconds from 0 to 600000.");
        config.faults.latencyMs = static_cast<int>(*latency);
    }
    if (parser.isSet(options.failureRate)) {
        bool numeric = false;
        config.faults.failureRate = parser.value(options.failureRate).toDouble(&numeric);
        if (!numeric || !(config.faults.failureRate >= 0 && config.faults.failureRate <= 1))
            return QStringLiteral("--failure-rate needs a number from 0 to 1 (0.1 fails one request in ten).");
    }
    if (parser.isSet(options.throttle)) {
        const auto throttle = integerOption(parser, options.throttle, 0, 1000000);
        if (!throttle)
            return QStringLiteral("--throttle needs a non-negative number of requests per second.");
        config.faults.throttlePerSecond = static_cast<int>(*throttle);
    }
    return std::nullopt;
}

// sandbox: a local server; no credentials, documents or output format.
ParseResult buildSandboxInvocation(const QCommandLineParser &parser, const Options &options) {
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("sandbox takes no file or second command."));
    if (const std::optional<QString> misplaced = networkOptionSet(parser, options))
        return usageError(QStringLiteral("--%1 does not apply to sandbox.").arg(*misplaced));
    for (const QCommandLineOption *other : {&options.json, &options.minify, &options.check, &options.reduced})
        if (parser.isSet(*other))
            return usageError(QStringLiteral("--%1 does not apply to sandbox.").arg(other->names().first()));
    Invocation inv;
    inv.command = Invocation::Command::Sandbox;
    if (const std::optional<QString> error = readSandboxConfig(parser, options, inv.sandbox))
        return usageError(*error);
    return runResult(inv);
}

ParseResult buildInvocation(const QCommandLineParser &parser, const Options &options) {
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("Give a command: token, check, format, parse, schema or sandbox."));
    if (positional.first() == QStringLiteral("sandbox"))
        return buildSandboxInvocation(parser, options);
    for (const QCommandLineOption *sandboxOption : options.sandboxOnly())
        if (parser.isSet(*sandboxOption))
            return usageError(
                QStringLiteral("--%1 belongs to the sandbox command.").arg(sandboxOption->names().first()));
    if (positional.first() == QStringLiteral("schema"))
        return buildSchemaInvocation(parser, options);
    const std::optional<Invocation::Command> command = commandNamed(positional.first());
    if (!command) {
        return usageError(QStringLiteral("Unknown command \"%1\": use token, check, format, parse, schema or sandbox.")
                              .arg(positional.first()));
    }
    Invocation inv;
    inv.command = *command;
    if (inv.command == Invocation::Command::Format || inv.command == Invocation::Command::Parse)
        return buildDocumentInvocation(parser, options, inv);
    return buildAuthInvocation(parser, options, inv);
}

} // namespace

ParseResult CommandLine::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    const Options options;
    addOptions(parser, options);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    ParseResult result;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        result.action = ParseResult::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.action = ParseResult::Action::ShowVersion;
        return result;
    }
    return buildInvocation(parser, options);
}

QString CommandLine::helpText() {
    QCommandLineParser parser;
    const Options options;
    addOptions(parser, options);
    return parser.helpText() + QStringLiteral("\n") + exitCodesHelp();
}

QString CommandLine::versionText() {
    return QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
}

} // namespace altrata::cli
