#pragma once

#include "commandline.h"
#include "credentialsource.h"
#include "tokenprovider.h"

#include "net/graphqlclient.h"

#include <QObject>

#include <memory>

namespace altrata::cli {

class Console;

// `check`: the support person's one-minute check. Uses the cached token (requests one only if none is
// valid, never renews), sends { __typename } to the service and says which part works and which does not.
class CheckCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)
public:
    CheckCommand(const Console &console, QObject *parent = nullptr);
    ~CheckCommand() override;

    void run(const Invocation &invocation, const ResolvedCredentials &resolved);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onToken(const TokenOutcome &outcome);
    void onServiceAnswer(const net::GraphQLResponse &response);
    void report(const std::optional<net::GraphQLResponse> &response, int exitCode);
    void stop(int exitCode, const QString &message);

    const Console &m_console;
    TokenProvider m_provider;
    std::unique_ptr<net::GraphQLClient> m_client;
    Invocation m_invocation;
    ResolvedCredentials m_resolved;
    QUrl m_serviceUrl;
    TokenOutcome m_outcome;
};

} // namespace altrata::cli
