#include "schemacommand.h"

#include "console.h"
#include "documentinput.h"
#include "exitcodes.h"

#include "graphql/buildclientschema.h"
#include "graphql/buildschema.h"
#include "graphql/introspectionquery.h"
#include "graphql/printschema.h"

#include <algorithm>
#include <cctype>

namespace altrata::cli {

namespace {

bool looksLikeJson(const std::string &text) {
    const auto first = std::find_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) == 0; });
    return first != text.end() && *first == '{';
}

// SDL or introspection JSON to a schema; on failure the reason is already on stderr.
std::optional<graphql::Schema> loadSchema(DocumentInput input, const Console &console) {
    if (looksLikeJson(input.text)) {
        graphql::ClientSchemaResult result = graphql::buildClientSchema(input.text);
        if (!result.schema)
            console.err(QStringLiteral("Error: %1: %2\n").arg(input.displayName, QString::fromStdString(result.error)));
        return std::move(result.schema);
    }
    const std::optional<graphql::Document> document = parseDocumentInput(std::move(input), console);
    if (!document)
        return std::nullopt;
    return graphql::buildASTSchema(*document);
}

} // namespace

int SchemaCommand::run(const Invocation &invocation) const {
    if (invocation.command == Invocation::Command::IntrospectionQuery)
        return printIntrospectionQuery(invocation);
    return printSchema(invocation);
}

int SchemaCommand::printSchema(const Invocation &invocation) const {
    std::optional<DocumentInput> input = readDocumentInput(invocation.file, m_console);
    if (!input)
        return toInt(ExitCode::SyntaxError);
    const std::optional<graphql::Schema> schema = loadSchema(std::move(*input), m_console);
    if (!schema)
        return toInt(ExitCode::SyntaxError);
    for (const std::string &warning : schema->warnings())
        m_console.err(QStringLiteral("warning: %1\n").arg(QString::fromStdString(warning)));
    std::string sdl = graphql::printSchema(*schema);
    sdl += '\n';
    m_console.outBytes(sdl);
    return toInt(ExitCode::Success);
}

int SchemaCommand::printIntrospectionQuery(const Invocation &invocation) const {
    // Without --reduced: the full query the explorer sends first; --reduced: graphql-js's default query.
    // Byte for byte as graphql-js returns it (it already ends with a line break and indentation).
    const graphql::IntrospectionOptions full = graphql::fullIntrospectionOptions();
    m_console.outBytes(
        graphql::introspectionQuery(invocation.reduced ? graphql::reducedIntrospectionOptions(full) : full));
    return toInt(ExitCode::Success);
}

} // namespace altrata::cli
