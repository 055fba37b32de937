#include "findbar.h"

#include "icons.h"

#include <QAction>
#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace altrata::ui {

using results::DocumentSearch;
using results::SearchOptions;
using results::SearchResult;

namespace {

bool sameOptions(const SearchOptions &a, const SearchOptions &b) {
    return a.text == b.text && a.keys == b.keys && a.values == b.values && a.regularExpression == b.regularExpression &&
           a.caseSensitive == b.caseSensitive;
}

QCheckBox *optionBox(const QString &text, bool checked, QWidget *parent) {
    auto *box = new QCheckBox(text, parent);
    box->setChecked(checked);
    box->setFocusPolicy(Qt::TabFocus); // clicking an option keeps the focus in the text field
    return box;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_typingTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this)) {
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Find in keys and values"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Find text"));
    m_text->installEventFilter(this);
    createActions();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(actionIcon(QStringLiteral("cancel")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &FindBar::cancelSearch);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(createOptions());
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingDelayMs);
    m_pollTimer->setInterval(kPollMs);
    connect(m_typingTimer, &QTimer::timeout, this, &FindBar::startSearch);
    connect(m_pollTimer, &QTimer::timeout, this, &FindBar::showProgress);
    connect(m_text, &QLineEdit::textChanged, this, &FindBar::scheduleSearch);
    updateStatus();
}

FindBar::~FindBar() {
    if (m_control)
        m_control->cancel(); // the worker owns its share of the document and the control; let it stop soon
}

void FindBar::createActions() {
    m_nextAction = new QAction(tr("Next"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_nextAction->setToolTip(tr("Next match (F3, Enter)"));
    m_previousAction = new QAction(tr("Previous"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_previousAction->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    // Only where the focus is inside the bar (or the widget the owner adds the actions to).
    for (QAction *action : {m_nextAction, m_previousAction, closeAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_nextAction);
    addAction(m_previousAction);
    addAction(closeAction);
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);
    connect(closeAction, &QAction::triggered, this, &FindBar::closeBar);

    m_previous = new QToolButton(this);
    m_previous->setDefaultAction(m_previousAction);
    m_next = new QToolButton(this);
    m_next->setDefaultAction(m_nextAction);
}

QWidget *FindBar::createOptions() {
    auto *options = new QWidget(this);
    m_keys = optionBox(tr("Keys"), true, options);
    m_values = optionBox(tr("Values"), true, options);
    m_regex = optionBox(tr("Regular expression"), false, options);
    m_matchCase = optionBox(tr("Match case"), false, options);
    auto *layout = new QHBoxLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : {m_keys, m_values, m_regex, m_matchCase}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &FindBar::scheduleSearch);
    }
    return options;
}

void FindBar::setDocument(std::shared_ptr<const results::ResultDocument> document) {
    stopRunning();
    m_document = std::move(document);
    m_hits.clear();
    m_hasResult = false;
    m_truncated = false;
    m_current = -1;
    m_pendingStep = 0;
    m_note.clear();
    updateStatus();
}

SearchOptions FindBar::options() const {
    SearchOptions options;
    options.text = m_text->text();
    options.keys = m_keys->isChecked();
    options.values = m_values->isChecked();
    options.regularExpression = m_regex->isChecked();
    options.caseSensitive = m_matchCase->isChecked();
    return options;
}

QString FindBar::statusText() const {
    return m_status->text();
}

bool FindBar::isSearching() const {
    return m_watcher != nullptr;
}

void FindBar::activate() {
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
    if (!m_hasResult && !isSearching() && !m_text->text().isEmpty())
        scheduleSearch();
}

void FindBar::findNext() {
    step(+1);
}

void FindBar::findPrevious() {
    step(-1);
}

void FindBar::step(int direction) {
    if (isHidden()) { // F3 from the tree
        activate();
        if (m_text->text().isEmpty())
            return;
    }
    const SearchOptions current = options();
    const bool upToDate = sameOptions(m_searched, current) && !m_typingTimer->isActive();
    if (m_hasResult && upToDate) {
        jump(direction);
        return;
    }
    m_pendingStep = direction;
    if (!(isSearching() && upToDate)) // else the running search jumps when it is done
        startSearch();
}

void FindBar::jump(int direction) {
    if (m_hits.isEmpty())
        return;
    const int count = int(m_hits.size());
    if (m_current < 0)
        m_current = direction > 0 ? 0 : count - 1;
    else
        m_current = (m_current + direction + count) % count;
    updateStatus();
    Q_EMIT hitActivated(m_hits[m_current].rowPath);
}

void FindBar::scheduleSearch() {
    m_typingTimer->start(); // restarts: the search waits for a pause in typing
}

void FindBar::startSearch() {
    m_typingTimer->stop();
    stopRunning();
    m_hits.clear();
    m_hasResult = false;
    m_truncated = false;
    m_current = -1;
    m_note.clear();
    m_searched = options();
    const auto problem = DocumentSearch::problem(m_searched);
    if (!m_document || problem) {
        if (problem && !m_searched.text.isEmpty()) // an empty field needs no sentence
            m_note = *problem;
        m_pendingStep = 0;
        updateStatus();
        return;
    }
    m_control = std::make_shared<results::TaskControl>();
    const quint64 generation = m_generation;
    m_watcher = new QFutureWatcher<SearchResult>(this);
    connect(m_watcher, &QFutureWatcher<SearchResult>::finished, this,
            [this, generation] { onSearchFinished(generation); });
    // The worker shares the document and the control: both outlive a newer search or this bar if need be.
    m_watcher->setFuture(QtConcurrent::run([document = m_document, options = m_searched, control = m_control] {
        return DocumentSearch::run(*document, options, control.get());
    }));
    m_pollTimer->start();
    updateStatus();
}

void FindBar::onSearchFinished(quint64 generation) {
    if (generation != m_generation || !m_watcher)
        return;
    SearchResult result = m_watcher->result();
    stopRunning();
    const int direction = m_pendingStep != 0 ? m_pendingStep : +1;
    m_pendingStep = 0;
    if (result.cancelled) {
        m_note = tr("Search cancelled.");
        updateStatus();
        return;
    }
    m_hits = std::move(result.hits);
    m_truncated = result.truncated;
    m_hasResult = true;
    updateStatus();
    jump(direction); // typing finds as you go: the first hit is shown at once
}

void FindBar::cancelSearch() {
    if (!isSearching())
        return;
    stopRunning();
    m_pendingStep = 0;
    m_note = tr("Search cancelled.");
    updateStatus();
}

void FindBar::closeBar() {
    if (isSearching()) {
        stopRunning();
        m_pendingStep = 0;
        updateStatus();
    }
    hide();
    Q_EMIT closed();
}

void FindBar::showProgress() {
    if (!m_control)
        return;
    m_progress->setValue(m_control->permille());
    m_progress->show(); // only from the first poll on: a quick search never flashes a bar
    m_cancel->show();
}

void FindBar::stopRunning() {
    ++m_generation; // whatever an older worker still delivers is dropped
    if (m_control)
        m_control->cancel();
    m_control.reset();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_pollTimer->stop();
    m_progress->hide();
    m_progress->reset();
    m_cancel->hide();
}

void FindBar::updateStatus() {
    QString text;
    if (isSearching()) {
        text = tr("Searching\u2026");
    } else if (!m_note.isEmpty()) {
        text = m_note;
    } else if (m_hasResult && m_hits.isEmpty()) {
        text = tr("No matches");
    } else if (m_hasResult) {
        const QString count =
            QLocale().toString(qint64(m_hits.size())) + (m_truncated ? QStringLiteral("+") : QString());
        text =
            m_current >= 0 ? tr("%1 of %2").arg(QLocale().toString(m_current + 1), count) : tr("%1 matches").arg(count);
    }
    m_status->setText(text);
    m_status->setToolTip(
        m_truncated ? tr("The search stopped at %1 matches.").arg(QLocale().toString(qint64(DocumentSearch::kMaxHits)))
                    : QString());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace altrata::ui
