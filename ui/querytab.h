#pragma once

#include "rundocument.h"
#include "workspace/querydocument.h"

#include <QKeySequence>
#include <QWidget>

class QSplitter;
class QTabWidget;

namespace altrata::ui {

class HeadersEditor;
class JsonEditor;
class QueryEditor;
class ResultsView;

// One editor tab: the GraphQL editor over a Variables / Headers pair (vertical splitter), beside the results
// (horizontal splitter). Holds everything the workspace saves for the tab, and the text of its last run so that
// a GraphQL error's location jumps to the right place in the editor.
class QueryTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryTab)
public:
    explicit QueryTab(QWidget *parent = nullptr);
    ~QueryTab() override;

    workspace::QueryDocument state() const;
    void setState(const workspace::QueryDocument &document);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    QUrl serviceUrl() const { return m_serviceUrl; }
    void setServiceUrl(const QUrl &url);
    QString filePath() const { return m_filePath; }
    bool isFileModified() const; // a file-backed tab whose text differs from what was last read or written
    // After Open/Save: the tab now stands for `path`, whose content is the editor's text.
    void markSaved(const QString &path);

    // Reformats the query with graphql::print as one undoable step. On a syntax error it changes nothing, moves the
    // cursor to the error and returns a plain sentence; a note about dropped comments on success; else empty.
    QString prettify();

    // The window's shortcuts win over the editors' own key bindings (QScintilla binds Ctrl+T, Ctrl+L, ...).
    void yieldShortcuts(const QList<QKeySequence> &shortcuts);

    // Where the query and its error locations live: the text sent by the last run, mapped back to the editor.
    void setLastSent(const SentText &sent);
    // Moves the editor's cursor to a location of the sent text; false when it maps nowhere.
    bool goToSentLocation(int line, int column);

    QueryEditor *editor() const { return m_editor; }
    JsonEditor *variablesEditor() const { return m_variables; }
    HeadersEditor *headersEditor() const { return m_headers; }
    QTabWidget *requestTabs() const { return m_requestTabs; }
    ResultsView *resultsView() const { return m_results; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *editorSplitter() const { return m_editorSplitter; }

Q_SIGNALS:
    // Anything the workspace saves changed: text, variables, headers, service, cursor, title, file.
    void changed();

private:
    void buildUi();

    QueryEditor *m_editor = nullptr;
    JsonEditor *m_variables = nullptr;
    HeadersEditor *m_headers = nullptr;
    QTabWidget *m_requestTabs = nullptr;
    ResultsView *m_results = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_editorSplitter = nullptr;

    QString m_id;
    QString m_title;
    QUrl m_serviceUrl;
    QString m_filePath;
    QString m_savedText; // the file's content as last read or written
    SentText m_lastSent;
    QString m_lastSentSource; // the editor's text when it was sent
};

} // namespace altrata::ui
