#include "resulttreeview.h"

#include "icons.h"
#include "results/jsontreemodel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QQueue>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace altrata::ui {

using results::JsonTreeModel;
using results::NodeType;

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
    m_showAsTable = addViewAction(tr("Show as &Table"), QKeySequence(), &ResultTreeView::showCurrentAsTable);
    m_expandAll->setIcon(actionIcon(QStringLiteral("expand-all")));
    m_collapseAll->setIcon(actionIcon(QStringLiteral("collapse-all")));
    m_copyValue->setIcon(actionIcon(QStringLiteral("copy")));

    m_sliceTimer = new QTimer(this);
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &ResultTreeView::continueExpand);
    m_tailTimer = new QTimer(this);
    m_tailTimer->setSingleShot(true);
    m_tailTimer->setInterval(0);
    connect(m_tailTimer, &QTimer::timeout, this, &ResultTreeView::fetchVisibleTails);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_tailTimer, qOverload<>(&QTimer::start));
    connect(this, &QTreeView::expanded, m_tailTimer, qOverload<>(&QTimer::start));
    updateActions();
}

ResultTreeView::~ResultTreeView() {
    m_job.reset(); // no messages from a view being destroyed
}

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
    if (m_job)
        finishExpand(ExpandEnd::Dropped);
    if (QAbstractItemModel *old = this->model())
        disconnect(old, &QAbstractItemModel::modelAboutToBeReset, this, nullptr);
    QTreeView::setModel(model);
    if (selectionModel())
        connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &ResultTreeView::updateActions);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ResultTreeView::updateActions, Qt::UniqueConnection);
        // The job holds indexes of the old rows.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            if (m_job)
                finishExpand(ExpandEnd::Dropped);
        });
        // Key: room for typical field names, resizable; Value takes the rest; Type is short ("boolean").
        const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
        header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
        header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::Fixed);
        header()->setSectionResizeMode(JsonTreeModel::CountColumn, QHeaderView::Fixed);
        header()->resizeSection(JsonTreeModel::KeyColumn, charWidth * 28);
        header()->resizeSection(JsonTreeModel::TypeColumn, charWidth * 10);
        header()->resizeSection(JsonTreeModel::CountColumn, charWidth * 9);
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
    m_showAsTable->setEnabled(hasNode &&
                              model()->data(node, JsonTreeModel::NodeTypeRole).toInt() == int(NodeType::Array));
}

// One "expand all below": breadth first, resumable between slices. Plain indexes are safe to keep across
// slices because JsonTreeModel only ever appends rows; a reset drops the job.
struct ResultTreeView::ExpandJob {
    QQueue<QModelIndex> pending; // containers still to expand
    QModelIndex scanning;        // the expanded node whose children are being looked at
    int nextRow = 0;
    int expanded = 0;
    qint64 rowsFetched = 0; // rows this expansion made the model fetch (bounded as well)
    bool truncated = false;
    int slices = 0;
};

namespace {

constexpr int kSliceRows = 5000;         // child rows looked at per slice
constexpr int kSliceMs = 10;             // a slice yields after this long even when it has work left
constexpr int kRowsPerExpandedNode = 10; // fetch budget: expandLimit() * this many rows

} // namespace

bool ResultTreeView::isExpanding() const {
    return m_job != nullptr;
}

void ResultTreeView::beginExpand(const QModelIndex &start) {
    cancelExpand();
    m_job = std::make_unique<ExpandJob>();
    m_job->pending.enqueue(start.siblingAtColumn(0));
}

// Looks at the next child of the node being scanned: containers join the queue while the limit has room;
// the next page is fetched when the fetched rows are used up.
void ResultTreeView::scanStep(ExpandJob &job) {
    QAbstractItemModel *items = model();
    const QModelIndex node = job.scanning;
    const bool full = job.expanded + job.pending.size() >= m_expandLimit;
    if (job.nextRow >= items->rowCount(node)) {
        const bool more = items->canFetchMore(node);
        if (more && !full && job.rowsFetched < qint64(m_expandLimit) * kRowsPerExpandedNode) {
            const int before = items->rowCount(node);
            items->fetchMore(node);
            job.rowsFetched += items->rowCount(node) - before;
            if (items->rowCount(node) == before) // no progress (the model is busy): never spin on it
                job.scanning = QModelIndex();
            return;
        }
        job.truncated = job.truncated || more;
        job.scanning = QModelIndex();
        return;
    }
    const QModelIndex child = items->index(job.nextRow++, 0, node);
    if (!items->hasChildren(child))
        return;
    if (full) {
        job.truncated = true;
        job.scanning = QModelIndex();
        return;
    }
    job.pending.enqueue(child);
}

bool ResultTreeView::runSlice(bool unbounded) {
    ExpandJob &job = *m_job;
    QElapsedTimer clock;
    clock.start();
    const int lastNode = job.expanded + kSliceNodes;
    int rows = 0;
    // With a layout pending, QTreeView::expand() only records the index instead of re-laying out the rows
    // each time: one layout per slice instead of one per node (which froze on large arrays).
    scheduleDelayedItemsLayout();
    bool done = false;
    while (!done) {
        if (!unbounded && (job.expanded >= lastNode || rows >= kSliceRows || clock.elapsed() >= kSliceMs))
            break;
        if (job.scanning.isValid()) {
            scanStep(job);
            ++rows;
        } else if (job.pending.isEmpty() || job.expanded >= m_expandLimit) {
            done = true;
        } else {
            job.scanning = job.pending.dequeue();
            job.nextRow = 0;
            expand(job.scanning);
            ++job.expanded;
        }
    }
    executeDelayedItemsLayout();
    ++job.slices;
    return done;
}

void ResultTreeView::continueExpand() {
    if (!m_job)
        return;
    if (runSlice(false)) {
        finishExpand(ExpandEnd::Done);
        return;
    }
    Q_EMIT message(tr("Expanding: %1 nodes so far (Esc stops)\u2026").arg(QLocale().toString(m_job->expanded)));
    m_sliceTimer->start();
}

void ResultTreeView::finishExpand(ExpandEnd end) {
    m_sliceTimer->stop();
    const std::unique_ptr<ExpandJob> job = std::move(m_job);
    const bool truncated = job->truncated || !job->pending.isEmpty();
    const QString count = QLocale().toString(job->expanded);
    if (end == ExpandEnd::Cancelled)
        Q_EMIT message(tr("Stopped expanding after %1 nodes.").arg(count));
    else if (end == ExpandEnd::Done && truncated)
        Q_EMIT message(tr("Expanded %1 nodes; the rest was left collapsed.").arg(count));
    else if (end == ExpandEnd::Done && job->slices > 1) // replaces the progress text
        Q_EMIT message(tr("Expanded %1 nodes.").arg(count));
    Q_EMIT expandFinished(job->expanded, end == ExpandEnd::Done && !truncated);
}

void ResultTreeView::cancelExpand() {
    if (m_job)
        finishExpand(ExpandEnd::Cancelled);
}

int ResultTreeView::expandBelow(const QModelIndex &start) {
    if (!jsonModel() || !start.isValid() || !model()->hasChildren(start))
        return 0;
    beginExpand(start);
    runSlice(true);
    const int expanded = m_job->expanded;
    finishExpand(ExpandEnd::Done);
    return expanded;
}

void ResultTreeView::startExpandBelow(const QModelIndex &start) {
    if (!jsonModel() || !start.isValid() || !model()->hasChildren(start))
        return;
    beginExpand(start);
    continueExpand();
}

void ResultTreeView::collapseBelow(const QModelIndex &start) {
    cancelExpand();
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

void ResultTreeView::revealRowPath(const QList<qint64> &rowPath) {
    JsonTreeModel *json = jsonModel();
    const QModelIndex index = json ? json->revealRowPath(rowPath) : QModelIndex();
    if (!index.isValid())
        return;
    scheduleDelayedItemsLayout();
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        expand(parent);
    executeDelayedItemsLayout();
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ResultTreeView::doItemsLayout() {
    JsonTreeModel *json = jsonModel();
    const bool wasSuppressed = json && json->isAutoFetchSuppressed();
    if (json)
        json->setAutoFetchSuppressed(true);
    QTreeView::doItemsLayout();
    if (json)
        json->setAutoFetchSuppressed(wasSuppressed);
}

// QTreeView fetches more only for the very last row of the tree; a paged array followed by more rows would
// never get its second page. So: when the last fetched row of a paged container is on screen, fetch its next.
void ResultTreeView::fetchVisibleTails() {
    if (!jsonModel())
        return;
    const int bottom = viewport()->height();
    for (QModelIndex index = indexAt(QPoint(1, 1)).siblingAtColumn(0); index.isValid(); index = indexBelow(index)) {
        if (visualRect(index).top() > bottom)
            return;
        const QModelIndex parent = index.parent();
        if (index.row() == model()->rowCount(parent) - 1 && model()->canFetchMore(parent)) {
            model()->fetchMore(parent);
            m_tailTimer->start(); // another paged container may be on screen too
            return;
        }
    }
}

void ResultTreeView::expandTopLevels() {
    JsonTreeModel *json = jsonModel();
    if (!json)
        return;
    const QModelIndex data = json->indexForPath(QStringLiteral("data"));
    if (!data.isValid() || !model()->hasChildren(data))
        return;
    expand(data);
    const QModelIndex first = model()->index(0, 0, data);
    if (first.isValid() && model()->hasChildren(first))
        expand(first);
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
    startExpandBelow(currentNode());
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

void ResultTreeView::showCurrentAsTable() {
    JsonTreeModel *json = jsonModel();
    const QModelIndex node = currentNode();
    if (json && node.isValid() && json->data(node, JsonTreeModel::NodeTypeRole).toInt() == int(NodeType::Array))
        Q_EMIT showAsTableRequested(json->nodeOf(node));
}

bool ResultTreeView::event(QEvent *event) {
    // While expanding, Esc stops the expansion: no window-wide Esc shortcut may take it first.
    if (event->type() == QEvent::ShortcutOverride && isExpanding() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QTreeView::event(event);
}

void ResultTreeView::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && isExpanding()) {
        cancelExpand();
        event->accept();
        return;
    }
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
    menu.addSeparator();
    menu.addAction(m_showAsTable);
    menu.exec(globalPos);
}

void ResultTreeView::resizeEvent(QResizeEvent *event) {
    QTreeView::resizeEvent(event);
    m_tailTimer->start();
}

} // namespace altrata::ui
