#include "editortheme.h"

#include "qsciheaders.h"

#include <QFontDatabase>
#include <QPalette>

namespace altrata::ui {

namespace {

// `a` moved towards `b` by `t` (0..1): tints that keep their contrast on either palette.
QColor mix(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void setTokenColours(EditorTheme &theme) {
    if (theme.dark) {
        theme.keyword = QColor(0xff, 0x7b, 0x72);
        theme.name = QColor(0xff, 0xa6, 0x57);
        theme.field = QColor(0x79, 0xc0, 0xff);
        theme.variable = QColor(0xd2, 0xa8, 0xff);
        theme.string = QColor(0xa5, 0xd6, 0xff);
        theme.number = QColor(0x56, 0xd3, 0x64);
        theme.comment = QColor(0x8b, 0x94, 0x9e);
        theme.directive = QColor(0x7e, 0xe7, 0x87);
        theme.invalid = QColor(0xff, 0xa1, 0x98);
        theme.error = QColor(0xff, 0x6b, 0x6b);
    } else {
        theme.keyword = QColor(0xcf, 0x22, 0x2e);
        theme.name = QColor(0x95, 0x38, 0x00);
        theme.field = QColor(0x05, 0x50, 0xae);
        theme.variable = QColor(0x82, 0x50, 0xdf);
        theme.string = QColor(0x0a, 0x30, 0x69);
        theme.number = QColor(0x11, 0x63, 0x29);
        theme.comment = QColor(0x6e, 0x77, 0x81);
        theme.directive = QColor(0x1a, 0x7f, 0x37);
        theme.invalid = QColor(0xa4, 0x0e, 0x26);
        theme.error = QColor(0xd0, 0x00, 0x00);
    }
}

} // namespace

EditorTheme EditorTheme::fromPalette(const QPalette &palette) {
    EditorTheme theme;
    theme.paper = palette.color(QPalette::Active, QPalette::Base);
    theme.text = palette.color(QPalette::Active, QPalette::Text);
    theme.dark = theme.paper.lightnessF() < 0.5;
    setTokenColours(theme);
    theme.punctuation = mix(theme.text, theme.paper, 0.25);
    theme.invalidPaper = mix(theme.paper, theme.error, 0.18);
    theme.marginPaper = mix(theme.paper, theme.text, 0.06);
    theme.marginText = mix(theme.text, theme.paper, 0.45);
    theme.currentLine = mix(theme.paper, palette.color(QPalette::Active, QPalette::Highlight), 0.12);
    theme.braceMatchPaper = mix(theme.paper, palette.color(QPalette::Active, QPalette::Highlight), 0.35);
    theme.braceBadText = theme.error;
    return theme;
}

QFont EditorTheme::editorFont() {
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void EditorTheme::applyFrame(QsciScintilla &editor) const {
    editor.setMarginsBackgroundColor(marginPaper);
    editor.setMarginsForegroundColor(marginText);
    editor.setMarginsFont(editorFont());
    editor.setFoldMarginColors(marginPaper, marginPaper);
    // Boxed fold markers: "back" draws the lines and boxes, "fore" the +/- inside.
    for (int marker = static_cast<int>(QsciScintillaBase::SC_MARKNUM_FOLDEREND);
         marker <= static_cast<int>(QsciScintillaBase::SC_MARKNUM_FOLDEROPEN); ++marker) {
        editor.setMarkerBackgroundColor(marginText, marker);
        editor.setMarkerForegroundColor(marginPaper, marker);
    }
    editor.setCaretForegroundColor(text);
    editor.setCaretLineBackgroundColor(currentLine);
    editor.setMatchedBraceBackgroundColor(braceMatchPaper);
    editor.setMatchedBraceForegroundColor(text);
    editor.setUnmatchedBraceForegroundColor(braceBadText);
    editor.setUnmatchedBraceBackgroundColor(paper);
    const QPalette palette = editor.palette();
    editor.setSelectionBackgroundColor(palette.color(QPalette::Active, QPalette::Highlight));
    editor.setSelectionForegroundColor(palette.color(QPalette::Active, QPalette::HighlightedText));
}

} // namespace altrata::ui
