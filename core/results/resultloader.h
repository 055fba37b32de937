// OWNER: helper "results-core" (branch r6-results). Reference interface.
#pragma once

#include "resultdocument.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace altrata::results {

class TaskControl;

// Parses a body on the global thread pool and reports back on the owner's thread. A newer load()
// supersedes an older one (its answer is dropped); cancel() drops the answer in flight.
class ResultLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultLoader)
public:
    explicit ResultLoader(QObject *parent = nullptr);
    ~ResultLoader() override; // waits for nothing: a late worker result is simply discarded
    void load(QByteArray body);
    void cancel();
    bool isLoading() const;

    static void registerMetaTypes(); // for queued connections to loaded()

Q_SIGNALS:
    // How far the current load got, 0..1000: increasing, at most ~20 per second, 1000 just before loaded().
    void parseProgress(int permille);
    void loaded(std::shared_ptr<const altrata::results::ResultDocument> document);
    void failed(const QString &message);

private:
    void pollProgress();

    std::shared_ptr<TaskControl> m_control; // of the current load: written by its worker, polled here
    QTimer m_poll;
    int m_permille = -1;      // last parseProgress emitted for the current load
    quint64 m_generation = 0; // the load whose answer is wanted; bumped by load() and cancel()
    bool m_loading = false;
};

} // namespace altrata::results
