#include "printer.h"

#include "astprinter.h"

namespace altrata::graphql {

void printTo(std::string &out, const Node &node) {
    AstPrinter(out, false).node(node);
}

void minifyTo(std::string &out, const Node &node) {
    AstPrinter(out, true).node(node);
}

std::string print(const Node &node) {
    std::string out;
    printTo(out, node);
    return out;
}

std::string minify(const Node &node) {
    std::string out;
    minifyTo(out, node);
    return out;
}

std::string print(const Document &document) {
    std::string out;
    // Printed documents are about as long as their source; one allocation covers most of them.
    out.reserve(document.source().size() + document.source().size() / 4 + 64);
    printTo(out, document.root());
    return out;
}

std::string minify(const Document &document) {
    std::string out;
    out.reserve(document.source().size());
    minifyTo(out, document.root());
    return out;
}

} // namespace altrata::graphql
