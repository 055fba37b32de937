// OWNER: helper "workspace" (branch r6-workspace). Reference interface: keep these public names; add freely.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace altrata::workspace {

struct HeaderEntry {
    QString name;
    QString value;
    bool enabled = true;
    friend bool operator==(const HeaderEntry &, const HeaderEntry &) = default;
};

// Everything one editor tab holds. What the autosave writes and a restart restores.
struct QueryDocument {
    QString id;                 // stable per tab (QUuid without braces), names nothing the user sees
    QString title;              // tab text: file name, user-chosen name, or "Untitled 3"
    QString query;              // the GraphQL text
    QString variables;          // the variables editor's text, as typed (may be invalid JSON: never lost)
    QList<HeaderEntry> headers; // extra headers only; x-api-key and Authorization are never stored
    QUrl serviceUrl;
    int cursorLine = 0;        // 0-based, as QScintilla reports
    int cursorColumn = 0;      // 0-based
    QString filePath;          // the .graphql file it was opened from / saved to; empty if none
    bool fileModified = false; // text differs from filePath's contents
    friend bool operator==(const QueryDocument &, const QueryDocument &) = default;
};

// x-api-key and Authorization are sent by the app from the profile; a row with either name is never stored.
inline bool isManagedHeaderName(const QString &name) {
    const QString trimmed = name.trimmed();
    return trimmed.compare(QStringLiteral("x-api-key"), Qt::CaseInsensitive) == 0 ||
           trimmed.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) == 0;
}

struct WorkspaceState {
    QList<QueryDocument> documents;
    int currentIndex = 0;
    friend bool operator==(const WorkspaceState &, const WorkspaceState &) = default;
};

} // namespace altrata::workspace
