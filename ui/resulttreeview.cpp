#include "resulttreeview.h"

#include "icons.h"
#include "results/jsontreemodel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QQueue>

#include <algorithm>

namespace altrata::ui {

using results::JsonTreeModel;

ResultTreeView::ResultTreeView(QWidget *parent)
    : QTreeView(parent) {
    setUniformRowHeights(true); // lets the view lay out tens of thousands of rows without measuring each
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setExpandsOnDoubleClick(true);
    header()->setStretchLastSection(false);

    m_expandAll = addViewAction(tr("&Expand All Below"), QKeySequence(tr("Ctrl+Shift+Right")),
                                &ResultTreeView::expandAllBelowCurrent);
    m_collapseAll = addViewAction(tr("C&ollapse All Below"), QKeySequence(tr("Ctrl+Shift+Left")),
                                  &ResultTreeView::collapseAllBelowCurrent);
    m_copyValue = addViewAction(tr("&Copy Value"), QKeySequence(tr("Ctrl+C")), &ResultTreeView::copyCurrentValue);
    m_copyJson = addViewAction(tr("Copy as &JSON"), QKeySequence(tr("Ctrl+Shift+C")), &ResultTreeView::copyCurrentJson);
    m_copyPath = addViewAction(tr("Copy &Path"), QKeySequence(tr("Ctrl+Alt+C")), &ResultTreeView::copyCurrentPath);
    m_expandAll->setIcon(actionIcon(QStringLiteral("expand-all")));
    m_collapseAll->setIcon(actionIcon(QStringLiteral("collapse-all")));
    m_copyValue->setIcon(actionIcon(QStringLiteral("copy")));
    updateActions();
}

ResultTreeView::~ResultTreeView() = default;

QAction *ResultTreeView::addViewAction(const QString &text, const QKeySequence &shortcut,
                                       void (ResultTreeView::*slot)()) {
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the tree has focus: Ctrl+C in the query editor must keep copying editor text.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void ResultTreeView::setModel(QAbstractItemModel *model) {
    Q_ASSERT(!model || qobject_cast<JsonTreeModel *>(model));
    if (selectionModel())
        disconnect(selectionModel(), nullptr, this, nullptr);
    QTreeView::setModel(model);
    if (selectionModel())
        connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &ResultTreeView::updateActions);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ResultTreeView::updateActions, Qt::UniqueConnection);
        // Key: room for typical field names, resizable; Value takes the rest; Type is short ("boolean").
        const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
        header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
        header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::Fixed);
        header()->resizeSection(JsonTreeModel::KeyColumn, charWidth * 28);
        header()->resizeSection(JsonTreeModel::TypeColumn, charWidth * 10);
    }
    updateActions();
}

JsonTreeModel *ResultTreeView::jsonModel() const {
    return qobject_cast<JsonTreeModel *>(model());
}

QModelIndex ResultTreeView::currentNode() const {
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.siblingAtColumn(0) : current;
}

void ResultTreeView::updateActions() {
    const QModelIndex node = currentNode();
    const bool hasNode = node.isValid() && jsonModel();
    const bool isContainer = hasNode && model()->hasChildren(node);
    m_expandAll->setEnabled(isContainer);
    m_collapseAll->setEnabled(isContainer);
    m_copyValue->setEnabled(hasNode);
    m_copyJson->setEnabled(hasNode);
    m_copyPath->setEnabled(hasNode);
}

void ResultTreeView::fetchChildren(const QModelIndex &index) {
    if (model()->canFetchMore(index))
        model()->fetchMore(index);
}

int ResultTreeView::expandBelow(const QModelIndex &start) {
    if (!jsonModel() || !start.isValid() || !model()->hasChildren(start))
        return 0;
    // With a layout pending, QTreeView::expand() only records the index instead of re-laying out the rows
    // each time: one layout at the end instead of one per node (which froze on large arrays).
    scheduleDelayedItemsLayout();
    QQueue<QModelIndex> pending;
    pending.enqueue(start.siblingAtColumn(0));
    int expanded = 0;
    while (!pending.isEmpty() && expanded < m_expandLimit) {
        const QModelIndex node = pending.dequeue();
        fetchChildren(node);
        expand(node);
        ++expanded;
        const int rows = model()->rowCount(node);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = model()->index(row, 0, node);
            if (model()->hasChildren(child))
                pending.enqueue(child);
        }
    }
    executeDelayedItemsLayout();
    if (!pending.isEmpty())
        Q_EMIT message(tr("Expanded %1 nodes; the rest was left collapsed.").arg(QLocale().toString(expanded)));
    return expanded;
}

void ResultTreeView::collapseBelow(const QModelIndex &start) {
    if (!model() || !start.isValid())
        return;
    // Only expanded nodes can have expanded descendants, so the walk stays within what the user opened.
    QList<QModelIndex> expandedNodes;
    QList<QModelIndex> stack{start.siblingAtColumn(0)};
    while (!stack.isEmpty()) {
        const QModelIndex node = stack.takeLast();
        if (!isExpanded(node))
            continue;
        expandedNodes.append(node);
        const int rows = model()->rowCount(node);
        for (int row = 0; row < rows; ++row)
            stack.append(model()->index(row, 0, node));
    }
    // The start node first: once it is closed its descendants are no longer laid out and close cheaply.
    scheduleDelayedItemsLayout();
    for (const QModelIndex &node : std::as_const(expandedNodes))
        collapse(node);
    executeDelayedItemsLayout();
}

void ResultTreeView::expandTopLevels() {
    JsonTreeModel *json = jsonModel();
    if (!json)
        return;
    const QModelIndex data = json->indexForPath(QStringLiteral("data"));
    if (!data.isValid() || !model()->hasChildren(data))
        return;
    fetchChildren(data);
    expand(data);
    const QModelIndex first = model()->index(0, 0, data);
    if (first.isValid() && model()->hasChildren(first)) {
        fetchChildren(first);
        expand(first);
    }
}

void ResultTreeView::fitKeyColumn() {
    // The keys on screen decide, within bounds: never so narrow that a key is cut to a letter, never so wide
    // that a deep key pushes the values out of sight.
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const int wanted = sizeHintForColumn(JsonTreeModel::KeyColumn);
    const int widest = qMax(charWidth * 16, viewport()->width() * 2 / 5);
    setColumnWidth(JsonTreeModel::KeyColumn, std::clamp(wanted, charWidth * 16, widest));
}

void ResultTreeView::expandAllBelowCurrent() {
    expandBelow(currentNode());
}

void ResultTreeView::collapseAllBelowCurrent() {
    collapseBelow(currentNode());
}

void ResultTreeView::copyCurrentValue() {
    if (JsonTreeModel *json = jsonModel(); json && currentNode().isValid())
        QGuiApplication::clipboard()->setText(json->valueTextOf(currentNode()));
}

void ResultTreeView::copyCurrentJson() {
    if (JsonTreeModel *json = jsonModel(); json && currentNode().isValid())
        QGuiApplication::clipboard()->setText(QString::fromUtf8(json->jsonOf(currentNode(), true)));
}

void ResultTreeView::copyCurrentPath() {
    if (JsonTreeModel *json = jsonModel(); json && currentNode().isValid())
        QGuiApplication::clipboard()->setText(json->pathOf(currentNode()));
}

void ResultTreeView::keyPressEvent(QKeyEvent *event) {
    // QTreeView expands the whole subtree on "*" without any bound; route it through the bounded expansion.
    if (event->key() == Qt::Key_Asterisk) {
        expandAllBelowCurrent();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void ResultTreeView::contextMenuEvent(QContextMenuEvent *event) {
    // A mouse click arrives through the viewport (viewport coordinates); the Menu key opens at the current row.
    QPoint globalPos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        if (const QModelIndex index = indexAt(event->pos()); index.isValid())
            setCurrentIndex(index);
    } else if (currentIndex().isValid()) {
        globalPos = viewport()->mapToGlobal(visualRect(currentIndex()).bottomLeft());
    }
    updateActions();
    if (!currentNode().isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_expandAll);
    menu.addAction(m_collapseAll);
    menu.addSeparator();
    menu.addAction(m_copyValue);
    menu.addAction(m_copyJson);
    menu.addAction(m_copyPath);
    menu.exec(globalPos);
}

} // namespace altrata::ui
