#pragma once

#include "results/resultdocument.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QToolButton;

namespace altrata::results {
class ExportJob;
class TableProjection;
} // namespace altrata::results

namespace altrata::ui {

// What a table export takes (ResultTableView::projection(), visibleColumns(), rowOrder()).
struct TableSelection {
    std::shared_ptr<const results::TableProjection> projection; // null: there is no table
    QList<int> columns;                                         // empty: all, in projection order
    QList<qsizetype> rows;                                      // empty: projection order
};

// The results area's "Export" menu (a tool button the owner places, e.g. as the tab bar's corner widget):
// the response or the tree's current node as JSON (pretty or compact) to the clipboard or a file, and the
// table tab's table as CSV or TSV, with an "Excel-compatible CSV (UTF-8 with BOM)" option kept in settings.
// Every export runs on a worker (results::ExportJob); this widget is the strip that shows its progress with
// a Cancel button while a large one runs. Files are chosen by a replaceable chooser (tests answer it).
class ExportActions final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)
public:
    // Asks for a file to save to, starting at `suggestedPath`; `filter` as QFileDialog takes it. Empty = cancelled.
    using FileChooser = std::function<QString(const QString &suggestedPath, const QString &filter)>;
    static constexpr int kPollMs = 100;

    explicit ExportActions(QWidget *parent = nullptr);
    ~ExportActions() override;

    QToolButton *button() const { return m_button; }
    QMenu *menu() const { return m_menu; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *copyCompactJsonAction() const { return m_copyCompactJson; }
    QAction *saveJsonAction() const { return m_saveJson; }
    QAction *saveNodeJsonAction() const { return m_saveNodeJson; }
    QAction *copyCsvAction() const { return m_copyCsv; }
    QAction *copyTsvAction() const { return m_copyTsv; }
    QAction *saveCsvAction() const { return m_saveCsv; }
    QAction *saveTsvAction() const { return m_saveTsv; }
    QAction *excelCsvAction() const { return m_excelCsv; }

    void setDocument(std::shared_ptr<const results::ResultDocument> document);
    // The tree's current node (kNoNode when none), asked for at the moment of an export.
    void setCurrentNodeSource(std::function<results::NodeId()> currentNode);
    // The table tab's table, asked for at the moment of an export and by updateActions() (call it when the
    // table changes, e.g. on ResultTableView::projectionChanged).
    void setTableSource(std::function<TableSelection()> table);
    void setSettings(QSettings *settings); // the Excel option and the last folder; in memory without
    void setFileChooser(FileChooser chooser);
    void setClipboardLimit(qint64 bytes) { m_clipboardLimit = bytes; }

    bool isExporting() const;
    results::ExportJob *job() const { return m_job; } // the running export; null when idle

public Q_SLOTS:
    void copyResponseJson();
    void copyResponseCompactJson();
    void saveResponseJson();
    void saveNodeJson();
    void copyNodeJson(); // the tree's "Copy as JSON", on a worker like every export
    void copyTable(bool tsv);
    void saveTable(bool tsv);
    void cancel();
    void updateActions(); // enables what can be exported now

Q_SIGNALS:
    void message(const QString &text); // a plain sentence for the results status line

private:
    QAction *addAction(const QString &text, void (ExportActions::*slot)());
    void buildMenu();
    bool refuseWhileBusy(); // says so when an export runs
    void startJson(results::NodeId node, bool pretty, const QString &filePath);
    void startTable(bool tsv, const QString &filePath);
    void watch(results::ExportJob *job, const QString &what);
    void poll();
    void onFinished();
    QString chooseFile(const QString &name, const QString &filter);
    results::NodeId currentNode() const;
    bool excelCsv() const;

    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_copyCompactJson = nullptr;
    QAction *m_saveJson = nullptr;
    QAction *m_saveNodeJson = nullptr;
    QAction *m_copyCsv = nullptr;
    QAction *m_copyTsv = nullptr;
    QAction *m_saveCsv = nullptr;
    QAction *m_saveTsv = nullptr;
    QAction *m_excelCsv = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;

    std::shared_ptr<const results::ResultDocument> m_document;
    std::function<results::NodeId()> m_currentNode;
    std::function<TableSelection()> m_table;
    QPointer<QSettings> m_settings;
    FileChooser m_chooseFile;
    qint64 m_clipboardLimit;
    results::ExportJob *m_job = nullptr;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
};

} // namespace altrata::ui
