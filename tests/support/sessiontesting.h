#pragma once

#include "auth/authsession.h"

#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

namespace altrata::test {

// Counts every request that reaches the network layer, to prove "nothing was sent".
class CountingNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountingNetworkAccessManager)
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;
};

// What a TokenCallback received, and how often: wait on `calls` with QTRY_COMPARE.
struct TokenOutcome {
    int calls = 0;
    auth::TokenResult result;
    std::optional<auth::AuthErrorKind> kind() const;
};
using TokenOutcomePtr = std::shared_ptr<TokenOutcome>;
auth::AuthSession::TokenCallback recordInto(const TokenOutcomePtr &outcome);

// Captures every log line (all categories, "category: message") while it lives. One at a time.
class LogCapture final {
    Q_DISABLE_COPY_MOVE(LogCapture)
public:
    LogCapture();
    ~LogCapture();
    QStringList lines() const;
    QString text() const { return lines().join(QLatin1Char('\n')); }

private:
    QtMessageHandler m_previous;
};

} // namespace altrata::test
