#pragma once

#include "auth/authsession.h"
#include "auth/credentials.h"
#include "auth/tokencache.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace altrata::auth {
class Clock;
class CredentialStore;
class MemorySecretStore;
} // namespace altrata::auth

namespace altrata::ui {

// The credentials profiles the window can use and the one AuthSession of the selected profile.
// Saved profiles come from the CredentialStore; session profiles (the sandbox demo) live in memory only and
// never reach the settings. Switching to a profile shows a token still valid in the keychain at once, without
// any network request. The last selected saved profile is remembered ("ui/lastProfile").
class ProfileSessions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSessions)
public:
    ProfileSessions(QSettings *settings, auth::CredentialStore *store, QNetworkAccessManager *network,
                    const auth::Clock *clock, QObject *parent = nullptr);
    ~ProfileSessions() override;

    QStringList profileNames() const; // saved ones, then session ones
    QString currentName() const { return m_current; }
    std::optional<auth::CredentialProfile> currentProfile() const { return m_profile; }
    auth::AuthSession *session() const { return m_session; }
    bool isSessionProfile(const QString &name) const { return m_sessionProfiles.contains(name); }

    // Replaces a session profile of the same name (a new session starts) and selects it.
    void openSessionProfile(const auth::CredentialProfile &profile);
    void select(const QString &name);
    void reload();  // the current profile again (after an edit): a new session
    void refresh(); // re-reads the saved names; keeps the selection when it is still listed

Q_SIGNALS:
    void profilesChanged(); // names or the selection changed
    // A profile finished loading and its session exists (null when no profile is selected).
    void sessionChanged(altrata::auth::AuthSession *session);
    void loadFailed(const QString &message);

private:
    void load(const QString &name);
    void startSession(const auth::CredentialProfile &profile);
    void dropSession();

    QSettings *m_settings;
    auth::CredentialStore *m_store;
    QNetworkAccessManager *m_network;
    const auth::Clock *m_clock;
    std::unique_ptr<auth::MemorySecretStore> m_sessionSecrets; // secrets and tokens of session profiles
    QHash<QString, auth::CredentialProfile> m_sessionProfiles;
    QPointer<auth::AuthSession> m_session;
    QPointer<auth::TokenCache> m_cache;
    QString m_current;                                // the profile m_session (or the load in flight) belongs to
    std::optional<auth::CredentialProfile> m_profile; // its data once loaded
    quint64 m_generation = 0;                         // answers for an older profile load are dropped
};

} // namespace altrata::ui
