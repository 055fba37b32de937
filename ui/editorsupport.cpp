#include "editorsupport.h"

#include "qsciheaders.h"

#include <algorithm>

namespace altrata::ui {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qint64 send(const QsciScintilla &editor, unsigned int msg, qint64 w, qint64 l = 0) {
    return editor.SendScintilla(msg, static_cast<unsigned long>(w), static_cast<long>(l));
}

} // namespace

void setUpCodeEditor(QsciScintilla &editor) {
    editor.setUtf8(true);
    editor.setEolMode(QsciScintilla::EolUnix);
    editor.setIndentationsUseTabs(false);
    editor.setTabWidth(2);
    editor.setIndentationWidth(2);
    editor.setTabIndents(true);
    editor.setBackspaceUnindents(true);
    editor.setAutoIndent(true);
    editor.setMarginType(0, QsciScintilla::NumberMargin);
    editor.setMarginLineNumbers(0, true);
    editor.setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    editor.setBraceMatching(QsciScintilla::SloppyBraceMatch);
    editor.setCaretLineVisible(true);
    // Scintilla's default scroll width is 2000 pixels whatever the text; track the real width instead.
    send(editor, QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    send(editor, QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1);
    fitLineNumberMargin(editor);
}

void fitLineNumberMargin(QsciScintilla &editor) {
    const auto digits = QString::number(std::max(1, editor.lines())).size();
    editor.setMarginWidth(0, QString(digits + 1, QLatin1Char('9')));
}

std::pair<qint64, qint64> underlineAt(QsciScintilla &editor, int indicator, qint64 offset) {
    const qint64 length = send(editor, QsciScintillaBase::SCI_GETLENGTH, 0);
    if (length == 0)
        return {0, 0};
    qint64 start = std::clamp<qint64>(offset, 0, length);
    if (start == length) {
        start = send(editor, QsciScintillaBase::SCI_POSITIONBEFORE, start);
        while (start > 0 && isBlank(static_cast<char>(send(editor, QsciScintillaBase::SCI_GETCHARAT, start))))
            start = send(editor, QsciScintillaBase::SCI_POSITIONBEFORE, start);
    }
    qint64 end = send(editor, QsciScintillaBase::SCI_WORDENDPOSITION, start, 1);
    if (end <= start)
        end = send(editor, QsciScintillaBase::SCI_POSITIONAFTER, start);
    send(editor, QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
    send(editor, QsciScintillaBase::SCI_INDICATORFILLRANGE, start, end - start);
    return {start, end};
}

void clearIndicator(QsciScintilla &editor, int indicator) {
    send(editor, QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
    send(editor, QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0, send(editor, QsciScintillaBase::SCI_GETLENGTH, 0));
}

} // namespace altrata::ui
