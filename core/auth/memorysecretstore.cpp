#include "memorysecretstore.h"

#include "guardedcallback.h"

#include <utility>

namespace altrata::auth {

namespace {

// Delivers `result` from the event loop, never inside the call, and not at all once `context` died.
void deliverLater(QObject *store, QObject *context, SecretStoreCallback done, SecretStoreResult result) {
    callLater(context ? context : store, guarded(context, std::move(done)), std::move(result));
}

} // namespace

void MemorySecretStore::read(const QString &key, QObject *context, SecretStoreCallback done) {
    SecretStoreResult result;
    const auto it = m_values.constFind(key);
    if (it != m_values.constEnd()) {
        result.found = true;
        result.value = *it;
    }
    deliverLater(this, context, std::move(done), std::move(result));
}

void MemorySecretStore::write(const QString &key, const Secret &value, QObject *context, SecretStoreCallback done) {
    m_values.insert(key, value);
    SecretStoreResult result;
    result.found = true;
    deliverLater(this, context, std::move(done), std::move(result));
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretStoreCallback done) {
    SecretStoreResult result;
    // Secret's destructor wipes the characters of the removed value.
    result.found = m_values.remove(key);
    deliverLater(this, context, std::move(done), std::move(result));
}

} // namespace altrata::auth
