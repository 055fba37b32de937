#pragma once

#include "secret.h"

#include <QStringList>
#include <QUrl>

namespace altrata::auth {

// The four things that together obtain an Altrata token.
struct Credentials {
    static QUrl defaultTokenUrl();

    QUrl tokenUrl = defaultTokenUrl();
    QString username;
    Secret password;
    Secret apiKey;

    // Problems that stop a token request before anything is sent (empty fields). Plain sentences.
    QStringList missingFields() const;
    // Fields with leading or trailing white space: allowed, but pointed out to the user.
    QStringList fieldsWithSurroundingWhitespace() const;
    bool isComplete() const { return missingFields().isEmpty(); }

    // Hex SHA-256 over all four fields. Tokens are cached under it, so changed credentials never
    // reuse a token obtained with others, and nothing secret can be read back from the key.
    QString cacheKey() const;

    friend bool operator==(const Credentials &, const Credentials &) = default;
};

// A saved set of credentials with a name and the service the user usually queries with it.
struct CredentialProfile {
    QString name;
    Credentials credentials;
    QUrl defaultService;
    // False: the password and API key are kept in memory for this run only, never in the keychain.
    bool rememberSecrets = true;

    friend bool operator==(const CredentialProfile &, const CredentialProfile &) = default;
};

} // namespace altrata::auth
