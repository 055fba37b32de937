#include "querytab.h"

#include "headerseditor.h"
#include "jsoneditor.h"
#include "prettify.h"
#include "queryeditor.h"
#include "resultsview.h"

#include <Qsci/qscicommandset.h>

#include <QSplitter>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace altrata::ui {

QueryTab::QueryTab(QWidget *parent)
    : QWidget(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    buildUi();
    connect(m_editor, &QsciScintilla::textChanged, this, &QueryTab::changed);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, &QueryTab::changed);
    connect(m_variables, &QsciScintilla::textChanged, this, &QueryTab::changed);
    connect(m_headers, &HeadersEditor::changed, this, &QueryTab::changed);
    connect(m_results, &ResultsView::errorLocationActivated, this, &QueryTab::goToSentLocation);
}

QueryTab::~QueryTab() = default;

void QueryTab::buildUi() {
    m_editor = new QueryEditor(this);
    m_editor->setObjectName(QStringLiteral("queryEditor"));
    m_variables = new JsonEditor(JsonEditor::Mode::Variables, this);
    m_variables->setObjectName(QStringLiteral("variablesEditor"));
    m_headers = new HeadersEditor(this);
    m_headers->setObjectName(QStringLiteral("headersEditor"));
    m_requestTabs = new QTabWidget(this);
    m_requestTabs->setObjectName(QStringLiteral("requestTabs"));
    m_requestTabs->setDocumentMode(true);
    m_requestTabs->addTab(m_variables, tr("&Variables"));
    m_requestTabs->addTab(m_headers, tr("&Headers"));

    m_editorSplitter = new QSplitter(Qt::Vertical, this);
    m_editorSplitter->setObjectName(QStringLiteral("editorSplitter"));
    m_editorSplitter->addWidget(m_editor);
    m_editorSplitter->addWidget(m_requestTabs);
    m_editorSplitter->setStretchFactor(0, 3);
    m_editorSplitter->setStretchFactor(1, 1);
    m_editorSplitter->setChildrenCollapsible(false);
    m_editorSplitter->setSizes({700, 250}); // until the user's own positions are restored: the query first

    m_results = new ResultsView(this);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_editorSplitter);
    m_mainSplitter->addWidget(m_results);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);
    setFocusProxy(m_editor);
}

workspace::QueryDocument QueryTab::state() const {
    workspace::QueryDocument document;
    document.id = m_id;
    document.title = m_title;
    document.query = m_editor->text();
    document.variables = m_variables->text();
    document.headers = m_headers->entries();
    document.serviceUrl = m_serviceUrl;
    m_editor->getCursorPosition(&document.cursorLine, &document.cursorColumn);
    document.filePath = m_filePath;
    document.fileModified = isFileModified();
    return document;
}

void QueryTab::setState(const workspace::QueryDocument &document) {
    QSignalBlocker blocker(this); // one changed() at the end, not one per part
    if (!document.id.isEmpty())
        m_id = document.id;
    m_title = document.title;
    m_serviceUrl = document.serviceUrl;
    m_filePath = document.filePath;
    m_editor->setText(document.query);
    m_variables->setText(document.variables);
    m_headers->setEntries(document.headers);
    m_editor->setCursorPosition(document.cursorLine, document.cursorColumn);
    m_editor->ensureCursorVisible();
    // After a restart the file's content is not known: a tab saved as modified stays modified until saved.
    m_savedText = document.fileModified ? QString() : document.query;
    blocker.unblock();
    Q_EMIT changed();
}

void QueryTab::setTitle(const QString &title) {
    if (title == m_title)
        return;
    m_title = title;
    Q_EMIT changed();
}

void QueryTab::setServiceUrl(const QUrl &url) {
    if (url == m_serviceUrl)
        return;
    m_serviceUrl = url;
    Q_EMIT changed();
}

bool QueryTab::isFileModified() const {
    return !m_filePath.isEmpty() && (m_savedText.isNull() || m_editor->text() != m_savedText);
}

void QueryTab::markSaved(const QString &path) {
    m_filePath = path;
    m_savedText = m_editor->text();
    if (m_savedText.isNull())
        m_savedText = QLatin1String("");
    Q_EMIT changed();
}

QString QueryTab::prettify() {
    const PrettifyResult result = ui::prettify(m_editor->text());
    if (!result.ok) {
        m_editor->goToLocation(result.line, result.column);
        return tr("Not prettified: %1 (line %2, column %3). The text is unchanged.")
            .arg(result.error)
            .arg(result.line)
            .arg(result.column);
    }
    if (result.text == m_editor->text())
        return {};
    int line = 0;
    int column = 0;
    m_editor->getCursorPosition(&line, &column);
    m_editor->beginUndoAction(); // one Ctrl+Z brings the previous text back
    m_editor->selectAll();
    m_editor->replaceSelectedText(result.text);
    m_editor->endUndoAction();
    m_editor->setCursorPosition(std::min(line, m_editor->lines() - 1), 0);
    return result.droppedComments ? tr("Prettified. Comments inside operations were left out; Undo brings them back.")
                                  : QString();
}

void QueryTab::yieldShortcuts(const QList<QKeySequence> &shortcuts) {
    for (QsciScintilla *editor : {static_cast<QsciScintilla *>(m_editor), static_cast<QsciScintilla *>(m_variables)}) {
        for (QsciCommand *command : editor->standardCommands()->commands()) {
            for (const QKeySequence &shortcut : shortcuts) {
                const int key = shortcut[0].toCombined();
                if (command->key() == key)
                    command->setKey(0);
                if (command->alternateKey() == key)
                    command->setAlternateKey(0);
            }
        }
    }
}

void QueryTab::setLastSent(const SentText &sent) {
    m_lastSent = sent;
    m_lastSentSource = m_editor->text();
}

bool QueryTab::goToSentLocation(int line, int column) {
    const std::optional<std::pair<int, int>> target = m_lastSent.toSource(line, column, m_lastSentSource);
    if (!target)
        return false;
    m_editor->goToLocation(target->first, target->second);
    return true;
}

} // namespace altrata::ui
