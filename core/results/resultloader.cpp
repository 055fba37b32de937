#include "resultloader.h"

#include <QFutureWatcher>
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
}

ResultLoader::~ResultLoader() = default;

void ResultLoader::registerMetaTypes() {
    qRegisterMetaType<std::shared_ptr<const ResultDocument>>();
}

void ResultLoader::load(QByteArray body) {
    const quint64 generation = ++m_generation;
    m_loading = true;
    // A watcher owned by this object, not QFuture::then(this): Qt 6.4 asserts when the context of a
    // continuation is gone, and a destroyed watcher simply stops listening.
    auto *watcher = new QFutureWatcher<ParseOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded or cancelled
        m_loading = false;
        const ParseOutcome outcome = watcher->result();
        if (outcome.document)
            Q_EMIT loaded(outcome.document);
        else
            Q_EMIT failed(outcome.error.message);
    });
    watcher->setFuture(QtConcurrent::run([body = std::move(body)]() mutable {
        ParseOutcome outcome;
        outcome.document = ResultDocument::parse(std::move(body), &outcome.error);
        return outcome;
    }));
}

void ResultLoader::cancel() {
    ++m_generation;
    m_loading = false;
}

bool ResultLoader::isLoading() const {
    return m_loading;
}

} // namespace altrata::results
