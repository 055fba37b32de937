// OWNER: helper "editors" (branch r6-editors). Reference interface: keep these public names; add freely.
#pragma once

#include "qsciheaders.h"

#include <QJsonObject>
#include <QTimer>

#include <optional>

class QsciLexerJSON;

namespace altrata::ui {

// A JSON editor (QsciLexerJSON colouring, line numbers, brace matching, folding), in two modes:
// Variables: editable; checks as the user types (debounced) that the text is empty or a JSON object, underlines
// the error position and keeps a plain sentence ("Variables: expected ',' or '}' at line 3, column 7.").
// ReadOnly: shows a response; setJson() takes ready-made (already formatted) text.
class JsonEditor final : public QsciScintilla {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditor)
public:
    enum class Mode { Variables, ReadOnly };
    explicit JsonEditor(Mode mode, QWidget *parent = nullptr);
    ~JsonEditor() override;

    Mode mode() const { return m_mode; }
    void setJson(const QByteArray &utf8); // ReadOnly mode: replace the text (keeps the mode read-only)

    // Variables mode. problem(): empty when the text is empty/whitespace or a JSON object.
    // Both run a pending check first, so they always describe the current text.
    QString problem() const;
    void checkNow();
    // The parsed object (empty for empty text); nullopt when problem() is not empty.
    std::optional<QJsonObject> variables() const;

    // Variables mode: the Scintilla indicator number of the error squiggle; -1 in ReadOnly mode.
    int errorIndicator() const { return m_errorIndicator; }
    static constexpr int checkDelayMs = 250;

Q_SIGNALS:
    void problemChanged(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void runPendingCheck() const;
    void showProblemTip(int position, int x, int y);

    Mode m_mode;
    QsciLexerJSON *m_lexer;
    QTimer m_checkTimer;
    QString m_problem;
    std::optional<QJsonObject> m_variables = QJsonObject{};
    int m_errorIndicator = -1;
    bool m_applyingTheme = false;
};

} // namespace altrata::ui
