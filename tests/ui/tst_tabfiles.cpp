#include "tabfiles.h"

#include "modalanswer.h"
#include "queryeditor.h"
#include "querytab.h"
#include "querytabs.h"
#include "workspace/queryfile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace altrata;
using altrata::ui::QueryTab;
using altrata::ui::QueryTabs;
using altrata::ui::TabFiles;

namespace {

// Acknowledges the next warning box, keeping its text.
void answerNextWarning(QString *text, bool *asked) {
    test::answerNextMessageBox(
        [text](QMessageBox *box) {
            *text = box->text();
            return box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok) : box->buttons().value(0);
        },
        asked);
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestTabFiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openFile_opensATabNamedAfterTheFile();
    void openFile_alreadyOpen_selectsItAndKeepsItsChanges();
    void openFile_refused_saysWhyAndLosesNothing_data();
    void openFile_refused_saysWhyAndLosesNothing();
    void openDialog_opensTheChosenFile();
    void save_fileTab_writesWithoutAsking();
    void save_untitledTab_asksForANameAndTheTabTakesIt();
    void saveAs_cancelled_writesNothing();
    void saveCurrentTo_failure_warnsAndKeepsTheChanges();
    void saveCurrentTo_fileOpenInAnotherTab_refusesAndLosesNothing();
    void closeTab_unsavedFileChanges_asks_savedOnesDoNot();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The next file question (open or save) answers `path` (empty: cancelled); `start` gets what it was offered.
    void answerNextFileDialog(const QString &path, QString *start = nullptr) {
        const auto answer = [path, start](const QString &offered) {
            if (start)
                *start = offered;
            return path;
        };
        m_files->setFileChoosers(answer, answer);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QWidget> m_window;
    QueryTabs *m_tabs = nullptr;
    TabFiles *m_files = nullptr;
};

void TestTabFiles::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestTabFiles::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window = std::make_unique<QWidget>();
    m_tabs = new QueryTabs(m_window.get());
    m_files = new TabFiles(m_tabs, m_settings.get(), m_window.get());
    m_tabs->newTab()->editor()->setText(QStringLiteral("{ scratch }"));
}

void TestTabFiles::cleanup() {
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestTabFiles::openFile_opensATabNamedAfterTheFile() {
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("queries")));
    const QString file = path(QStringLiteral("queries/people.graphql"));
    QVERIFY(writeAll(file, "query People { people { name } }\n"));
    QVERIFY(m_files->openFile(file));
    QCOMPARE(m_tabs->count(), 2);
    QueryTab *tab = m_tabs->currentTab();
    QCOMPARE(tab->title(), QStringLiteral("people.graphql"));
    QCOMPARE(tab->filePath(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(tab->editor()->text(), QStringLiteral("query People { people { name } }\n"));
    QVERIFY(!tab->isFileModified());
    QCOMPARE(m_settings->value(QStringLiteral("ui/lastFileDirectory")).toString(), QFileInfo(file).absolutePath());
    QCOMPARE(m_tabs->tabAt(0)->editor()->text(), QStringLiteral("{ scratch }")); // the other tab is untouched
}

void TestTabFiles::openFile_alreadyOpen_selectsItAndKeepsItsChanges() {
    const QString file = path(QStringLiteral("a.graphql"));
    QVERIFY(writeAll(file, "{ a }"));
    QVERIFY(m_files->openFile(file));
    m_tabs->currentTab()->editor()->setText(QStringLiteral("{ a b }"));
    m_tabs->setCurrentIndex(0);
    QDir::setCurrent(m_dir->path());
    QVERIFY(m_files->openFile(QStringLiteral("a.graphql"))); // relative: still the same file
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->currentIndex(), 1);
    QCOMPARE(m_tabs->currentTab()->editor()->text(), QStringLiteral("{ a b }"));
    QVERIFY(m_tabs->currentTab()->isFileModified());
}

void TestTabFiles::openFile_refused_saysWhyAndLosesNothing_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty: a folder of that name
    QTest::addColumn<QString>("because");
    QTest::newRow("missing") << QStringLiteral("missing.graphql") << QByteArray("-")
                             << QStringLiteral("does not exist");
    QTest::newRow("folder") << QStringLiteral("folder.graphql") << QByteArray() << QStringLiteral("folder");
    QTest::newRow("not UTF-8") << QStringLiteral("latin1.graphql") << QByteArray("{ caf\xe9 }")
                               << QStringLiteral("not UTF-8");
    QTest::newRow("too large") << QStringLiteral("huge.graphql")
                               << QByteArray(int(workspace::kMaxQueryFileBytes) + 1, ' ')
                               << QStringLiteral("too large");
}

void TestTabFiles::openFile_refused_saysWhyAndLosesNothing() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, because);
    const QString file = path(name);
    if (content.isEmpty())
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    else if (content != "-")
        QVERIFY(writeAll(file, content));
    m_tabs->currentTab()->editor()->setText(QStringLiteral("{ unsaved work }"));
    QSignalSpy messages(m_files, &TabFiles::message);
    QVERIFY(!m_files->openFile(file));
    QCOMPARE(messages.count(), 1);
    const QString text = messages.at(0).at(0).toString();
    QVERIFY2(text.contains(because), qPrintable(text));
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.size() < 300, qPrintable(text)); // a sentence, not the file
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(m_tabs->currentTab()->editor()->text(), QStringLiteral("{ unsaved work }"));
    QVERIFY(!m_settings->contains(QStringLiteral("ui/lastFileDirectory")));
}

void TestTabFiles::openDialog_opensTheChosenFile() {
    const QString file = path(QStringLiteral("chosen.graphql"));
    QVERIFY(writeAll(file, "{ chosen }"));
    answerNextFileDialog(file);
    m_files->openDialog();
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->currentTab()->filePath(), QFileInfo(file).absoluteFilePath());
    answerNextFileDialog(QString()); // cancelled: nothing opens
    m_files->openDialog();
    QCOMPARE(m_tabs->count(), 2);
}

void TestTabFiles::save_fileTab_writesWithoutAsking() {
    const QString file = path(QStringLiteral("b.graphql"));
    QVERIFY(writeAll(file, "{ old }"));
    QVERIFY(m_files->openFile(file));
    m_tabs->currentTab()->editor()->setText(QStringLiteral("{ new }"));
    QVERIFY(m_tabs->currentTab()->isFileModified());
    QSignalSpy messages(m_files, &TabFiles::message);
    m_files->save(); // a dialog here would hang the test until the timeout
    QCOMPARE(readAll(file), QByteArray("{ new }"));
    QVERIFY(!m_tabs->currentTab()->isFileModified());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("b.graphql")));
    // Atomic: only the file itself in the folder, no temporary left over.
    QStringList entries = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    entries.removeAll(QStringLiteral("settings.ini"));
    QCOMPARE(entries, QStringList{QStringLiteral("b.graphql")});
}

void TestTabFiles::save_untitledTab_asksForANameAndTheTabTakesIt() {
    QueryTab *tab = m_tabs->currentTab();
    const QString title = tab->title();
    const QString file = path(QStringLiteral("named.graphql"));
    QString suggested;
    answerNextFileDialog(file, &suggested);
    m_files->save();
    QCOMPARE(QFileInfo(suggested).fileName(), title + QStringLiteral(".graphql"));
    QCOMPARE(readAll(file), QByteArray("{ scratch }"));
    QCOMPARE(tab->title(), QStringLiteral("named.graphql"));
    QCOMPARE(tab->filePath(), QFileInfo(file).absoluteFilePath());
    QVERIFY(!tab->isFileModified());
    QCOMPARE(m_settings->value(QStringLiteral("ui/lastFileDirectory")).toString(), QFileInfo(file).absolutePath());
    // Save As a second name: the tab moves to it, the first file keeps its content.
    tab->editor()->setText(QStringLiteral("{ second }"));
    const QString second = path(QStringLiteral("second.graphql"));
    answerNextFileDialog(second, &suggested);
    m_files->saveAs();
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("named.graphql"));
    QCOMPARE(readAll(second), QByteArray("{ second }"));
    QCOMPARE(readAll(file), QByteArray("{ scratch }"));
    QCOMPARE(tab->title(), QStringLiteral("second.graphql"));
}

void TestTabFiles::saveAs_cancelled_writesNothing() {
    answerNextFileDialog(QString());
    m_files->saveAs();
    QStringList entries = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    entries.removeAll(QStringLiteral("settings.ini"));
    QCOMPARE(entries, QStringList{});
    QVERIFY(m_tabs->currentTab()->filePath().isEmpty());
}

void TestTabFiles::saveCurrentTo_failure_warnsAndKeepsTheChanges() {
    const QString file = path(QStringLiteral("c.graphql"));
    QVERIFY(writeAll(file, "{ c }"));
    QVERIFY(m_files->openFile(file));
    QueryTab *tab = m_tabs->currentTab();
    tab->editor()->setText(QStringLiteral("{ c changed }"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("taken.graphql")));
    QString warning;
    bool asked = false;
    answerNextWarning(&warning, &asked);
    QVERIFY(!m_files->saveCurrentTo(path(QStringLiteral("taken.graphql"))));
    QVERIFY(asked);
    QVERIFY2(warning.contains(QStringLiteral("Could not save")), qPrintable(warning));
    QCOMPARE(tab->filePath(), QFileInfo(file).absoluteFilePath()); // still the old file, still modified
    QCOMPARE(tab->title(), QStringLiteral("c.graphql"));
    QVERIFY(tab->isFileModified());
    QCOMPARE(tab->editor()->text(), QStringLiteral("{ c changed }"));
    QCOMPARE(readAll(file), QByteArray("{ c }"));
}

void TestTabFiles::saveCurrentTo_fileOpenInAnotherTab_refusesAndLosesNothing() {
    const QString file = path(QStringLiteral("e.graphql"));
    QVERIFY(writeAll(file, "{ e }"));
    QVERIFY(m_files->openFile(file));
    m_tabs->currentTab()->editor()->setText(QStringLiteral("{ e newer }"));
    m_tabs->setCurrentIndex(0); // the scratch tab
    QString warning;
    bool asked = false;
    answerNextWarning(&warning, &asked);
    QVERIFY(!m_files->saveCurrentTo(file));
    QVERIFY(asked);
    QVERIFY2(warning.contains(QStringLiteral("already open")), qPrintable(warning));
    QCOMPARE(readAll(file), QByteArray("{ e }"));
    QVERIFY(m_tabs->tabAt(0)->filePath().isEmpty());
    QCOMPARE(m_tabs->tabAt(1)->editor()->text(), QStringLiteral("{ e newer }"));
}

void TestTabFiles::closeTab_unsavedFileChanges_asks_savedOnesDoNot() {
    const QString file = path(QStringLiteral("d.graphql"));
    QVERIFY(writeAll(file, "{ d }"));
    QVERIFY(m_files->openFile(file));
    m_tabs->currentTab()->editor()->setText(QStringLiteral("{ d changed }"));
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return test::buttonNamed(box, QStringLiteral("cancelButton")); },
                               &asked);
    QVERIFY(!m_tabs->closeCurrentTab());
    QVERIFY(asked);
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->currentTab()->editor()->text(), QStringLiteral("{ d changed }"));
    m_files->save();
    QCOMPARE(readAll(file), QByteArray("{ d changed }"));
    QVERIFY(!m_tabs->currentTab()->isFileModified()); // else the close below would ask and wait
    QVERIFY(m_tabs->closeCurrentTab());               // saved: closes without a question (one would hang here)
    QCOMPARE(m_tabs->count(), 1);
}

QTEST_MAIN(TestTabFiles)
#include "tst_tabfiles.moc"
