#pragma once

#include "sandbox/sandboxconfig.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace altrata::cli {

// What the user asked for, after parsing. No secrets: credentials come from the environment or a profile.
struct Invocation {
    enum class Command { Token, Check, Format, Parse, SchemaPrint, IntrospectionQuery, Sandbox };

    Command command = Command::Token;
    QString profile;                // empty: credentials from ALTRATA_* environment variables
    std::optional<QUrl> tokenUrl;   // overrides the profile's / the default token URL
    std::optional<QUrl> serviceUrl; // check: --service (or the profile's default service)
    bool renew = false;
    bool yes = false;
    bool json = false;
    bool showToken = false;
    int timeoutSeconds = 30;
    QString file;           // format/parse/schema print: the document to read; empty or "-" means standard input
    bool minify = false;    // format: one line, no ignored characters
    bool checkOnly = false; // format --check: only tell whether the document is already formatted
    bool reduced = false;   // schema introspection-query --reduced: graphql-js's default query
    sandbox::SandboxConfig sandbox; // sandbox: port, token TTL, seed and faults (demo credentials stay default)
};

struct ParseResult {
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    Action action = Action::UsageError;
    Invocation invocation;
    QString error; // for UsageError: one plain sentence
};

// Parses the command line with QCommandLineParser. Never exits the process (unlike QCommandLineParser::process),
// so every usage problem leaves through ExitCode::Usage.
class CommandLine final {
public:
    static ParseResult parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace altrata::cli
