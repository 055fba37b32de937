#include "resulttableview.h"

#include "results/resulttablemodel.h"
#include "results/taskcontrol.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace altrata::ui {

using results::NodeId;
using results::ResultDocument;
using results::ResultTableModel;
using results::TableProjection;
using results::TaskControl;

namespace {

using Projection = std::shared_ptr<const TableProjection>;

constexpr int kPollMs = 80;

QString candidateText(const QString &path, qsizetype rows) {
    const QString shown = path.isEmpty() ? QObject::tr("(whole response)") : path;
    return QObject::tr("%1 \u00b7 %2 rows").arg(shown, QLocale().toString(rows));
}

// A cell of a TSV line: tabs and line breaks would split the record.
QString tsvField(QString text) {
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

ResultTableView::ResultTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultTableModel(this))
    , m_poll(new QTimer(this)) {
    m_table = new QTableView(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tableMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_message);
    setUpTable();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createTopBar());
    layout->addWidget(m_stack, 1);

    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &ResultTableView::pollProgress);
    connect(m_model, &ResultTableModel::sortStarted, this, &ResultTableView::updateBusy);
    connect(m_model, &ResultTableModel::sortFinished, this, &ResultTableView::onSortFinished);
    showMessageText(tr("No response yet."));
}

ResultTableView::~ResultTableView() {
    stopWorkers();
}

QWidget *ResultTableView::createTopBar() {
    auto *bar = new QWidget(this);
    auto *label = new QLabel(tr("&Array:"), bar);
    m_picker = new QComboBox(bar);
    m_picker->setObjectName(QStringLiteral("tableArrayPicker"));
    m_picker->setToolTip(tr("The array of objects shown as a table (largest first)"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(30);
    label->setBuddy(m_picker);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("tableCancel"));
    m_cancel->hide();
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 2, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_picker, &QComboBox::activated, this, &ResultTableView::onPicked);
    connect(m_cancel, &QPushButton::clicked, this, &ResultTableView::cancel);
    return bar;
}

void ResultTableView::setUpTable() {
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Result table"));
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Fixed row heights: the view never measures 100,000 rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultSectionSize(fontMetrics().averageCharWidth() * 18);
    columns->setSectionsMovable(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder); // unsorted until a header is clicked
    m_table->setSortingEnabled(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, [this, columns](const QPoint &at) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(columns->mapToGlobal(at));
    });
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &ResultTableView::copySelection);
}

void ResultTableView::setDocument(std::shared_ptr<const ResultDocument> document) {
    stopWorkers();
    ++m_generation;
    m_document = std::move(document);
    m_requested = ResultDocument::kNoNode;
    m_picker->clear();
    const bool hadTable = bool(m_model->projection());
    m_model->setProjection(nullptr);
    m_candidatesPending = bool(m_document);
    showMessageText(m_document ? tr("Listing the arrays\u2026") : tr("No response yet."));
    if (m_candidatesPending && isVisible())
        startCandidates();
    updateBusy();
    if (hadTable)
        Q_EMIT projectionChanged();
}

void ResultTableView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_candidatesPending)
        startCandidates();
}

void ResultTableView::startCandidates() {
    m_candidatesPending = false;
    const quint64 generation = m_generation;
    m_listControl = std::make_shared<TaskControl>();
    m_candidatesWatcher = new QFutureWatcher<CandidateList>(this);
    connect(m_candidatesWatcher, &QFutureWatcher<CandidateList>::finished, this,
            [this, generation] { onCandidates(generation, m_candidatesWatcher->result()); });
    // The worker shares the document and the control: either may be dropped here while it runs.
    m_candidatesWatcher->setFuture(QtConcurrent::run([document = m_document, control = m_listControl] {
        return TableProjection::candidates(*document, kCandidateLimit, control.get());
    }));
    updateBusy();
}

void ResultTableView::onCandidates(quint64 generation, const CandidateList &candidates) {
    m_candidatesWatcher->deleteLater();
    m_candidatesWatcher = nullptr;
    const bool cancelled = m_listControl->isCancelled();
    m_listControl.reset();
    updateBusy();
    if (generation != m_generation)
        return;
    if (cancelled) {
        m_candidatesPending = true; // listed again when the tab is shown again
        if (!m_model->projection() && !m_buildWatcher)
            showMessageText(tr("Cancelled."));
        return;
    }
    const NodeId shown = m_model->projection() ? m_model->projection()->array() : m_requested;
    for (const auto &candidate : candidates) {
        if (pickerIndexOf(candidate.array) < 0)
            m_picker->addItem(candidateText(candidate.path, candidate.rows),
                              QVariant::fromValue(quint64(candidate.array)));
    }
    if (shown != ResultDocument::kNoNode) {
        m_picker->setCurrentIndex(pickerIndexOf(shown));
        return;
    }
    if (candidates.isEmpty()) {
        showMessageText(tr("This response has no array of objects to show as a table."));
        return;
    }
    showArray(candidates.first().array); // the largest is the suggestion
}

int ResultTableView::pickerIndexOf(NodeId array) {
    return m_picker->findData(QVariant::fromValue(quint64(array)));
}

void ResultTableView::onPicked(int index) {
    const QVariant array = m_picker->itemData(index);
    if (array.isValid())
        showArray(NodeId(array.toULongLong()));
}

void ResultTableView::showArray(NodeId array) {
    if (!m_document || array == ResultDocument::kNoNode)
        return;
    if (m_buildWatcher) { // a newer choice replaces a build still running
        m_buildWatcher->disconnect(this);
        m_buildWatcher->deleteLater();
        m_buildWatcher = nullptr;
        m_buildControl->cancel();
    }
    m_requested = array;
    if (pickerIndexOf(array) < 0 && m_document->type(array) == results::NodeType::Array)
        m_picker->addItem(candidateText(TableProjection::pathOf(*m_document, array), m_document->childCount(array)),
                          QVariant::fromValue(quint64(array)));
    m_picker->setCurrentIndex(pickerIndexOf(array));
    const quint64 generation = m_generation;
    m_buildControl = std::make_shared<TaskControl>();
    m_buildWatcher = new QFutureWatcher<Projection>(this);
    connect(m_buildWatcher, &QFutureWatcher<Projection>::finished, this,
            [this, generation] { onBuilt(generation, m_buildWatcher->result()); });
    m_buildWatcher->setFuture(QtConcurrent::run([document = m_document, array, control = m_buildControl] {
        return TableProjection::build(document, array, control.get());
    }));
    if (!m_model->projection())
        showMessageText(tr("Building the table\u2026"));
    updateBusy();
}

void ResultTableView::onBuilt(quint64 generation, std::shared_ptr<const TableProjection> projection) {
    m_buildWatcher->deleteLater();
    m_buildWatcher = nullptr;
    const bool cancelled = m_buildControl->isCancelled();
    m_buildControl.reset();
    updateBusy();
    if (generation != m_generation)
        return;
    if (!projection) {
        const NodeId shown = m_model->projection() ? m_model->projection()->array() : ResultDocument::kNoNode;
        m_requested = shown;
        m_picker->setCurrentIndex(pickerIndexOf(shown));
        if (!m_model->projection())
            showMessageText(cancelled ? tr("Cancelled. Choose an array above to show it as a table.")
                                      : tr("This node is not an array, so it cannot be shown as a table."));
        Q_EMIT message(cancelled ? tr("Table cancelled") : tr("Not an array"));
        return;
    }
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setProjection(projection);
    m_stack->setCurrentWidget(m_table);
    m_message->clear();
    Q_EMIT projectionChanged();
    Q_EMIT message(tr("Table of %1: %2 rows, %3 columns")
                       .arg(projection->arrayPath(), QLocale().toString(projection->rowCount()),
                            QLocale().toString(projection->columns().size())));
}

void ResultTableView::onSortFinished(bool applied) {
    updateBusy();
    if (applied || m_model->isSorting()) // a newer sort runs: its column is the one the header shows
        return;
    // A cancelled sort leaves the rows as they were: the header shows that order again.
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ResultTableView::cancel() {
    for (const auto &control : {m_listControl, m_buildControl}) {
        if (control)
            control->cancel();
    }
    m_model->cancelSort();
}

void ResultTableView::stopWorkers() {
    for (const auto &control : {m_listControl, m_buildControl}) {
        if (control)
            control->cancel();
    }
    m_listControl.reset();
    m_buildControl.reset();
    for (QObject *watcher : {static_cast<QObject *>(m_candidatesWatcher), static_cast<QObject *>(m_buildWatcher)}) {
        if (watcher) {
            watcher->disconnect(this);
            watcher->deleteLater(); // the worker ends on its own; its result is not used
        }
    }
    m_candidatesWatcher = nullptr;
    m_buildWatcher = nullptr;
}

bool ResultTableView::isBusy() const {
    return m_candidatesWatcher || m_buildWatcher || m_model->isSorting();
}

void ResultTableView::updateBusy() {
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy && !m_poll->isActive()) {
        m_progress->setValue(0);
        m_poll->start();
    } else if (!busy) {
        m_poll->stop();
    }
}

void ResultTableView::pollProgress() {
    int permille = 0;
    if (m_model->isSorting())
        permille = m_model->sortPermille();
    else if (m_buildControl)
        permille = m_buildControl->permille();
    else if (m_listControl)
        permille = m_listControl->permille();
    m_progress->setValue(permille);
}

void ResultTableView::showMessageText(const QString &text) {
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString ResultTableView::messageText() const {
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

std::shared_ptr<const TableProjection> ResultTableView::projection() const {
    return m_model->projection();
}

QList<int> ResultTableView::visibleColumns() const {
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QList<qsizetype> ResultTableView::rowOrder() const {
    return m_model->rowOrder();
}

QMenu *ResultTableView::createColumnMenu(QWidget *parent) {
    auto *menu = new QMenu(parent);
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Show all columns")), &QAction::triggered, this, &ResultTableView::showAllColumns);
    return menu;
}

void ResultTableView::setColumnVisible(int column, bool visible) {
    if (!visible && visibleColumns() == QList<int>{column})
        return; // an empty table would leave no header to bring columns back from
    m_table->setColumnHidden(column, !visible);
}

void ResultTableView::showAllColumns() {
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnHidden(column, false);
}

void ResultTableView::copySelection() {
    std::set<int> rows;
    std::set<int> selected;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.insert(row);
        for (int column = range.left(); column <= range.right(); ++column)
            selected.insert(column);
    }
    QList<int> columns;
    for (const int column : visibleColumns()) {
        if (selected.count(column))
            columns.append(column);
    }
    if (rows.empty() || columns.isEmpty())
        return;
    const qsizetype rowLimit = std::max<qsizetype>(1, kCopyCellLimit / columns.size());
    QStringList lines;
    for (const int row : rows) {
        if (lines.size() >= rowLimit)
            break;
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells.append(tsvField(m_model->index(row, column).data(ResultTableModel::FullValueRole).toString()));
        lines.append(cells.join(u'\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    if (qsizetype(rows.size()) > rowLimit)
        Q_EMIT message(
            tr("Copied the first %1 rows; export the table for all of them.").arg(QLocale().toString(rowLimit)));
}

} // namespace altrata::ui
