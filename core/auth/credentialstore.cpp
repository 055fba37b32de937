#include "credentialstore.h"

#include "guardedcallback.h"
#include "secretstore.h"

#include <QLoggingCategory>
#include <QSettings>

#include <utility>

namespace altrata::auth {

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "altrata.auth")

const QString profilesGroup = QStringLiteral("profiles");
const QString tokenUrlKey = QStringLiteral("tokenUrl");
const QString usernameKey = QStringLiteral("username");
const QString defaultServiceKey = QStringLiteral("defaultService");

// Everything but RFC 3986 unreserved characters is escaped, so '/', '\\' and '%' never reach a key raw.
QString encodeComponent(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString decodeComponent(const QString &encoded) {
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

QString groupFor(const QString &name) {
    return profilesGroup + QLatin1Char('/') + encodeComponent(name);
}

struct SecretKeys {
    QString password;
    QString apiKey;
};

SecretKeys secretKeysFor(const QString &name, const QUrl &tokenUrl, const QString &username) {
    const QString prefix = QStringLiteral("profile/%1/%2/%3/")
                               .arg(encodeComponent(name), encodeComponent(tokenUrl.toString(QUrl::FullyEncoded)),
                                    encodeComponent(username));
    return {prefix + QStringLiteral("password"), prefix + QStringLiteral("api-key")};
}

AuthError noStoreError() {
    return makeAuthError(AuthErrorKind::Keychain, QStringLiteral("There is no place to keep the password and API key."),
                         QStringLiteral("CredentialStore has no SecretStore"));
}

struct SecretOp {
    QString key;
    std::optional<Secret> value; // nullopt: remove the entry
};

using ErrorCallback = std::function<void(const std::optional<AuthError> &)>;

// Runs the operations one after another. Stops at the first error unless `keepGoing` (best-effort
// clean-up, where a failure only leaves an orphaned entry behind).
void runSecretOps(const QPointer<SecretStore> &store, QObject *owner, QList<SecretOp> ops, bool keepGoing,
                  const ErrorCallback &done) {
    if (ops.isEmpty()) {
        done(std::nullopt);
        return;
    }
    if (!store) {
        done(noStoreError());
        return;
    }
    const SecretOp op = ops.takeFirst();
    auto next = [store, owner, ops, keepGoing, done, key = op.key](const SecretStoreResult &result) {
        if (result.error && !keepGoing) {
            done(result.error);
            return;
        }
        if (result.error)
            qCWarning(lcCredentials).noquote() << "could not remove old secret" << key << result.error->detail;
        runSecretOps(store, owner, ops, keepGoing, done);
    };
    if (op.value)
        store->write(op.key, *op.value, owner, next);
    else
        store->remove(op.key, owner, next);
}

SecretOp writeOrRemove(const QString &key, const Secret &value) {
    // An empty field is not kept at all, so loading it yields "not found" and an empty value.
    return value.isEmpty() ? SecretOp{key, std::nullopt} : SecretOp{key, value};
}

} // namespace

CredentialStore::CredentialStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets) {}

QStringList CredentialStore::profileNames() const {
    m_settings->beginGroup(profilesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    names.reserve(groups.size());
    for (const QString &group : groups)
        names << decodeComponent(group);
    names.sort();
    return names;
}

bool CredentialStore::hasProfile(const QString &name) const {
    return !name.isEmpty() && profileNames().contains(name);
}

void CredentialStore::setSecretStore(SecretStore *secrets) {
    m_secrets = secrets;
}

CredentialProfile CredentialStore::readSettings(const QString &name) const {
    CredentialProfile profile;
    profile.name = name;
    m_settings->beginGroup(groupFor(name));
    profile.credentials.tokenUrl = QUrl(m_settings->value(tokenUrlKey).toString());
    profile.credentials.username = m_settings->value(usernameKey).toString();
    profile.defaultService = QUrl(m_settings->value(defaultServiceKey).toString());
    m_settings->endGroup();
    return profile;
}

void CredentialStore::writeSettings(const CredentialProfile &profile) {
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->setValue(tokenUrlKey, profile.credentials.tokenUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(usernameKey, profile.credentials.username);
    m_settings->setValue(defaultServiceKey, profile.defaultService.toString(QUrl::FullyEncoded));
    m_settings->endGroup();
    m_settings->sync();
}

QString CredentialStore::passwordKey(const CredentialProfile &profile) {
    return secretKeysFor(profile.name, profile.credentials.tokenUrl, profile.credentials.username).password;
}

QString CredentialStore::apiKeyKey(const CredentialProfile &profile) {
    return secretKeysFor(profile.name, profile.credentials.tokenUrl, profile.credentials.username).apiKey;
}

void CredentialStore::load(const QString &name, QObject *context, LoadCallback done) {
    auto finish = guarded(context, std::move(done));
    const auto failNow = [this, finish](const AuthError &error) { callLater(this, finish, std::nullopt, error); };
    if (!hasProfile(name)) {
        failNow(makeAuthError(AuthErrorKind::MissingCredentials,
                              QStringLiteral("There is no saved credentials profile named \u201c%1\u201d.").arg(name)));
        return;
    }
    if (!m_secrets) {
        failNow(noStoreError());
        return;
    }
    const CredentialProfile settingsOnly = readSettings(name);
    const QPointer<SecretStore> store = m_secrets;
    store->read(passwordKey(settingsOnly), this, [this, store, settingsOnly, finish](const SecretStoreResult &pw) {
        CredentialProfile profile = settingsOnly;
        if (pw.error || !store) {
            finish(profile, pw.error ? *pw.error : noStoreError());
            return;
        }
        profile.credentials.password = pw.value;
        store->read(apiKeyKey(profile), this, [profile, finish](const SecretStoreResult &key) mutable {
            if (key.error) {
                profile.credentials.password.wipe();
                finish(profile, key.error);
                return;
            }
            profile.credentials.apiKey = key.value;
            finish(profile, std::nullopt);
        });
    });
}

void CredentialStore::save(const CredentialProfile &profile, QObject *context, DoneCallback done) {
    auto finish = guarded(context, std::move(done));
    const auto failNow = [this, finish](const AuthError &error) { callLater(this, finish, error); };
    if (profile.name.trimmed().isEmpty()) {
        failNow(
            makeAuthError(AuthErrorKind::MissingCredentials, QStringLiteral("A credentials profile needs a name.")));
        return;
    }
    if (!m_secrets) {
        failNow(noStoreError());
        return;
    }
    // Secrets of the previous version under other keys (changed token URL or username) are removed
    // once the new version is complete, so no orphaned entry stays in the keychain.
    QList<SecretOp> cleanup;
    if (hasProfile(profile.name)) {
        const CredentialProfile previous = readSettings(profile.name);
        if (passwordKey(previous) != passwordKey(profile))
            cleanup << SecretOp{passwordKey(previous), std::nullopt} << SecretOp{apiKeyKey(previous), std::nullopt};
    }
    const QList<SecretOp> writes{writeOrRemove(passwordKey(profile), profile.credentials.password),
                                 writeOrRemove(apiKeyKey(profile), profile.credentials.apiKey)};
    // Settings only after both secrets: a failed keychain write leaves no half-saved profile behind.
    const CredentialProfile nonSecret{
        profile.name, {profile.credentials.tokenUrl, profile.credentials.username, {}, {}}, profile.defaultService};
    runSecretOps(m_secrets, this, writes, false, [this, nonSecret, cleanup, finish](const auto &error) {
        if (error) {
            finish(error);
            return;
        }
        writeSettings(nonSecret);
        qCDebug(lcCredentials).noquote() << "saved profile" << nonSecret.name;
        runSecretOps(m_secrets, this, cleanup, true, [this, finish](const auto &) {
            Q_EMIT profilesChanged();
            finish(std::nullopt);
        });
    });
}

void CredentialStore::remove(const QString &name, QObject *context, DoneCallback done) {
    auto finish = guarded(context, std::move(done));
    if (!hasProfile(name))
        return callLater(this, finish, std::nullopt);
    if (!m_secrets)
        return callLater(this, finish, noStoreError());
    const CredentialProfile previous = readSettings(name);
    const QList<SecretOp> removals{{passwordKey(previous), std::nullopt}, {apiKeyKey(previous), std::nullopt}};
    // The settings stay while a secret could not be removed, so removing can be tried again.
    runSecretOps(m_secrets, this, removals, false, [this, name, finish](const auto &error) {
        if (error) {
            finish(error);
            return;
        }
        m_settings->remove(groupFor(name));
        m_settings->sync();
        qCDebug(lcCredentials).noquote() << "removed profile" << name;
        Q_EMIT profilesChanged();
        finish(std::nullopt);
    });
}

} // namespace altrata::auth
