#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "net/graphqlclient.h"
#include "sandbox/sandboxhost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace altrata;

namespace {

QByteArray readResource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Every example operation in resources/examples/<service>/ runs over HTTP against the sandbox, sent by the
// project's own client (AuthSession + GraphQLClient), in file-name order (the matching flow is numbered).
class TestSandboxExamples final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void example_runsWithoutErrors_data();
    void example_runsWithoutErrors();

private:
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::MemorySecretStore> m_secrets;
    std::unique_ptr<auth::TokenCache> m_cache;
    auth::SystemClock m_clock;
    std::unique_ptr<auth::AuthSession> m_session;
    std::unique_ptr<net::GraphQLClient> m_client;
    QString m_requestId; // the matching job the last submission created; later steps ask about it
};

void TestSandboxExamples::initTestCase() {
    m_host = std::make_unique<sandbox::SandboxHost>();
    QSignalSpy started(m_host.get(), &sandbox::SandboxHost::started);
    QSignalSpy failed(m_host.get(), &sandbox::SandboxHost::failed);
    m_host->start(sandbox::SandboxConfig{}); // the default sandbox, as the app and the CLI run it
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 90000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    const sandbox::SandboxCredentials &demo = m_host->config().credentials;
    auth::Credentials credentials;
    credentials.tokenUrl = m_host->tokenUrl();
    credentials.username = demo.username;
    credentials.password = auth::Secret(demo.password);
    credentials.apiKey = auth::Secret(demo.apiKey);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<auth::MemorySecretStore>();
    m_cache = std::make_unique<auth::TokenCache>(m_secrets.get());
    m_session = std::make_unique<auth::AuthSession>(credentials, m_network.get(), m_cache.get(), &m_clock,
                                                    auth::AuthSession::Options{});
    m_client = std::make_unique<net::GraphQLClient>(m_network.get(), m_session.get());
}

void TestSandboxExamples::cleanupTestCase() {
    m_client.reset();
    m_session.reset();
    m_cache.reset();
    m_host.reset();
}

void TestSandboxExamples::example_runsWithoutErrors_data() {
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    const QDir examples(QStringLiteral(":/examples"));
    int count = 0;
    for (const QString &service : examples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(examples.filePath(service));
        for (const QString &file : dir.entryList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name)) {
            const QString row = service + QLatin1Char('/') + file;
            QTest::newRow(qPrintable(row)) << service << dir.filePath(file);
            ++count;
        }
    }
    QVERIFY2(count > 0, "no example operations compiled in under :/examples");
}

void TestSandboxExamples::example_runsWithoutErrors() {
    QFETCH(QString, service);
    QFETCH(QString, path);
    QVERIFY2(m_host->serviceNames().contains(service), qPrintable(service));
    net::GraphQLRequest request;
    request.url = m_host->serviceUrl(service);
    request.query = QString::fromUtf8(readResource(path));
    QVERIFY(!request.query.isEmpty());
    const QFileInfo info(path);
    const QByteArray variables = readResource(info.dir().filePath(info.completeBaseName() + QStringLiteral(".json")));
    if (!variables.isEmpty()) {
        QJsonParseError error;
        request.variables = QJsonDocument::fromJson(variables, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    }
    // The stored variables name the job of a fresh default sandbox; this run's own job is the one to follow.
    if (request.variables.contains(QStringLiteral("requestId")) && !m_requestId.isEmpty())
        request.variables.insert(QStringLiteral("requestId"), m_requestId);
    net::GraphQLJob *job = m_client->send(request);
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 120000);
    const net::GraphQLResponse &response = job->response();
    QVERIFY2(response.outcome == net::GraphQLResponse::Outcome::Data,
             qPrintable(QStringLiteral("HTTP %1, %2 %3: %4")
                            .arg(response.httpStatus)
                            .arg(response.message, response.detail,
                                 QString::fromUtf8(QJsonDocument(response.errors).toJson(QJsonDocument::Compact)))));
    QVERIFY(response.document);
    const auto dataNode = response.document->member(response.document->root(), "data");
    QVERIFY(dataNode && response.document->type(*dataNode) == results::NodeType::Object);
    const QJsonObject data = QJsonDocument::fromJson(response.document->toJson(*dataNode, false)).object();
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        if (field.value(QStringLiteral("__typename")).toString() == QStringLiteral("RequestResponse"))
            m_requestId = field.value(QStringLiteral("requestId")).toString();
    }
    job->deleteLater();
}

QTEST_GUILESS_MAIN(TestSandboxExamples)
#include "tst_sandboxexamples.moc"
