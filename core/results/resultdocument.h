// OWNER: helper "results-core" (branch r6-results). Reference interface: keep these public names; add freely.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace altrata::results {

namespace detail {
struct TapeView;
}

enum class NodeType { Object, Array, String, Number, Bool, Null };

// A node of the document: its position on the simdjson tape (stable for the document's lifetime).
using NodeId = std::uint64_t;

// One entry of the response's top-level "errors" array, as GraphQL-over-HTTP defines it.
struct GraphQLErrorInfo {
    QString message;
    QList<std::pair<int, int>> locations; // (line, column), 1-based, as the server sent them
    QString path;                         // "data.personSearch.edges[3]"-style; empty without "path"
};

// A parsed response body: the original bytes in a simdjson-padded buffer plus simdjson's DOM tape.
// Nothing is copied into per-node objects. Immutable after parse(), so it is shared across threads as
// std::shared_ptr<const ResultDocument>.
class ResultDocument final {
public:
    struct ParseError {
        QString message;    // plain sentence: "The response is not valid JSON: unclosed string near byte 1234."
        qint64 offset = -1; // byte offset when known
    };
    // Parses on the calling thread (callers put it on a worker). `body` is moved into the padded buffer.
    // Null on failure (then *error says why). Pass the only reference to `body`: a shared array would be
    // copied when it lacks the padding.
    static std::shared_ptr<const ResultDocument> parse(QByteArray body, ParseError *error = nullptr);
    // Called on the parsing thread with 0..1000 by phase (simdjson's stage 1, stage 2, then the pass that finds
    // every number's source): never decreasing, 1000 only on success. Weighted by the phases' measured time.
    using ProgressCallback = std::function<void(int permille)>;
    static std::shared_ptr<const ResultDocument> parse(QByteArray body, ParseError *error,
                                                       const ProgressCallback &progress);
    // The readable bytes simdjson needs after the body's end; a buffer reserved with them is parsed in place.
    static qsizetype paddingBytes();
    // Makes room for simdjson's padding after the bytes (at most one reallocation). A caller that keeps a
    // copy of the body calls this first, so the document shares the bytes with that copy.
    static void reservePadding(QByteArray &body);
    ~ResultDocument();

    static constexpr NodeId kNoNode = 0; // position 0 is simdjson's root word, never a value

    QByteArray body() const; // the source bytes (shared, not copied)
    qint64 byteSize() const; // size of the body
    NodeId root() const;
    NodeType type(NodeId node) const;
    qsizetype childCount(NodeId node) const; // objects and arrays; 0 for scalars
    // i-th child, 0 <= i < childCount. Children of one node are walked once and cached by callers (the model).
    NodeId child(NodeId node, qsizetype index) const;
    QString key(NodeId object, qsizetype index) const; // member name of the i-th child of an object
    // Walking children in O(1) per step: firstChild, then nextSibling until kNoNode; or all at once.
    NodeId firstChild(NodeId node) const;
    NodeId nextSibling(NodeId parent, NodeId child) const;
    QList<NodeId> children(NodeId node) const;
    QString memberKey(NodeId member) const;  // member name of a child of an object, given the child
    qsizetype stringSize(NodeId node) const; // UTF-8 bytes of a string node, 0 otherwise
    std::optional<NodeId> member(NodeId object, std::string_view key) const;
    QString scalarText(NodeId node) const; // full text: strings unquoted/unescaped, numbers as written, true/false/null
    // scalarText() cut to at most maxChars characters plus "…" (converts only what it shows).
    QString elidedText(NodeId node, qsizetype maxChars) const;
    QByteArray toJson(NodeId node, bool pretty) const; // the node serialized (pretty: 2-space indentation)

    // The raw tape, for whole-document walks that must not make a QString per node (table projection, search).
    const detail::TapeView &tapeView() const;

    // Convenience for the top level of a GraphQL response.
    bool hasData() const;                          // "data" present and not null
    QList<GraphQLErrorInfo> graphqlErrors() const; // empty when no "errors"

private:
    ResultDocument();
    GraphQLErrorInfo errorInfo(NodeId error) const;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace altrata::results
