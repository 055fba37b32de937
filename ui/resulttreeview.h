#pragma once

#include "results/resultdocument.h"

#include <QList>
#include <QTreeView>

#include <memory>

class QAction;
class QTimer;

namespace altrata::results {
class JsonTreeModel;
}

namespace altrata::ui {

// The tree of a result document (Key | Value | Type | Count) with the actions a reader needs on a node:
// expand or collapse everything below it, copy its value, its JSON or its path, show an array as a table.
// Expanding is bounded so that a node with a hundred thousand descendants cannot freeze the window: it stops
// after expandLimit() nodes and says so through message(). "Expand all below" runs in slices from the event
// loop (the first slice at once); Esc, another expand/collapse or a new document stops it. QTreeView's own
// "*" (expand everything, unbounded) goes through the same path. Paged containers (JsonTreeModel) get their
// next page when their last fetched row scrolls into sight.
class ResultTreeView final : public QTreeView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTreeView)
public:
    static constexpr int DefaultExpandLimit = 10000;
    static constexpr int kSliceNodes = 500; // nodes expanded per slice of an incremental expansion

    explicit ResultTreeView(QWidget *parent = nullptr);
    ~ResultTreeView() override;

    // The view works on a JsonTreeModel only; other models are refused (Q_ASSERT) and the actions do nothing.
    void setModel(QAbstractItemModel *model) override;
    results::JsonTreeModel *jsonModel() const;

    int expandLimit() const { return m_expandLimit; }
    void setExpandLimit(int limit) { m_expandLimit = qMax(1, limit); }

    // Expands `index` and its descendants breadth first, at most expandLimit() nodes, fetching pages as it
    // goes; returns how many it expanded. Synchronous (for small subtrees and callers that need the result
    // at once); emits message() when it had to stop early.
    int expandBelow(const QModelIndex &index);
    // The same in slices of kSliceNodes from the event loop; the first slice runs at once, so a small subtree
    // is open on return. message() reports progress and how it ended; expandFinished() follows.
    void startExpandBelow(const QModelIndex &index);
    bool isExpanding() const;
    void cancelExpand(); // stops a running incremental expansion (what was opened stays open)
    void collapseBelow(const QModelIndex &index);
    // Expands the top levels so that the first rows of data are visible: `data` and its first child.
    void expandTopLevels();
    // Sizes the Key column to the keys on screen, within sensible bounds.
    void fitKeyColumn();
    // Fetches the pages on the way, expands the ancestors, selects the row and scrolls it into view (find).
    void revealRowPath(const QList<qint64> &rowPath);

    // Lays out with the model's automatic fetching suppressed (see JsonTreeModel::setAutoFetchSuppressed).
    void doItemsLayout() override;

    QAction *expandAllAction() const { return m_expandAll; }
    QAction *collapseAllAction() const { return m_collapseAll; }
    QAction *copyValueAction() const { return m_copyValue; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *showAsTableAction() const { return m_showAsTable; } // enabled on arrays

public Q_SLOTS:
    void expandAllBelowCurrent(); // incremental
    void collapseAllBelowCurrent();
    void copyCurrentValue();
    void copyCurrentJson();
    void copyCurrentPath();
    void showCurrentAsTable();

Q_SIGNALS:
    // A sentence for the status line, e.g. that an expansion stopped at the limit.
    void message(const QString &text);
    // An incremental expansion ended: complete is false when it stopped at the limit or was cancelled.
    void expandFinished(int expanded, bool complete);
    // "Show as Table" on an array node.
    void showAsTableRequested(results::NodeId array);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct ExpandJob;
    enum class ExpandEnd { Done, Cancelled, Dropped /* the model was reset: no message */ };
    QAction *addViewAction(const QString &text, const QKeySequence &shortcut, void (ResultTreeView::*slot)());
    void updateActions();
    QModelIndex currentNode() const; // the current row, column 0; invalid without a model
    void beginExpand(const QModelIndex &start);
    bool runSlice(bool unbounded); // true when the expansion is done
    void scanStep(ExpandJob &job);
    void continueExpand();
    void finishExpand(ExpandEnd end);
    void fetchVisibleTails();

    QAction *m_expandAll = nullptr;
    QAction *m_collapseAll = nullptr;
    QAction *m_copyValue = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_copyPath = nullptr;
    QAction *m_showAsTable = nullptr;
    QTimer *m_sliceTimer = nullptr; // zero-timer: the next slice of an incremental expansion
    QTimer *m_tailTimer = nullptr;  // zero-timer: fetch pages whose last row came into sight
    std::unique_ptr<ExpandJob> m_job;
    int m_expandLimit = DefaultExpandLimit;
};

} // namespace altrata::ui
