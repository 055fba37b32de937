#include "documentinput.h"

#include "console.h"

#include <QFile>

namespace altrata::cli {

std::optional<DocumentInput> readDocumentInput(const QString &file, const Console &console) {
    DocumentInput input;
    if (file.isEmpty() || file == QStringLiteral("-")) {
        input.displayName = QStringLiteral("<stdin>");
        const QByteArray bytes = console.readAllInput();
        input.text.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        return input;
    }
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        console.err(QStringLiteral("Error: cannot read %1: %2\n").arg(file, source.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = source.readAll();
    input.displayName = file;
    input.text.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return input;
}

std::optional<graphql::Document> parseDocumentInput(DocumentInput input, const Console &console) {
    graphql::ParseOptions options;
    options.recover = false; // report what graphql-js reports: the first error
    graphql::ParseResult result = graphql::parse(std::move(input.text), options);
    if (result.ok())
        return std::move(result.document);
    const graphql::SyntaxError &error = result.errors.front();
    console.err(QStringLiteral("%1:%2:%3: %4\n")
                    .arg(input.displayName)
                    .arg(error.location.line)
                    .arg(error.location.column)
                    .arg(QString::fromStdString(error.message)));
    return std::nullopt;
}

} // namespace altrata::cli
