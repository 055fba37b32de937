#pragma once

#include <QObject>

#include <functional>

class QSettings;
class QWidget;

namespace altrata::ui {

class QueryTab;
class QueryTabs;

// Open, Save and Save As of .graphql files for the editor tabs. A file already open is selected, not opened
// twice, nor saved over from a second tab; a saved tab takes the file's name; the last folder used is remembered
// ("ui/lastFileDirectory").
class TabFiles final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabFiles)
public:
    TabFiles(QueryTabs *tabs, QSettings *settings, QWidget *dialogParent);
    ~TabFiles() override;

    bool openFile(const QString &path);
    bool saveCurrentTo(const QString &path);

    // Asks the user for a file; gets the folder (open) or the suggested path (save); empty means cancelled.
    // QFileDialog by default; tests replace it, since a modal file dialog cannot be driven reliably offscreen.
    using FileChooser = std::function<QString(const QString &start)>;
    void setFileChoosers(FileChooser open, FileChooser save);

public Q_SLOTS:
    void openDialog();
    void save(); // Save As when the tab has no file yet
    void saveAs();

Q_SIGNALS:
    void message(const QString &text); // a plain sentence for the status line

private:
    void remember(const QString &absolutePath);
    // Index of the tab other than `except` that holds the file at `absolutePath`; -1 if none.
    int indexOfFile(const QString &absolutePath, const QueryTab *except) const;

    QueryTabs *m_tabs;
    QSettings *m_settings;
    QWidget *m_dialogParent;
    FileChooser m_chooseOpen;
    FileChooser m_chooseSave;
};

} // namespace altrata::ui
