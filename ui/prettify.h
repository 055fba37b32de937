#pragma once

#include <QString>

namespace altrata::ui {

// Prettify of the query editor: graphql::print of each definition, keeping the comment lines written between
// definitions (the printer knows no comments). Refuses a text that does not parse.
struct PrettifyResult {
    bool ok = false;
    QString text;                 // the printed document when ok
    QString error;                // the first syntax error when not ok
    int line = 0;                 // 1-based position of that error
    int column = 0;               // 1-based, UTF-16 units
    bool droppedComments = false; // comments inside a definition were left out (Undo brings them back)
};

PrettifyResult prettify(const QString &source);

} // namespace altrata::ui
