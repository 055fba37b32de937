#pragma once

#include "tableprojection.h"
#include "taskcontrol.h"

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace altrata::results {

enum class TableFormat { Csv, Tsv };

struct TableExportOptions {
    TableFormat format = TableFormat::Csv;
    bool utf8Bom = false;  // for Excel
    QList<int> columns;    // which columns, in this order; empty = all in projection order
    QList<qsizetype> rows; // row order (e.g. the view's sort); empty = projection order
};

// CSV per RFC 4180: fields with a comma, quote, CR or LF are quoted and quotes doubled, records end with CRLF,
// a header record of column titles first. TSV: tab-separated, tabs/newlines inside fields replaced by spaces,
// LF line ends. Text from TableProjection::cellText(). UTF-8.
// Streams to `device` in chunks; progress in rows through `control`. A sentence on failure or cancellation.
std::optional<QString> writeTable(const TableProjection &table, const TableExportOptions &options, QIODevice &device,
                                  TaskControl *control = nullptr);
QByteArray csvField(const QString &text); // one field, quoted when needed

} // namespace altrata::results
