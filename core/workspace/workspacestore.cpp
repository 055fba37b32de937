#include "workspacestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

namespace altrata::workspace {

namespace {

// Only what happened (saved, moved aside), never the tab contents.
Q_LOGGING_CATEGORY(lcWorkspace, "altrata.workspace")

const QString kFileName = QStringLiteral("workspace.json");

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

QJsonObject headerToJson(const HeaderEntry &header) {
    return QJsonObject{{QStringLiteral("name"), header.name},
                       {QStringLiteral("value"), header.value},
                       {QStringLiteral("enabled"), header.enabled}};
}

QJsonObject documentToJson(const QueryDocument &document) {
    QJsonArray headers;
    for (const HeaderEntry &header : document.headers) {
        if (!isManagedHeaderName(header.name))
            headers.append(headerToJson(header));
    }
    return QJsonObject{{QStringLiteral("id"), document.id},
                       {QStringLiteral("title"), document.title},
                       {QStringLiteral("query"), document.query},
                       {QStringLiteral("variables"), document.variables},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("serviceUrl"), document.serviceUrl.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("cursorLine"), document.cursorLine},
                       {QStringLiteral("cursorColumn"), document.cursorColumn},
                       {QStringLiteral("filePath"), document.filePath},
                       {QStringLiteral("fileModified"), document.fileModified}};
}

QByteArray stateToJson(const WorkspaceState &state) {
    QJsonArray documents;
    for (const QueryDocument &document : state.documents)
        documents.append(documentToJson(document));
    const QJsonObject root{{QStringLiteral("version"), WorkspaceStore::kFormatVersion},
                           {QStringLiteral("currentIndex"), state.currentIndex},
                           {QStringLiteral("documents"), documents}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<HeaderEntry> headersFromJson(const QJsonArray &array) {
    QList<HeaderEntry> headers;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        HeaderEntry header{object.value(QStringLiteral("name")).toString(),
                           object.value(QStringLiteral("value")).toString(),
                           object.value(QStringLiteral("enabled")).toBool(true)};
        // Defensive: a file edited by hand (or by an older build) must not bring a secret back into a tab.
        if (!isManagedHeaderName(header.name))
            headers.append(header);
    }
    return headers;
}

QueryDocument documentFromJson(const QJsonObject &object) {
    QueryDocument document;
    document.id = object.value(QStringLiteral("id")).toString();
    if (document.id.isEmpty())
        document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    document.title = object.value(QStringLiteral("title")).toString();
    document.query = object.value(QStringLiteral("query")).toString();
    document.variables = object.value(QStringLiteral("variables")).toString();
    document.headers = headersFromJson(object.value(QStringLiteral("headers")).toArray());
    document.serviceUrl = QUrl(object.value(QStringLiteral("serviceUrl")).toString(), QUrl::StrictMode);
    document.cursorLine = qMax(0, object.value(QStringLiteral("cursorLine")).toInt());
    document.cursorColumn = qMax(0, object.value(QStringLiteral("cursorColumn")).toInt());
    document.filePath = object.value(QStringLiteral("filePath")).toString();
    document.fileModified = object.value(QStringLiteral("fileModified")).toBool();
    return document;
}

// The reason the content is unusable as a plain phrase, or empty when `state` was filled.
QString stateFromJson(const QByteArray &bytes, WorkspaceState &state) {
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return QStringLiteral("it is not valid JSON");
    const QJsonObject root = json.object();
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version > WorkspaceStore::kFormatVersion)
        return QStringLiteral("it was written by a newer version of Altrata Explorer");
    if (version < 1 || !root.value(QStringLiteral("documents")).isArray())
        return QStringLiteral("it is not an Altrata Explorer workspace");
    for (const QJsonValue &value : root.value(QStringLiteral("documents")).toArray()) {
        if (value.isObject())
            state.documents.append(documentFromJson(value.toObject()));
    }
    const int last = qMax(0, int(state.documents.size()) - 1);
    state.currentIndex = qBound(0, root.value(QStringLiteral("currentIndex")).toInt(), last);
    return {};
}

} // namespace

WorkspaceStore::WorkspaceStore(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(kDefaultRetryDelayMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { saveNow(); });
}

WorkspaceStore::~WorkspaceStore() {
    // No signals from a destructor: whoever listens may already be half gone.
    QString problem;
    if (m_pending && !writePending(&problem))
        qCWarning(lcWorkspace) << "The open tabs were not saved on exit:" << problem;
}

void WorkspaceStore::setDelayMs(int ms) {
    m_timer.setInterval(qMax(0, ms));
}

void WorkspaceStore::setRetryDelayMs(int ms) {
    m_retryTimer.setInterval(qMax(0, ms));
}

QString WorkspaceStore::filePath() const {
    return QDir(m_directory).filePath(kFileName);
}

std::optional<WorkspaceState> WorkspaceStore::load(QString *problem) const {
    QFile file(filePath());
    if (!file.exists())
        return std::nullopt;
    QString reason;
    WorkspaceState state;
    if (!file.open(QIODevice::ReadOnly))
        reason = QStringLiteral("it could not be read (%1)").arg(file.errorString());
    else
        reason = stateFromJson(file.readAll(), state);
    file.close();
    if (reason.isEmpty())
        return state;

    const QString movedTo = moveAside();
    const QString sentence =
        movedTo.isEmpty()
            ? QStringLiteral("The saved tabs in %1 could not be restored because %2, and the file could not be moved "
                             "aside; it will be replaced when the tabs are next saved.")
                  .arg(nativePath(filePath()), reason)
            : QStringLiteral("The saved tabs could not be restored because %1. The file was kept as %2.")
                  .arg(reason, nativePath(movedTo));
    qCWarning(lcWorkspace).noquote() << sentence;
    if (problem)
        *problem = sentence;
    return std::nullopt;
}

void WorkspaceStore::scheduleSave(const WorkspaceState &state) {
    m_pending = state;
    // Not restarted on every call: continuous typing must still reach the disk within one delay.
    if (!m_timer.isActive())
        m_timer.start();
}

bool WorkspaceStore::saveNow(QString *problem) {
    m_timer.stop();
    m_retryTimer.stop();
    if (!m_pending)
        return true;
    QString sentence;
    if (!writePending(&sentence)) {
        if (problem)
            *problem = sentence;
        // Without this the state would wait for the next change, which may never come before a crash.
        m_retryTimer.start();
        Q_EMIT saveFailed(sentence);
        return false;
    }
    Q_EMIT saved();
    return true;
}

bool WorkspaceStore::hasPendingSave() const {
    return m_pending.has_value();
}

bool WorkspaceStore::writePending(QString *problem) {
    const auto fail = [&](const QString &reason) {
        *problem = QStringLiteral("Could not save the open tabs to %1: %2. They are kept in memory and saving "
                                  "will be tried again.")
                       .arg(nativePath(filePath()), reason);
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(QStringLiteral("the folder %1 could not be created").arg(nativePath(m_directory)));
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = stateToJson(*m_pending);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    m_pending.reset();
    qCDebug(lcWorkspace) << "Saved" << bytes.size() << "bytes of open tabs";
    return true;
}

// Renames the unusable file to workspace.json.corrupt-<yyyyMMdd-HHmmss>; returns the new path or empty.
QString WorkspaceStore::moveAside() const {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = filePath() + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = filePath() + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    return QFile::rename(filePath(), target) ? target : QString();
}

} // namespace altrata::workspace
