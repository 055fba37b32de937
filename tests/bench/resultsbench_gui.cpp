// The longest time the GUI thread was blocked while a real ResultsView loads a response, as the app does it: the
// body parsed on a worker (ResultLoader, like GraphQLJob), then ResultsView::showResponse() with the document.
#include "resultsbench.h"

#include "rawresultview.h"
#include "results/jsontreemodel.h"
#include "results/resultloader.h"
#include "resultsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace altrata::bench {

namespace {

// A 5 ms timer on the GUI thread; the largest gap between two of its ticks is the longest block.
class GapRecorder {
public:
    GapRecorder() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_largest = std::max(m_largest, now - m_last);
            m_last = now;
        });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_largest = 0;
        m_timer.start();
    }
    // The largest gap so far, the one still open included.
    double largestMs() const { return double(std::max(m_largest, m_clock.nsecsElapsed() - m_last)) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largest = 0;
};

// Runs the event loop (sleeping when idle, never busy: the parse worker needs the other core) until `done` holds
// or `ms` have passed.
template<typename Done> void runUntil(Done done, int ms) {
    QEventLoop loop;
    QTimer check;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= ms)
            loop.quit();
    });
    check.start(10);
    loop.exec();
}

void spin(int ms) {
    runUntil([] { return false; }, ms);
}

// The offscreen plugin warns about window-manager hints on every show; nothing to do with what is measured.
void dropWindowSystemNoise(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (!message.contains(QStringLiteral("propagateSizeHints")))
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

// Parses on a worker as the app does, then hands the document to the view; reports when the rows were painted.
void loadIntoView(ui::ResultsView &view, QByteArray body, const Stopwatch &watch) {
    results::ResultLoader loader;
    std::shared_ptr<const results::ResultDocument> document;
    QObject::connect(&loader, &results::ResultLoader::loaded, &view,
                     [&document](std::shared_ptr<const results::ResultDocument> loaded) { document = loaded; });
    // Parse progress as the window shows it (r7-loading: GraphQLJob::parseProgress -> setParseProgress).
    QObject::connect(&loader, &results::ResultLoader::parseProgress, &view, &ui::ResultsView::setParseProgress);
    view.showRunning(QStringLiteral("Bench"));
    view.showParsing(body.size());
    loader.load(std::move(body));
    runUntil([&document] { return bool(document); }, 3600 * 1000);
    net::GraphQLResponse response;
    response.outcome = net::GraphQLResponse::Outcome::Data;
    response.httpStatus = 200;
    response.document = document;
    view.showResponse(response, QStringLiteral("Bench"));
    view.treeView()->viewport()->repaint(); // the rows on screen
    report("gui_shown_s", watch.seconds());
}

// The Raw tab: formatted text made on a worker, shown without blocking.
void openRawTab(ui::ResultsView &view, GapRecorder &gaps) {
    gaps.start();
    Stopwatch watch;
    view.tabs()->setCurrentIndex(ui::ResultsView::RawTab);
    QCoreApplication::processEvents();
    // Ready when the first page is formatted and handed to the editor (a slice per event-loop turn).
    runUntil([&view] { return !view.isFormattingRaw() && !view.rawResultView()->isFeeding(); }, 300 * 1000);
    report("gui_raw_s", watch.seconds());
    spin(300);
    report("gui_raw_gap_ms", gaps.largestMs());
}

} // namespace

int runGuiChild(const ChildOptions &options) {
    QString error;
    QByteArray body = readBody(options.input, &error);
    if (body.isNull())
        qFatal("%s", qPrintable(error));
    const qint64 size = body.size();
    qInstallMessageHandler(dropWindowSystemNoise);
    ui::ResultsView view;
    view.resize(1200, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("the results view was not exposed");
    GapRecorder gaps;
    gaps.start();
    spin(100);
    report("gui_idle_gap_ms", gaps.largestMs());

    gaps.start();
    loadIntoView(view, std::move(body), Stopwatch());
    spin(300);
    report("gui_load_gap_ms", gaps.largestMs());
    if (view.treeModel()->rowCount() < 1)
        qFatal("the tree shows no rows");
    if (size <= options.rawMaxBytes)
        openRawTab(view, gaps);
    report("gui_rss_kib", double(peakRssKiB()));
    return 0;
}

} // namespace altrata::bench
