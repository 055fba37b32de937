#pragma once

#include <QtGlobal>

#include <utility>

class QsciScintilla;

namespace altrata::ui {

// Small pieces the code editors share.

// The set-up both code editors share (call after setLexer()): UTF-8, '\n' line ends, indentation by two
// spaces, auto-indent, line numbers in margin 0, boxed folding in margin 2, sloppy brace matching, current-line
// highlight, and a horizontal scroll range that follows the longest line.
void setUpCodeEditor(QsciScintilla &editor);

// Sizes margin 0 for the largest line number plus one digit of air.
void fitLineNumberMargin(QsciScintilla &editor);

// Fills `indicator` over the word (or single character) at byte `offset`. An offset at the end of the
// text marks the last non-blank character instead, so an "unexpected end" error has something to see
// and hover. Returns the [start, end) byte range marked ({0, 0} for an empty text).
std::pair<qint64, qint64> underlineAt(QsciScintilla &editor, int indicator, qint64 offset);

// Removes `indicator` from the whole text.
void clearIndicator(QsciScintilla &editor, int indicator);

} // namespace altrata::ui
