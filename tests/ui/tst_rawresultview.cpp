#include "bytesize.h"
#include "graphqljobtesting.h"
#include "jsoneditor.h"
#include "rawresultview.h"
#include "resultbodies.h"
#include "results/resultdocument.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace altrata;
using results::ResultDocument;
using test::parsedDocument;
using ui::RawResultView;

namespace {

// About 6 MB of formatted text: several pieces beyond the whole-text limit.
std::shared_ptr<const ResultDocument> largeDocument() {
    return parsedDocument(test::largeArrayBody(120000));
}

QByteArray formatted(const std::shared_ptr<const ResultDocument> &document) {
    return document->toJson(document->root(), true);
}

QByteArray editorBytes(const RawResultView &view) {
    return view.editor()->text().toUtf8();
}

} // namespace

class TestRawResultView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void smallDocument_showsWholeText_withoutBar();
    void nothingIsFormatted_untilAsked();
    void largeDocument_showsFirstPart_andSaysHowMuchOfHowMuch();
    void showMore_appendsTheNextPiece();
    void showAll_appendsEverything_stepByStep();
    void stop_keepsWhatIsShown();
    void newDocument_dropsTheOlderText();

private:
    std::unique_ptr<RawResultView> m_view;
};

void TestRawResultView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestRawResultView::init() {
    m_view = std::make_unique<RawResultView>();
    m_view->resize(800, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRawResultView::cleanup() {
    m_view.reset();
    QThreadPool::globalInstance()->waitForDone();
}

void TestRawResultView::smallDocument_showsWholeText_withoutBar() {
    const auto document = parsedDocument(test::peopleBody());
    m_view->setDocument(document);
    m_view->ensureFormatted();
    QVERIFY(m_view->isFormatting());
    QTRY_VERIFY(m_view->isComplete());
    QCOMPARE(editorBytes(*m_view), formatted(document));
    QVERIFY(m_view->barText().isEmpty());
    QVERIFY(m_view->editor()->isReadOnly());
}

void TestRawResultView::nothingIsFormatted_untilAsked() {
    m_view->setDocument(parsedDocument(test::peopleBody()));
    QTest::qWait(20);
    QVERIFY(!m_view->isFormatting());
    QVERIFY(m_view->editor()->text().isEmpty());
}

void TestRawResultView::largeDocument_showsFirstPart_andSaysHowMuchOfHowMuch() {
    const auto document = largeDocument();
    const QByteArray all = formatted(document);
    QVERIFY(all.size() > 3 * RawResultView::kWholeLimit);
    m_view->setDocument(document);
    m_view->ensureFormatted();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->barText().isEmpty(), 20000);
    const QByteArray shown = editorBytes(*m_view);
    QVERIFY(shown.size() >= RawResultView::kChunkBytes && shown.size() < RawResultView::kWholeLimit);
    QVERIFY(all.startsWith(shown));
    QVERIFY(!m_view->isComplete());
    // The total is measured by a worker meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(m_view->totalBytes() >= 0, 20000);
    QCOMPARE(m_view->totalBytes(), all.size());
    QCOMPARE(m_view->barText(),
             QStringLiteral("Showing the first 1.0 MB of %1 of formatted JSON").arg(ui::byteSizeText(all.size())));
    QVERIFY(m_view->showMoreButton()->isVisible());
    QVERIFY(m_view->showAllButton()->isVisible());
}

void TestRawResultView::showMore_appendsTheNextPiece() {
    const auto document = largeDocument();
    const QByteArray all = formatted(document);
    m_view->setDocument(document);
    m_view->ensureFormatted();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->barText().isEmpty() && m_view->showMoreButton()->isEnabled(), 20000);
    const qint64 before = m_view->shownBytes();
    QTest::mouseClick(m_view->showMoreButton(), Qt::LeftButton);
    QVERIFY(m_view->shownBytes() > before + RawResultView::kChunkBytes / 2);
    const QByteArray shown = editorBytes(*m_view);
    QCOMPARE(shown.size(), m_view->shownBytes());
    QVERIFY(all.startsWith(shown));
    QVERIFY2(m_view->barText().startsWith(QStringLiteral("Showing the first 2.")), qPrintable(m_view->barText()));
}

void TestRawResultView::showAll_appendsEverything_stepByStep() {
    const auto document = largeDocument();
    const QByteArray all = formatted(document);
    m_view->setDocument(document);
    m_view->ensureFormatted();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->barText().isEmpty(), 20000);

    // The event loop keeps turning while the text streams in: a timer fires between the pieces.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(0);
    QTest::mouseClick(m_view->showAllButton(), Qt::LeftButton);
    QVERIFY(m_view->isShowingAll());
    QVERIFY(m_view->stopButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isComplete(), 60000);
    QVERIFY2(ticks > 3, qPrintable(QString::number(ticks)));
    QCOMPARE(editorBytes(*m_view), all);
    QVERIFY(m_view->barText().isEmpty());
}

void TestRawResultView::stop_keepsWhatIsShown() {
    const auto document = largeDocument();
    m_view->setDocument(document);
    m_view->ensureFormatted();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->barText().isEmpty(), 20000);
    m_view->showAll();
    m_view->stopShowingAll();
    QVERIFY(!m_view->isShowingAll());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isFormatting(), 20000);
    QTest::qWait(20);
    const qint64 shown = m_view->shownBytes();
    QVERIFY(shown < formatted(document).size());
    QVERIFY(!m_view->isComplete());
    QVERIFY(m_view->showMoreButton()->isVisible());
    QCOMPARE(editorBytes(*m_view).size(), shown);
}

void TestRawResultView::newDocument_dropsTheOlderText() {
    m_view->setDocument(largeDocument());
    m_view->ensureFormatted();
    const auto newer = parsedDocument(test::peopleBody());
    m_view->setDocument(newer);
    QVERIFY(m_view->barText().isEmpty());
    m_view->ensureFormatted();
    QTRY_VERIFY(m_view->isComplete());
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50); // a late answer for the older document would land now
    QCOMPARE(editorBytes(*m_view), formatted(newer));
    QCOMPARE(m_view->totalBytes(), formatted(newer).size());
}

QTEST_MAIN(TestRawResultView)
#include "tst_rawresultview.moc"
