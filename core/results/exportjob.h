#pragma once

#include "resultdocument.h"
#include "taskcontrol.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
template<typename T> class QFutureWatcher;

namespace altrata::results {

// Writes the export's text to a device on a worker thread; a sentence on failure or cancellation.
using ExportWriter = std::function<std::optional<QString>(QIODevice &device, TaskControl &control)>;

// One export run on a worker (QtConcurrent): the JSON of a node, or anything an ExportWriter makes (a table
// as CSV/TSV), either into a file or into memory for the clipboard.
// A file is written through QSaveFile: it appears (or replaces an existing one) only when everything was
// written; a failure or cancellation leaves any existing file untouched and no partial file behind.
// A memory export refuses text beyond clipboardLimit() and suggests saving instead.
// The GUI polls permille() on a timer; finished() comes once, on the thread that started the job.
class ExportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)
public:
    static constexpr qint64 kDefaultClipboardLimit = 100'000'000;

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override; // a running worker is cancelled (it discards its file on its own)

    // `what` names the format in sentences ("JSON", "CSV"); an empty filePath exports into memory (text()).
    void start(ExportWriter writer, const QString &what, const QString &filePath);
    void startJson(std::shared_ptr<const ResultDocument> document, NodeId node, bool pretty, const QString &filePath);

    void setClipboardLimit(qint64 bytes) { m_clipboardLimit = bytes; }
    qint64 clipboardLimit() const { return m_clipboardLimit; }

    bool isRunning() const;
    int permille() const;
    void cancel();

    // After finished():
    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return m_cancelled; }
    // "Saved 12.3 MB to people.json." / "Copied 1.2 MB of JSON." on success, else the reason in a sentence.
    QString message() const { return m_message; }
    QString text() const { return m_text; } // the exported text of a memory export
    qint64 byteCount() const { return m_bytes; }
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    void finished();

public:
    struct Outcome {
        std::optional<QString> error;
        QString text;
        qint64 bytes = 0;
    };

private:
    void onWorkerFinished();

    std::shared_ptr<TaskControl> m_control;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    qint64 m_clipboardLimit = kDefaultClipboardLimit;
    QString m_what;
    QString m_filePath;
    bool m_succeeded = false;
    bool m_cancelled = false;
    QString m_message;
    QString m_text;
    qint64 m_bytes = 0;
};

} // namespace altrata::results
