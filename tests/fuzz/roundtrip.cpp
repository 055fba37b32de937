#include "roundtrip.h"

#include "graphql/astjson.h"
#include "graphql/documentinfo.h"
#include "graphql/lexer.h"
#include "graphql/linelexer.h"
#include "graphql/parser.h"
#include "graphql/printer.h"

#include <memory_resource>

namespace altrata::graphql::fuzz {
namespace {

void lexEverything(std::string_view input) {
    std::pmr::monotonic_buffer_resource strings;
    Lexer lexer(input, &strings);
    for (Token token = lexer.next(); token.kind != TokenKind::EndOfFile; token = lexer.next()) {
    }
    LineState state = LineState::Normal;
    for (std::size_t lineStart = 0; lineStart <= input.size();) {
        const std::size_t newline = input.find('\n', lineStart);
        const std::size_t lineEnd = newline == std::string_view::npos ? input.size() : newline;
        state = lexLine(input.substr(lineStart, lineEnd - lineStart), state).endState;
        lineStart = lineEnd + 1;
    }
}

// The helpers the UI calls on every keystroke, on whatever (partial) document the parser gave.
void askDocumentHelpers(const Document &document) {
    for (const OperationInfo &info : operations(document)) {
        (void)operationAt(document, info.start.offset);
        (void)operationText(document, *info.node);
    }
    (void)operationAt(document, static_cast<std::uint32_t>(document.source().size()));
}

std::string describe(std::string_view what, std::string_view detail) {
    return std::string(what) + ":\n" + std::string(detail);
}

// A document without errors: printing and minifying must be stable and keep the AST.
std::string checkPrinted(const Document &document) {
    const std::string printed = print(document);
    const std::string json = toJson(document);
    const ParseResult reparsed = parse(printed);
    if (!reparsed.ok())
        return describe("print() output does not parse: " + reparsed.errors.front().message, printed);
    if (const std::string again = print(reparsed.document); again != printed)
        return describe("print() is not stable, first:\n" + printed + "\nsecond", again);
    if (toJson(reparsed.document) != json)
        return describe("print() changed the AST", printed);

    const std::string minified = minify(document);
    const ParseResult reparsedMinified = parse(minified);
    if (!reparsedMinified.ok())
        return describe("minify() output does not parse: " + reparsedMinified.errors.front().message, minified);
    if (toJson(reparsedMinified.document) != json)
        return describe("minify() changed the AST", minified);
    return {};
}

} // namespace

std::string checkRoundTrip(std::string_view input) {
    lexEverything(input);

    ParseOptions recovering;
    recovering.recover = true;
    const ParseResult recovered = parse(std::string(input), recovering);
    askDocumentHelpers(recovered.document);
    (void)print(recovered.document); // a partial tree must print too (the editor's prettify)
    if (!recovered.ok()) {
        ParseOptions strictOptions;
        strictOptions.recover = false;
        const ParseResult strict = parse(std::string(input), strictOptions);
        if (strict.errors.size() != 1)
            return describe("strict parse reported " + std::to_string(strict.errors.size()) + " errors", input);
        if (!(strict.errors.front() == recovered.errors.front()))
            return describe("first error differs with recovery: " + strict.errors.front().message + " / " +
                                recovered.errors.front().message,
                            input);
        return {};
    }
    return checkPrinted(recovered.document);
}

} // namespace altrata::graphql::fuzz
