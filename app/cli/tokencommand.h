#pragma once

#include "commandline.h"
#include "credentialsource.h"
#include "tokenprovider.h"

#include <QObject>

#include <optional>

namespace altrata::cli {

class Console;

// `token`: shows the cached token, or obtains one if none is valid; renews only when asked and confirmed.
class TokenCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCommand)
public:
    TokenCommand(const Console &console, QObject *parent = nullptr);

    // Before anything else happens: explains what --renew does and gets the user's consent. Returns an exit
    // code when the command must stop here (no --yes without a terminal, or the user declined).
    static std::optional<int> confirmRenewal(const Invocation &invocation, const Console &console);

    void run(const Invocation &invocation, const ResolvedCredentials &resolved);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void report(const TokenOutcome &outcome);

    const Console &m_console;
    TokenProvider m_provider;
    Invocation m_invocation;
    ResolvedCredentials m_resolved;
};

} // namespace altrata::cli
