#pragma once

// QScintilla's headers declare their signals and slots with the bare `signals`/`slots` keywords, which
// the project turns off (QT_NO_KEYWORDS). Include QScintilla only through this header, before any other
// QScintilla include in the translation unit.
#ifndef signals
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define ALTRATA_QSCI_KEYWORDS
#endif

#include <Qsci/qscilexercustom.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#ifdef ALTRATA_QSCI_KEYWORDS
#undef signals
#undef slots
#undef ALTRATA_QSCI_KEYWORDS
#endif
