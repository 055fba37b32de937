#include "exportactions.h"
#include "graphqljobtesting.h"
#include "resultbodies.h"
#include "results/exportjob.h"
#include "results/resultdocument.h"
#include "results/tableprojection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include <memory>

using namespace altrata;
using results::NodeId;
using results::ResultDocument;
using test::parsedDocument;
using ui::ExportActions;
using ui::TableSelection;

namespace {

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::shared_ptr<const results::TableProjection> peopleTable() {
    const auto document =
        parsedDocument(QByteArrayLiteral("{\"rows\":[{\"id\":1,\"name\":\"Ada, "
                                         "Countess\"},{\"id\":2,\"name\":\"Alan\"},{\"id\":3,\"name\":\"Grace\"}]}"));
    return results::TableProjection::build(document, *document->member(document->root(), "rows"));
}

// The file chooser's questions and a scripted answer.
struct ChooserScript {
    QStringList suggested;
    QStringList filters;
    QString answer;
};

} // namespace

class TestExportActions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withoutDocument_jsonActionsAreDisabled();
    void withoutTable_tableActionsAreDisabled();
    void tableActions_followTheTableSource();
    void copyTable_putsCsvOrTsvOnTheClipboard();
    void saveTable_usesTheViewsColumnsAndOrder_andTheExcelOption();
    void copyResponse_putsPrettyOrCompactJsonOnTheClipboard();
    void saveResponse_writesTheChosenFile_andSaysSo();
    void saveResponse_chooserCancelled_doesNothing();
    void saveCurrentNode_savesThatNode();
    void copyNode_runsOnAWorker_andCopiesTheNode();
    void clipboardLimit_refusesAndSuggestsSaving();
    void largeExport_showsProgress_andCancelKeepsNoFile();
    void excelOption_isKeptInSettings();
    void menu_holdsEveryExport();

private:
    void useChooser();

    std::unique_ptr<QWidget> m_parent;
    ExportActions *m_actions = nullptr;
    QTemporaryDir m_dir;
    ChooserScript m_chooser;
    NodeId m_current = ResultDocument::kNoNode;
};

void TestExportActions::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestExportActions::init() {
    m_parent = std::make_unique<QWidget>();
    m_actions = new ExportActions(m_parent.get());
    m_chooser = {};
    m_current = ResultDocument::kNoNode;
    m_actions->setCurrentNodeSource([this] { return m_current; });
    useChooser();
    m_parent->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_parent.get()));
    QGuiApplication::clipboard()->clear();
}

void TestExportActions::cleanup() {
    m_parent.reset();
    QThreadPool::globalInstance()->waitForDone();
}

void TestExportActions::useChooser() {
    m_actions->setFileChooser([this](const QString &suggested, const QString &filter) {
        m_chooser.suggested.append(suggested);
        m_chooser.filters.append(filter);
        return m_chooser.answer;
    });
}

void TestExportActions::withoutDocument_jsonActionsAreDisabled() {
    QVERIFY(!m_actions->copyJsonAction()->isEnabled());
    QVERIFY(!m_actions->saveJsonAction()->isEnabled());
    m_actions->setDocument(parsedDocument(test::peopleBody()));
    QVERIFY(m_actions->copyJsonAction()->isEnabled());
    QVERIFY(m_actions->copyCompactJsonAction()->isEnabled());
    QVERIFY(m_actions->saveJsonAction()->isEnabled());
    QVERIFY(m_actions->saveNodeJsonAction()->isEnabled());
    m_actions->setDocument(nullptr);
    QVERIFY(!m_actions->copyJsonAction()->isEnabled());
}

void TestExportActions::withoutTable_tableActionsAreDisabled() {
    m_actions->setDocument(parsedDocument(test::peopleBody()));
    for (QAction *action : {m_actions->copyCsvAction(), m_actions->copyTsvAction(), m_actions->saveCsvAction(),
                            m_actions->saveTsvAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
}

void TestExportActions::tableActions_followTheTableSource() {
    TableSelection selection;
    m_actions->setTableSource([&selection] { return selection; });
    QVERIFY(!m_actions->copyCsvAction()->isEnabled());
    selection.projection = peopleTable();
    m_actions->updateActions(); // what ResultTableView::projectionChanged triggers
    for (QAction *action : {m_actions->copyCsvAction(), m_actions->copyTsvAction(), m_actions->saveCsvAction(),
                            m_actions->saveTsvAction()})
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
}

void TestExportActions::copyTable_putsCsvOrTsvOnTheClipboard() {
    const TableSelection selection{peopleTable(), {}, {}};
    m_actions->setTableSource([selection] { return selection; });
    m_actions->excelCsvAction()->setChecked(true); // a BOM is for files, never for the clipboard
    m_actions->copyCsvAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("id,name\r\n1,\"Ada, Countess\"\r\n2,Alan\r\n3,Grace\r\n"));
    m_actions->copyTsvAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("id\tname\n1\tAda, Countess\n2\tAlan\n3\tGrace\n"));
}

void TestExportActions::saveTable_usesTheViewsColumnsAndOrder_andTheExcelOption() {
    const TableSelection selection{peopleTable(), {1, 0}, {2, 0, 1}};
    m_actions->setTableSource([selection] { return selection; });
    m_chooser.answer = m_dir.filePath(QStringLiteral("people.csv"));
    m_actions->saveCsvAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(m_chooser.suggested, QStringList{QStringLiteral("table.csv")});
    QCOMPARE(readFile(m_chooser.answer), QByteArrayLiteral("name,id\r\nGrace,3\r\n\"Ada, Countess\",1\r\nAlan,2\r\n"));

    m_actions->excelCsvAction()->setChecked(true);
    m_actions->saveCsvAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QVERIFY(readFile(m_chooser.answer).startsWith("\xEF\xBB\xBFname,id\r\n"));

    m_chooser.answer = m_dir.filePath(QStringLiteral("people.tsv"));
    m_actions->saveTsvAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(readFile(m_chooser.answer), QByteArrayLiteral("name\tid\nGrace\t3\nAda, Countess\t1\nAlan\t2\n"));
}

void TestExportActions::copyResponse_putsPrettyOrCompactJsonOnTheClipboard() {
    const auto document = parsedDocument(test::peopleBody());
    m_actions->setDocument(document);
    QSignalSpy messages(m_actions, &ExportActions::message);
    m_actions->copyJsonAction()->trigger();
    QVERIFY(m_actions->isExporting());
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(document->toJson(document->root(), true)));
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.at(0).at(0).toString().startsWith(QStringLiteral("Copied ")),
             qPrintable(messages.at(0).at(0).toString()));

    m_actions->copyCompactJsonAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(test::peopleBody()));
}

void TestExportActions::saveResponse_writesTheChosenFile_andSaysSo() {
    const auto document = parsedDocument(test::peopleBody());
    m_actions->setDocument(document);
    m_chooser.answer = m_dir.filePath(QStringLiteral("people.json"));
    QSignalSpy messages(m_actions, &ExportActions::message);
    m_actions->saveJsonAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(m_chooser.suggested, QStringList{QStringLiteral("response.json")});
    QVERIFY(m_chooser.filters.value(0).contains(QStringLiteral("*.json")));
    QCOMPARE(readFile(m_chooser.answer), document->toJson(document->root(), true));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(),
             QStringLiteral("Saved %1 bytes to people.json.").arg(document->toJson(document->root(), true).size()));
}

void TestExportActions::saveResponse_chooserCancelled_doesNothing() {
    m_actions->setDocument(parsedDocument(test::peopleBody()));
    QSignalSpy messages(m_actions, &ExportActions::message);
    m_actions->saveResponseJson();
    QCOMPARE(m_chooser.suggested.size(), 1);
    QVERIFY(!m_actions->isExporting());
    QCOMPARE(messages.count(), 0);
}

void TestExportActions::saveCurrentNode_savesThatNode() {
    const auto document = parsedDocument(test::peopleBody());
    m_actions->setDocument(document);
    m_current = *document->member(*document->member(document->root(), "data"), "personSearch");
    m_chooser.answer = m_dir.filePath(QStringLiteral("search.json"));
    m_actions->saveNodeJsonAction()->trigger();
    QTRY_VERIFY(!m_actions->isExporting());
    QCOMPARE(readFile(m_chooser.answer), document->toJson(m_current, true));
}

void TestExportActions::copyNode_runsOnAWorker_andCopiesTheNode() {
    const auto document = parsedDocument(test::peopleBody());
    m_actions->setDocument(document);
    m_current = *document->member(document->root(), "data");
    m_actions->copyNodeJson();
    QVERIFY(m_actions->isExporting()); // not done on the GUI thread within the call
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(document->toJson(m_current, true)));
}

void TestExportActions::clipboardLimit_refusesAndSuggestsSaving() {
    m_actions->setDocument(parsedDocument(test::largeArrayBody(100)));
    m_actions->setClipboardLimit(100);
    QSignalSpy messages(m_actions, &ExportActions::message);
    m_actions->copyResponseJson();
    QTRY_VERIFY(!m_actions->isExporting());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.at(0).at(0).toString().contains(QStringLiteral("Save it to a file")),
             qPrintable(messages.at(0).at(0).toString()));
}

void TestExportActions::largeExport_showsProgress_andCancelKeepsNoFile() {
    // About 80 MB of formatted text: far longer than the first progress poll, even on a fast machine.
    m_actions->setDocument(parsedDocument(test::largeArrayBody(1'500'000)));
    m_chooser.answer = m_dir.filePath(QStringLiteral("large.json"));
    QSignalSpy messages(m_actions, &ExportActions::message);
    m_actions->saveResponseJson();
    QVERIFY(!m_actions->copyJsonAction()->isEnabled()); // one export at a time
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->isVisible(), 10000);
    auto *cancel = m_actions->findChild<QPushButton *>();
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_actions->isExporting(), 20000);
    QVERIFY(!m_actions->isVisible());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("Export cancelled."));
    QVERIFY(!QFile::exists(m_chooser.answer));
    QVERIFY(m_actions->copyJsonAction()->isEnabled());
}

void TestExportActions::excelOption_isKeptInSettings() {
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_actions->setSettings(&settings);
    QVERIFY(!m_actions->excelCsvAction()->isChecked());
    m_actions->excelCsvAction()->trigger();
    QVERIFY(settings.value(QStringLiteral("ui/exportCsvWithBom")).toBool());
    ExportActions again;
    again.setSettings(&settings);
    QVERIFY(again.excelCsvAction()->isChecked());
}

void TestExportActions::menu_holdsEveryExport() {
    QCOMPARE(m_actions->button()->menu(), m_actions->menu());
    QStringList texts;
    for (QAction *action : m_actions->menu()->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    QCOMPARE(
        texts,
        (QStringList{QStringLiteral("Copy Response as JSON"), QStringLiteral("Copy Response as Compact JSON"),
                     QStringLiteral("Save Response as JSON\u2026"), QStringLiteral("Save Current Node as JSON\u2026"),
                     QStringLiteral("Copy Table as CSV"), QStringLiteral("Copy Table as TSV"),
                     QStringLiteral("Save Table as CSV\u2026"), QStringLiteral("Save Table as TSV\u2026"),
                     QStringLiteral("Excel-Compatible CSV (UTF-8 with BOM)")}));
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
