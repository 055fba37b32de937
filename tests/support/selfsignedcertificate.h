#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace altrata::test {

// A server-side TLS configuration with a throw-away self-signed certificate for 127.0.0.1, made at test
// time with the `openssl` binary (no key material lives in the repository). nullopt, with the reason in
// `whyNot`, when TLS or openssl is unavailable: callers QSKIP then.
std::optional<QSslConfiguration> selfSignedServerConfiguration(QString *whyNot = nullptr);

} // namespace altrata::test
