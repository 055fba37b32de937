#include "credentialstore.h"

#include "guardedcallback.h"
#include "memorysecretstore.h"
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
const QString rememberSecretsKey = QStringLiteral("rememberSecrets");

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
    QPointer<SecretStore> store;
    QString key;
    std::optional<Secret> value; // nullopt: remove the entry
};

using ErrorCallback = std::function<void(const std::optional<AuthError> &)>;

// Runs the operations one after another. Stops at the first error unless `keepGoing` (best-effort
// clean-up, where a failure only leaves an orphaned entry behind).
void runSecretOps(QObject *owner, QList<SecretOp> ops, bool keepGoing, const ErrorCallback &done) {
    while (!ops.isEmpty() && !ops.first().store && keepGoing)
        ops.removeFirst(); // nothing to clean up in a store that is gone
    if (ops.isEmpty()) {
        done(std::nullopt);
        return;
    }
    const SecretOp op = ops.takeFirst();
    if (!op.store) {
        done(noStoreError());
        return;
    }
    auto next = [owner, ops, keepGoing, done, key = op.key](const SecretStoreResult &result) {
        if (result.error && !keepGoing) {
            done(result.error);
            return;
        }
        if (result.error)
            qCWarning(lcCredentials).noquote() << "could not remove old secret" << key << result.error->detail;
        runSecretOps(owner, ops, keepGoing, done);
    };
    if (op.value)
        op.store->write(op.key, *op.value, owner, next);
    else
        op.store->remove(op.key, owner, next);
}

SecretOp writeOrRemove(SecretStore *store, const QString &key, const Secret &value) {
    // An empty field is not kept at all, so loading it yields "not found" and an empty value.
    return value.isEmpty() ? SecretOp{store, key, std::nullopt} : SecretOp{store, key, value};
}

SecretOp removal(SecretStore *store, const QString &key) {
    return SecretOp{store, key, std::nullopt};
}

} // namespace

CredentialStore::CredentialStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_sessionSecrets(new MemorySecretStore(this)) {}

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

SecretStore *CredentialStore::secretStoreFor(bool rememberSecrets) const {
    return rememberSecrets ? m_secrets.data() : m_sessionSecrets;
}

bool CredentialStore::remembersSecrets(const QString &name) const {
    return !hasProfile(name) || readSettings(name).rememberSecrets;
}

CredentialProfile CredentialStore::readSettings(const QString &name) const {
    CredentialProfile profile;
    profile.name = name;
    m_settings->beginGroup(groupFor(name));
    profile.credentials.tokenUrl = QUrl(m_settings->value(tokenUrlKey).toString());
    profile.credentials.username = m_settings->value(usernameKey).toString();
    profile.defaultService = QUrl(m_settings->value(defaultServiceKey).toString());
    profile.rememberSecrets = m_settings->value(rememberSecretsKey, true).toBool();
    m_settings->endGroup();
    return profile;
}

void CredentialStore::writeSettings(const CredentialProfile &profile) {
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->setValue(tokenUrlKey, profile.credentials.tokenUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(usernameKey, profile.credentials.username);
    m_settings->setValue(defaultServiceKey, profile.defaultService.toString(QUrl::FullyEncoded));
    m_settings->setValue(rememberSecretsKey, profile.rememberSecrets);
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
    const CredentialProfile settingsOnly = readSettings(name);
    const QPointer<SecretStore> store = secretStoreFor(settingsOnly.rememberSecrets);
    if (!store) {
        failNow(noStoreError());
        return;
    }
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
    SecretStore *target = secretStoreFor(profile.rememberSecrets);
    if (!target) {
        failNow(noStoreError());
        return;
    }
    const QString password = passwordKey(profile);
    const QString apiKey = apiKeyKey(profile);
    QList<SecretOp> writes{writeOrRemove(target, password, profile.credentials.password),
                           writeOrRemove(target, apiKey, profile.credentials.apiKey)};
    // Copies that are no longer where the profile's secrets live are removed once the new version is
    // complete: in memory after turning remembering on, and under the previous keys after a change of token
    // URL or username.
    QList<SecretOp> cleanup;
    if (profile.rememberSecrets && m_sessionSecrets != target)
        cleanup << removal(m_sessionSecrets, password) << removal(m_sessionSecrets, apiKey);
    if (hasProfile(profile.name)) {
        const CredentialProfile previous = readSettings(profile.name);
        // Turning remembering off must not leave a copy in the keychain: removing it is part of saving, so a
        // failure is reported. (A profile that never remembered has no copy, so no keychain is needed.)
        if (previous.rememberSecrets && !profile.rememberSecrets && m_secrets && m_secrets != target) {
            for (const QString &key : {passwordKey(previous), apiKeyKey(previous)})
                writes << removal(m_secrets, key);
        }
        if (passwordKey(previous) != password) {
            for (SecretStore *store : {m_secrets.data(), m_sessionSecrets})
                cleanup << removal(store, passwordKey(previous)) << removal(store, apiKeyKey(previous));
        }
    }
    // Settings only after the secrets: a failed keychain write leaves no half-saved profile behind.
    CredentialProfile nonSecret = profile;
    nonSecret.credentials.password = {};
    nonSecret.credentials.apiKey = {};
    runSecretOps(this, writes, false, [this, nonSecret, cleanup, finish](const auto &error) {
        if (error) {
            finish(error);
            return;
        }
        writeSettings(nonSecret);
        qCDebug(lcCredentials).noquote() << "saved profile" << nonSecret.name;
        runSecretOps(this, cleanup, true, [this, finish](const auto &) {
            Q_EMIT profilesChanged();
            finish(std::nullopt);
        });
    });
}

void CredentialStore::remove(const QString &name, QObject *context, DoneCallback done) {
    auto finish = guarded(context, std::move(done));
    if (!hasProfile(name))
        return callLater(this, finish, std::nullopt);
    const CredentialProfile previous = readSettings(name);
    SecretStore *holder = secretStoreFor(previous.rememberSecrets);
    if (!holder)
        return callLater(this, finish, noStoreError());
    const QList<SecretOp> removals{removal(holder, passwordKey(previous)), removal(holder, apiKeyKey(previous))};
    // The settings stay while a secret could not be removed, so removing can be tried again.
    runSecretOps(this, removals, false, [this, name, finish](const auto &error) {
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
