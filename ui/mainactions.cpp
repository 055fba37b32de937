#include "mainactions.h"

#include "icons.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace altrata::ui {

namespace {

QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text,
                    const QList<QKeySequence> &shortcuts = {}, const QString &icon = {}) {
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        action->setIcon(actionIcon(icon));
    if (!shortcuts.isEmpty()) // "Run (Ctrl+Return)": the tooltip teaches the shortcut
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                          shortcuts.first().toString(QKeySequence::NativeText)));
    owner->addAction(action); // reachable by keyboard even when no menu or toolbar shows it
    return action;
}

// File, Edit and Query.
void addDocumentActions(MainActions &a, QWidget *owner) {
    a.newTab = makeAction(owner, QStringLiteral("newTabAction"), QObject::tr("&New Tab"),
                          {QKeySequence(Qt::CTRL | Qt::Key_T)}, QStringLiteral("new-tab"));
    a.open = makeAction(owner, QStringLiteral("openAction"), QObject::tr("&Open…"),
                        {QKeySequence(Qt::CTRL | Qt::Key_O)}, QStringLiteral("open"));
    a.save = makeAction(owner, QStringLiteral("saveAction"), QObject::tr("&Save"), {QKeySequence(Qt::CTRL | Qt::Key_S)},
                        QStringLiteral("save"));
    a.saveAs = makeAction(owner, QStringLiteral("saveAsAction"), QObject::tr("Save &As…"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    a.closeTab = makeAction(owner, QStringLiteral("closeTabAction"), QObject::tr("&Close Tab"),
                            {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    a.renameTab =
        makeAction(owner, QStringLiteral("renameTabAction"), QObject::tr("&Rename Tab…"), {QKeySequence(Qt::Key_F2)});
    a.quit =
        makeAction(owner, QStringLiteral("quitAction"), QObject::tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    a.prettify = makeAction(owner, QStringLiteral("prettifyAction"), QObject::tr("&Prettify"),
                            {QKeySequence(Qt::SHIFT | Qt::CTRL | Qt::Key_P)}, QStringLiteral("prettify"));
    a.run = makeAction(
        owner, QStringLiteral("runAction"), QObject::tr("&Run"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::Key_F5)},
        QStringLiteral("run"));
    a.cancel = makeAction(owner, QStringLiteral("cancelAction"), QObject::tr("&Cancel Request"),
                          {QKeySequence(Qt::SHIFT | Qt::Key_F5)}, QStringLiteral("cancel"));
}

// Credentials, View and Help.
void addWindowActions(MainActions &a, QWidget *owner) {
    a.editCredentials = makeAction(owner, QStringLiteral("editCredentialsAction"), QObject::tr("&Edit Credentials…"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)}, QStringLiteral("credentials"));
    a.tokenDetails = makeAction(owner, QStringLiteral("tokenDetailsAction"), QObject::tr("&Token Details…"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, QStringLiteral("token"));
    a.renewToken = makeAction(owner, QStringLiteral("renewTokenAction"), QObject::tr("&Renew Token…"));
    a.trySandbox = makeAction(owner, QStringLiteral("trySandboxAction"), QObject::tr("Open the &Sandbox"), {},
                              QStringLiteral("sandbox"));
    a.showTree = makeAction(owner, QStringLiteral("showTreeAction"), QObject::tr("Results &Tree"),
                            {QKeySequence(Qt::CTRL | Qt::Key_1)});
    // Ctrl+1..4 follow the results tabs from left to right: Tree, Table, Raw, Errors.
    a.showTable = makeAction(owner, QStringLiteral("showTableAction"), QObject::tr("Results Ta&ble"),
                             {QKeySequence(Qt::CTRL | Qt::Key_2)});
    a.showRaw = makeAction(owner, QStringLiteral("showRawAction"), QObject::tr("&Raw Response"),
                           {QKeySequence(Qt::CTRL | Qt::Key_3)});
    a.showErrors = makeAction(owner, QStringLiteral("showErrorsAction"), QObject::tr("GraphQL &Errors"),
                              {QKeySequence(Qt::CTRL | Qt::Key_4)});
    a.nextTab = makeAction(owner, QStringLiteral("nextTabAction"), QObject::tr("&Next Tab"),
                           {QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    a.previousTab = makeAction(owner, QStringLiteral("previousTabAction"), QObject::tr("&Previous Tab"),
                               {QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    a.focusEditor = makeAction(owner, QStringLiteral("focusEditorAction"), QObject::tr("Go to &Query"),
                               {QKeySequence(Qt::ALT | Qt::Key_1)});
    a.focusVariables = makeAction(owner, QStringLiteral("focusVariablesAction"), QObject::tr("Go to &Variables"),
                                  {QKeySequence(Qt::ALT | Qt::Key_2)});
    a.focusResults = makeAction(owner, QStringLiteral("focusResultsAction"), QObject::tr("Go to Res&ults"),
                                {QKeySequence(Qt::ALT | Qt::Key_3)});
    a.shortcuts = makeAction(owner, QStringLiteral("shortcutsAction"), QObject::tr("&Keyboard Shortcuts"),
                             {QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    a.about = makeAction(owner, QStringLiteral("aboutAction"), QObject::tr("&About Altrata Explorer"));
}

} // namespace

QList<QAction *> MainActions::all() const {
    return {newTab,          open,           save,         saveAs,     closeTab,
            renameTab,       quit,           prettify,     run,        cancel,
            editCredentials, tokenDetails,   renewToken,   trySandbox, showTree,
            showTable,       showRaw,        showErrors,   nextTab,    previousTab,
            focusEditor,     focusVariables, focusResults, shortcuts,  about};
}

MainActions createMainActions(QWidget *owner) {
    MainActions a;
    addDocumentActions(a, owner);
    addWindowActions(a, owner);
    a.quit->setMenuRole(QAction::QuitRole);
    a.about->setMenuRole(QAction::AboutRole);
    a.cancel->setEnabled(false);
    return a;
}

void buildMenus(QMenuBar *menuBar, const MainActions &a) {
    QMenu *file = menuBar->addMenu(QObject::tr("&File"));
    file->addActions({a.newTab, a.open, a.save, a.saveAs});
    file->addSeparator();
    file->addActions({a.renameTab, a.closeTab});
    file->addSeparator();
    file->addAction(a.quit);
    QMenu *edit = menuBar->addMenu(QObject::tr("&Edit"));
    edit->addAction(a.prettify);
    QMenu *query = menuBar->addMenu(QObject::tr("&Query"));
    query->addActions({a.run, a.cancel});
    QMenu *credentials = menuBar->addMenu(QObject::tr("&Credentials"));
    credentials->addActions({a.editCredentials, a.tokenDetails, a.renewToken});
    credentials->addSeparator();
    credentials->addAction(a.trySandbox);
    QMenu *view = menuBar->addMenu(QObject::tr("&View"));
    view->addActions({a.showTree, a.showTable, a.showRaw, a.showErrors});
    view->addSeparator();
    view->addActions({a.focusEditor, a.focusVariables, a.focusResults});
    view->addSeparator();
    view->addActions({a.nextTab, a.previousTab});
    QMenu *help = menuBar->addMenu(QObject::tr("&Help"));
    help->addActions({a.shortcuts, a.about});
}

void showShortcutsDialog(QWidget *parent, const QList<QAction *> &actions) {
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(int(actions.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({QObject::tr("Command"), QObject::tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < actions.size(); ++row) {
        QStringList shortcuts;
        for (const QKeySequence &sequence : actions.at(row)->shortcuts())
            shortcuts.append(sequence.toString(QKeySequence::NativeText));
        table->setItem(row, 0, new QTableWidgetItem(actions.at(row)->text().remove(QLatin1Char('&'))));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.join(QStringLiteral(", "))));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(460, 520);
    dialog.exec();
}

} // namespace altrata::ui
