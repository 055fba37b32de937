#include "resulttablemodel.h"

#include "tapeview.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <vector>

namespace altrata::results {

namespace {

constexpr qsizetype kCheckEvery = 1024;

// What a row is sorted by. Absent and null values sort last whichever the order; numbers sort before text.
struct SortKey {
    enum Kind { Number, Text, Empty } kind = Empty;
    double number = 0;
    QString text; // case-folded, so one binary comparison orders case-insensitively
};

// The parsed value simdjson keeps on the tape (the word after the number's first word): no text to convert.
double numberValue(const detail::TapeView &tape, NodeId node) {
    const std::uint64_t bits = tape.tape[node + 1];
    switch (tape.type(node)) {
    case 'l':
        return double(std::int64_t(bits));
    case 'u':
        return double(bits);
    default: {
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    }
}

SortKey sortKey(const TableProjection &table, qsizetype row, int column) {
    const std::optional<NodeId> cell = table.cell(row, column);
    const ResultDocument &document = *table.document();
    if (!cell || document.type(*cell) == NodeType::Null)
        return {};
    if (document.type(*cell) == NodeType::Number)
        return {SortKey::Number, numberValue(document.tapeView(), *cell), {}};
    return {SortKey::Text, 0, TableProjection::valueText(document, cell).toCaseFolded()};
}

// <0, 0, >0 for two non-empty keys.
int compareKeys(const SortKey &a, const SortKey &b) {
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    if (a.kind == SortKey::Number)
        return a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
    return a.text.compare(b.text);
}

QString elided(const ResultDocument &document, NodeId node, qsizetype limit) {
    if (document.type(node) == NodeType::String)
        return document.elidedText(node, limit); // converts only what it shows
    QString text = TableProjection::valueText(document, node);
    if (text.size() > limit)
        text = text.left(limit) + QChar(0x2026);
    return text;
}

} // namespace

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ResultTableModel::~ResultTableModel() {
    if (m_sortControl)
        m_sortControl->cancel();
}

void ResultTableModel::setProjection(std::shared_ptr<const TableProjection> projection) {
    stopSorting();
    beginResetModel();
    m_projection = std::move(projection);
    m_order.clear();
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_cachedRow = -1;
    m_cachedCells.clear();
    endResetModel();
}

const std::shared_ptr<const TableProjection> &ResultTableModel::projection() const {
    return m_projection;
}

int ResultTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_projection ? 0 : int(m_projection->rowCount());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_projection ? 0 : int(m_projection->columns().size());
}

qsizetype ResultTableModel::sourceRow(int row) const {
    return m_order.isEmpty() ? row : m_order.value(row, -1);
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qsizetype row = sourceRow(index.row());
    if (row != m_cachedRow) {
        m_cachedCells = m_projection->rowCells(row);
        m_cachedRow = row;
    }
    const std::optional<NodeId> cell = m_cachedCells.value(index.column());
    const ResultDocument &document = *m_projection->document();
    switch (role) {
    case Qt::DisplayRole:
        return cell ? elided(document, *cell, kDisplayLimit) : QString();
    case Qt::ToolTipRole:
        return cell ? elided(document, *cell, kToolTipLimit) : QVariant();
    case FullValueRole:
        return TableProjection::valueText(document, cell);
    case NodeRole:
        return cell ? QVariant::fromValue(quint64(*cell)) : QVariant();
    case Qt::TextAlignmentRole:
        if (cell && document.type(*cell) == NodeType::Number)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_projection || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_projection->columns().size())
            return {};
        return m_projection->columns().at(section).title;
    }
    if (section < 0 || section >= rowCount())
        return {};
    return QString::number(sourceRow(section)); // the element's index in the array, as in a path's [n]
}

void ResultTableModel::sort(int column, Qt::SortOrder order) {
    if (!m_projection)
        return;
    // The sort it replaces is reported after the new one started, so listeners see isSorting() then.
    const bool replaced = stopSorting(false);
    if (column < 0 || column >= columnCount()) {
        m_sortColumn = -1;
        setOrder({});
        if (replaced)
            Q_EMIT sortFinished(false);
        return;
    }
    const quint64 generation = ++m_generation;
    m_sortControl = std::make_shared<TaskControl>();
    m_sortWatcher = new QFutureWatcher<QList<qsizetype>>(this);
    connect(m_sortWatcher, &QFutureWatcher<QList<qsizetype>>::finished, this,
            [this, generation, column, order] { applyOrder(generation, m_sortWatcher->result(), column, order); });
    // The worker shares the projection and the control, so either may be dropped here meanwhile.
    m_sortWatcher->setFuture(QtConcurrent::run([table = m_projection, control = m_sortControl, column, order] {
        return sortedRows(*table, column, order, control.get());
    }));
    if (replaced)
        Q_EMIT sortFinished(false);
    Q_EMIT sortStarted();
}

void ResultTableModel::applyOrder(quint64 generation, const QList<qsizetype> &order, int column,
                                  Qt::SortOrder sortOrder) {
    m_sortWatcher->deleteLater();
    m_sortWatcher = nullptr;
    const bool applied = generation == m_generation && !m_sortControl->isCancelled() && order.size() == rowCount();
    m_sortControl.reset();
    if (applied) {
        m_sortColumn = column;
        m_sortOrder = sortOrder;
        setOrder(order);
    }
    Q_EMIT sortFinished(applied);
}

void ResultTableModel::setOrder(QList<qsizetype> order) {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Where each source row lands in the new order, to move the persistent indexes with their rows.
    std::vector<int> newRowOf(static_cast<std::size_t>(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        newRowOf[std::size_t(order.isEmpty() ? row : order.at(row))] = row;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf[std::size_t(sourceRow(index.row()))], index.column()));
    m_order = std::move(order);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QList<qsizetype> ResultTableModel::sortedRows(const TableProjection &table, int column, Qt::SortOrder order,
                                              TaskControl *control) {
    const qsizetype rows = table.rowCount();
    if (control)
        control->setTotal(rows + rows / 8 + 1); // the comparison sort is the last eighth or so
    std::vector<SortKey> keys(static_cast<std::size_t>(rows));
    for (qsizetype row = 0; row < rows; ++row) {
        if (row % kCheckEvery == 0 && control) {
            if (control->isCancelled())
                return {};
            control->setDone(row);
        }
        keys[std::size_t(row)] = sortKey(table, row, column);
    }
    QList<qsizetype> result(rows);
    std::iota(result.begin(), result.end(), qsizetype(0));
    std::stable_sort(result.begin(), result.end(), [&keys, order](qsizetype a, qsizetype b) {
        const SortKey &left = keys[std::size_t(a)];
        const SortKey &right = keys[std::size_t(b)];
        if ((left.kind == SortKey::Empty) != (right.kind == SortKey::Empty))
            return right.kind == SortKey::Empty;
        if (left.kind == SortKey::Empty)
            return false;
        const int comparison = compareKeys(left, right);
        return order == Qt::AscendingOrder ? comparison < 0 : comparison > 0;
    });
    if (control) {
        if (control->isCancelled())
            return {};
        control->setDone(control->total());
    }
    return result;
}

QList<qsizetype> ResultTableModel::rowOrder() const {
    return m_order;
}

bool ResultTableModel::isSorting() const {
    return m_sortWatcher != nullptr;
}

int ResultTableModel::sortPermille() const {
    return m_sortControl ? m_sortControl->permille() : 0;
}

void ResultTableModel::cancelSort() {
    if (m_sortControl)
        m_sortControl->cancel();
}

// Drops a running sort: its worker finishes on its own (it shares what it reads) and its result is ignored.
bool ResultTableModel::stopSorting(bool notify) {
    ++m_generation;
    if (m_sortControl)
        m_sortControl->cancel();
    m_sortControl.reset();
    if (!m_sortWatcher)
        return false;
    m_sortWatcher->disconnect(this);
    m_sortWatcher->deleteLater();
    m_sortWatcher = nullptr;
    if (notify)
        Q_EMIT sortFinished(false);
    return true;
}

} // namespace altrata::results
