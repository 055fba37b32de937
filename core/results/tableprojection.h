// OWNER: helper "table" (branch r7-table). Reference interface: keep these public names; add freely.
#pragma once

#include "resultdocument.h"
#include "taskcontrol.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace altrata::results {

// One table column: a leaf path inside the array's elements. Nested objects are flattened ("organization.name"),
// lists stay one column (summarized). Elements that are not objects give the column with an empty path,
// titled "(value)".
// Keys are kept as a list, so a key that contains '.' ("a.b") is never confused with nesting ("a" then "b"); the
// title shows such a key (and an empty one) in double quotes: meta."a.b".
struct TableColumn {
    QStringList keys; // path segments below the element; empty for "(value)"
    QString title;    // keys joined with '.', or "(value)"
};

// An array of a ResultDocument seen as a table: one row per element, one column per leaf path found in any
// element (first-seen order). Immutable once built, shared across threads (std::shared_ptr<const ...>).
// Rules: a member holding a non-empty object is flattened into its members' paths; an empty object is a leaf
// ("{}"); a list is always one leaf (never flattened); an element that is not an object fills "(value)".
// When an object member repeats a key, the first occurrence of a leaf path wins. When a path is a leaf in
// one element and a non-empty object in another, that object's cell reads "{n fields}".
class TableProjection final {
public:
    // Arrays of objects the user may show as a table, largest first (at most `limit`). Walks the whole tape.
    struct Candidate {
        NodeId array = ResultDocument::kNoNode;
        QString path; // "data.personSearch.edges"
        qsizetype rows = 0;
    };
    static QList<Candidate> candidates(const ResultDocument &document, qsizetype limit = 50,
                                       TaskControl *control = nullptr);

    // Builds on the calling thread (a worker). Null when cancelled or when `array` is not an array.
    static std::shared_ptr<const TableProjection> build(std::shared_ptr<const ResultDocument> document, NodeId array,
                                                        TaskControl *control = nullptr);

    const std::shared_ptr<const ResultDocument> &document() const;
    NodeId array() const;
    QString arrayPath() const;
    qsizetype rowCount() const;
    const QList<TableColumn> &columns() const;
    NodeId rowNode(qsizetype row) const;

    // The value node of a cell; nullopt when the element lacks that path.
    std::optional<NodeId> cell(qsizetype row, qsizetype column) const;
    // All cells of a row in one walk of the element (what export and sorting use): size() == columns().size().
    QList<std::optional<NodeId>> rowCells(qsizetype row) const;
    // Text of a cell, the same in the view and in exports: strings as they are, numbers as written, true/false,
    // null and absent as empty, a list of scalars as its values joined by "; ", any other list as "[n items]",
    // an empty object as "{}".
    QString cellText(qsizetype row, qsizetype column) const;
    static QString valueText(const ResultDocument &document, std::optional<NodeId> value);

    static QString valueTitle(); // "(value)"
    // The path of any node ("data.personSearch.edges"), found by descending from the root (O(depth x siblings)).
    static QString pathOf(const ResultDocument &document, NodeId node);

private:
    TableProjection();
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace altrata::results
