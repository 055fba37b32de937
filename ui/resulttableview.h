// OWNER: helper "table" (branch r7-table). Reference interface: keep these public names; add freely.
#pragma once

#include "results/resultdocument.h"
#include "results/tableprojection.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
template<typename T> class QFutureWatcher;

namespace altrata::results {
class ResultTableModel;
class TaskControl;
} // namespace altrata::results

namespace altrata::ui {

// The "Table" tab: an array of objects as a sortable table. A picker lists the document's arrays of objects
// (largest first; the largest is suggested when the tab is first shown); the tree's "Show as Table" picks one.
// Columns are the elements' leaf paths; the header's context menu chooses which columns show. Building the
// projection and sorting run on workers with progress and cancel; the window never waits.
class ResultTableView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTableView)
public:
    explicit ResultTableView(QWidget *parent = nullptr);
    ~ResultTableView() override;

    void setDocument(std::shared_ptr<const results::ResultDocument> document); // null clears
    void showArray(results::NodeId array); // builds the table of that array (asynchronously)

    // What an export of "the table" takes: the projection, the visible columns in view order, the rows in
    // the current sort order (empty when unsorted). Null projection while none is built.
    std::shared_ptr<const results::TableProjection> projection() const;
    QList<int> visibleColumns() const;
    QList<qsizetype> rowOrder() const;

    QComboBox *picker() const { return m_picker; }
    QTableView *table() const { return m_table; }
    results::ResultTableModel *model() const { return m_model; }
    QString messageText() const; // the sentence shown instead of the table (no arrays, failure); empty otherwise
    bool isBusy() const;         // listing arrays, building a table or sorting
    static constexpr int kCandidateLimit = 50;
    static constexpr qsizetype kCopyCellLimit = 200000; // Ctrl+C beyond this copies the first rows only

    // The column chooser the header's context menu shows: one checkable entry per column, "Show all columns".
    QMenu *createColumnMenu(QWidget *parent);
    void setColumnVisible(int column, bool visible); // the last visible column stays visible
    void showAllColumns();

public Q_SLOTS:
    void cancel();        // stops listing, building or sorting; the table shown stays
    void copySelection(); // the selected cells as TSV (visible columns, view order) to the clipboard

Q_SIGNALS:
    void projectionChanged();          // a table was built (or cleared)
    void message(const QString &text); // a sentence for the results status line

protected:
    void showEvent(QShowEvent *event) override;

private:
    using CandidateList = QList<results::TableProjection::Candidate>;

    QWidget *createTopBar();
    void setUpTable();
    void startCandidates();
    void onCandidates(quint64 generation, const CandidateList &candidates);
    void onBuilt(quint64 generation, std::shared_ptr<const results::TableProjection> projection);
    void onPicked(int index);
    void onSortFinished(bool applied);
    int pickerIndexOf(results::NodeId array);
    void showMessageText(const QString &text);
    void updateBusy();
    void pollProgress();
    void stopWorkers();

    std::shared_ptr<const results::ResultDocument> m_document;
    results::ResultTableModel *m_model = nullptr;
    QComboBox *m_picker = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_poll = nullptr;

    quint64 m_generation = 0;         // bumped per document: an older document's results are dropped
    bool m_candidatesPending = false; // arrays of the document not listed yet (listed when shown)
    results::NodeId m_requested = results::ResultDocument::kNoNode; // the array asked for (picker or tree)
    std::shared_ptr<results::TaskControl> m_listControl;            // of the running listing of arrays
    std::shared_ptr<results::TaskControl> m_buildControl;           // of the running build
    QFutureWatcher<CandidateList> *m_candidatesWatcher = nullptr;
    QFutureWatcher<std::shared_ptr<const results::TableProjection>> *m_buildWatcher = nullptr;
};

} // namespace altrata::ui
