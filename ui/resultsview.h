// OWNER: helper "results-view" (branch r6-resultsview). Reference interface: keep these public names; add freely.
#pragma once

#include "net/graphqlclient.h"
#include "results/resultdocument.h"
#include "transfermeter.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QTreeView;
class QTabWidget;
class QListWidget;
class QLabel;
class QProgressBar;
class QFrame;
class QToolButton;

namespace altrata::results {
class JsonTreeModel;
}

namespace altrata::ui {

class FindBar;
class JsonEditor;
class ResultTreeView;
class ResultTableView;
class ErrorListWidget;
class ExportActions;
class RawResultView;

// The results area of a tab: tabs "Tree" (QTreeView over JsonTreeModel: Key | Value | Type; context menu and
// shortcuts for expand all / collapse all below a node (bounded: stops after N nodes and says so), copy value,
// copy node as JSON, copy path), "Raw" (read-only JsonEditor, formatted text made on a worker thread), and
// "Errors" (GraphQL errors; activating one emits errorLocationActivated). Above them a progress bar with bytes
// received while a response downloads, and a status line: HTTP status, duration, size, service.
// Shows a plain message for failures (transport, HTTP, auth) without losing the previous result until a new
// one arrives. Never parses: it gets the ResultDocument already parsed by GraphQLClient.
class ResultsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)
public:
    enum Tab { TreeTab, TableTab, RawTab, ErrorsTab };

    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    void showRunning(const QString &serviceLabel);   // clears progress, shows "Running…" and an indeterminate bar
    void setProgress(qint64 received, qint64 total); // total -1 when unknown
    void showParsing(qint64 bytes); // the whole body arrived and a worker parses it (GraphQLJob::bodyReceived)
    // "Reading 12.8 MB… 40%" with the bar at 40% (GraphQLJob::parseProgress)
    void setParseProgress(int permille);
    void showResponse(const net::GraphQLResponse &response, const QString &serviceLabel);
    void showCancelled();
    void clear();

    QString statusText() const;
    results::JsonTreeModel *treeModel() const;
    QTreeView *treeView() const;
    JsonEditor *rawView() const;
    QListWidget *errorList() const;
    QTabWidget *tabs() const;

    ResultTreeView *resultTree() const { return m_tree; }
    ResultTableView *tableView() const { return m_table; } // the "Table" tab
    RawResultView *rawResultView() const { return m_raw; }
    ExportActions *exportActions() const { return m_export; } // the Export menu (integration sets its settings)
    QProgressBar *progressBar() const { return m_progress; }
    QString messageText() const;   // the failure/warning sentence shown above the results; empty when hidden
    QString messageDetail() const; // its technical detail (behind "Details")
    bool isFormattingRaw() const;  // a worker is formatting the Raw text for the current document
    FindBar *findBar() const { return m_findBar; }

public Q_SLOTS:
    void expandAllBelowCurrent();
    void collapseAllBelowCurrent();
    void copyCurrentValue();
    void copyCurrentJson();
    void copyCurrentPath();
    void showFindBar(); // Ctrl+F: the find bar above the tabs, its text selected

Q_SIGNALS:
    // A GraphQL error's location was activated: 1-based line and column in the query that was sent.
    void errorLocationActivated(int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Severity { Warning, Error };

    QWidget *createMessageBar();
    QWidget *createExportActions();
    void showDocument(std::shared_ptr<const results::ResultDocument> document);
    void showMessage(Severity severity, const QString &text, const QString &detail);
    void hideMessage();
    void styleMessageBar(); // icon and tint of m_severity, from the current palette
    void setStatus(const QString &text);
    void showNote(const QString &text); // a passing note after the status (tree, export)
    void finishProgress();
    void updateErrorsTabLabel();
    void onTabChanged(int index);
    void createFindBar();
    void revealFindHit(const QList<qint64> &rowPath);
    static QString responseStatus(const net::GraphQLResponse &response, const QString &serviceLabel, qint64 byteSize);

    results::JsonTreeModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResultTreeView *m_tree = nullptr;
    ResultTableView *m_table = nullptr;
    RawResultView *m_raw = nullptr;
    ExportActions *m_export = nullptr;
    ErrorListWidget *m_errors = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageText = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QLabel *m_detailText = nullptr;
    FindBar *m_findBar = nullptr;

    std::shared_ptr<const results::ResultDocument> m_document;
    QString m_serviceLabel;
    Severity m_severity = Severity::Warning; // of the message shown
    QString m_baseStatus; // the status line without a passing note from the tree (e.g. "Expanded 10,000 nodes")

    TransferMeter m_meter;         // download rate of the response under way
    QElapsedTimer m_transferClock; // monotonic time of its progress reports
    qint64 m_parsingBytes = 0;     // size of the body being parsed
};

} // namespace altrata::ui
