#include "rawresultview.h"

#include "bytesize.h"
#include "jsoneditor.h"
#include "results/jsonstreamprinter.h"
#include "results/taskcontrol.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace altrata::ui {

using results::JsonStreamPrinter;
using results::ResultDocument;
using results::TaskControl;

namespace {

template<typename T> void dropWatcher(QFutureWatcher<T> *&watcher, QObject *receiver) {
    if (!watcher)
        return;
    watcher->disconnect(receiver);
    watcher->deleteLater(); // the worker finishes on its own; its result is simply not used
    watcher = nullptr;
}

} // namespace

RawResultView::RawResultView(QWidget *parent)
    : QWidget(parent) {
    m_editor = new JsonEditor(JsonEditor::Mode::ReadOnly, this);
    // Appending hundreds of megabytes must not keep a second copy of them for undo.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0UL);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(createBar());
}

RawResultView::~RawResultView() {
    if (m_measure)
        m_measure->cancel();
}

QFrame *RawResultView::createBar() {
    m_bar = new QFrame(this);
    m_bar->setObjectName(QStringLiteral("rawMoreBar"));
    m_bar->setFrameShape(QFrame::StyledPanel);
    m_barText = new QLabel(m_bar);
    m_showMore = new QPushButton(tr("Show More"), m_bar);
    m_showAll = new QPushButton(tr("Show All"), m_bar);
    m_stop = new QPushButton(tr("Stop"), m_bar);
    m_showMore->setEnabled(false); // until a piece is ready
    m_showMore->setToolTip(tr("Format and show the next %1").arg(byteSizeText(kChunkBytes)));
    m_showAll->setToolTip(tr("Format and show the rest, piece by piece"));
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_barText, 1);
    layout->addWidget(m_showMore);
    layout->addWidget(m_showAll);
    layout->addWidget(m_stop);
    connect(m_showMore, &QPushButton::clicked, this, &RawResultView::showMore);
    connect(m_showAll, &QPushButton::clicked, this, &RawResultView::showAll);
    connect(m_stop, &QPushButton::clicked, this, &RawResultView::stopShowingAll);
    m_bar->hide();
    return m_bar;
}

void RawResultView::setDocument(std::shared_ptr<const ResultDocument> document) {
    cancelWorkers();
    ++m_generation;
    m_document = std::move(document);
    m_printer.reset();
    m_ready.clear();
    m_shown = 0;
    m_total = -1;
    m_showingAll = false;
    m_printerDone = false;
    m_editor->setJson({});
    m_pending = bool(m_document);
    updateBar();
}

void RawResultView::ensureFormatted() {
    if (!m_pending)
        return;
    m_pending = false;
    startFirstPiece();
}

bool RawResultView::isFormatting() const {
    return m_firstWatcher || m_pieceWatcher;
}

bool RawResultView::isComplete() const {
    return m_printer && m_printerDone && m_ready.isEmpty() && !isFormatting();
}

QString RawResultView::barText() const {
    return m_bar->isHidden() ? QString() : m_barText->text();
}

void RawResultView::cancelWorkers() {
    dropWatcher(m_firstWatcher, this);
    dropWatcher(m_pieceWatcher, this);
    dropWatcher(m_measureWatcher, this);
    if (m_measure)
        m_measure->cancel();
    m_measure.reset();
}

void RawResultView::startFirstPiece() {
    m_editor->setJson(tr("// Formatting\u2026").toUtf8());
    m_printer = std::make_shared<JsonStreamPrinter>(m_document, m_document->root(), true);
    const quint64 generation = m_generation;
    m_firstWatcher = new QFutureWatcher<std::pair<QByteArray, QByteArray>>(this);
    connect(m_firstWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        auto [first, next] = m_firstWatcher->result();
        m_firstWatcher->deleteLater();
        m_firstWatcher = nullptr;
        onFirstPiece(generation, std::move(first), std::move(next));
    });
    // Two pieces: when the text ends within them it is small enough to show whole; else the second is kept
    // ready for "Show More". The worker owns the printer with the GUI thread (which does not touch it meanwhile).
    m_firstWatcher->setFuture(QtConcurrent::run([printer = m_printer] {
        std::pair<QByteArray, QByteArray> pieces;
        printer->next(pieces.first, kChunkBytes);
        if (!printer->atEnd())
            printer->next(pieces.second, kWholeLimit - pieces.first.size());
        return pieces;
    }));
}

void RawResultView::onFirstPiece(quint64 generation, QByteArray first, QByteArray next) {
    if (generation != m_generation)
        return;
    m_printerDone = m_printer->atEnd();
    if (m_printerDone) {
        first += next;
        next.clear();
    }
    m_editor->setJson(first);
    m_shown = first.size();
    m_ready = std::move(next);
    if (m_printerDone && m_ready.isEmpty())
        m_total = m_shown;
    else
        startMeasuring();
    updateBar();
}

void RawResultView::requestPiece() {
    if (m_pieceWatcher || m_printerDone || !m_printer)
        return;
    const quint64 generation = m_generation;
    m_pieceWatcher = new QFutureWatcher<QByteArray>(this);
    connect(m_pieceWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        const QByteArray piece = m_pieceWatcher->result();
        m_pieceWatcher->deleteLater();
        m_pieceWatcher = nullptr;
        onPiece(generation, piece);
    });
    m_pieceWatcher->setFuture(QtConcurrent::run([printer = m_printer] {
        QByteArray piece;
        printer->next(piece, kChunkBytes);
        return piece;
    }));
}

void RawResultView::onPiece(quint64 generation, const QByteArray &piece) {
    if (generation != m_generation)
        return;
    m_printerDone = m_printer->atEnd();
    if (m_showingAll) {
        // One piece per event-loop turn: the window stays responsive while the rest streams in.
        append(piece);
        if (m_printerDone)
            m_showingAll = false;
        else
            requestPiece();
    } else {
        m_ready = piece;
    }
    updateBar();
}

void RawResultView::showMore() {
    if (m_ready.isEmpty() || m_showingAll)
        return;
    append(m_ready);
    m_ready.clear();
    requestPiece(); // made ahead, so the next "Show More" is instant
    updateBar();
}

void RawResultView::showAll() {
    if (!m_printer || isComplete() || m_firstWatcher)
        return;
    m_showingAll = true;
    if (!m_ready.isEmpty()) {
        append(m_ready);
        m_ready.clear();
    }
    if (m_printerDone)
        m_showingAll = false;
    else
        requestPiece(); // does nothing while a piece is on its way; onPiece() carries on
    updateBar();
}

void RawResultView::stopShowingAll() {
    m_showingAll = false; // a piece on its way is kept ready for "Show More"
    updateBar();
}

void RawResultView::append(const QByteArray &text) {
    m_editor->setReadOnly(false);
    m_editor->SendScintilla(QsciScintillaBase::SCI_APPENDTEXT, static_cast<uintptr_t>(text.size()), text.constData());
    m_editor->setReadOnly(true);
    m_shown += text.size();
}

void RawResultView::startMeasuring() {
    m_measure = std::make_shared<TaskControl>();
    const quint64 generation = m_generation;
    m_measureWatcher = new QFutureWatcher<qint64>(this);
    connect(m_measureWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        const qint64 total = m_measureWatcher->result();
        m_measureWatcher->deleteLater();
        m_measureWatcher = nullptr;
        if (generation == m_generation && total >= 0) {
            m_total = total;
            updateBar();
        }
    });
    // A second printer over the same tape, counting: the size of the whole text without keeping it.
    m_measureWatcher->setFuture(QtConcurrent::run([document = m_document, control = m_measure] {
        JsonStreamPrinter printer(document, document->root(), true);
        QByteArray scratch;
        qint64 total = 0;
        while (!printer.atEnd()) {
            if (control->isCancelled())
                return qint64(-1);
            scratch.resize(0);
            printer.next(scratch, 4 * kChunkBytes);
            total += scratch.size();
        }
        return total;
    }));
}

void RawResultView::updateBar() {
    if (!m_printer || m_firstWatcher || isComplete()) {
        m_bar->hide();
        return;
    }
    const QString shown = byteSizeText(m_shown);
    if (m_showingAll)
        m_barText->setText(m_total >= 0
                               ? tr("Showing %1 of %2 of formatted JSON\u2026").arg(shown, byteSizeText(m_total))
                               : tr("Showing %1 of the formatted JSON\u2026").arg(shown));
    else
        m_barText->setText(
            m_total >= 0 ? tr("Showing the first %1 of %2 of formatted JSON").arg(shown, byteSizeText(m_total))
                         : tr("Showing the first %1 of the formatted JSON (measuring the rest\u2026)").arg(shown));
    m_showMore->setVisible(!m_showingAll);
    m_showMore->setEnabled(!m_ready.isEmpty());
    m_showAll->setVisible(!m_showingAll);
    m_stop->setVisible(m_showingAll);
    m_bar->show();
}

} // namespace altrata::ui
