#include "sandboxhost.h"

#include "sandboxserver.h"

#include <QHash>
#include <QLoggingCategory>
#include <QThread>

#include <exception>
#include <optional>

namespace altrata::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcSandboxHost, "altrata.sandbox")

// What the owner thread may read once the server listens (copied, never shared with the server thread).
struct Endpoints {
    QUrl baseUrl;
    QUrl tokenUrl;
    QStringList serviceNames;
    QHash<QString, QUrl> serviceUrls;
};

// Lives on the server thread: builds, holds and destroys the server there.
class ServerKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerKeeper)

public:
    ServerKeeper() = default;
    ~ServerKeeper() override { m_server.reset(); }

    // Returns an error message, or nothing once the server listens.
    QString startServer(const SandboxConfig &config, Endpoints &endpoints) {
        try {
            m_server = SandboxServer::createDefault(config);
        } catch (const std::exception &error) {
            return QStringLiteral("The sandbox could not be built: %1").arg(QString::fromUtf8(error.what()));
        }
        if (!m_server->listen()) {
            const QString message = m_server->errorString();
            m_server.reset();
            return message;
        }
        endpoints.baseUrl = m_server->baseUrl();
        endpoints.tokenUrl = m_server->tokenUrl();
        endpoints.serviceNames = m_server->serviceNames();
        for (const QString &name : endpoints.serviceNames)
            endpoints.serviceUrls.insert(name, m_server->serviceUrl(name));
        return QString();
    }

    SandboxServer *server() const { return m_server.get(); }

    // Closes the listening socket and every connection on this thread, then ends the thread's event loop.
    void shutDown() {
        m_server.reset();
        QThread::currentThread()->quit();
    }

private:
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace

struct SandboxHost::Private {
    SandboxConfig config;
    QThread *thread = nullptr;          // owned; joined by stopThread()
    ServerKeeper *keeper = nullptr;     // lives on `thread`; deleted there when it finishes
    quint64 generation = 0;             // answers from a stopped run are dropped
    std::optional<Endpoints> endpoints; // set once started

    void finishStart(SandboxHost *host, quint64 run, const QString &error, const Endpoints &ready);
    void stopThread();
};

void SandboxHost::Private::finishStart(SandboxHost *host, quint64 run, const QString &error, const Endpoints &ready) {
    if (run != generation || !thread)
        return; // stopped (or restarted) meanwhile
    if (!error.isEmpty()) {
        qCWarning(lcSandboxHost) << "sandbox failed to start:" << error;
        stopThread();
        Q_EMIT host->failed(error);
        return;
    }
    endpoints = ready;
    Q_EMIT host->started(ready.baseUrl);
}

void SandboxHost::Private::stopThread() {
    if (!thread)
        return;
    // Queued behind whatever the server thread is doing (a large response finishes first); the thread then
    // leaves its event loop and deletes the keeper on its way out.
    ServerKeeper *stopping = keeper;
    QMetaObject::invokeMethod(
        stopping, [stopping] { stopping->shutDown(); }, Qt::QueuedConnection);
    thread->wait();
    delete thread;
    thread = nullptr;
    keeper = nullptr;
}

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {}

SandboxHost::~SandboxHost() {
    stop();
}

void SandboxHost::start(const SandboxConfig &config) {
    stop();
    d->config = config;
    const quint64 run = ++d->generation;
    d->thread = new QThread;
    d->thread->setObjectName(QStringLiteral("sandbox-server"));
    d->keeper = new ServerKeeper;
    d->keeper->moveToThread(d->thread);
    connect(d->thread, &QThread::finished, d->keeper, &QObject::deleteLater);
    // The host outlives the thread (stop() joins it), so the server thread may hold a plain pointer. It only
    // posts to the host: everything the host reports happens on the owner's thread.
    ServerKeeper *keeper = d->keeper;
    SandboxHost *host = this;
    auto build = [keeper, host, config, run] {
        Endpoints endpoints;
        const QString error = keeper->startServer(config, endpoints);
        if (error.isEmpty()) {
            connect(keeper->server(), &SandboxServer::requestLogged, host, [host, run](const QString &line) {
                if (host->d->generation == run)
                    Q_EMIT host->requestLogged(line);
            });
        }
        QMetaObject::invokeMethod(
            host, [host, run, error, endpoints] { host->d->finishStart(host, run, error, endpoints); },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(keeper, build, Qt::QueuedConnection);
    d->thread->start();
}

void SandboxHost::stop() {
    ++d->generation; // late answers of the stopped run are ignored
    d->endpoints.reset();
    d->stopThread();
}

bool SandboxHost::isRunning() const {
    return d->endpoints.has_value();
}

QUrl SandboxHost::baseUrl() const {
    return d->endpoints ? d->endpoints->baseUrl : QUrl();
}

QUrl SandboxHost::tokenUrl() const {
    return d->endpoints ? d->endpoints->tokenUrl : QUrl();
}

QUrl SandboxHost::serviceUrl(const QString &service) const {
    return d->endpoints ? d->endpoints->serviceUrls.value(service) : QUrl();
}

QStringList SandboxHost::serviceNames() const {
    return d->endpoints ? d->endpoints->serviceNames : QStringList();
}

const SandboxConfig &SandboxHost::config() const {
    return d->config;
}

auth::Credentials SandboxHost::credentials() const {
    auth::Credentials credentials;
    credentials.tokenUrl = tokenUrl();
    credentials.username = d->config.credentials.username;
    credentials.password = auth::Secret(d->config.credentials.password);
    credentials.apiKey = auth::Secret(d->config.credentials.apiKey);
    return credentials;
}

} // namespace altrata::sandbox

#include "sandboxhost.moc"
