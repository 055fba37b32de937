#include "exitcodes.h"

namespace altrata::cli {

using auth::AuthErrorKind;

ExitCode exitCodeFor(AuthErrorKind kind) {
    switch (kind) {
    case AuthErrorKind::MissingCredentials:
        return ExitCode::MissingCredentials;
    case AuthErrorKind::InsecureUrl:
        return ExitCode::InsecureUrl;
    case AuthErrorKind::BadApiKey:
        return ExitCode::BadApiKey;
    case AuthErrorKind::BadUserCredentials:
        return ExitCode::BadUserCredentials;
    case AuthErrorKind::RateLimited:
        return ExitCode::RateLimited;
    case AuthErrorKind::ServerError:
        return ExitCode::ServerError;
    case AuthErrorKind::Network:
        return ExitCode::Network;
    case AuthErrorKind::Tls:
        return ExitCode::Tls;
    case AuthErrorKind::MalformedResponse:
        return ExitCode::MalformedResponse;
    case AuthErrorKind::Cancelled:
        return ExitCode::Cancelled;
    case AuthErrorKind::TerminatedElsewhere:
        return ExitCode::TerminatedElsewhere;
    case AuthErrorKind::Keychain:
        return ExitCode::Keychain;
    }
    return ExitCode::ServerError; // unreachable: every kind is listed above
}

QList<ExitCodeInfo> allExitCodes() {
    return {
        {ExitCode::Success, QStringLiteral("success")},
        {ExitCode::NotFormatted, QStringLiteral("format --check: the document is not formatted")},
        {ExitCode::Usage, QStringLiteral("usage error (unknown option, missing argument, --renew without --yes "
                                         "when standard input is not a terminal); nothing was sent. format/parse/"
                                         "schema print: the document has a syntax error (FILE:LINE:COLUMN: message "
                                         "on standard error), is not a usable introspection result or cannot be "
                                         "read")},
        {ExitCode::MissingCredentials, QStringLiteral("credentials incomplete or profile not found; nothing was sent")},
        {ExitCode::InsecureUrl, QStringLiteral("URL refused: not https:// (plain http:// only to localhost)")},
        {ExitCode::BadApiKey, QStringLiteral("the API key was refused (HTTP 403)")},
        {ExitCode::BadUserCredentials, QStringLiteral("the username or password was refused (HTTP 400/401)")},
        {ExitCode::RateLimited, QStringLiteral("too many requests (HTTP 429); try again later")},
        {ExitCode::ServerError, QStringLiteral("the token server failed (HTTP 5xx)")},
        {ExitCode::Network, QStringLiteral("network problem: name lookup, connection refused or reset, timeout")},
        {ExitCode::Tls, QStringLiteral("TLS/certificate problem")},
        {ExitCode::MalformedResponse, QStringLiteral("the token server's answer was not a usable token")},
        {ExitCode::Cancelled, QStringLiteral("cancelled (for example, the confirmation was declined)")},
        {ExitCode::TerminatedElsewhere,
         QStringLiteral("the token was refused by the service: another program requested a newer one")},
        {ExitCode::Keychain, QStringLiteral("the OS keychain is unavailable and the command needs it")},
        {ExitCode::ServiceFailed, QStringLiteral("check: the service failed (HTTP error, GraphQL errors, network)")},
        {ExitCode::SandboxFailed, QStringLiteral("sandbox: the server could not start (for example, the port is in "
                                                 "use)")},
    };
}

QString exitCodesHelp() {
    QString text = QStringLiteral("Exit codes:\n");
    for (const ExitCodeInfo &info : allExitCodes())
        text += QStringLiteral("  %1  %2\n").arg(toInt(info.code), 2).arg(info.meaning);
    return text;
}

} // namespace altrata::cli
