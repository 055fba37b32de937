// OWNER: helper "search" (branch r7-search). Reference interface: keep these public names; add freely.
#pragma once

#include "resultdocument.h"
#include "taskcontrol.h"

#include <QList>
#include <QString>

#include <optional>

namespace altrata::results {

struct SearchOptions {
    QString text;
    bool keys = true;   // match member names
    bool values = true; // match scalar values: string text (unescaped), numbers as written, true/false/null
    bool regularExpression = false;
    bool caseSensitive = false;
};

// One match, in document order. rowPath: the child index at each level from the root (for an object, the
// member's position) — exactly what JsonTreeModel::revealRowPath() takes. A scalar root document has rowPath {}.
struct SearchHit {
    QList<qint64> rowPath;
    NodeId node = ResultDocument::kNoNode; // the matching value, or the member whose key matched
    bool inKey = false;
};

struct SearchResult {
    QList<SearchHit> hits;
    bool truncated = false; // stopped at kMaxHits
    bool cancelled = false;
};

// Searches the whole document on the calling thread (callers put it on a worker). Walks the tape once; plain
// text is matched on the UTF-8 bytes without making a QString per value wherever possible.
class DocumentSearch final {
public:
    static constexpr qsizetype kMaxHits = 100000;
    // A sentence when the options cannot be searched (empty text, invalid regular expression), else nullopt.
    static std::optional<QString> problem(const SearchOptions &options);
    // control (optional): progress in tape words (setTotal/setDone), cancellation checked every few thousand words.
    static SearchResult run(const ResultDocument &document, const SearchOptions &options,
                            TaskControl *control = nullptr);
};

} // namespace altrata::results
