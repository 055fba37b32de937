#include "keychainsecretstore.h"

#include "guardedcallback.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

namespace altrata::auth {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "altrata.keychain")

// One keychain operation in flight: whichever comes first, the job's answer or the timeout, settles it.
struct PendingJob {
    SecretStoreCallback done; // guarded: a caller that went away no longer wants the answer
    QPointer<QTimer> timer;
    bool settled = false;

    void settle(const SecretStoreResult &result) {
        if (settled)
            return;
        settled = true;
        if (timer)
            timer->deleteLater();
        done(result);
    }
};

AuthError errorFromJob(const QKeychain::Job &job) {
    const QString reason = job.errorString();
    QString message;
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        message = QStringLiteral("The system keychain refused access: %1. Credentials can be kept for this "
                                 "session only.")
                      .arg(reason);
        break;
    default:
        message = QStringLiteral("The system keychain is not available: %1. Credentials can be kept for this "
                                 "session only.")
                      .arg(reason);
        break;
    }
    const QString detail = QStringLiteral("QtKeychain error %1: %2").arg(int(job.error())).arg(reason);
    return makeAuthError(AuthErrorKind::Keychain, message, detail);
}

AuthError timeoutError(const QString &operation, int timeoutMs) {
    const int seconds = (timeoutMs + 999) / 1000;
    const QString within =
        seconds <= 1 ? QStringLiteral("within a second") : QStringLiteral("within %1 seconds").arg(seconds);
    return makeAuthError(AuthErrorKind::Keychain,
                         QStringLiteral("The system keychain did not answer %1. Credentials can be kept for this "
                                        "session only.")
                             .arg(within),
                         QStringLiteral("%1 timed out after %2 ms").arg(operation).arg(timeoutMs));
}

SecretStoreResult resultFromJob(const QKeychain::Job &job) {
    SecretStoreResult result;
    if (job.error() == QKeychain::EntryNotFound)
        return result;
    if (job.error() != QKeychain::NoError) {
        result.error = errorFromJob(job);
        return result;
    }
    result.found = true;
    if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
        result.value = Secret(read->textData());
    return result;
}

const char *operationName(const QKeychain::Job &job) {
    if (qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
        return "read";
    if (qobject_cast<const QKeychain::WritePasswordJob *>(&job))
        return "write";
    return "remove";
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName)) {}

void KeychainSecretStore::read(const QString &key, QObject *context, SecretStoreCallback done) {
    start(new QKeychain::ReadPasswordJob(m_serviceName), key, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const Secret &value, QObject *context, SecretStoreCallback done) {
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setTextData(value.reveal());
    start(job, key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretStoreCallback done) {
    start(new QKeychain::DeletePasswordJob(m_serviceName), key, context, std::move(done));
}

void KeychainSecretStore::start(QKeychain::Job *job, const QString &key, QObject *context, SecretStoreCallback done) {
    // The job has no parent: it must outlive this store until the backend answers, then deletes itself.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    auto pending = std::make_shared<PendingJob>();
    pending->done = guarded(context, std::move(done));

    const QString operation = QString::fromLatin1(operationName(*job));
    const int timeoutMs = m_timeoutMs;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    pending->timer = timer;
    connect(timer, &QTimer::timeout, this, [pending, operation, key, timeoutMs] {
        qCWarning(lcKeychain).noquote() << operation << key << "got no answer within" << timeoutMs << "ms";
        SecretStoreResult result;
        result.error = timeoutError(operation, timeoutMs);
        pending->settle(result);
    });
    connect(job, &QKeychain::Job::finished, this, [pending, operation, key](QKeychain::Job *finished) {
        const SecretStoreResult result = resultFromJob(*finished);
        if (result.error)
            qCWarning(lcKeychain).noquote() << operation << key << "failed:" << result.error->detail;
        else
            qCDebug(lcKeychain).noquote() << operation << key << (result.found ? "done" : "found nothing");
        pending->settle(result);
    });
    timer->start(m_timeoutMs);
    // QtKeychain starts the job from the event loop, so `done` never runs inside this call.
    job->start();
}

} // namespace altrata::auth
