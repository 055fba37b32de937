#include "querytabs.h"

#include "jsoneditor.h"
#include "queryeditor.h"
#include "querytab.h"
#include "resultsview.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QTabBar>

namespace altrata::ui {

QueryTabs::QueryTabs(QWidget *parent)
    : QTabWidget(parent) {
    setObjectName(QStringLiteral("queryTabs"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setUsesScrollButtons(true);
    tabBar()->installEventFilter(this);
    tabBar()->setToolTip(tr("Double-click a tab to rename it; middle-click closes it"));
    connect(this, &QTabWidget::tabCloseRequested, this, &QueryTabs::closeTab);
    connect(this, &QTabWidget::tabBarDoubleClicked, this, &QueryTabs::renameTab);
    connect(tabBar(), &QTabBar::tabMoved, this, &QueryTabs::workspaceChanged);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        Q_EMIT currentTabChanged(currentTab());
        Q_EMIT workspaceChanged();
    });
}

QueryTabs::~QueryTabs() = default;

QueryTab *QueryTabs::tabAt(int index) const {
    return qobject_cast<QueryTab *>(widget(index));
}

QueryTab *QueryTabs::currentTab() const {
    return tabAt(currentIndex());
}

QueryTab *QueryTabs::findTab(const QString &id) const {
    for (int i = 0; i < count(); ++i) {
        if (tabAt(i)->id() == id)
            return tabAt(i);
    }
    return nullptr;
}

QString QueryTabs::nextUntitledTitle() const {
    int highest = 0;
    for (int i = 0; i < count(); ++i) {
        const QString title = tabAt(i)->title();
        if (title.startsWith(tr("Untitled ")))
            highest = std::max(highest, title.mid(tr("Untitled ").size()).toInt());
    }
    return tr("Untitled %1").arg(highest + 1);
}

QueryTab *QueryTabs::addDocument(const workspace::QueryDocument &document) {
    auto *tab = new QueryTab(this);
    workspace::QueryDocument named = document;
    if (named.title.isEmpty())
        named.title = nextUntitledTitle();
    tab->setState(named);
    connect(tab, &QueryTab::changed, this, [this, tab] { onTabChanged(tab); });
    setCurrentIndex(addTab(tab, QString()));
    refreshTabText(tab);
    Q_EMIT workspaceChanged();
    return tab;
}

QueryTab *QueryTabs::newTab() {
    workspace::QueryDocument document;
    if (const QueryTab *current = currentTab())
        document.serviceUrl = current->serviceUrl();
    QueryTab *tab = addDocument(document);
    tab->setFocus();
    return tab;
}

workspace::WorkspaceState QueryTabs::workspaceState() const {
    workspace::WorkspaceState state;
    for (int i = 0; i < count(); ++i)
        state.documents.append(tabAt(i)->state());
    state.currentIndex = std::max(currentIndex(), 0);
    return state;
}

void QueryTabs::restore(const workspace::WorkspaceState &state) {
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
    for (const workspace::QueryDocument &document : state.documents)
        addDocument(document);
    if (state.currentIndex >= 0 && state.currentIndex < count())
        setCurrentIndex(state.currentIndex);
}

bool QueryTabs::closeTab(int index) {
    QueryTab *tab = tabAt(index);
    if (!tab || !confirmClose(tab))
        return false;
    removeTab(index);
    tab->deleteLater();
    Q_EMIT workspaceChanged();
    return true;
}

bool QueryTabs::closeCurrentTab() {
    return closeTab(currentIndex());
}

bool QueryTabs::confirmClose(QueryTab *tab) {
    if (!tab->isFileModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Close Tab"),
                    tr("“%1” has changes that are not saved to %2.").arg(tab->title(), tab->filePath()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Close the tab and lose these changes? The file keeps its saved content."));
    QPushButton *discard = box.addButton(tr("Close Without Saving"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(discard);
}

void QueryTabs::renameTab(int index) {
    QueryTab *tab = tabAt(index);
    if (!tab)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Tab"), tr("Tab name:"), QLineEdit::Normal, tab->title(), &ok).trimmed();
    if (ok && !name.isEmpty())
        tab->setTitle(name);
}

void QueryTabs::renameCurrentTab() {
    renameTab(currentIndex());
}

void QueryTabs::nextTab() {
    if (count() > 0)
        setCurrentIndex((currentIndex() + 1) % count());
}

void QueryTabs::previousTab() {
    if (count() > 0)
        setCurrentIndex((currentIndex() + count() - 1) % count());
}

void QueryTabs::focusEditor() {
    if (QueryTab *tab = currentTab())
        tab->editor()->setFocus();
}

void QueryTabs::focusVariables() {
    if (QueryTab *tab = currentTab()) {
        tab->requestTabs()->setCurrentWidget(tab->variablesEditor());
        tab->variablesEditor()->setFocus();
    }
}

void QueryTabs::showResults(int index) {
    QueryTab *tab = currentTab();
    if (!tab)
        return;
    QTabWidget *results = tab->resultsView()->tabs();
    if (index >= 0)
        results->setCurrentIndex(index);
    if (results->currentWidget())
        results->currentWidget()->setFocus();
}

void QueryTabs::onTabChanged(QueryTab *tab) {
    refreshTabText(tab);
    Q_EMIT workspaceChanged();
}

void QueryTabs::refreshTabText(QueryTab *tab) {
    const int index = indexOf(tab);
    if (index < 0)
        return;
    // A file-backed tab with unsaved changes reads "name •", like most editors.
    const QString text = tab->isFileModified() ? tab->title() + QStringLiteral(" •") : tab->title();
    if (tabText(index) != text)
        setTabText(index, text);
    const QString tip = tab->filePath().isEmpty() ? tab->title() : QFileInfo(tab->filePath()).absoluteFilePath();
    setTabToolTip(index, tip);
}

bool QueryTabs::eventFilter(QObject *watched, QEvent *event) {
    if (watched == tabBar() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            const int index = tabBar()->tabAt(mouse->position().toPoint());
            if (index >= 0) {
                closeTab(index);
                return true;
            }
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

} // namespace altrata::ui
