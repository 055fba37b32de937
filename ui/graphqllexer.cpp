#include "graphqllexer.h"

#include "editortheme.h"
#include "graphql/linelexer.h"

#include "qsciheaders.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace altrata::ui {

namespace {

using graphql::LineToken;
using graphql::TokenKind;

// The role of the previous significant token, as far as naming the next Name needs it.
enum class Prev : std::uint8_t { None, Dollar, At, Spread, On, FragmentKeyword, FragmentName, Keyword, BraceR, Other };

// The state at the end of a line, packed into Scintilla's int line state: bit 0 block string, bits 1-4
// Prev, bit 5 inside a type-system definition, bits 6-13 parenthesis depth, bits 14-30 brace depth.
struct LineContext {
    bool inBlockString = false;
    Prev prev = Prev::None;
    bool typeSystem = false; // in `type X { ... }` a name after ':' is a type, not an aliased field
    std::uint32_t parenDepth = 0;
    std::uint32_t braceDepth = 0;
};

constexpr std::uint32_t maxParenDepth = 0xff;
constexpr std::uint32_t maxBraceDepth = 0x1ffff;

int pack(const LineContext &c) {
    return static_cast<int>((c.inBlockString ? 1u : 0u) | (static_cast<std::uint32_t>(c.prev) << 1) |
                            (c.typeSystem ? 1u << 5 : 0u) | (std::min(c.parenDepth, maxParenDepth) << 6) |
                            (std::min(c.braceDepth, maxBraceDepth) << 14));
}

LineContext unpack(int packed) {
    const auto bits = static_cast<std::uint32_t>(packed);
    return {(bits & 1u) != 0, static_cast<Prev>((bits >> 1) & 0xfu), (bits & (1u << 5)) != 0,
            (bits >> 6) & maxParenDepth, (bits >> 14) & maxBraceDepth};
}

bool isTopLevelKeyword(std::string_view word) {
    static constexpr std::array<std::string_view, 15> words{
        "query", "mutation", "subscription", "fragment",  "schema", "scalar",     "type",      "interface",
        "union", "enum",     "input",        "directive", "extend", "implements", "repeatable"};
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool isExecutableKeyword(std::string_view word) {
    return word == "query" || word == "mutation" || word == "subscription" || word == "fragment";
}

bool isValueKeyword(std::string_view word) {
    return word == "true" || word == "false" || word == "null";
}

// The kind of the next significant token on the line (EndOfFile at its end): a name before ':' names an
// argument or field, and in a type definition so does one before '('.
TokenKind nextKind(const std::vector<LineToken> &tokens, std::size_t i) {
    for (++i; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::Comment)
            return tokens[i].kind;
    }
    return TokenKind::EndOfFile;
}

GraphQLLexer::Style classifyName(std::string_view word, TokenKind next, LineContext &ctx) {
    using S = GraphQLLexer::Style;
    const Prev prev = ctx.prev;
    ctx.prev = Prev::Other;
    if (prev == Prev::Dollar)
        return S::Variable;
    if (prev == Prev::At)
        return S::Directive;
    if (ctx.parenDepth > 0) { // arguments, variable definitions and their values
        if (next == TokenKind::Colon)
            return S::Field;
        return isValueKeyword(word) ? S::Keyword : S::Name;
    }
    if (ctx.braceDepth == 0) {
        if (prev == Prev::FragmentKeyword) {
            ctx.prev = Prev::FragmentName;
            return S::Name;
        }
        if (prev == Prev::FragmentName && word == "on") {
            ctx.prev = Prev::On;
            return S::Keyword;
        }
        if (isTopLevelKeyword(word)) {
            ctx.prev = word == "fragment" ? Prev::FragmentKeyword : Prev::Keyword;
            if (word != "implements" && word != "repeatable")
                ctx.typeSystem = !isExecutableKeyword(word);
            return S::Keyword;
        }
        return S::Name;
    }
    if (ctx.typeSystem) { // fields of a type, input or interface; enum values; types after ':'
        if (next == TokenKind::Colon || next == TokenKind::ParenL)
            return S::Field;
        return isValueKeyword(word) ? S::Keyword : S::Name;
    }
    if (prev == Prev::Spread && word == "on") {
        ctx.prev = Prev::On;
        return S::Keyword;
    }
    return (prev == Prev::On || prev == Prev::Spread) ? S::Name : S::Field;
}

void openOrClose(std::uint32_t &depth, bool open) {
    if (open)
        ++depth;
    else if (depth > 0)
        --depth;
}

GraphQLLexer::Style classify(const std::vector<LineToken> &tokens, std::size_t i, std::string_view line,
                             LineContext &ctx) {
    using S = GraphQLLexer::Style;
    const LineToken &t = tokens[i];
    switch (t.kind) {
    case TokenKind::Name:
        return classifyName(line.substr(t.start, t.length), nextKind(tokens, i), ctx);
    case TokenKind::Comment:
        return S::Comment; // leaves ctx.prev alone
    case TokenKind::Dollar:
        ctx.prev = Prev::Dollar;
        return S::Variable;
    case TokenKind::At:
        ctx.prev = Prev::At;
        return S::Directive;
    default:
        break;
    }
    // A '{' that starts a definition is the shorthand query: a document may mix types and operations.
    if (t.kind == TokenKind::BraceL && ctx.braceDepth == 0 && (ctx.prev == Prev::None || ctx.prev == Prev::BraceR))
        ctx.typeSystem = false;
    ctx.prev = t.kind == TokenKind::Spread ? Prev::Spread : t.kind == TokenKind::BraceR ? Prev::BraceR : Prev::Other;
    switch (t.kind) {
    case TokenKind::BraceL:
    case TokenKind::BraceR:
        openOrClose(ctx.braceDepth, t.kind == TokenKind::BraceL);
        return S::Punctuation;
    case TokenKind::ParenL:
    case TokenKind::ParenR:
        openOrClose(ctx.parenDepth, t.kind == TokenKind::ParenL);
        return S::Punctuation;
    case TokenKind::Int:
    case TokenKind::Float:
        return S::Number;
    case TokenKind::String:
        return S::String;
    case TokenKind::BlockString:
        return S::BlockString;
    case TokenKind::Invalid:
        return S::Invalid;
    default:
        return S::Punctuation;
    }
}

} // namespace

GraphQLLexer::GraphQLLexer(QObject *parent)
    : QsciLexerCustom(parent) {}

GraphQLLexer::~GraphQLLexer() = default;

const char *GraphQLLexer::language() const {
    return "GraphQL";
}

QString GraphQLLexer::description(int style) const {
    switch (style) {
    case Default:
        return QStringLiteral("Default");
    case Keyword:
        return QStringLiteral("Keyword");
    case Name:
        return QStringLiteral("Name");
    case Field:
        return QStringLiteral("Field");
    case Variable:
        return QStringLiteral("Variable");
    case String:
        return QStringLiteral("String");
    case BlockString:
        return QStringLiteral("Block string");
    case Number:
        return QStringLiteral("Number");
    case Comment:
        return QStringLiteral("Comment");
    case Punctuation:
        return QStringLiteral("Punctuation");
    case Directive:
        return QStringLiteral("Directive");
    case Invalid:
        return QStringLiteral("Invalid");
    default:
        return {};
    }
}

int GraphQLLexer::braceStyle() const {
    return Punctuation;
}

const char *GraphQLLexer::blockStart(int *style) const {
    if (style)
        *style = Punctuation;
    return "{";
}

const char *GraphQLLexer::blockEnd(int *style) const {
    if (style)
        *style = Punctuation;
    return "}";
}

void GraphQLLexer::styleText(int start, int end) {
    QsciScintilla *ed = editor();
    if (!ed)
        return;
    const auto first = static_cast<int>(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, start));
    const auto last = static_cast<int>(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, end));
    for (int line = first; line <= last; ++line)
        styleLine(line);
}

void GraphQLLexer::styleLine(int line) {
    QsciScintilla *ed = editor();
    const auto wLine = static_cast<unsigned long>(line);
    const long lineStart = ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, wLine);
    const long lineEnd = ed->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, wLine);
    const long nextStart = line + 1 < ed->lines()
                               ? ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, wLine + 1)
                               : ed->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    // SCI_GETTEXTRANGE writes a terminating NUL after the range (stack.md G2): one byte more, cut off.
    std::string bytes(static_cast<std::size_t>(lineEnd - lineStart) + 1, '\0');
    ed->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, lineStart, lineEnd, bytes.data());
    bytes.resize(static_cast<std::size_t>(lineEnd - lineStart));

    LineContext ctx = line > 0
                          ? unpack(static_cast<int>(ed->SendScintilla(QsciScintillaBase::SCI_GETLINESTATE, wLine - 1)))
                          : LineContext{};
    const std::uint32_t depthAtStart = ctx.braceDepth;
    const auto lexed =
        graphql::lexLine(bytes, ctx.inBlockString ? graphql::LineState::InBlockString : graphql::LineState::Normal);
    startStyling(static_cast<int>(lineStart));
    std::uint32_t pos = 0;
    for (std::size_t i = 0; i < lexed.tokens.size(); ++i) {
        const LineToken &t = lexed.tokens[i];
        if (t.start > pos)
            setStyling(static_cast<int>(t.start - pos), Default);
        setStyling(static_cast<int>(t.length), classify(lexed.tokens, i, bytes, ctx));
        pos = t.start + t.length;
    }
    if (nextStart - lineStart > static_cast<long>(pos))
        setStyling(static_cast<int>(nextStart - lineStart - static_cast<long>(pos)), Default);
    ctx.inBlockString = lexed.endState == graphql::LineState::InBlockString;
    ed->SendScintilla(QsciScintillaBase::SCI_SETLINESTATE, wLine, static_cast<long>(pack(ctx)));

    // The closing '}' line stays inside its block; a line that opens more than it closes heads a fold.
    long level = QsciScintillaBase::SC_FOLDLEVELBASE + static_cast<long>(std::min<std::uint32_t>(depthAtStart, 0xbff));
    if (ctx.braceDepth > depthAtStart)
        level |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
    ed->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL, wLine, level);
}

void GraphQLLexer::applyTheme(const EditorTheme &theme) {
    const QFont font = EditorTheme::editorFont();
    setDefaultFont(font);
    setDefaultPaper(theme.paper);
    setDefaultColor(theme.text);
    setFont(font, -1);
    setPaper(theme.paper, -1);
    QFont italic = font;
    italic.setItalic(true);
    setFont(italic, Comment);
    const std::array<std::pair<Style, QColor>, StyleCount> colours{{
        {Default, theme.text},
        {Keyword, theme.keyword},
        {Name, theme.name},
        {Field, theme.field},
        {Variable, theme.variable},
        {String, theme.string},
        {BlockString, theme.string},
        {Number, theme.number},
        {Comment, theme.comment},
        {Punctuation, theme.punctuation},
        {Directive, theme.directive},
        {Invalid, theme.invalid},
    }};
    for (const auto &[style, colour] : colours)
        setColor(colour, style);
    setPaper(theme.invalidPaper, Invalid);
}

} // namespace altrata::ui
