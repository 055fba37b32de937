#pragma once

#include "autherror.h"
#include "credentials.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QSettings;

namespace altrata::auth {

class SecretStore;

// Saved credential profiles. Non-secret fields (name, token URL, username, default service, whether the secrets
// are remembered) live in QSettings under "profiles/<name>/"; the password and API key live only in the
// SecretStore, under keys namespaced by profile, token URL and username. Nothing secret is ever written to
// QSettings. A profile that does not remember its secrets keeps them in an in-memory store for this run only,
// and saving it removes any keychain copy, so after a restart it loads with both secrets empty.
//
// Key formats (every <...> is percent-encoded, keeping only RFC 3986 unreserved characters, so a '/' in a
// profile name or username can never be mistaken for a separator and every name round-trips exactly):
//   QSettings:   profiles/<name>/tokenUrl, .../username, .../defaultService, .../rememberSecrets
//   SecretStore: profile/<name>/<token URL, fully encoded>/<username>/password
//                profile/<name>/<token URL, fully encoded>/<username>/api-key
// An empty password or API key is not stored (its entry is removed). Renaming is save(new) + remove(old).
//
// Callbacks run from the event loop (never inside the call) and are dropped if `context` was destroyed.
class CredentialStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    using LoadCallback =
        std::function<void(const std::optional<CredentialProfile> &, const std::optional<AuthError> &)>;
    using DoneCallback = std::function<void(const std::optional<AuthError> &)>;

    CredentialStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QStringList profileNames() const; // sorted, from QSettings only (no keychain access)
    bool hasProfile(const QString &name) const;

    // Switch to another store, e.g. the in-memory one after the keychain turned out unavailable.
    void setSecretStore(SecretStore *secrets);
    SecretStore *secretStore() const { return m_secrets; }
    // Where the secrets (and so the cached tokens) of a profile with this choice live: the secret store
    // when remembering, else the in-memory store of this run.
    SecretStore *secretStoreFor(bool rememberSecrets) const;
    // From the settings; true for an unknown name.
    bool remembersSecrets(const QString &name) const;

    // Reads the settings and both secrets. A profile whose secrets are missing loads with them empty.
    // An unknown name gives no profile and a MissingCredentials error. When the secret store fails, the
    // callback gets the profile's non-secret fields (secrets empty) together with the Keychain error.
    void load(const QString &name, QObject *context, LoadCallback done);
    // Refuses a profile with an empty name. Writes both secrets, then the settings (so a failed keychain
    // write leaves no half-saved profile behind). When the token URL or username changed, the secrets kept
    // under the old keys are removed afterwards (best effort). A profile that does not remember its secrets
    // is written to memory, and its keychain copies are removed before the settings are written: when that
    // removal fails, the error is reported and the settings are left as they were.
    void save(const CredentialProfile &profile, QObject *context, DoneCallback done);
    // Removes both secrets, then the settings group. An unknown name is not an error. When a secret cannot
    // be removed, the profile stays so that removing can be retried.
    void remove(const QString &name, QObject *context, DoneCallback done);

Q_SIGNALS:
    void profilesChanged();

private:
    static QString passwordKey(const CredentialProfile &profile);
    static QString apiKeyKey(const CredentialProfile &profile);
    CredentialProfile readSettings(const QString &name) const; // secrets left empty
    void writeSettings(const CredentialProfile &profile);

    QSettings *m_settings;
    QPointer<SecretStore> m_secrets;
    SecretStore *m_sessionSecrets; // child: secrets of profiles that are not remembered
};

} // namespace altrata::auth
