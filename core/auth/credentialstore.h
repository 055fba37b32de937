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

// Saved credential profiles. Non-secret fields (name, token URL, username, default service) live in
// QSettings under "profiles/<name>/"; the password and API key live only in the SecretStore, under keys
// namespaced by profile, token URL and username. Nothing secret is ever written to QSettings.
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

    // Reads the settings and both secrets. A profile whose secrets are missing loads with them empty.
    void load(const QString &name, QObject *context, LoadCallback done);
    // Refuses a profile with an empty name. Writes both secrets, then the settings (so a failed keychain
    // write leaves no half-saved profile behind).
    void save(const CredentialProfile &profile, QObject *context, DoneCallback done);
    void remove(const QString &name, QObject *context, DoneCallback done);

Q_SIGNALS:
    void profilesChanged();

private:
    QSettings *m_settings;
    QPointer<SecretStore> m_secrets;
};

} // namespace altrata::auth
