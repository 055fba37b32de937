// OWNER: helper "results-core" (branch r6-results); paging and the Count column: helper "model" (r7-model).
// Reference interface: keep these public names; add freely.
#pragma once

#include "resultdocument.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>

namespace altrata::results {

// A lazy tree over a ResultDocument (QtCore only). A node's children get a small record each only when the
// view first asks for them; containers are summarized "{12}" / "[250]". Passes QAbstractItemModelTester.
// Containers with more than kPageSize children are paged: rowCount() reports the rows fetched so far and
// canFetchMore()/fetchMore() add the next page, so opening a 100,000-element array costs one page of records.
class JsonTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)
public:
    // A fourth column: child count for objects and arrays ("12"), empty for scalars.
    enum Column { KeyColumn, ValueColumn, TypeColumn, CountColumn, ColumnCount };
    enum Role { NodeTypeRole = Qt::UserRole + 1, FullValueRole /* untruncated value text */, PathRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces (and releases) the previous document. Null clears the model.
    void setDocument(std::shared_ptr<const ResultDocument> document);
    const std::shared_ptr<const ResultDocument> &document() const;

    // "data.personSearch.edges[3].node.name"; keys that are not identifiers are quoted: data["a b"].
    QString pathOf(const QModelIndex &index) const;
    QString valueTextOf(const QModelIndex &index) const;            // full scalar text, or JSON for containers
    QByteArray jsonOf(const QModelIndex &index, bool pretty) const; // the node as JSON
    // Fetches the pages it needs along the way (rows are inserted, so views follow); invalid if absent.
    // With duplicate keys the first member of that name wins (rowPathOf/revealRowPath reach the others).
    QModelIndex indexForPath(const QString &path);

    // Containers with more than kPageSize children are paged (see the class comment).
    static constexpr int kPageSize = 1000;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // QTreeView asks every expanded paged container for one more page each time it lays out its rows, which
    // would fetch them whole, page after page. A view suppresses that around its layouts (canFetchMore()
    // answers false meanwhile) and fetches when a container's last fetched row comes into sight instead.
    void setAutoFetchSuppressed(bool suppressed);
    bool isAutoFetchSuppressed() const;

    // The index at a row path (child position at each level from the root, as DocumentSearch reports hits),
    // fetching every page needed on the way (rows are inserted with beginInsertRows, so views follow).
    // Invalid when the path does not exist. A scalar root document's only row has the row path {}.
    QModelIndex revealRowPath(const QList<qint64> &rowPath);
    QList<qint64> rowPathOf(const QModelIndex &index) const;
    NodeId nodeOf(const QModelIndex &index) const; // kNoNode when invalid

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qsizetype recordCount() const; // child records made so far (the model is lazy: only what was asked for)

    static constexpr int kDisplayLimit = 200; // longer strings are elided in DisplayRole

private:
    struct Node;
    struct Impl;
    Node *recordOf(const QModelIndex &index) const;
    Node &parentNodeOf(const QModelIndex &parent) const;
    QModelIndex indexOf(Node &node) const;
    Node *childAt(Node &node, qint64 row); // fetches pages up to `row`; null when out of range
    QVariant displayText(Node &node, int column) const;
    std::unique_ptr<Impl> m_impl;
};

} // namespace altrata::results
