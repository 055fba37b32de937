#include "queryeditor.h"

#include "editorsupport.h"
#include "editortheme.h"
#include "graphql/parser.h"
#include "graphqllexer.h"

#include <QEvent>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>
#include <string>

namespace altrata::ui {

QueryEditor::QueryEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new GraphQLLexer(this)) {
    setLexer(m_lexer);
    setUpCodeEditor(*this);
    m_errorIndicator = indicatorDefine(SquiggleIndicator);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &QueryEditor::showProblemTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(checkDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &QueryEditor::checkNow);
    connect(this, &QsciScintilla::textChanged, &m_checkTimer, qOverload<>(&QTimer::start));
    connect(this, &QsciScintilla::linesChanged, this, [this] { fitLineNumberMargin(*this); });
    applyTheme();
}

QueryEditor::~QueryEditor() = default;

QList<QueryEditor::Problem> QueryEditor::problems() const {
    return m_problems;
}

void QueryEditor::checkNow() {
    m_checkTimer.stop();
    clearIndicator(*this, m_errorIndicator);
    m_underlines.clear();
    QList<Problem> found;
    const QByteArray utf8 = text().toUtf8();
    // An empty editor is not an error worth underlining; anything else goes through the real parser.
    if (!utf8.trimmed().isEmpty()) {
        const auto result = graphql::parse(std::string(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        for (const auto &error : result.errors) {
            const QString message = QString::fromStdString(error.message);
            found.append({static_cast<int>(error.location.line), static_cast<int>(error.location.column), message});
            underline(error.location.offset, message);
        }
    }
    if (found != m_problems) {
        m_problems = found;
        Q_EMIT problemsChanged();
    }
}

void QueryEditor::underline(qint64 offset, const QString &message) {
    const auto [start, end] = underlineAt(*this, m_errorIndicator, offset);
    if (end > start)
        m_underlines.append({start, end, message});
}

QString QueryEditor::problemAt(qint64 position) const {
    // The squiggle moves with edits made since the check; no squiggle there, no message.
    if (position < 0 || SendScintilla(SCI_INDICATORVALUEAT, static_cast<unsigned long>(m_errorIndicator),
                                      static_cast<long>(position)) == 0)
        return {};
    QStringList messages;
    for (const Underline &u : m_underlines) {
        if (position >= u.start && position < u.end)
            messages.append(u.message);
    }
    return messages.join(QLatin1Char('\n'));
}

void QueryEditor::showProblemTip(int position, int x, int y) {
    const QString message = problemAt(position);
    if (!message.isEmpty())
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), message, viewport());
}

void QueryEditor::goToLocation(int line, int column) {
    const int lineIndex = std::clamp(line, 1, std::max(1, lines())) - 1;
    QString lineText = text(lineIndex);
    while (lineText.endsWith(QLatin1Char('\n')) || lineText.endsWith(QLatin1Char('\r')))
        lineText.chop(1);
    qsizetype units = std::clamp<qsizetype>(column - 1, 0, lineText.size());
    if (units > 0 && units < lineText.size() && lineText.at(units).isLowSurrogate())
        --units; // never between the two halves of a surrogate pair
    const qint64 position = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(lineIndex)) +
                            lineText.left(units).toUtf8().size();
    SendScintilla(SCI_ENSUREVISIBLEENFORCEPOLICY, static_cast<unsigned long>(lineIndex));
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(position));
    setFocus(Qt::OtherFocusReason);
}

quint32 QueryEditor::cursorByteOffset() const {
    return static_cast<quint32>(SendScintilla(SCI_GETCURRENTPOS));
}

void QueryEditor::changeEvent(QEvent *event) {
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme)
        applyTheme();
}

// Auto-indent looks at the style of the braces on the line; styling is lazy (done at paint time), so
// make sure the current line is styled before a key that indents is handled.
void QueryEditor::keyPressEvent(QKeyEvent *event) {
    const bool indents =
        event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->text() == QLatin1String("}");
    if (indents) {
        const long line = SendScintilla(SCI_LINEFROMPOSITION, SendScintilla(SCI_GETCURRENTPOS));
        SendScintilla(SCI_COLOURISE, 0UL, SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line)));
    }
    QsciScintilla::keyPressEvent(event);
}

void QueryEditor::applyTheme() {
    m_applyingTheme = true;
    const EditorTheme theme = EditorTheme::fromPalette(palette());
    m_lexer->applyTheme(theme);
    theme.applyFrame(*this);
    setIndicatorForegroundColor(theme.error, m_errorIndicator);
    m_applyingTheme = false;
}

} // namespace altrata::ui
