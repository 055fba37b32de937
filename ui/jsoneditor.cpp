#include "jsoneditor.h"

#include "editorsupport.h"
#include "editortheme.h"

#include "qsciheaders.h"

#include <QEvent>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QToolTip>

#include <array>

namespace altrata::ui {

namespace {

// Where Qt's parser stopped. It reports the offset just after the character it could not use (trailing
// garbage exactly); for a text that ends too soon, the end.
qsizetype errorPosition(const QByteArray &utf8, const QJsonParseError &error) {
    switch (error.error) {
    case QJsonParseError::GarbageAtEnd:
        return std::min<qsizetype>(error.offset, utf8.size());
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::TerminationByNumber:
        if (error.offset >= utf8.size())
            return utf8.size();
        break;
    default:
        break;
    }
    return std::clamp<qsizetype>(error.offset - 1, 0, utf8.size());
}

char previousNonBlank(const QByteArray &utf8, qsizetype position) {
    while (position > 0 && QByteArrayView(" \t\r\n").contains(utf8.at(position - 1)))
        --position;
    return position > 0 ? utf8.at(position - 1) : '\0';
}

// What the parser expected, in words: Qt's own strings ("unterminated object") describe the parser,
// not the fix. `previous` is the last non-blank character before the error.
QString expectation(QJsonParseError::ParseError error, char previous) {
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return previous == '{' || previous == ',' ? QStringLiteral("expected a name in double quotes")
                                                  : QStringLiteral("expected ',' or '}'");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("expected ':' after the name");
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("expected ',' or ']'");
    case QJsonParseError::MissingObject:
        return previous == ',' ? QStringLiteral("expected a name in double quotes after ','")
                               : QStringLiteral("expected a value");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("expected a value (a string, number, object, array, true, false or null)");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("the text ends too soon");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("invalid number");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("invalid character in a string");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("a string is not closed with '\"'");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("too large");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("unexpected text after the closing '}'");
    case QJsonParseError::NoError:
        break;
    }
    return QStringLiteral("invalid JSON");
}

// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    const QByteArrayView before(utf8.constData(), offset);
    const auto line = static_cast<int>(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const auto column = static_cast<int>(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

JsonEditor::JsonEditor(Mode mode, QWidget *parent)
    : QsciScintilla(parent)
    , m_mode(mode)
    , m_lexer(new QsciLexerJSON(this)) {
    setLexer(m_lexer);
    setUpCodeEditor(*this);
    connect(this, &QsciScintilla::linesChanged, this, [this] { fitLineNumberMargin(*this); });
    if (m_mode == Mode::ReadOnly) {
        setReadOnly(true);
    } else {
        m_errorIndicator = indicatorDefine(SquiggleIndicator);
        m_checkTimer.setSingleShot(true);
        m_checkTimer.setInterval(checkDelayMs);
        connect(&m_checkTimer, &QTimer::timeout, this, &JsonEditor::checkNow);
        connect(this, &QsciScintilla::textChanged, &m_checkTimer, qOverload<>(&QTimer::start));
        SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
        connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &JsonEditor::showProblemTip);
        connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    }
    applyTheme();
}

JsonEditor::~JsonEditor() = default;

void JsonEditor::setJson(const QByteArray &utf8) {
    const bool wasReadOnly = isReadOnly();
    setReadOnly(false);
    SendScintilla(SCI_CLEARALL);
    SendScintilla(SCI_APPENDTEXT, static_cast<uintptr_t>(utf8.size()), utf8.constData());
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    SendScintilla(SCI_GOTOPOS, 0UL);
    setReadOnly(wasReadOnly);
}

QString JsonEditor::problem() const {
    runPendingCheck();
    return m_problem;
}

std::optional<QJsonObject> JsonEditor::variables() const {
    runPendingCheck();
    return m_variables;
}

// The widget is never a const object; the pending check only brings the cached result up to date.
void JsonEditor::runPendingCheck() const {
    if (m_checkTimer.isActive())
        const_cast<JsonEditor *>(this)->checkNow();
}

void JsonEditor::checkNow() {
    if (m_mode != Mode::Variables)
        return;
    m_checkTimer.stop();
    clearIndicator(*this, m_errorIndicator);
    const QByteArray utf8 = text().toUtf8();
    const QByteArray trimmed = utf8.trimmed();
    QString found;
    m_variables.reset();
    if (trimmed.isEmpty()) {
        m_variables = QJsonObject{};
    } else if (!trimmed.startsWith('{')) {
        found = QStringLiteral("Variables must be a JSON object, like {\"id\": 1}.");
        underlineAt(*this, m_errorIndicator, utf8.indexOf(trimmed.at(0)));
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
        if (error.error == QJsonParseError::NoError) {
            m_variables = document.object();
        } else {
            const qsizetype position = errorPosition(utf8, error);
            const auto [line, column] = lineAndColumn(utf8, position);
            found = QStringLiteral("Variables: %1 at line %2, column %3.")
                        .arg(expectation(error.error, previousNonBlank(utf8, position)))
                        .arg(line)
                        .arg(column);
            underlineAt(*this, m_errorIndicator, position);
        }
    }
    if (found != m_problem) {
        m_problem = found;
        Q_EMIT problemChanged(m_problem);
    }
}

void JsonEditor::showProblemTip(int position, int x, int y) {
    if (position >= 0 && !m_problem.isEmpty() &&
        SendScintilla(SCI_INDICATORVALUEAT, static_cast<unsigned long>(m_errorIndicator), static_cast<long>(position)))
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), m_problem, viewport());
}

void JsonEditor::changeEvent(QEvent *event) {
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme)
        applyTheme();
}

void JsonEditor::applyTheme() {
    m_applyingTheme = true;
    const EditorTheme theme = EditorTheme::fromPalette(palette());
    const QFont font = EditorTheme::editorFont();
    m_lexer->setDefaultFont(font);
    m_lexer->setDefaultPaper(theme.paper);
    m_lexer->setDefaultColor(theme.text);
    m_lexer->setFont(font, -1);
    m_lexer->setPaper(theme.paper, -1);
    using L = QsciLexerJSON;
    const std::array<std::pair<int, QColor>, 14> colours{{
        {L::Default, theme.text},
        {L::Number, theme.number},
        {L::String, theme.string},
        {L::UnclosedString, theme.invalid},
        {L::Property, theme.field},
        {L::EscapeSequence, theme.directive},
        {L::CommentLine, theme.comment},
        {L::CommentBlock, theme.comment},
        {L::Operator, theme.punctuation},
        {L::IRI, theme.string},
        {L::IRICompact, theme.string},
        {L::Keyword, theme.keyword},
        {L::KeywordLD, theme.keyword},
        {L::Error, theme.invalid},
    }};
    for (const auto &[style, colour] : colours)
        m_lexer->setColor(colour, style);
    m_lexer->setPaper(theme.invalidPaper, L::Error);
    m_lexer->setPaper(theme.invalidPaper, L::UnclosedString);
    theme.applyFrame(*this);
    if (m_errorIndicator >= 0)
        setIndicatorForegroundColor(theme.error, m_errorIndicator);
    m_applyingTheme = false;
}

} // namespace altrata::ui
