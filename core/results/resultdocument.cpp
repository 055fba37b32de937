#include "resultdocument.h"

#include "jsonpath.h"
#include "jsonprinter.h"
#include "jsonsyntax.h"
#include "tapeview.h"

#include <simdjson.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace altrata::results {

namespace {

// Deep enough for any real response; the model and the printer never recurse, so depth costs nothing.
constexpr std::size_t kMaxDepth = 64 * 1024;

QString reasonFor(simdjson::error_code code) {
    using namespace simdjson;
    switch (code) {
    case UNCLOSED_STRING:
        return QStringLiteral("a string is not closed");
    case STRING_ERROR:
    case UNESCAPED_CHARS:
        return QStringLiteral("a string holds an invalid escape or an unescaped control character");
    case NUMBER_ERROR:
    case NUMBER_OUT_OF_RANGE:
        return QStringLiteral("a number is malformed or out of range");
    case T_ATOM_ERROR:
    case F_ATOM_ERROR:
    case N_ATOM_ERROR:
        return QStringLiteral("a word other than true, false or null appears");
    case DEPTH_ERROR:
        return QStringLiteral("objects and arrays are nested more than %1 levels deep").arg(kMaxDepth);
    case INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral("it ends before every object and array is closed");
    case TRAILING_CONTENT:
        return QStringLiteral("more text follows the JSON value");
    default:
        return QStringLiteral("unexpected character");
    }
}

ResultDocument::ParseError describeFailure(simdjson::error_code code, const QByteArray &body) {
    ResultDocument::ParseError error;
    const std::size_t size = std::size_t(body.size());
    if (code == simdjson::EMPTY || body.trimmed().isEmpty()) {
        error.message = QStringLiteral("The response body is empty.");
        return error;
    }
    if (code == simdjson::MEMALLOC || code == simdjson::CAPACITY) {
        error.message = QStringLiteral("The response (%1 bytes) is too large to be read into memory.").arg(size);
        return error;
    }
    if (code == simdjson::UTF8_ERROR) {
        error.offset = detail::firstInvalidUtf8Offset(body.constData(), size);
        error.message = error.offset >= 0 ? QStringLiteral("The response is not valid UTF-8 text: the byte at offset "
                                                           "%1 cannot start or continue a character.")
                                                .arg(error.offset)
                                          : QStringLiteral("The response is not valid UTF-8 text.");
        return error;
    }
    error.offset = detail::firstSyntaxErrorOffset(body.constData(), size);
    error.message =
        error.offset >= 0
            ? QStringLiteral("The response is not valid JSON: %1 near byte %2.").arg(reasonFor(code)).arg(error.offset)
            : QStringLiteral("The response is not valid JSON: %1.").arg(reasonFor(code));
    return error;
}

// Reports each phase's end at its share of the whole. The shares were measured on a generated 100 MB GraphQL
// body (fresh parser, 1.5 M numbers): stage 1 about 25%, stage 2 about 67%, the number pass about 8%.
class PhaseProgress {
public:
    static constexpr int kStage1End = 250; // structural indexing
    static constexpr int kStage2End = 920; // building the tape

    explicit PhaseProgress(const ResultDocument::ProgressCallback &callback)
        : m_callback(callback) {}
    void report(int permille) {
        if (m_callback && permille > m_last) {
            m_last = permille;
            m_callback(permille);
        }
    }

private:
    const ResultDocument::ProgressCallback &m_callback;
    int m_last = -1;
};

} // namespace

struct ResultDocument::Impl {
    QByteArray body; // the source; padded with SIMDJSON_PADDING readable bytes after its end
    simdjson::dom::parser parser;
    detail::TapeView tape;

    simdjson::error_code parseBody(std::size_t size, PhaseProgress &progress) {
        simdjson::error_code code = runStages(body.constData(), size, progress);
        if (code == simdjson::NUMBER_ERROR && detail::firstSyntaxErrorOffset(body.constData(), size) < 0)
            code = parseWithLongIntegers(size, progress);
        return code;
    }

    // What dom::parser::parse() does (capacity, then the implementation's stage 1 and stage 2), in two calls so
    // that the end of each stage can be reported.
    simdjson::error_code runStages(const char *bytes, std::size_t size, PhaseProgress &progress) {
        const std::size_t capacity = std::max<std::size_t>(size, 64);
        if (size > parser.max_capacity())
            return simdjson::CAPACITY;
        if (parser.doc.capacity() < capacity) {
            if (const simdjson::error_code code = parser.doc.allocate(capacity))
                return code;
        }
        auto &stages = *parser.implementation;
        const auto *data = reinterpret_cast<const std::uint8_t *>(bytes);
        if (const simdjson::error_code code = stages.stage1(data, size, simdjson::stage1_mode::regular))
            return code;
        progress.report(PhaseProgress::kStage1End);
        if (const simdjson::error_code code = stages.stage2(parser.doc))
            return code;
        progress.report(PhaseProgress::kStage2End);
        return simdjson::SUCCESS;
    }

    // simdjson's DOM refuses integers beyond 64 bits, yet they are valid JSON (a BigInt scalar, say). They
    // are parsed as doubles instead: their last two digits become "e2" (the same length, so every offset
    // stays), and the source bytes are put back afterwards because numbers print from the source.
    simdjson::error_code parseWithLongIntegers(std::size_t size, PhaseProgress &progress) {
        const std::vector<std::size_t> ends = detail::longIntegerEnds(body.constData(), size);
        if (ends.empty())
            return simdjson::NUMBER_ERROR;
        body.detach(); // never write into bytes a caller shares; detaching may drop the padding, so:
        ResultDocument::reservePadding(body);
        char *bytes = body.data();
        std::vector<std::pair<char, char>> saved;
        saved.reserve(ends.size());
        for (const std::size_t end : ends) {
            saved.emplace_back(bytes[end - 2], bytes[end - 1]);
            bytes[end - 2] = 'e';
            bytes[end - 1] = '2';
        }
        const simdjson::error_code code = runStages(bytes, size, progress);
        for (std::size_t k = 0; k < ends.size(); ++k)
            std::tie(bytes[ends[k] - 2], bytes[ends[k] - 1]) = saved[k];
        return code;
    }

    // Every tape word but the root words and a number's second word comes from one structural character
    // other than ',' and ':', in order. Walking both together finds each number's source offset.
    void rememberNumberOffsets(PhaseProgress &progress) {
        const auto &stage1 = *parser.implementation;
        std::uint64_t *words = parser.doc.tape.get();
        const std::uint64_t end = std::uint32_t(words[0]) - 1; // the closing root word
        const char *source = body.constData();
        constexpr int kSteps = 20;
        const std::uint64_t step = std::max<std::uint64_t>(end / kSteps, 1);
        std::uint64_t nextReport = step;
        std::uint32_t s = 0;
        for (std::uint64_t i = 1; i < end; ++s) {
            if (i >= nextReport) {
                const int share = 1000 - PhaseProgress::kStage2End;
                progress.report(PhaseProgress::kStage2End + int(share * i / end));
                nextReport += step;
            }
            const char c = source[stage1.structural_indexes[s]];
            if (c == ',' || c == ':')
                continue;
            if (tape.isNumber(i)) {
                words[i] = (words[i] & ~detail::TapeView::kPayloadMask) | stage1.structural_indexes[s];
                i += 2;
            } else {
                ++i;
            }
        }
    }
};

ResultDocument::ResultDocument()
    : m_impl(std::make_unique<Impl>()) {}

ResultDocument::~ResultDocument() = default;

void ResultDocument::reservePadding(QByteArray &body) {
    // data_ptr() does not detach: a shared array with room is used as it is.
    if (body.data_ptr().freeSpaceAtEnd() < qsizetype(simdjson::SIMDJSON_PADDING))
        body.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
}

qsizetype ResultDocument::paddingBytes() {
    return qsizetype(simdjson::SIMDJSON_PADDING);
}

std::shared_ptr<const ResultDocument> ResultDocument::parse(QByteArray body, ParseError *error) {
    return parse(std::move(body), error, {});
}

std::shared_ptr<const ResultDocument> ResultDocument::parse(QByteArray body, ParseError *error,
                                                            const ProgressCallback &progressCallback) {
    PhaseProgress progress(progressCallback);
    progress.report(0);
    const qsizetype size = body.size();
    reservePadding(body); // in place when `body` is the only reference: no second copy is kept
    std::shared_ptr<ResultDocument> document(new ResultDocument);
    Impl &impl = *document->m_impl;
    impl.body = std::move(body);
    simdjson::error_code code = impl.parser.allocate(std::size_t(std::max<qsizetype>(size, 64)), kMaxDepth);
    if (code == simdjson::SUCCESS)
        code = impl.parseBody(std::size_t(size), progress);
    if (code != simdjson::SUCCESS) {
        if (error)
            *error = describeFailure(code, impl.body);
        return nullptr;
    }
    impl.tape = {impl.parser.doc.tape.get(), impl.parser.doc.string_buf.get(), impl.body.constData(),
                 std::size_t(size)};
    impl.rememberNumberOffsets(progress);
    impl.parser.implementation->structural_indexes.reset(); // ~4 bytes per body byte, not needed any more
    if (error)
        *error = {};
    progress.report(1000);
    return document;
}

QByteArray ResultDocument::body() const {
    return m_impl->body;
}

qint64 ResultDocument::byteSize() const {
    return m_impl->body.size();
}

NodeId ResultDocument::root() const {
    return 1;
}

NodeType ResultDocument::type(NodeId node) const {
    switch (m_impl->tape.type(node)) {
    case '{':
        return NodeType::Object;
    case '[':
        return NodeType::Array;
    case '"':
        return NodeType::String;
    case 't':
    case 'f':
        return NodeType::Bool;
    case 'n':
        return NodeType::Null;
    default:
        return NodeType::Number;
    }
}

qsizetype ResultDocument::childCount(NodeId node) const {
    const detail::TapeView &tape = m_impl->tape;
    if (!tape.isContainer(node))
        return 0;
    if (tape.storedCount(node) < detail::TapeView::kCountSaturated)
        return tape.storedCount(node);
    qsizetype count = 0;
    for (NodeId child = firstChild(node); child != kNoNode; child = nextSibling(node, child))
        ++count;
    return count;
}

NodeId ResultDocument::firstChild(NodeId node) const {
    const detail::TapeView &tape = m_impl->tape;
    if (!tape.isContainer(node) || tape.closeOf(node) == node + 1)
        return kNoNode;
    return tape.type(node) == '{' ? node + 2 : node + 1; // an object's first word is the first key
}

NodeId ResultDocument::nextSibling(NodeId parent, NodeId child) const {
    const detail::TapeView &tape = m_impl->tape;
    const NodeId next = tape.after(child);
    if (next >= tape.closeOf(parent))
        return kNoNode;
    return tape.type(parent) == '{' ? next + 1 : next;
}

QList<NodeId> ResultDocument::children(NodeId node) const {
    QList<NodeId> ids;
    ids.reserve(childCount(node));
    for (NodeId child = firstChild(node); child != kNoNode; child = nextSibling(node, child))
        ids.append(child);
    return ids;
}

NodeId ResultDocument::child(NodeId node, qsizetype index) const {
    NodeId child = firstChild(node);
    for (qsizetype i = 0; i < index && child != kNoNode; ++i)
        child = nextSibling(node, child);
    return child;
}

QString ResultDocument::key(NodeId object, qsizetype index) const {
    return memberKey(child(object, index));
}

QString ResultDocument::memberKey(NodeId member) const {
    if (member == kNoNode) // key() past the last child: there is no word before position 0 to read
        return {};
    const std::string_view text = m_impl->tape.string(member - 1); // the key word precedes the value
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::optional<NodeId> ResultDocument::member(NodeId object, std::string_view key) const {
    if (m_impl->tape.type(object) != '{')
        return std::nullopt;
    for (NodeId child = firstChild(object); child != kNoNode; child = nextSibling(object, child)) {
        if (m_impl->tape.string(child - 1) == key)
            return child;
    }
    return std::nullopt;
}

QString ResultDocument::scalarText(NodeId node) const {
    const detail::TapeView &tape = m_impl->tape;
    switch (tape.type(node)) {
    case '"': {
        const std::string_view text = tape.string(node);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    case 't':
        return QStringLiteral("true");
    case 'f':
        return QStringLiteral("false");
    case 'n':
        return QStringLiteral("null");
    case 'l':
    case 'u':
    case 'd': {
        const std::string_view text = tape.numberText(node);
        return QString::fromLatin1(text.data(), qsizetype(text.size()));
    }
    default:
        return {};
    }
}

QString ResultDocument::elidedText(NodeId node, qsizetype maxChars) const {
    if (m_impl->tape.type(node) != '"')
        return scalarText(node);
    const std::string_view bytes = m_impl->tape.string(node);
    // maxChars characters take at most 4 * maxChars bytes; convert no more than that.
    const std::size_t take = std::min(bytes.size(), std::size_t(maxChars) * 4 + 4);
    QString text = QString::fromUtf8(bytes.data(), qsizetype(take));
    if (text.size() <= maxChars && take == bytes.size())
        return text;
    qsizetype cut = std::min(maxChars, text.size());
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    text.truncate(cut);
    return text + QChar(0x2026);
}

qsizetype ResultDocument::stringSize(NodeId node) const {
    return m_impl->tape.type(node) == '"' ? qsizetype(m_impl->tape.string(node).size()) : 0;
}

QByteArray ResultDocument::toJson(NodeId node, bool pretty) const {
    if (node == kNoNode)
        return {};
    return detail::printJson(m_impl->tape, node, pretty);
}

const detail::TapeView &ResultDocument::tapeView() const {
    return m_impl->tape;
}

bool ResultDocument::hasData() const {
    const auto data = member(root(), "data");
    return data && type(*data) != NodeType::Null;
}

QList<GraphQLErrorInfo> ResultDocument::graphqlErrors() const {
    QList<GraphQLErrorInfo> list;
    const auto errors = member(root(), "errors");
    if (!errors || type(*errors) != NodeType::Array)
        return list;
    for (const NodeId error : children(*errors))
        list.append(errorInfo(error));
    return list;
}

GraphQLErrorInfo ResultDocument::errorInfo(NodeId error) const {
    const detail::TapeView &tape = m_impl->tape;
    GraphQLErrorInfo info;
    if (const auto message = member(error, "message"); message && type(*message) == NodeType::String)
        info.message = scalarText(*message);
    else if (type(error) != NodeType::Object)
        info.message = QString::fromUtf8(toJson(error, false));
    if (const auto locations = member(error, "locations"); locations && type(*locations) == NodeType::Array) {
        for (const NodeId location : children(*locations)) {
            const auto line = member(location, "line");
            const auto column = member(location, "column");
            if (line && column)
                info.locations.append({int(tape.integerOr(*line, 0)), int(tape.integerOr(*column, 0))});
        }
    }
    if (const auto path = member(error, "path"); path && type(*path) == NodeType::Array) {
        info.path = QStringLiteral("data");
        for (const NodeId segment : children(*path)) {
            if (type(segment) == NodeType::String)
                jsonpath::appendKey(info.path, scalarText(segment));
            else
                jsonpath::appendIndex(info.path, tape.integerOr(segment, 0));
        }
    }
    return info;
}

} // namespace altrata::results
