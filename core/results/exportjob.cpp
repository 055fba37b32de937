#include "exportjob.h"

#include "jsonstreamprinter.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace altrata::results {

namespace {

QString sizeText(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Memory for the clipboard, refusing to grow past a limit (the device reports a write error instead).
class LimitedBuffer final : public QIODevice {
public:
    explicit LimitedBuffer(qint64 limit)
        : m_limit(limit) {}

    bool overflowed() const { return m_overflowed; }
    QByteArray &data() { return m_data; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override {
        if (m_data.size() + size > m_limit) {
            m_overflowed = true;
            setErrorString(QStringLiteral("too large for the clipboard"));
            return -1;
        }
        m_data.append(bytes, size);
        return size;
    }

private:
    QByteArray m_data;
    qint64 m_limit;
    bool m_overflowed = false;
};

ExportJob::Outcome writeToFile(const ExportWriter &writer, const QString &path, TaskControl &control) {
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {QStringLiteral("Could not save %1: %2.").arg(name, file.errorString()), {}, 0};
    if (std::optional<QString> error = writer(file, control)) {
        file.cancelWriting(); // the temporary file goes, an existing file stays as it was
        return {control.isCancelled() ? QStringLiteral("The export was cancelled; nothing was saved.")
                                      : *error + QStringLiteral(" Nothing was saved."),
                {},
                0};
    }
    const qint64 size = file.size();
    if (!file.commit())
        return {QStringLiteral("Could not save %1: %2. Nothing was saved.").arg(name, file.errorString()), {}, 0};
    return {std::nullopt, {}, size};
}

ExportJob::Outcome writeToMemory(const ExportWriter &writer, const QString &what, qint64 limit, TaskControl &control) {
    LimitedBuffer buffer(limit);
    buffer.open(QIODevice::WriteOnly);
    std::optional<QString> error = writer(buffer, control);
    if (buffer.overflowed())
        return {QStringLiteral("The %1 is larger than %2, too much for the clipboard. Save it to a file instead.")
                    .arg(what, sizeText(limit)),
                {},
                0};
    if (error)
        return {control.isCancelled() ? QStringLiteral("The export was cancelled.") : *error, {}, 0};
    const qint64 size = buffer.data().size();
    QString text = QString::fromUtf8(buffer.data()); // here, not on the GUI thread
    buffer.data() = QByteArray();
    return {std::nullopt, std::move(text), size};
}

} // namespace

ExportJob::ExportJob(QObject *parent)
    : QObject(parent) {}

ExportJob::~ExportJob() {
    if (m_control)
        m_control->cancel();
}

void ExportJob::start(ExportWriter writer, const QString &what, const QString &filePath) {
    Q_ASSERT(!m_watcher && !m_control); // one run per job
    m_what = what;
    m_filePath = filePath;
    m_control = std::make_shared<TaskControl>();
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ExportJob::onWorkerFinished);
    // The worker owns what it needs (writer, control), so it may outlive this job after a cancel.
    m_watcher->setFuture(
        QtConcurrent::run([writer = std::move(writer), control = m_control, what, filePath, limit = m_clipboardLimit] {
            return filePath.isEmpty() ? writeToMemory(writer, what, limit, *control)
                                      : writeToFile(writer, filePath, *control);
        }));
}

void ExportJob::startJson(std::shared_ptr<const ResultDocument> document, NodeId node, bool pretty,
                          const QString &filePath) {
    auto printer = std::make_shared<JsonStreamPrinter>(std::move(document), node, pretty);
    start([printer](QIODevice &device, TaskControl &control) { return writeJson(*printer, device, &control); },
          QStringLiteral("JSON"), filePath);
}

bool ExportJob::isRunning() const {
    return m_watcher && !m_watcher->isFinished();
}

int ExportJob::permille() const {
    return m_control ? m_control->permille() : 0;
}

void ExportJob::cancel() {
    if (m_control)
        m_control->cancel();
}

void ExportJob::onWorkerFinished() {
    Outcome outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancelled = m_control->isCancelled() && outcome.error.has_value();
    m_succeeded = !outcome.error;
    m_bytes = outcome.bytes;
    m_text = std::move(outcome.text);
    if (outcome.error)
        m_message = *outcome.error;
    else if (m_filePath.isEmpty())
        m_message = QStringLiteral("Copied %1 of %2 to the clipboard.").arg(sizeText(m_bytes), m_what);
    else
        m_message = QStringLiteral("Saved %1 to %2.").arg(sizeText(m_bytes), QFileInfo(m_filePath).fileName());
    Q_EMIT finished();
}

} // namespace altrata::results
