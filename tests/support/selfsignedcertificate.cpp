#include "selfsignedcertificate.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace altrata::test {

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

std::optional<QSslConfiguration> selfSignedServerConfiguration(QString *whyNot) {
    const auto refuse = [whyNot](const QString &reason) -> std::optional<QSslConfiguration> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (!QSslSocket::supportsSsl())
        return refuse(QStringLiteral("Qt has no TLS backend"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return refuse(QStringLiteral("the openssl binary is not installed"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return refuse(QStringLiteral("no temporary directory"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                            QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return refuse(QStringLiteral("openssl could not make a certificate"));
    const QSslCertificate certificate(readAll(certPath), QSsl::Pem);
    const QSslKey key(readAll(keyPath), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return refuse(QStringLiteral("the generated certificate could not be read"));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace altrata::test
