#pragma once

#include "autherror.h"
#include "secret.h"

#include <QObject>

#include <functional>
#include <optional>

namespace altrata::auth {

// Result of a secret store operation. `found` is false for "no such entry", which is not an error.
struct SecretStoreResult {
    std::optional<AuthError> error; // set when the store itself failed (kind Keychain)
    bool found = false;
    Secret value;
};

using SecretStoreCallback = std::function<void(const SecretStoreResult &)>;

// Asynchronous key -> secret storage. Callbacks run later on the owner's thread, never inside the call,
// and are dropped if `context` is destroyed first.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, SecretStoreCallback done) = 0;
    virtual void write(const QString &key, const Secret &value, QObject *context, SecretStoreCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, SecretStoreCallback done) = 0;
    // True for a store that keeps secrets only for this run.
    virtual bool isVolatile() const = 0;
};

} // namespace altrata::auth
