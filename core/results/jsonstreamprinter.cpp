#include "jsonstreamprinter.h"

#include "jsonprinter.h"

#include <QFileDevice>
#include <QIODevice>

namespace altrata::results {

// The document is held so that the tape the printer reads stays alive as long as the printer.
struct JsonStreamPrinter::Impl {
    Impl(std::shared_ptr<const ResultDocument> doc, NodeId node, bool pretty)
        : document(std::move(doc))
        , printer(document->tapeView(), node, pretty) {}

    std::shared_ptr<const ResultDocument> document;
    detail::TapePrinter printer;
};

JsonStreamPrinter::JsonStreamPrinter(std::shared_ptr<const ResultDocument> document, NodeId node, bool pretty) {
    if (document && node != ResultDocument::kNoNode)
        m_impl = std::make_unique<Impl>(std::move(document), node, pretty);
}

JsonStreamPrinter::~JsonStreamPrinter() = default;

bool JsonStreamPrinter::atEnd() const {
    return !m_impl || m_impl->printer.atEnd();
}

void JsonStreamPrinter::next(QByteArray &out, qsizetype budget) {
    if (m_impl)
        m_impl->printer.next(out, budget);
}

int JsonStreamPrinter::permille() const {
    return m_impl ? m_impl->printer.permille() : 1000;
}

std::optional<QString> writeJson(JsonStreamPrinter &printer, QIODevice &device, TaskControl *control) {
    constexpr qsizetype kPieceBytes = 1024 * 1024;
    if (control)
        control->setTotal(1000);
    QByteArray piece;
    while (!printer.atEnd()) {
        if (control && control->isCancelled())
            return QStringLiteral("The export was cancelled.");
        piece.resize(0); // keeps the capacity: one allocation for the whole run
        printer.next(piece, kPieceBytes);
        if (device.write(piece) != piece.size())
            return QStringLiteral("The JSON could not be written: %1.").arg(device.errorString());
        if (control)
            control->setDone(printer.permille());
    }
    // A file buffers: a full disk often shows only when the buffer goes out.
    if (auto *file = qobject_cast<QFileDevice *>(&device); file && !file->flush())
        return QStringLiteral("The JSON could not be written: %1.").arg(device.errorString());
    return std::nullopt;
}

} // namespace altrata::results
