#include "resultloader.h"

#include "taskcontrol.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace altrata::results {

namespace {

struct ParseOutcome {
    std::shared_ptr<const ResultDocument> document;
    ResultDocument::ParseError error;
};

} // namespace

ResultLoader::ResultLoader(QObject *parent)
    : QObject(parent) {
    registerMetaTypes();
    m_poll.setInterval(50); // at most 20 parseProgress a second, whatever the worker reports
    connect(&m_poll, &QTimer::timeout, this, &ResultLoader::pollProgress);
}

ResultLoader::~ResultLoader() = default;

void ResultLoader::registerMetaTypes() {
    qRegisterMetaType<std::shared_ptr<const ResultDocument>>();
}

void ResultLoader::load(QByteArray body) {
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto control = std::make_shared<TaskControl>();
    control->setTotal(1000);
    m_control = control;
    m_permille = -1;
    m_poll.start();
    // A watcher owned by this object, not QFuture::then(this): Qt 6.4 asserts when the context of a
    // continuation is gone, and a destroyed watcher simply stops listening.
    auto *watcher = new QFutureWatcher<ParseOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded or cancelled
        m_loading = false;
        m_poll.stop();
        const ParseOutcome outcome = watcher->result();
        if (outcome.document && m_permille < 1000) {
            const QPointer<ResultLoader> alive(this);
            m_permille = 1000;
            Q_EMIT parseProgress(1000);
            if (!alive || generation != m_generation) // a receiver deleted the loader or started anew
                return;
        }
        if (outcome.document)
            Q_EMIT loaded(outcome.document);
        else
            Q_EMIT failed(outcome.error.message);
    });
    watcher->setFuture(QtConcurrent::run([body = std::move(body), control]() mutable {
        ParseOutcome outcome;
        outcome.document = ResultDocument::parse(std::move(body), &outcome.error,
                                                 [&control](int permille) { control->setDone(permille); });
        return outcome;
    }));
}

void ResultLoader::cancel() {
    ++m_generation;
    m_loading = false;
    m_poll.stop();
}

void ResultLoader::pollProgress() {
    const int permille = m_control ? m_control->permille() : 0;
    if (!m_loading || permille <= m_permille || permille >= 1000) // 1000 is emitted with the result
        return;
    m_permille = permille;
    Q_EMIT parseProgress(permille);
}

bool ResultLoader::isLoading() const {
    return m_loading;
}

} // namespace altrata::results
