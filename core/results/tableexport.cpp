#include "tableexport.h"

#include <QFileDevice>
#include <QIODevice>

namespace altrata::results {

namespace {

constexpr qsizetype kChunkBytes = 256 * 1024; // written to the device whenever this much is collected
constexpr qsizetype kRowsPerCheck = 256;      // rows between looks at the cancel flag

QByteArray tsvField(const QString &text) {
    QByteArray bytes = text.toUtf8();
    // TSV has no quoting: a tab or line break inside a field would split it, so they become spaces.
    for (char &c : bytes) {
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    }
    return bytes;
}

void appendRecord(QByteArray &out, const QStringList &fields, TableFormat format) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += format == TableFormat::Csv ? ',' : '\t';
        out += format == TableFormat::Csv ? csvField(fields.at(i)) : tsvField(fields.at(i));
    }
    out += format == TableFormat::Csv ? "\r\n" : "\n";
}

std::optional<QString> writeFailure(QIODevice &device) {
    const QString reason = device.errorString();
    return reason.isEmpty() || reason == QStringLiteral("Unknown error")
               ? QStringLiteral("The table could not be written.")
               : QStringLiteral("The table could not be written: %1.").arg(reason);
}

bool writeAll(QIODevice &device, QByteArray &chunk) {
    const bool ok = device.write(chunk) == chunk.size();
    chunk.clear();
    return ok;
}

QList<int> exportedColumns(const TableProjection &table, const TableExportOptions &options) {
    if (!options.columns.isEmpty())
        return options.columns;
    QList<int> all;
    for (int c = 0; c < int(table.columns().size()); ++c)
        all.append(c);
    return all;
}

} // namespace

QByteArray csvField(const QString &text) {
    QByteArray bytes = text.toUtf8();
    // RFC 4180 needs quotes for a comma, quote, CR or LF; leading or trailing spaces are quoted too, since some
    // readers (Excel among them, in places) trim them otherwise.
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n') ||
                       (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '));
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

std::optional<QString> writeTable(const TableProjection &table, const TableExportOptions &options, QIODevice &device,
                                  TaskControl *control) {
    const QList<int> columns = exportedColumns(table, options);
    const qsizetype rows = options.rows.isEmpty() ? table.rowCount() : options.rows.size();
    if (control)
        control->setTotal(rows);

    QByteArray chunk;
    if (options.utf8Bom)
        chunk += "\xEF\xBB\xBF";
    QStringList fields;
    for (const int column : columns)
        fields.append(table.columns().at(column).title);
    appendRecord(chunk, fields, options.format);

    const ResultDocument &document = *table.document();
    for (qsizetype r = 0; r < rows; ++r) {
        if (control && r % kRowsPerCheck == 0) {
            if (control->isCancelled())
                return QStringLiteral("The export was cancelled.");
            control->setDone(r);
        }
        const QList<std::optional<NodeId>> cells = table.rowCells(options.rows.isEmpty() ? r : options.rows.at(r));
        fields.clear();
        for (const int column : columns)
            fields.append(TableProjection::valueText(document, cells.value(column)));
        appendRecord(chunk, fields, options.format);
        if (chunk.size() >= kChunkBytes && !writeAll(device, chunk))
            return writeFailure(device);
    }
    if (!chunk.isEmpty() && !writeAll(device, chunk))
        return writeFailure(device);
    // A file buffers: a full disk often shows only when the buffer goes out.
    if (auto *file = qobject_cast<QFileDevice *>(&device); file && !file->flush())
        return writeFailure(device);
    if (control)
        control->setDone(rows);
    return std::nullopt;
}

} // namespace altrata::results
