#pragma once

#include "resultdocument.h"
#include "taskcontrol.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace altrata::results {

// Prints one node of a document as JSON a piece at a time, with exactly the bytes ResultDocument::toJson()
// makes (pretty: 2-space indentation), so a 500 MB response can be written to disk or shown page by page
// without ever holding all of the text. Keeps its own explicit stack: any depth works.
class JsonStreamPrinter final {
public:
    JsonStreamPrinter(std::shared_ptr<const ResultDocument> document, NodeId node, bool pretty);
    ~JsonStreamPrinter();

    bool atEnd() const;
    // Appends the next piece to `out`: at least `budget` bytes unless the end comes first (a piece may run a
    // little past the budget, to the end of the value being printed).
    void next(QByteArray &out, qsizetype budget);
    int permille() const; // how far through the node's tape words it is, 0..1000

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Writes all of the printer's text to `device` in pieces of about a megabyte; progress in permille through
// `control`, which is also checked for cancellation between pieces. A sentence on failure or cancellation.
std::optional<QString> writeJson(JsonStreamPrinter &printer, QIODevice &device, TaskControl *control = nullptr);

} // namespace altrata::results
