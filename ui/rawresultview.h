#pragma once

#include "results/resultdocument.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QFrame;
template<typename T> class QFutureWatcher;

namespace altrata::results {
class JsonStreamPrinter;
class TaskControl;
} // namespace altrata::results

namespace altrata::ui {

class JsonEditor;

// The "Raw" tab: the document as formatted JSON in a read-only JsonEditor. The text is made on a worker by a
// JsonStreamPrinter, piece by piece. Text up to kWholeLimit shows whole; beyond that the first kChunkBytes show
// at once and a bar under the editor says how much of how much is shown, with "Show more" (the next piece) and
// "Show all" (piece after piece, appended one per event-loop turn, cancellable). The total size is measured by
// a second worker meanwhile. The GUI thread only ever appends ready text, at most a piece at a time.
class RawResultView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawResultView)
public:
    static constexpr qsizetype kWholeLimit = 2'000'000;
    static constexpr qsizetype kChunkBytes = 1'000'000;

    explicit RawResultView(QWidget *parent = nullptr);
    ~RawResultView() override;

    // A new document (null clears). Its text is made when ensureFormatted() is first called (tab shown).
    void setDocument(std::shared_ptr<const results::ResultDocument> document);
    void ensureFormatted();

    JsonEditor *editor() const { return m_editor; }
    bool isFormatting() const; // a worker is making the next piece
    bool isComplete() const;   // all of the text is shown
    bool isShowingAll() const { return m_showingAll; }
    qint64 shownBytes() const { return m_shown; }
    qint64 totalBytes() const { return m_total; } // -1 while not measured yet
    QString barText() const;                      // the "Showing the first …" sentence; empty when hidden

    QPushButton *showMoreButton() const { return m_showMore; }
    QPushButton *showAllButton() const { return m_showAll; }
    QPushButton *stopButton() const { return m_stop; }

public Q_SLOTS:
    void showMore();
    void showAll();
    void stopShowingAll();

private:
    QFrame *createBar();
    void startFirstPiece();
    void requestPiece();
    void onFirstPiece(quint64 generation, QByteArray first, QByteArray next);
    void onPiece(quint64 generation, const QByteArray &piece);
    void append(const QByteArray &text);
    void startMeasuring();
    void updateBar();
    void cancelWorkers();

    JsonEditor *m_editor = nullptr;
    QFrame *m_bar = nullptr;
    QLabel *m_barText = nullptr;
    QPushButton *m_showMore = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_stop = nullptr;

    std::shared_ptr<const results::ResultDocument> m_document;
    std::shared_ptr<results::JsonStreamPrinter> m_printer; // used by one worker at a time, never by two
    std::shared_ptr<results::TaskControl> m_measure;       // cancels the measuring worker
    QFutureWatcher<std::pair<QByteArray, QByteArray>> *m_firstWatcher = nullptr;
    QFutureWatcher<QByteArray> *m_pieceWatcher = nullptr;
    QFutureWatcher<qint64> *m_measureWatcher = nullptr;
    QByteArray m_ready;       // a piece made ahead, shown by the next "Show more"
    quint64 m_generation = 0; // bumped per document: older workers' results are dropped
    bool m_pending = false;   // the text of m_document is not started yet
    bool m_showingAll = false;
    bool m_printerDone = false; // the printer reached the end (all text made)
    qint64 m_shown = 0;
    qint64 m_total = -1;
};

} // namespace altrata::ui
