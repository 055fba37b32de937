#pragma once

#include "results/documentsearch.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;
template<typename T> class QFutureWatcher;

namespace altrata::ui {

// Find in a result document: a text field, what to search (keys, values), how (regular expression, match case),
// previous/next and "3 of 120". The search runs on a worker (results::DocumentSearch) with progress and cancel;
// a newer search cancels the older one. A search starts shortly after typing stops, or at once on Enter.
// Enter/F3 go to the next hit, Shift+Enter/Shift+F3 to the previous (wrapping); Esc closes the bar. The bar
// only emits hitActivated(): revealing the row is the results view's business.
class FindBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    static constexpr int kTypingDelayMs = 250; // a search starts this long after the last keystroke
    static constexpr int kPollMs = 50;         // progress is read this often while a search runs

    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    // A new document (or none) drops the hits and cancels a running search; the typed text stays.
    void setDocument(std::shared_ptr<const results::ResultDocument> document);
    results::SearchOptions options() const;

    // F3 and Shift+F3: the owner adds them to a widget around the results so they work there too.
    QAction *findNextAction() const { return m_nextAction; }
    QAction *findPreviousAction() const { return m_previousAction; }

    QLineEdit *textField() const { return m_text; }
    QCheckBox *keysBox() const { return m_keys; }
    QCheckBox *valuesBox() const { return m_values; }
    QCheckBox *regularExpressionBox() const { return m_regex; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QToolButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const; // "3 of 120", "No matches", or why the text cannot be searched

    bool isSearching() const;
    const QList<results::SearchHit> &hits() const { return m_hits; }
    int currentHit() const { return m_current; } // -1 before the first jump

public Q_SLOTS:
    void activate(); // shows the bar, focuses the text and selects it
    void findNext();
    void findPrevious();
    void startSearch(); // now, with the current text and options
    void cancelSearch();
    void closeBar(); // hides the bar and cancels a running search

Q_SIGNALS:
    void hitActivated(const QList<qint64> &rowPath);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    QWidget *createOptions();
    void scheduleSearch();
    void step(int direction); // searches first when the hits are not those of the current text and options
    void jump(int direction);
    void onSearchFinished(quint64 generation);
    void showProgress();
    void stopRunning();
    void updateStatus();

    QLineEdit *m_text = nullptr;
    QCheckBox *m_keys = nullptr;
    QCheckBox *m_values = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QTimer *m_typingTimer = nullptr;
    QTimer *m_pollTimer = nullptr;

    std::shared_ptr<const results::ResultDocument> m_document;
    std::shared_ptr<results::TaskControl> m_control; // of the running search; null when none runs
    QFutureWatcher<results::SearchResult> *m_watcher = nullptr;
    quint64 m_generation = 0; // bumped per search, cancel and document: older results are dropped
    bool m_hasResult = false; // m_hits belong to m_searched on the current document
    results::SearchOptions m_searched;
    QList<results::SearchHit> m_hits;
    bool m_truncated = false;
    int m_current = -1;
    int m_pendingStep = 0; // +1/-1: jump once the running search is done (Enter pressed while it ran)
    QString m_note;        // "Search cancelled." and the like, shown instead of the count
};

} // namespace altrata::ui
