#include "mainactions.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace altrata::ui;

namespace {

QKeySequence keys(QKeyCombination combination) {
    return QKeySequence(combination);
}

// Every action a menu (or its sub-menus) lists.
QList<QAction *> menuActions(const QMenuBar *menuBar) {
    QList<QAction *> found;
    for (QAction *top : menuBar->actions()) {
        if (QMenu *menu = top->menu())
            found += menu->actions();
    }
    return found;
}

} // namespace

class TestMainActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void all_listsEveryActionOnce();
    void everyAction_hasObjectNameAndText();
    void shortcuts_matchTheIssue_data();
    void shortcuts_matchTheIssue();
    void shortcuts_areNeverShared();
    void everyAction_isListedInAMenu();
    void everyAction_isReachableWithoutAMenu();
    void toolbarActions_haveIcons();
    void tooltip_teachesTheFirstShortcut();
    void runShortcuts_triggerRun_data();
    void runShortcuts_triggerRun();
    void cancel_startsDisabled();
    void shortcutsDialog_listsEveryActionWithItsShortcuts();
};

void TestMainActions::all_listsEveryActionOnce() {
    QWidget owner;
    const MainActions actions = createMainActions(&owner);
    const QList<QAction *> all = actions.all();
    QCOMPARE(all.size(), 25); // one per member of MainActions
    QSet<QAction *> unique;
    for (QAction *action : all) {
        QVERIFY(action);
        unique.insert(action);
    }
    QCOMPARE(unique.size(), all.size());
}

void TestMainActions::everyAction_hasObjectNameAndText() {
    QWidget owner;
    const MainActions actions = createMainActions(&owner);
    QSet<QString> names;
    for (QAction *action : actions.all()) {
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!action->text().remove(QLatin1Char('&')).trimmed().isEmpty(), qPrintable(action->objectName()));
        QCOMPARE(action->parent(), &owner);
        names.insert(action->objectName());
    }
    QCOMPARE(names.size(), actions.all().size()); // tests and the window find them by object name
}

void TestMainActions::shortcuts_matchTheIssue_data() {
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QList<QKeySequence>>("expected");
    QTest::newRow("run") << QStringLiteral("runAction")
                         << QList<QKeySequence>{keys(Qt::CTRL | Qt::Key_Return), keys(Qt::CTRL | Qt::Key_Enter),
                                                keys(Qt::Key_F5)};
    QTest::newRow("prettify") << QStringLiteral("prettifyAction")
                              << QList<QKeySequence>{keys(Qt::SHIFT | Qt::CTRL | Qt::Key_P)};
    QTest::newRow("new tab") << QStringLiteral("newTabAction") << QList<QKeySequence>{keys(Qt::CTRL | Qt::Key_T)};
    QTest::newRow("open") << QStringLiteral("openAction") << QList<QKeySequence>{QKeySequence(QKeySequence::Open)};
    QTest::newRow("save") << QStringLiteral("saveAction") << QList<QKeySequence>{QKeySequence(QKeySequence::Save)};
    QTest::newRow("save as") << QStringLiteral("saveAsAction")
                             << QList<QKeySequence>{keys(Qt::CTRL | Qt::SHIFT | Qt::Key_S)};
    QTest::newRow("close tab") << QStringLiteral("closeTabAction")
                               << QList<QKeySequence>{keys(Qt::CTRL | Qt::Key_W), keys(Qt::CTRL | Qt::Key_F4)};
    QTest::newRow("quit") << QStringLiteral("quitAction") << QList<QKeySequence>{keys(Qt::CTRL | Qt::Key_Q)};
    QTest::newRow("next tab") << QStringLiteral("nextTabAction")
                              << QList<QKeySequence>{keys(Qt::CTRL | Qt::Key_PageDown)};
    QTest::newRow("previous tab") << QStringLiteral("previousTabAction")
                                  << QList<QKeySequence>{keys(Qt::CTRL | Qt::Key_PageUp)};
}

void TestMainActions::shortcuts_matchTheIssue() {
    QFETCH(QString, objectName);
    QFETCH(QList<QKeySequence>, expected);
    QWidget owner;
    createMainActions(&owner);
    auto *action = owner.findChild<QAction *>(objectName);
    QVERIFY(action);
    const QList<QKeySequence> actual = action->shortcuts();
    for (const QKeySequence &sequence : expected)
        QVERIFY2(actual.contains(sequence), qPrintable(sequence.toString()));
    QCOMPARE(action->shortcut(), expected.constFirst()); // the one menus and tooltips show
}

void TestMainActions::shortcuts_areNeverShared() {
    QWidget owner;
    const MainActions actions = createMainActions(&owner);
    QHash<QKeySequence, QString> owners;
    for (QAction *action : actions.all()) {
        for (const QKeySequence &sequence : action->shortcuts()) {
            QVERIFY(!sequence.isEmpty());
            const QString previous = owners.value(sequence);
            QVERIFY2(previous.isEmpty(), qPrintable(sequence.toString() + QStringLiteral(": ") + previous +
                                                    QStringLiteral(" and ") + action->objectName()));
            owners.insert(sequence, action->objectName());
        }
    }
    QVERIFY(owners.size() >= 20);
}

void TestMainActions::everyAction_isListedInAMenu() {
    QMainWindow window;
    const MainActions actions = createMainActions(&window);
    buildMenus(window.menuBar(), actions);
    const QList<QAction *> listed = menuActions(window.menuBar());
    for (QAction *action : actions.all())
        QVERIFY2(listed.contains(action), qPrintable(action->objectName()));
    QCOMPARE(window.menuBar()->actions().size(), 6); // File, Edit, Query, Credentials, View, Help
}

void TestMainActions::everyAction_isReachableWithoutAMenu() {
    // Shortcuts must work even where no menu or toolbar shows the action (e.g. a hidden menu bar).
    QWidget owner;
    const MainActions actions = createMainActions(&owner);
    for (QAction *action : actions.all()) {
        QVERIFY2(owner.actions().contains(action), qPrintable(action->objectName()));
        QCOMPARE(action->shortcutContext(), Qt::WindowShortcut);
    }
}

void TestMainActions::toolbarActions_haveIcons() {
    QWidget owner;
    const MainActions a = createMainActions(&owner);
    for (QAction *action :
         {a.newTab, a.open, a.save, a.prettify, a.run, a.cancel, a.editCredentials, a.tokenDetails, a.trySandbox}) {
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY2(!action->icon().pixmap(QSize(32, 32)).isNull(), qPrintable(action->objectName()));
    }
}

void TestMainActions::tooltip_teachesTheFirstShortcut() {
    QWidget owner;
    const MainActions actions = createMainActions(&owner);
    for (QAction *action : actions.all()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString tip = action->toolTip();
        QVERIFY2(tip.contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1Char('&')), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("…")), qPrintable(tip));
    }
    QCOMPARE(
        actions.run->toolTip(),
        QStringLiteral("Run (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
}

void TestMainActions::runShortcuts_triggerRun_data() {
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("Ctrl+Return") << Qt::Key_Return << Qt::KeyboardModifiers(Qt::ControlModifier);
    // The keypad's Enter arrives with the keypad modifier; it must still run.
    QTest::newRow("Ctrl+Enter (keypad)") << Qt::Key_Enter
                                         << Qt::KeyboardModifiers(Qt::ControlModifier | Qt::KeypadModifier);
    QTest::newRow("F5") << Qt::Key_F5 << Qt::KeyboardModifiers();
}

void TestMainActions::runShortcuts_triggerRun() {
    QFETCH(Qt::Key, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QMainWindow window;
    const MainActions actions = createMainActions(&window);
    buildMenus(window.menuBar(), actions);
    auto *focus = new QWidget(&window);
    focus->setFocusPolicy(Qt::StrongFocus);
    window.setCentralWidget(focus);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    focus->setFocus();
    QSignalSpy runs(actions.run, &QAction::triggered);
    QSignalSpy prettifies(actions.prettify, &QAction::triggered);
    QTest::keyClick(focus, key, modifiers);
    QCOMPARE(runs.count(), 1);
    QCOMPARE(prettifies.count(), 0);
}

void TestMainActions::cancel_startsDisabled() {
    QWidget owner;
    const MainActions actions = createMainActions(&owner);
    QVERIFY(!actions.cancel->isEnabled()); // nothing runs yet
    QVERIFY(actions.run->isEnabled());
}

void TestMainActions::shortcutsDialog_listsEveryActionWithItsShortcuts() {
    QWidget owner;
    const MainActions actions = createMainActions(&owner);
    QStringList commands;
    QStringList shortcuts;
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))) {
            for (int row = 0; row < table->rowCount(); ++row) {
                commands.append(table->item(row, 0)->text());
                shortcuts.append(table->item(row, 1)->text());
            }
        }
        answered = true;
        dialog->reject();
    });
    showShortcutsDialog(&owner, actions.all());
    QVERIFY(answered);
    QCOMPARE(commands.size(), actions.all().size());
    const int runRow = int(actions.all().indexOf(actions.run));
    QCOMPARE(commands.at(runRow), QStringLiteral("Run"));
    for (const QKeySequence &sequence : actions.run->shortcuts())
        QVERIFY2(shortcuts.at(runRow).contains(sequence.toString(QKeySequence::NativeText)),
                 qPrintable(shortcuts.at(runRow)));
    QVERIFY(shortcuts.at(int(actions.all().indexOf(actions.about))).isEmpty());
}

QTEST_MAIN(TestMainActions)
#include "tst_mainactions.moc"
