#include "resultsview.h"

#include "bytesize.h"
#include "errorlistwidget.h"
#include "exportactions.h"
#include "findbar.h"
#include "icons.h"
#include "jsoneditor.h"
#include "rawresultview.h"
#include "results/jsontreemodel.h"
#include "resulttableview.h"
#include "resulttreeview.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace altrata::ui {

using net::GraphQLResponse;
using results::JsonTreeModel;
using results::ResultDocument;

namespace {

const QString separator = QStringLiteral(" \u00b7 ");

QString reasonPhrase(int status) {
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString durationText(qint64 ms) {
    if (ms < 1000)
        return QObject::tr("%1 ms").arg(qMax<qint64>(ms, 0));
    return QObject::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this)) {
    m_tree = new ResultTreeView(this);
    m_tree->setModel(m_model);
    m_raw = new RawResultView(this);
    m_errors = new ErrorListWidget(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(TreeTab, m_tree, tr("Tree"));
    m_table = new ResultTableView(this);
    m_tabs->insertTab(TableTab, m_table, tr("Table"));
    m_tabs->insertTab(RawTab, m_raw, tr("Raw"));
    m_tabs->insertTab(ErrorsTab, m_errors, tr("Errors"));
    m_tree->setAccessibleName(tr("Result tree"));
    m_raw->editor()->setAccessibleName(tr("Raw result JSON"));
    m_errors->setAccessibleName(tr("GraphQL errors"));

    m_progress = new QProgressBar(this);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(4, 1, 4, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createMessageBar());
    createFindBar();
    layout->addWidget(m_findBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createExportActions());
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_errors, &ErrorListWidget::locationActivated, this, &ResultsView::errorLocationActivated);
    connect(m_tree, &ResultTreeView::message, this, &ResultsView::showNote);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResultsView::onTabChanged);
    connect(m_table, &ResultTableView::message, this, &ResultsView::showNote);
    connect(m_tree, &ResultTreeView::showAsTableRequested, this, [this](results::NodeId array) {
        m_tabs->setCurrentIndex(TableTab);
        m_table->showArray(array);
    });
}

ResultsView::~ResultsView() = default;

QWidget *ResultsView::createExportActions() {
    m_export = new ExportActions(this);
    m_tabs->setCornerWidget(m_export->button(), Qt::TopRightCorner);
    m_export->setCurrentNodeSource([this] { return m_model->nodeOf(m_tree->currentIndex()); });
    // The tree's "Copy as JSON" runs on a worker like every export: a huge node must not freeze the window.
    disconnect(m_tree->copyJsonAction(), &QAction::triggered, m_tree, &ResultTreeView::copyCurrentJson);
    connect(m_tree->copyJsonAction(), &QAction::triggered, m_export, &ExportActions::copyNodeJson);
    connect(m_export, &ExportActions::message, this, &ResultsView::showNote);
    m_export->setTableSource([this] {
        return TableSelection{m_table->projection(), m_table->visibleColumns(), m_table->rowOrder()};
    });
    connect(m_table, &ResultTableView::projectionChanged, m_export, &ExportActions::updateActions);
    return m_export; // the progress strip of a long export, under the tabs
}

QWidget *ResultsView::createMessageBar() {
    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("resultsMessageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    m_messageIcon = new QLabel(m_messageBar);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_messageText->font();
    bold.setBold(true);
    m_messageText->setFont(bold);
    m_detailsButton = new QToolButton(m_messageBar);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setObjectName(QStringLiteral("resultsDetailsButton"));
    m_detailsButton->setToolTip(tr("Show the technical detail"));
    m_detailText = new QLabel(m_messageBar);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setObjectName(QStringLiteral("resultsDetailText"));
    m_detailText->hide();
    connect(m_detailsButton, &QToolButton::toggled, m_detailText, &QLabel::setVisible);

    auto *top = new QHBoxLayout;
    top->addWidget(m_messageIcon, 0, Qt::AlignTop);
    top->addWidget(m_messageText, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(m_messageBar);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_detailText);
    m_messageBar->hide();
    return m_messageBar;
}

void ResultsView::createFindBar() {
    m_findBar = new FindBar(this);
    m_findBar->hide();
    auto *find = new QAction(tr("&Find\u2026"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Ctrl+F in the query editor stays the editor's
    connect(find, &QAction::triggered, this, &ResultsView::showFindBar);
    addAction(find);
    addAction(m_findBar->findNextAction()); // F3 / Shift+F3 from the tree too
    addAction(m_findBar->findPreviousAction());
    connect(m_findBar, &FindBar::hitActivated, this, &ResultsView::revealFindHit);
    connect(m_findBar, &FindBar::closed, m_tree, qOverload<>(&QWidget::setFocus));
}

void ResultsView::showFindBar() {
    m_findBar->activate();
}

void ResultsView::revealFindHit(const QList<qint64> &rowPath) {
    m_tabs->setCurrentIndex(TreeTab);
    m_tree->revealRowPath(rowPath);
}

void ResultsView::showRunning(const QString &serviceLabel) {
    m_serviceLabel = serviceLabel;
    hideMessage();
    m_meter.reset();
    m_transferClock.start();
    m_progress->setRange(0, 0); // indeterminate until the first progress report with a total
    m_progress->setTextVisible(false);
    m_progress->show();
    QStringList parts{tr("Running\u2026")};
    if (!serviceLabel.isEmpty())
        parts.append(serviceLabel);
    setStatus(parts.join(separator));
}

void ResultsView::setProgress(qint64 received, qint64 total) {
    if (!m_transferClock.isValid())
        m_transferClock.start();
    m_meter.report(received, m_transferClock.elapsed());
    if (total > 0) {
        // Permille, so that bodies beyond 2 GB still fit the int range of QProgressBar.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(received * 1000 / total, 0, 1000)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->show();
    QStringList parts{tr("Running\u2026"), TransferMeter::progressText(received, total, m_meter.bytesPerSecond())};
    if (!m_serviceLabel.isEmpty())
        parts.append(m_serviceLabel);
    setStatus(parts.join(separator));
}

void ResultsView::showParsing(qint64 bytes) {
    m_parsingBytes = bytes;
    // A large body takes a moment to parse; a bar stuck at 100% would look like a hang.
    m_progress->setRange(0, 0);
    m_progress->show();
    QStringList parts{tr("Reading %1\u2026").arg(byteSizeText(bytes))};
    if (!m_serviceLabel.isEmpty())
        parts.append(m_serviceLabel);
    setStatus(parts.join(separator));
}

void ResultsView::setParseProgress(int permille) {
    m_progress->setRange(0, 1000);
    m_progress->setValue(std::clamp(permille, 0, 1000));
    m_progress->show();
    QStringList parts{
        tr("Reading %1\u2026 %2%").arg(byteSizeText(m_parsingBytes)).arg(std::clamp(permille, 0, 1000) / 10)};
    if (!m_serviceLabel.isEmpty())
        parts.append(m_serviceLabel);
    setStatus(parts.join(separator));
}

void ResultsView::showResponse(const GraphQLResponse &response, const QString &serviceLabel) {
    if (response.outcome == GraphQLResponse::Outcome::Cancelled) {
        showCancelled();
        return;
    }
    m_serviceLabel = serviceLabel;
    finishProgress();
    // Only a response with a document replaces what is shown: a failure keeps the previous result visible.
    if (response.document)
        showDocument(response.document);
    const qint64 size = response.document ? response.document->byteSize() : response.body.size();
    setStatus(responseStatus(response, serviceLabel, size));

    switch (response.outcome) {
    case GraphQLResponse::Outcome::Data:
        hideMessage();
        break;
    case GraphQLResponse::Outcome::GraphQLErrors:
        showMessage(Severity::Warning,
                    response.message.isEmpty() ? tr("The service answered with errors.") : response.message,
                    response.detail);
        break;
    case GraphQLResponse::Outcome::HttpError:
    case GraphQLResponse::Outcome::TransportError:
    case GraphQLResponse::Outcome::AuthFailed:
        showMessage(Severity::Error, response.message.isEmpty() ? tr("The request failed.") : response.message,
                    response.detail);
        break;
    case GraphQLResponse::Outcome::Cancelled:
        break;
    }
}

void ResultsView::showDocument(std::shared_ptr<const ResultDocument> document) {
    m_document = std::move(document);
    m_model->setDocument(m_document);
    m_table->setDocument(m_document); // lists its arrays when the Table tab is shown
    m_findBar->setDocument(m_document);
    m_errors->setErrors(m_document ? m_document->graphqlErrors() : QList<results::GraphQLErrorInfo>{});
    updateErrorsTabLabel();

    const bool hasData = m_document && m_document->hasData();
    if (hasData) {
        m_tree->expandTopLevels();
        m_tree->fitKeyColumn();
    }
    if (!hasData && m_errors->count() > 0)
        m_tabs->setCurrentIndex(ErrorsTab);
    else if (hasData && m_tabs->currentIndex() == ErrorsTab)
        m_tabs->setCurrentIndex(TreeTab);

    // The Raw text is made when that tab is shown; a job still formatting an older document is dropped.
    m_raw->setDocument(m_document);
    m_export->setDocument(m_document);
    if (m_tabs->currentIndex() == RawTab)
        m_raw->ensureFormatted();
}

void ResultsView::showCancelled() {
    finishProgress();
    hideMessage();
    QStringList parts{tr("Cancelled")};
    if (!m_serviceLabel.isEmpty())
        parts.append(m_serviceLabel);
    setStatus(parts.join(separator));
}

void ResultsView::clear() {
    finishProgress();
    hideMessage();
    m_serviceLabel.clear();
    showDocument(nullptr);
    setStatus({});
}

QString ResultsView::responseStatus(const GraphQLResponse &response, const QString &serviceLabel, qint64 byteSize) {
    QStringList parts;
    if (response.httpStatus > 0)
        parts.append(QStringLiteral("%1 %2").arg(response.httpStatus).arg(reasonPhrase(response.httpStatus)).trimmed());
    else if (response.outcome == GraphQLResponse::Outcome::AuthFailed)
        parts.append(tr("Not sent"));
    else
        parts.append(tr("No response"));
    parts.append(durationText(response.elapsedMs));
    if (byteSize > 0)
        parts.append(byteSizeText(byteSize));
    if (!serviceLabel.isEmpty())
        parts.append(serviceLabel);
    return parts.join(separator);
}

void ResultsView::showMessage(Severity severity, const QString &text, const QString &detail) {
    m_severity = severity;
    styleMessageBar();
    m_messageText->setText(text);
    m_messageText->setToolTip(detail);
    m_detailText->setText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    m_detailsButton->setChecked(false);
    m_messageBar->show();
}

void ResultsView::styleMessageBar() {
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = actionIcon(m_severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
    m_messageIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    // A tint of the palette's own window colour keeps the bar readable in light and dark themes alike.
    QPalette palette = this->palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor tint = m_severity == Severity::Error ? QColor(220, 50, 47) : QColor(220, 160, 0);
    palette.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * 0.75f + tint.redF() * 0.25f,
                                                        window.greenF() * 0.75f + tint.greenF() * 0.25f,
                                                        window.blueF() * 0.75f + tint.blueF() * 0.25f));
    m_messageBar->setPalette(palette);
}

// The bar's tint is an explicit palette that would otherwise keep a light background under a dark theme.
void ResultsView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_messageBar)
        styleMessageBar();
}

void ResultsView::hideMessage() {
    m_messageBar->hide();
    m_messageText->clear();
    m_detailText->clear();
}

void ResultsView::setStatus(const QString &text) {
    m_baseStatus = text;
    m_status->setText(text);
}

void ResultsView::showNote(const QString &text) {
    m_status->setText(m_baseStatus.isEmpty() ? text : m_baseStatus + separator + text);
}

void ResultsView::finishProgress() {
    m_progress->hide();
    m_progress->setRange(0, 1);
    m_progress->reset();
}

void ResultsView::updateErrorsTabLabel() {
    const int count = m_errors->count();
    m_tabs->setTabText(ErrorsTab, count > 0 ? tr("Errors (%1)").arg(count) : tr("Errors"));
}

void ResultsView::onTabChanged(int index) {
    if (index == RawTab)
        m_raw->ensureFormatted();
}

QString ResultsView::statusText() const {
    return m_status->text();
}

results::JsonTreeModel *ResultsView::treeModel() const {
    return m_model;
}

QTreeView *ResultsView::treeView() const {
    return m_tree;
}

JsonEditor *ResultsView::rawView() const {
    return m_raw->editor();
}

QListWidget *ResultsView::errorList() const {
    return m_errors;
}

QTabWidget *ResultsView::tabs() const {
    return m_tabs;
}

QString ResultsView::messageText() const {
    return m_messageBar->isHidden() ? QString() : m_messageText->text();
}

QString ResultsView::messageDetail() const {
    return m_messageBar->isHidden() ? QString() : m_detailText->text();
}

bool ResultsView::isFormattingRaw() const {
    return m_raw->isFormatting();
}

void ResultsView::expandAllBelowCurrent() {
    m_tree->expandAllBelowCurrent();
}

void ResultsView::collapseAllBelowCurrent() {
    m_tree->collapseAllBelowCurrent();
}

void ResultsView::copyCurrentValue() {
    m_tree->copyCurrentValue();
}

void ResultsView::copyCurrentJson() {
    m_export->copyNodeJson(); // on a worker; the clipboard is set when it is done
}

void ResultsView::copyCurrentPath() {
    m_tree->copyCurrentPath();
}

} // namespace altrata::ui
