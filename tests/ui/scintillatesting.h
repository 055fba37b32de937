#pragma once

#include "qsciheaders.h"

#include <QColor>

namespace altrata::test {

// Small reads of a QScintilla editor's state that the editor tests share.

inline long sci(const QsciScintilla &editor, unsigned int message, unsigned long w = 0, long l = 0) {
    return editor.SendScintilla(message, w, l);
}

// Whether `indicator` covers the byte at `bytePosition` (UTF-8 offset in the document).
inline bool indicatorAt(const QsciScintilla &editor, int indicator, qsizetype bytePosition) {
    return sci(editor, QsciScintillaBase::SCI_INDICATORVALUEAT, static_cast<unsigned long>(indicator),
               static_cast<long>(bytePosition)) != 0;
}

// A style's colour as Scintilla holds it (BGR); `message` is SCI_STYLEGETFORE or SCI_STYLEGETBACK.
inline QColor styleColour(const QsciScintilla &editor, unsigned int message, int style) {
    const auto bgr = static_cast<unsigned long>(sci(editor, message, static_cast<unsigned long>(style)));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

} // namespace altrata::test
