#pragma once

#include "qsciheaders.h"

#include <cstdint>

namespace altrata::ui {

struct EditorTheme;

// Colours GraphQL with the language core's line lexer (altrata::graphql::lexLine), one line at a time.
// What a line needs from the lines above it (inside a block string, brace and parenthesis depth, the
// previous token's role) is packed into Scintilla's per-line state, so styling can restart at any line.
// Brace depth also gives the fold levels of { } blocks.
class GraphQLLexer final : public QsciLexerCustom {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLLexer)
public:
    enum Style : std::uint8_t {
        Default = 0,
        Keyword,     // query, mutation, fragment, on, ..., and true/false/null as values
        Name,        // operation, fragment and type names, enum values
        Field,       // selected fields and argument names
        Variable,    // $id (the $ and the name)
        String,      // "..."
        BlockString, // """...""", also on the lines inside it
        Number,      // Int and Float
        Comment,     // # ...
        Punctuation, // { } ( ) [ ] : = ! | & ...
        Directive,   // @include (the @ and the name)
        Invalid,     // what the lexer cannot read
        StyleCount
    };

    explicit GraphQLLexer(QObject *parent = nullptr);
    ~GraphQLLexer() override;

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

    // Brace matching only pairs braces that are punctuation (not inside strings or comments);
    // auto-indent opens a level after '{' and closes it at '}'.
    int braceStyle() const override;
    const char *blockStart(int *style = nullptr) const override;
    const char *blockEnd(int *style = nullptr) const override;

    void applyTheme(const EditorTheme &theme);

private:
    void styleLine(int line);
};

} // namespace altrata::ui
