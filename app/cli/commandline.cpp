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
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Network timeout in seconds (default 30)."),
                               QStringLiteral("seconds"), QStringLiteral("30")};
};

void addOptions(QCommandLineParser &parser, const Options &options) {
    parser.setApplicationDescription(
        QStringLiteral("Checks Altrata credentials and tokens without the GUI.\n\n"
                       "Credentials come from --profile, or from the environment variables ALTRATA_API_KEY, "
                       "ALTRATA_USERNAME and ALTRATA_PASSWORD. The token is cached in the OS keychain, so repeated "
                       "calls reuse it instead of requesting a new one (which would terminate the old one)."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("token: show the cached token's state, or obtain one if none is "
                                                "valid.\ncheck: prove the API key, credentials and token work "
                                                "against --service, without renewing a working token."),
                                 QStringLiteral("token|check"));
    parser.addOptions({options.profile, options.tokenUrl, options.service, options.renew, options.yes, options.json,
                       options.showToken, options.timeout});
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

ParseResult buildInvocation(const QCommandLineParser &parser, const Options &options) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("Give exactly one command: token or check."));
    Invocation inv;
    if (positional.first() == QStringLiteral("token"))
        inv.command = Invocation::Command::Token;
    else if (positional.first() == QStringLiteral("check"))
        inv.command = Invocation::Command::Check;
    else
        return usageError(QStringLiteral("Unknown command \"%1\": use token or check.").arg(positional.first()));

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

    ParseResult result;
    result.action = ParseResult::Action::Run;
    result.invocation = inv;
    return result;
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
