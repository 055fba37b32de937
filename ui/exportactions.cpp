#include "exportactions.h"

#include "results/exportjob.h"
#include "results/tableexport.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

namespace altrata::ui {

using results::ExportJob;
using results::NodeId;
using results::ResultDocument;

namespace {

const QString excelKey = QStringLiteral("ui/exportCsvWithBom");
const QString folderKey = QStringLiteral("ui/lastExportDirectory");
const QString jsonFilter = QStringLiteral("JSON (*.json);;All files (*)");

QString tableFilter(bool tsv) {
    return tsv ? QStringLiteral("Tab-separated values (*.tsv *.txt);;All files (*)")
               : QStringLiteral("CSV (*.csv);;All files (*)");
}

} // namespace

ExportActions::ExportActions(QWidget *parent)
    : QWidget(parent)
    , m_clipboardLimit(ExportJob::kDefaultClipboardLimit) {
    setObjectName(QStringLiteral("exportProgress"));
    m_progressText = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ExportActions::cancel);
    hide(); // shown while a long export runs

    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(window(), tr("Export"), suggested, filter);
    };
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ExportActions::poll);
    buildMenu();
    updateActions();
}

ExportActions::~ExportActions() = default;

QAction *ExportActions::addAction(const QString &text, void (ExportActions::*slot)()) {
    auto *action = m_menu->addAction(text);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void ExportActions::buildMenu() {
    m_menu = new QMenu(this);
    m_copyJson = addAction(tr("Copy Response as JSON"), &ExportActions::copyResponseJson);
    m_copyCompactJson = addAction(tr("Copy Response as Compact JSON"), &ExportActions::copyResponseCompactJson);
    m_saveJson = addAction(tr("Save Response as JSON\u2026"), &ExportActions::saveResponseJson);
    m_saveNodeJson = addAction(tr("Save Current Node as JSON\u2026"), &ExportActions::saveNodeJson);
    m_menu->addSeparator();
    m_copyCsv = m_menu->addAction(tr("Copy Table as CSV"), this, [this] { copyTable(false); });
    m_copyTsv = m_menu->addAction(tr("Copy Table as TSV"), this, [this] { copyTable(true); });
    m_saveCsv = m_menu->addAction(tr("Save Table as CSV\u2026"), this, [this] { saveTable(false); });
    m_saveTsv = m_menu->addAction(tr("Save Table as TSV\u2026"), this, [this] { saveTable(true); });
    m_menu->addSeparator();
    m_excelCsv = m_menu->addAction(tr("Excel-Compatible CSV (UTF-8 with BOM)"));
    m_excelCsv->setCheckable(true);
    connect(m_excelCsv, &QAction::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setValue(excelKey, on);
    });

    m_button = new QToolButton(this); // the owner moves it where it belongs (a corner of the tabs)
    m_button->setObjectName(QStringLiteral("exportButton"));
    m_button->setText(tr("Export"));
    m_button->setToolTip(tr("Copy or save the response or the table"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAutoRaise(true);
    m_button->setMenu(m_menu);
}

void ExportActions::setDocument(std::shared_ptr<const ResultDocument> document) {
    m_document = std::move(document);
    updateActions();
}

void ExportActions::setCurrentNodeSource(std::function<NodeId()> currentNode) {
    m_currentNode = std::move(currentNode);
}

void ExportActions::setTableSource(std::function<TableSelection()> table) {
    m_table = std::move(table);
    updateActions();
}

void ExportActions::setSettings(QSettings *settings) {
    m_settings = settings;
    if (settings)
        m_excelCsv->setChecked(settings->value(excelKey, false).toBool());
}

void ExportActions::setFileChooser(FileChooser chooser) {
    m_chooseFile = std::move(chooser);
}

bool ExportActions::isExporting() const {
    return m_job != nullptr;
}

bool ExportActions::excelCsv() const {
    return m_excelCsv->isChecked();
}

NodeId ExportActions::currentNode() const {
    return m_currentNode ? m_currentNode() : ResultDocument::kNoNode;
}

void ExportActions::updateActions() {
    const bool idle = !m_job;
    const bool hasDocument = bool(m_document);
    const bool hasTable = m_table && m_table().projection;
    for (QAction *action : {m_copyJson, m_copyCompactJson, m_saveJson, m_saveNodeJson})
        action->setEnabled(idle && hasDocument);
    for (QAction *action : {m_copyCsv, m_copyTsv, m_saveCsv, m_saveTsv})
        action->setEnabled(idle && hasTable);
}

void ExportActions::copyResponseJson() {
    if (m_document)
        startJson(m_document->root(), true, {});
}

void ExportActions::copyResponseCompactJson() {
    if (m_document)
        startJson(m_document->root(), false, {});
}

void ExportActions::saveResponseJson() {
    if (!m_document)
        return;
    const QString path = chooseFile(QStringLiteral("response.json"), jsonFilter);
    if (!path.isEmpty())
        startJson(m_document->root(), true, path);
}

void ExportActions::saveNodeJson() {
    const NodeId node = currentNode();
    if (!m_document || node == ResultDocument::kNoNode) {
        Q_EMIT message(tr("Select a node in the tree to save it."));
        return;
    }
    const QString path = chooseFile(QStringLiteral("node.json"), jsonFilter);
    if (!path.isEmpty())
        startJson(node, true, path);
}

void ExportActions::copyNodeJson() {
    const NodeId node = currentNode();
    if (m_document && node != ResultDocument::kNoNode)
        startJson(node, true, {});
}

void ExportActions::copyTable(bool tsv) {
    startTable(tsv, {});
}

void ExportActions::saveTable(bool tsv) {
    if (!m_table || !m_table().projection)
        return;
    const QString path = chooseFile(tsv ? QStringLiteral("table.tsv") : QStringLiteral("table.csv"), tableFilter(tsv));
    if (!path.isEmpty())
        startTable(tsv, path);
}

void ExportActions::cancel() {
    if (m_job)
        m_job->cancel();
}

QString ExportActions::chooseFile(const QString &name, const QString &filter) {
    const QString folder = m_settings ? m_settings->value(folderKey).toString() : QString();
    const QString start = folder.isEmpty() ? name : QDir(folder).filePath(name);
    const QString path = m_chooseFile ? m_chooseFile(start, filter) : QString();
    if (!path.isEmpty() && m_settings)
        m_settings->setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

bool ExportActions::refuseWhileBusy() {
    if (m_job)
        Q_EMIT message(tr("Another export is still running."));
    return m_job != nullptr;
}

void ExportActions::startJson(NodeId node, bool pretty, const QString &filePath) {
    if (refuseWhileBusy())
        return;
    auto *job = new ExportJob(this);
    job->setClipboardLimit(m_clipboardLimit);
    job->startJson(m_document, node, pretty, filePath);
    watch(job, tr("JSON"));
}

void ExportActions::startTable(bool tsv, const QString &filePath) {
    const TableSelection selection = m_table ? m_table() : TableSelection{};
    const std::shared_ptr<const results::TableProjection> table = selection.projection;
    if (!table || refuseWhileBusy())
        return;
    results::TableExportOptions options;
    options.format = tsv ? results::TableFormat::Tsv : results::TableFormat::Csv;
    options.utf8Bom = !tsv && excelCsv() && !filePath.isEmpty(); // a BOM is for files Excel opens
    options.columns = selection.columns;
    options.rows = selection.rows;
    auto *job = new ExportJob(this);
    job->setClipboardLimit(m_clipboardLimit);
    job->start(
        [table, options](QIODevice &device, results::TaskControl &control) {
            return writeTable(*table, options, device, &control);
        },
        tsv ? tr("TSV") : tr("CSV"), filePath);
    watch(job, tsv ? tr("TSV") : tr("CSV"));
}

void ExportActions::watch(ExportJob *job, const QString &what) {
    m_job = job;
    connect(job, &ExportJob::finished, this, &ExportActions::onFinished);
    m_progressText->setText(job->filePath().isEmpty()
                                ? tr("Copying %1\u2026").arg(what)
                                : tr("Saving %1\u2026").arg(QFileInfo(job->filePath()).fileName()));
    m_progress->setValue(0);
    m_elapsed.start();
    m_poll.start(); // the strip appears at the first tick: quick exports never flash it
    updateActions();
}

void ExportActions::poll() {
    if (!m_job)
        return;
    m_progress->setValue(m_job->permille());
    show();
}

void ExportActions::onFinished() {
    ExportJob *job = m_job;
    m_job = nullptr;
    m_poll.stop();
    hide();
    if (job->succeeded() && job->filePath().isEmpty())
        QGuiApplication::clipboard()->setText(job->text());
    job->deleteLater();
    updateActions();
    Q_EMIT message(job->wasCancelled() ? tr("Export cancelled.") : job->message());
}

} // namespace altrata::ui
