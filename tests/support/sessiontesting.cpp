#include "sessiontesting.h"

#include <QMutex>

namespace altrata::test {

namespace {
QMutex g_logMutex;
QStringList g_logLines;

void captureLine(QtMsgType, const QMessageLogContext &context, const QString &message) {
    const QMutexLocker locker(&g_logMutex);
    g_logLines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message;
}
} // namespace

QNetworkReply *CountingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                           QIODevice *data) {
    ++created;
    return QNetworkAccessManager::createRequest(op, request, data);
}

std::optional<auth::AuthErrorKind> TokenOutcome::kind() const {
    return result.error ? std::optional(result.error->kind) : std::nullopt;
}

auth::AuthSession::TokenCallback recordInto(const TokenOutcomePtr &outcome) {
    return [outcome](const auth::TokenResult &result) {
        ++outcome->calls;
        outcome->result = result;
    };
}

LogCapture::LogCapture() {
    {
        const QMutexLocker locker(&g_logMutex);
        g_logLines.clear();
    }
    m_previous = qInstallMessageHandler(captureLine);
}

LogCapture::~LogCapture() {
    qInstallMessageHandler(m_previous);
}

QStringList LogCapture::lines() const {
    const QMutexLocker locker(&g_logMutex);
    return g_logLines;
}

} // namespace altrata::test
