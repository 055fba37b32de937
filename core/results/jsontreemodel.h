// OWNER: helper "results-core" (branch r6-results). Reference interface: keep these public names; add freely.
#pragma once

#include "resultdocument.h"

#include <QAbstractItemModel>

#include <memory>

namespace altrata::results {

// A lazy tree over a ResultDocument (QtCore only). A node's children get a small record each only when the
// view first asks for them; containers are summarized "{12}" / "[250]". Passes QAbstractItemModelTester.
class JsonTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
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
    QModelIndex indexForPath(const QString &path) const;            // fetches along the way; invalid if absent

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
    Node *nodeOf(const QModelIndex &index) const;
    Node &parentNodeOf(const QModelIndex &parent) const;
    QVariant displayText(const Node &node, int column) const;
    std::unique_ptr<Impl> m_impl;
};

} // namespace altrata::results
