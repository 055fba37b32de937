#pragma once

#include <QTreeView>

class QAction;

namespace altrata::results {
class JsonTreeModel;
}

namespace altrata::ui {

// The tree of a result document (Key | Value | Type) with the actions a reader needs on a node: expand or
// collapse everything below it, and copy its value, its JSON or its path. Expanding is bounded so that a node
// with a hundred thousand descendants cannot freeze the window: it stops after expandLimit() nodes and says so
// through message(). QTreeView's own "*" (expand everything, unbounded) goes through the same bounded path.
class ResultTreeView final : public QTreeView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTreeView)
public:
    static constexpr int DefaultExpandLimit = 10000;

    explicit ResultTreeView(QWidget *parent = nullptr);
    ~ResultTreeView() override;

    // The view works on a JsonTreeModel only; other models are refused (Q_ASSERT) and the actions do nothing.
    void setModel(QAbstractItemModel *model) override;
    results::JsonTreeModel *jsonModel() const;

    int expandLimit() const { return m_expandLimit; }
    void setExpandLimit(int limit) { m_expandLimit = qMax(1, limit); }

    // Expands `index` and its descendants breadth first, at most expandLimit() nodes; returns how many it
    // expanded. Emits message() when it had to stop early.
    int expandBelow(const QModelIndex &index);
    void collapseBelow(const QModelIndex &index);
    // Expands the top levels so that the first rows of data are visible: `data` and its first child.
    void expandTopLevels();
    // Sizes the Key column to the keys on screen, within sensible bounds.
    void fitKeyColumn();

    QAction *expandAllAction() const { return m_expandAll; }
    QAction *collapseAllAction() const { return m_collapseAll; }
    QAction *copyValueAction() const { return m_copyValue; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *copyPathAction() const { return m_copyPath; }

public Q_SLOTS:
    void expandAllBelowCurrent();
    void collapseAllBelowCurrent();
    void copyCurrentValue();
    void copyCurrentJson();
    void copyCurrentPath();

Q_SIGNALS:
    // A sentence for the status line, e.g. that an expansion stopped at the limit.
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QAction *addViewAction(const QString &text, const QKeySequence &shortcut, void (ResultTreeView::*slot)());
    void updateActions();
    QModelIndex currentNode() const; // the current row, column 0; invalid without a model
    void fetchChildren(const QModelIndex &index);

    QAction *m_expandAll = nullptr;
    QAction *m_collapseAll = nullptr;
    QAction *m_copyValue = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_copyPath = nullptr;
    int m_expandLimit = DefaultExpandLimit;
};

} // namespace altrata::ui
