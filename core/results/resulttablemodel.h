#pragma once

#include "tableprojection.h"
#include "taskcontrol.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

template<typename T> class QFutureWatcher;

namespace altrata::results {

// A TableProjection as a table model (QtCore only): one row per element, one column per leaf path.
// Sorting runs on a worker (sort() returns at once): the sort keys are computed once per row, then the rows are
// ordered (numbers numerically, other text case-insensitively, absent and null values last in either order)
// and the new order is applied with layoutAboutToBeChanged/layoutChanged, so persistent indexes follow.
class ResultTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTableModel)
public:
    enum Role {
        FullValueRole = Qt::UserRole + 1, // the cell's whole text, never elided
        NodeRole,                         // the cell's NodeId (quint64); invalid when the element lacks the path
    };
    static constexpr qsizetype kDisplayLimit = 200;  // characters shown in a cell
    static constexpr qsizetype kToolTipLimit = 2000; // characters in a cell's tooltip

    explicit ResultTableModel(QObject *parent = nullptr);
    ~ResultTableModel() override;

    void setProjection(std::shared_ptr<const TableProjection> projection); // null clears; cancels a running sort
    const std::shared_ptr<const TableProjection> &projection() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Starts sorting on a worker; column -1 restores the projection's order (at once).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The source row (projection row) of each model row in the current order; empty while unsorted.
    QList<qsizetype> rowOrder() const;
    qsizetype sourceRow(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorting() const;
    int sortPermille() const; // progress of the running sort, 0..1000
    void cancelSort();

    // The worker's job: the projection's rows ordered by `column`. Empty when cancelled.
    static QList<qsizetype> sortedRows(const TableProjection &table, int column, Qt::SortOrder order,
                                       TaskControl *control = nullptr);

Q_SIGNALS:
    void sortStarted();
    void sortFinished(bool applied); // false when cancelled or overtaken by another sort or projection

private:
    void applyOrder(quint64 generation, const QList<qsizetype> &order, int column, Qt::SortOrder sortOrder);
    void setOrder(QList<qsizetype> order);
    bool stopSorting(bool notify = true); // true when a sort was running

    std::shared_ptr<const TableProjection> m_projection;
    QList<qsizetype> m_order; // empty: projection order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0; // bumped per sort and projection: an older sort's result is dropped
    std::shared_ptr<TaskControl> m_sortControl;
    QFutureWatcher<QList<qsizetype>> *m_sortWatcher = nullptr;

    // The cells of the last row asked for: a view asks for a row's columns one after the other.
    mutable qsizetype m_cachedRow = -1;
    mutable QList<std::optional<NodeId>> m_cachedCells;
};

} // namespace altrata::results
