#pragma once

#include "secretstore.h"

#include <QHash>

namespace altrata::auth {

// Keeps secrets in memory for this run only: the fallback when no keychain is available.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, SecretStoreCallback done) override;
    void write(const QString &key, const Secret &value, QObject *context, SecretStoreCallback done) override;
    void remove(const QString &key, QObject *context, SecretStoreCallback done) override;
    bool isVolatile() const override { return true; }

private:
    QHash<QString, Secret> m_values;
};

} // namespace altrata::auth
