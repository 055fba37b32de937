#pragma once

#include "secretstore.h"

namespace QKeychain {
class Job;
}

namespace altrata::auth {

// The OS keychain through QtKeychain (Secret Service on Linux). Never uses QtKeychain's insecure
// plain-text fallback; every job has a timeout so a keychain that never answers is reported, not waited on.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("altrata-explorer"), QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void read(const QString &key, QObject *context, SecretStoreCallback done) override;
    void write(const QString &key, const Secret &value, QObject *context, SecretStoreCallback done) override;
    void remove(const QString &key, QObject *context, SecretStoreCallback done) override;
    bool isVolatile() const override { return false; }

private:
    // Runs `job` for `key` with the timeout; `done` gets the mapped result unless `context` died.
    void start(QKeychain::Job *job, const QString &key, QObject *context, SecretStoreCallback done);

    QString m_serviceName;
    int m_timeoutMs = 10000;
};

} // namespace altrata::auth
