#include "parsecommand.h"

#include "console.h"
#include "documentinput.h"
#include "exitcodes.h"

#include "graphql/astjson.h"

namespace altrata::cli {

int ParseCommand::run(const Invocation &invocation) const {
    std::optional<DocumentInput> input = readDocumentInput(invocation.file, m_console);
    if (!input)
        return toInt(ExitCode::SyntaxError);
    const std::optional<graphql::Document> document = parseDocumentInput(std::move(*input), m_console);
    if (!document)
        return toInt(ExitCode::SyntaxError);
    std::string json = graphql::toJson(*document);
    json += '\n';
    m_console.outBytes(json);
    return toInt(ExitCode::Success);
}

} // namespace altrata::cli
