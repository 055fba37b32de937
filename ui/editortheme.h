#pragma once

#include <QColor>
#include <QFont>

class QPalette;
class QsciScintilla;

namespace altrata::ui {

// Editor colours picked from the widget's palette, so the code editors read well on light and dark
// palettes alike: token colours come from one of two tuned sets (chosen by the lightness of Base),
// everything else (paper, margins, current line, selection) is derived from the palette itself.
struct EditorTheme {
    bool dark = false;
    QColor paper;       // text background (palette Base)
    QColor text;        // default text (palette Text)
    QColor keyword;     // query, fragment, on, true/false/null
    QColor name;        // operation, fragment and type names, enum values
    QColor field;       // fields and argument names
    QColor variable;    // $id
    QColor string;      // "..." and """..."""
    QColor number;      // 1, 2.5e3
    QColor comment;     // # ...
    QColor punctuation; // { } ( ) : ! ...
    QColor directive;   // @include
    QColor invalid;     // text the lexer cannot read
    QColor invalidPaper;
    QColor marginPaper;
    QColor marginText;
    QColor currentLine;
    QColor braceMatchPaper;
    QColor braceBadText;
    QColor error; // the squiggle under syntax errors

    static EditorTheme fromPalette(const QPalette &palette);
    // The fixed-pitch system font, the same for every style of an editor.
    static QFont editorFont();

    // Colours of everything but the lexer's styles: margins, fold margin, caret and current line,
    // selection, brace highlighting.
    void applyFrame(QsciScintilla &editor) const;
};

} // namespace altrata::ui
