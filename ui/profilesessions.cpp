#include "profilesessions.h"

#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "uilogging.h"

#include <QSettings>

namespace altrata::ui {

namespace {
const QString kLastProfileKey = QStringLiteral("ui/lastProfile");
}

ProfileSessions::ProfileSessions(QSettings *settings, auth::CredentialStore *store, QNetworkAccessManager *network,
                                 const auth::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
    , m_sessionSecrets(std::make_unique<auth::MemorySecretStore>()) {
    connect(m_store, &auth::CredentialStore::profilesChanged, this, &ProfileSessions::refresh);
}

ProfileSessions::~ProfileSessions() {
    dropSession();
}

QStringList ProfileSessions::profileNames() const {
    QStringList names = m_store->profileNames();
    for (const QString &sessionName : m_sessionProfiles.keys()) {
        if (!names.contains(sessionName))
            names.append(sessionName);
    }
    return names;
}

void ProfileSessions::refresh() {
    const QStringList names = profileNames();
    QString wanted = m_current;
    if (!names.contains(wanted))
        wanted = m_settings->value(kLastProfileKey).toString();
    if (!names.contains(wanted))
        wanted = names.value(0);
    if (wanted != m_current)
        load(wanted);
    Q_EMIT profilesChanged();
}

void ProfileSessions::select(const QString &name) {
    if (name == m_current || !profileNames().contains(name))
        return;
    load(name);
    Q_EMIT profilesChanged();
}

void ProfileSessions::reload() {
    load(m_current);
}

void ProfileSessions::openSessionProfile(const auth::CredentialProfile &profile) {
    m_sessionProfiles.insert(profile.name, profile);
    load(profile.name); // also when it was selected: the replaced credentials need a new session
    Q_EMIT profilesChanged();
}

void ProfileSessions::load(const QString &name) {
    const quint64 generation = ++m_generation;
    dropSession();
    m_current = name;
    m_profile.reset();
    if (name.isEmpty()) {
        Q_EMIT sessionChanged(nullptr);
        return;
    }
    if (isSessionProfile(name)) { // nothing to read, and nothing about it goes to the settings
        startSession(m_sessionProfiles.value(name));
        return;
    }
    m_settings->setValue(kLastProfileKey, name);
    m_store->load(name, this, [this, generation, name](const auto &profile, const auto &error) {
        if (generation != m_generation)
            return;
        if (error)
            Q_EMIT loadFailed(error->message);
        if (profile)
            startSession(*profile);
        else if (!error)
            Q_EMIT loadFailed(tr("The profile “%1” no longer exists.").arg(name));
    });
}

void ProfileSessions::startSession(const auth::CredentialProfile &profile) {
    // The cache goes through whichever store holds the secrets now (the keychain, or memory after a fallback).
    // Session profiles, and profiles that do not remember their secrets, keep their tokens in memory too.
    m_cache = new auth::TokenCache(isSessionProfile(profile.name) ? m_sessionSecrets.get()
                                                                  : m_store->secretStoreFor(profile.rememberSecrets),
                                   this);
    m_session =
        new auth::AuthSession(profile.credentials, m_network, m_cache, m_clock, auth::AuthSession::Options{}, this);
    m_profile = profile;
    qCInfo(lcUi) << "profile selected:" << profile.name;
    // Reads the keychain only: a still-valid token shows at once and nothing is requested.
    m_session->restoreCachedToken(this, [](const auth::TokenResult &) {});
    Q_EMIT sessionChanged(m_session);
}

void ProfileSessions::dropSession() {
    if (m_session) {
        m_session->cancel();
        m_session->deleteLater();
    }
    if (m_cache)
        m_cache->deleteLater();
    m_session = nullptr;
    m_cache = nullptr;
}

} // namespace altrata::ui
