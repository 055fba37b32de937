#pragma once

#include "workspace/querydocument.h"

#include <QTabWidget>

namespace altrata::ui {

class QueryTab;

// The editor tabs: new, close (asks first when a file-backed tab has unsaved changes; middle-click closes too),
// rename (double-click the tab, or renameTab()), reorder (drag). Reports every change the workspace saves.
class QueryTabs final : public QTabWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryTabs)
public:
    explicit QueryTabs(QWidget *parent = nullptr);
    ~QueryTabs() override;

    QueryTab *tabAt(int index) const;
    QueryTab *currentTab() const;
    QueryTab *findTab(const QString &id) const;

    // Adds a tab for `document` (an empty title becomes "Untitled N") and makes it current.
    QueryTab *addDocument(const workspace::QueryDocument &document);
    workspace::WorkspaceState workspaceState() const;
    void restore(const workspace::WorkspaceState &state); // replaces every tab

    QString nextUntitledTitle() const;

public Q_SLOTS:
    QueryTab *newTab(); // an empty tab on the current tab's service
    // False when the user kept the tab (unsaved file changes, answered Cancel).
    bool closeTab(int index);
    bool closeCurrentTab();
    void renameTab(int index); // asks for the new name
    void renameCurrentTab();
    void nextTab();     // wraps around
    void previousTab(); // wraps around
    void focusEditor();
    void focusVariables();
    // Shows the current tab's results tab `index` (0 tree, 1 raw, 2 errors; -1 the one shown) and focuses it.
    void showResults(int index);

Q_SIGNALS:
    void workspaceChanged(); // tab contents, order, titles, the current tab, tabs added or closed
    void currentTabChanged(altrata::ui::QueryTab *tab);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool confirmClose(QueryTab *tab);
    void refreshTabText(QueryTab *tab);
    void onTabChanged(QueryTab *tab);
};

} // namespace altrata::ui
