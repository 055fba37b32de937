#include "formatcommand.h"

#include "console.h"
#include "documentinput.h"
#include "exitcodes.h"

#include "graphql/printer.h"

namespace altrata::cli {

int FormatCommand::run(const Invocation &invocation) const {
    std::optional<DocumentInput> input = readDocumentInput(invocation.file, m_console);
    if (!input)
        return toInt(ExitCode::SyntaxError);
    const QString displayName = input->displayName;
    const std::string original = invocation.checkOnly ? input->text : std::string();
    const std::optional<graphql::Document> document = parseDocumentInput(std::move(*input), m_console);
    if (!document)
        return toInt(ExitCode::SyntaxError);
    std::string formatted = invocation.minify ? graphql::minify(*document) : graphql::print(*document);
    if (invocation.checkOnly) {
        if (original == formatted || original == formatted + '\n')
            return toInt(ExitCode::Success);
        m_console.err(QStringLiteral("%1 is not formatted.\n").arg(displayName));
        return toInt(ExitCode::NotFormatted);
    }
    formatted += '\n';
    m_console.outBytes(formatted);
    return toInt(ExitCode::Success);
}

} // namespace altrata::cli
