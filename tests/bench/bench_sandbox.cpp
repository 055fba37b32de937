// Load benchmark of the built-in sandbox: N GraphQL requests from C concurrent clients (each its own
// QNetworkAccessManager, one request in flight at a time) against a default sandbox run by SandboxHost.
// Prints throughput and latency percentiles; exits 1 when any request failed. A benchmark, not a test.
//
// Usage: bench_sandbox [--requests 2000] [--clients 8] [--people 30000] [--organizations 3000]

#include "sandbox/sandboxhost.h"

#include "auth/requestfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using altrata::sandbox::SandboxConfig;
using altrata::sandbox::SandboxHost;

struct Operation {
    QString service;
    QByteArray body; // {"query": ..., "variables": ...}
};

QByteArray requestBody(const QString &query, const QJsonObject &variables) {
    QJsonObject body{{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The example queries of every service (not the mutations, not the large-result demo), plus a minimal one.
std::vector<Operation> operationMix(const SandboxHost &host) {
    std::vector<Operation> mix;
    for (const QString &service : host.serviceNames()) {
        mix.push_back({service, requestBody(QStringLiteral("{ __typename }"), {})});
        const QDir dir(QStringLiteral(":/examples/") + service);
        for (const QString &name : dir.entryList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            QFile variables(dir.filePath(name.chopped(8) + QStringLiteral(".json")));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString query = QString::fromUtf8(file.readAll());
            // Mutations would pile up matching jobs, and the 100 MB demo answer measures something else.
            if (query.contains(QStringLiteral("mutation")) || name.contains(QStringLiteral("large")))
                continue;
            const QJsonObject vars = variables.open(QIODevice::ReadOnly)
                                         ? QJsonDocument::fromJson(variables.readAll()).object()
                                         : QJsonObject();
            mix.push_back({service, requestBody(query, vars)});
        }
    }
    return mix;
}

// One client: its own network manager, one request at a time, until the shared budget is spent.
class Client {
public:
    Client(const SandboxHost &host, QByteArray token, const std::vector<Operation> &mix, int &budget,
           std::vector<qint64> &latenciesUs, int &failures, int &running)
        : m_host(host)
        , m_token(std::move(token))
        , m_mix(mix)
        , m_budget(budget)
        , m_latenciesUs(latenciesUs)
        , m_failures(failures)
        , m_running(running) {}

    void sendNext() {
        if (m_budget <= 0) {
            if (--m_running == 0)
                QCoreApplication::quit();
            return;
        }
        const Operation &op = m_mix[static_cast<std::size_t>(m_budget--) % m_mix.size()];
        QNetworkRequest request(m_host.serviceUrl(op.service));
        request.setRawHeader("x-api-key", m_host.config().credentials.apiKey.toUtf8());
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_timer.start();
        QNetworkReply *reply = m_network.post(request, op.body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            m_latenciesUs.push_back(m_timer.nsecsElapsed() / 1000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (status != 200 || answer.contains(QStringLiteral("errors")) ||
                !answer.contains(QStringLiteral("data"))) {
                if (++m_failures <= 5)
                    std::fprintf(stderr, "failed: HTTP %d %s\n", status, reply->errorString().toUtf8().constData());
            }
            reply->deleteLater();
            sendNext();
        });
    }

private:
    const SandboxHost &m_host;
    QByteArray m_token;
    const std::vector<Operation> &m_mix;
    int &m_budget;
    std::vector<qint64> &m_latenciesUs;
    int &m_failures;
    int &m_running;
    QNetworkAccessManager m_network;
    QElapsedTimer m_timer;
};

QByteArray obtainToken(const SandboxHost &host) {
    QNetworkAccessManager network;
    // Built like the product builds it: RequestFactory is the one place credentials go on a request.
    const auto request = altrata::auth::RequestFactory::tokenRequest(host.credentials());
    if (!std::holds_alternative<QNetworkRequest>(request))
        return {};
    std::unique_ptr<QNetworkReply> reply(network.post(std::get<QNetworkRequest>(request), QByteArray()));
    QObject::connect(reply.get(), &QNetworkReply::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toUtf8();
}

qint64 percentile(const std::vector<qint64> &sorted, double p) {
    if (sorted.empty())
        return 0;
    const auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

// Starts the sandbox and waits for it; an error message when it did not start.
QString startSandbox(SandboxHost &host, const SandboxConfig &config) {
    QString error;
    QObject::connect(&host, &SandboxHost::started, QCoreApplication::instance(), &QCoreApplication::quit);
    QObject::connect(&host, &SandboxHost::failed, QCoreApplication::instance(), [&error](const QString &message) {
        error = message;
        QCoreApplication::quit();
    });
    host.start(config);
    QCoreApplication::exec();
    return host.isRunning() ? QString() : error;
}

struct LoadResult {
    std::vector<qint64> latenciesUs; // sorted
    int failures = 0;
    double seconds = 0;
};

LoadResult runLoad(const SandboxHost &host, const QByteArray &token, const std::vector<Operation> &mix, int requests,
                   int clients) {
    LoadResult result;
    int budget = requests;
    int running = clients;
    result.latenciesUs.reserve(static_cast<std::size_t>(requests));
    std::vector<std::unique_ptr<Client>> pool;
    for (int i = 0; i < clients; ++i)
        pool.push_back(
            std::make_unique<Client>(host, token, mix, budget, result.latenciesUs, result.failures, running));
    QElapsedTimer wall;
    wall.start();
    for (auto &client : pool)
        QTimer::singleShot(0, QCoreApplication::instance(), [&client] { client->sendNext(); });
    QCoreApplication::exec();
    result.seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    std::sort(result.latenciesUs.begin(), result.latenciesUs.end());
    return result;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Total requests."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent clients."),
                                           QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("People generated."),
                                          QStringLiteral("n"), QStringLiteral("30000"));
    const QCommandLineOption orgsOption(QStringLiteral("organizations"), QStringLiteral("Organizations generated."),
                                        QStringLiteral("n"), QStringLiteral("3000"));
    parser.addOptions({requestsOption, clientsOption, peopleOption, orgsOption});
    parser.addHelpOption();
    parser.process(app);
    const int requests = parser.value(requestsOption).toInt();
    const int clients = parser.value(clientsOption).toInt();
    SandboxConfig config;
    config.dataset.people = parser.value(peopleOption).toInt();
    config.dataset.organizations = parser.value(orgsOption).toInt();

    SandboxHost host;
    if (const QString error = startSandbox(host, config); !error.isEmpty() || !host.isRunning()) {
        std::fprintf(stderr, "the sandbox did not start: %s\n", error.toUtf8().constData());
        return 2;
    }
    // One token shared by every client: a second token request would revoke the first (as at Altrata).
    const QByteArray token = obtainToken(host);
    if (token.isEmpty()) {
        std::fprintf(stderr, "no token from the sandbox\n");
        return 2;
    }
    const std::vector<Operation> mix = operationMix(host);
    const LoadResult load = runLoad(host, token, mix, requests, clients);
    const auto ms = [&load](double p) { return static_cast<double>(percentile(load.latenciesUs, p)) / 1000.0; };
    std::printf("sandbox load: %d requests, %d clients, %zu operations in the mix, %d people\n", requests, clients,
                mix.size(), config.dataset.people);
    std::printf("  wall %.2f s, throughput %.0f requests/s, failures %d\n", load.seconds,
                static_cast<double>(load.latenciesUs.size()) / load.seconds, load.failures);
    std::printf("  latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", ms(50), ms(90), ms(99), ms(100));
    return load.failures == 0 && static_cast<int>(load.latenciesUs.size()) == requests ? 0 : 1;
}
