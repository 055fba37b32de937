#pragma once

#include "auth/autherror.h"

#include <QList>
#include <QString>

namespace altrata::cli {

// Every exit status of altrata-explorer-cli, in one place: scripts and support staff rely on them,
// so the numbers never change once released. 1 is otherwise left to crashes and Qt's own failures.
enum class ExitCode : int {
    Success = 0,
    NotFormatted = 1, // `format --check`: the document parses but is not formatted (the issue fixes this number)
    Usage = 2,
    // `format`/`parse`: syntax error in the document, or it cannot be read. The issue fixes this number; it is
    // the usage code on purpose (the input given was unusable), so both share one --help line.
    SyntaxError = 2,
    MissingCredentials = 10,
    InsecureUrl = 11,
    BadApiKey = 12,
    BadUserCredentials = 13,
    RateLimited = 14,
    ServerError = 15,
    Network = 16,
    Tls = 17,
    MalformedResponse = 18,
    Cancelled = 19,
    TerminatedElsewhere = 20,
    Keychain = 21,
    ServiceFailed = 30, // `check`: the token works but the GraphQL service failed (HTTP, GraphQL or transport)
    SandboxFailed = 31, // `sandbox`: the server could not start (port in use, no permission, ...)
};

struct ExitCodeInfo {
    ExitCode code;
    QString meaning; // one line for --help
};

ExitCode exitCodeFor(auth::AuthErrorKind kind);
// All codes in ascending order, each with its meaning.
QList<ExitCodeInfo> allExitCodes();
// The "Exit codes:" section of --help.
QString exitCodesHelp();

constexpr int toInt(ExitCode code) {
    return static_cast<int>(code);
}

} // namespace altrata::cli
