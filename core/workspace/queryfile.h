#pragma once

#include <QString>

namespace altrata::workspace {

// Open/Save of .graphql files (UTF-8). Plain sentences on failure ("Could not open /x/y.graphql: Permission denied.").
struct QueryFileResult {
    bool ok = false;
    QString text;
    QString error;
};

// Larger files are refused: a query document is text a person edits, and the editor would crawl.
inline constexpr qint64 kMaxQueryFileBytes = 10 * 1024 * 1024;

QueryFileResult readQueryFile(const QString &path);                       // skips a UTF-8 byte order mark
QueryFileResult writeQueryFile(const QString &path, const QString &text); // atomic (QSaveFile)

} // namespace altrata::workspace
