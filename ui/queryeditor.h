// OWNER: helper "editors" (branch r6-editors). Reference interface: keep these public names; add freely.
#pragma once

#include "qsciheaders.h"

#include <QTimer>

namespace altrata::ui {

class GraphQLLexer; // QsciLexerCustom colouring with altrata::graphql::lexLine (block strings span lines)

// The GraphQL editor: colouring from the project's lexer, line numbers, brace matching, folding of { } blocks,
// current-line highlight, and syntax errors underlined (squiggle indicator + message in a tooltip/calltip on
// hover) at most 250 ms after typing stops (graphql::parse, recovering parse). Follows the palette (light/dark).
class QueryEditor final : public QsciScintilla {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryEditor)
public:
    explicit QueryEditor(QWidget *parent = nullptr);
    ~QueryEditor() override;

    struct Problem {
        int line = 0;   // 1-based, like GraphQL locations
        int column = 0; // 1-based, in characters (UTF-16 code units, like graphql-js and QString)
        QString message;
        friend bool operator==(const Problem &, const Problem &) = default;
    };
    QList<Problem> problems() const; // from the latest check; empty when the text parses
    void checkNow();                 // runs the pending syntax check at once (tests, before Run)

    // Moves the cursor to a GraphQL location (1-based line and column, column counted in characters)
    // and focuses the editor.
    void goToLocation(int line, int column);
    // UTF-8 byte offset of the cursor in text().toUtf8() (what graphql::operationAt() expects).
    quint32 cursorByteOffset() const;

    // The message of the problem underlined at a document (byte) position; empty if none. The hover tooltip.
    QString problemAt(qint64 position) const;
    // The Scintilla indicator number of the error squiggle (SCI_INDICATORVALUEAT in tests).
    int errorIndicator() const { return m_errorIndicator; }
    static constexpr int checkDelayMs = 250;

Q_SIGNALS:
    void problemsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Underline {
        qint64 start = 0;
        qint64 end = 0;
        QString message;
    };
    void applyTheme();
    void underline(qint64 offset, const QString &message);
    void showProblemTip(int position, int x, int y);

    GraphQLLexer *m_lexer;
    QTimer m_checkTimer;
    QList<Problem> m_problems;
    QList<Underline> m_underlines;
    int m_errorIndicator = -1;
    bool m_applyingTheme = false;
};

} // namespace altrata::ui
