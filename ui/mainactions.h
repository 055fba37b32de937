#pragma once

#include <QList>

class QAction;
class QMenuBar;
class QWidget;

namespace altrata::ui {

// Every command of the main window as a QAction with its text, shortcut, SVG icon and object name, and the
// menus that list them. The window connects them; this only describes them.
struct MainActions {
    QAction *newTab = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *closeTab = nullptr;
    QAction *renameTab = nullptr;
    QAction *quit = nullptr;
    QAction *prettify = nullptr;
    QAction *run = nullptr;
    QAction *cancel = nullptr;
    QAction *editCredentials = nullptr;
    QAction *tokenDetails = nullptr;
    QAction *renewToken = nullptr;
    QAction *trySandbox = nullptr;
    QAction *showTree = nullptr;
    QAction *showTable = nullptr;
    QAction *showRaw = nullptr;
    QAction *showErrors = nullptr;
    QAction *nextTab = nullptr;
    QAction *previousTab = nullptr;
    QAction *focusEditor = nullptr;
    QAction *focusVariables = nullptr;
    QAction *focusResults = nullptr;
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;

    // All of them, in menu order (for the shortcuts overview).
    QList<QAction *> all() const;
};

// Creates the actions (owned by `owner`) and fills `menuBar`.
MainActions createMainActions(QWidget *owner);
void buildMenus(QMenuBar *menuBar, const MainActions &actions);
// A window listing every action with its shortcuts (Help ▸ Keyboard Shortcuts).
void showShortcutsDialog(QWidget *parent, const QList<QAction *> &actions);

} // namespace altrata::ui
