#pragma once

#include "querydocument.h"
#include "queryfile.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace altrata::workspace {

// Keeps the open tabs on disk so nothing typed is lost: scheduleSave() writes atomically (QSaveFile) at
// most `delayMs` (default 500 ms) after the first unsaved change, however often it is called meanwhile;
// saveNow() on quit. A crash between changes loses at most the last half second. A failed write is tried
// again every `retryDelayMs` (default 5 s) until one succeeds, so the last change reaches the disk once it
// can even if nothing changes after it. A corrupt or unreadable
// file is moved aside (workspace.json.corrupt-<time>) and reported, never silently overwritten.
// The file: {"version":1,"currentIndex":0,"documents":[{"id":…,"title":…,"query":…,…}]}.
class WorkspaceStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceStore)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kDefaultDelayMs = 500;
    static constexpr int kDefaultRetryDelayMs = 5000;

    // `directory` e.g. QStandardPaths::AppDataLocation; created when missing.
    explicit WorkspaceStore(QString directory, QObject *parent = nullptr);
    ~WorkspaceStore() override; // writes a pending save

    void setDelayMs(int ms);
    int delayMs() const { return m_timer.interval(); }
    void setRetryDelayMs(int ms);
    int retryDelayMs() const { return m_retryTimer.interval(); }
    QString filePath() const;

    // nullopt when there is no saved workspace; `problem` gets a plain sentence if the file was unreadable.
    std::optional<WorkspaceState> load(QString *problem = nullptr) const;
    void scheduleSave(const WorkspaceState &state);
    bool saveNow(QString *problem = nullptr); // writes the latest scheduled state, if any
    bool hasPendingSave() const;

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    bool writePending(QString *problem);
    QString moveAside() const;

    QString m_directory;
    QTimer m_timer;
    QTimer m_retryTimer;                     // armed by a failed write
    std::optional<WorkspaceState> m_pending; // kept after a failed write so the next attempt retries it
};

} // namespace altrata::workspace
