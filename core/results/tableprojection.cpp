#include "tableprojection.h"

#include "jsonpath.h"
#include "tapeview.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace altrata::results {

namespace {

using detail::TapeView;

constexpr qsizetype kCheckEvery = 1024; // elements (build) between progress reports and cancel checks
constexpr std::uint64_t kWordsPerCheck = 1 << 16;

bool isEmptyContainer(const TapeView &tape, std::uint64_t i) {
    return tape.closeOf(i) == i + 1;
}

QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A key that could be read as nesting (it holds a '.') or that would be invisible (empty) is shown quoted.
QString titleKey(const QString &key) {
    if (!key.isEmpty() && !key.contains(u'.'))
        return key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + quoted + u'"';
}

QString countText(qsizetype count, bool object) {
    if (object)
        return count == 1 ? QStringLiteral("{1 field}") : QStringLiteral("{%1 fields}").arg(count);
    return count == 1 ? QStringLiteral("[1 item]") : QStringLiteral("[%1 items]").arg(count);
}

// An array is offered as a table when more than half of its elements are objects.
bool mostlyObjects(const TapeView &tape, std::uint64_t array, qsizetype &rows) {
    qsizetype objects = 0;
    rows = 0;
    const std::uint64_t close = tape.closeOf(array);
    for (std::uint64_t element = array + 1; element < close; element = tape.after(element)) {
        ++rows;
        objects += tape.type(element) == '{' ? 1 : 0;
    }
    return rows > 0 && objects * 2 > rows;
}

// Depth-first walk over every container with the path segment of the child being visited at each level.
struct PathFrame {
    std::uint64_t next;  // the next child (arrays) or key word (objects)
    std::uint64_t close; // the container's closing word
    bool object;
    qint64 index = -1;         // of the child being visited
    std::uint64_t keyWord = 0; // of the member being visited
};

QString framesPath(const TapeView &tape, const std::vector<PathFrame> &frames) {
    QString path;
    for (const PathFrame &frame : frames) {
        if (frame.object)
            jsonpath::appendKey(path, fromUtf8(tape.string(frame.keyWord)));
        else
            jsonpath::appendIndex(path, frame.index);
    }
    return path;
}

// Keeps the `limit` largest arrays (earlier ones first among equals) without formatting a path for every array.
class CandidateList {
public:
    explicit CandidateList(qsizetype limit)
        : m_limit(std::max<qsizetype>(limit, 0)) {}

    bool wants(qsizetype rows) const { return m_limit > 0 && (!m_full || rows > m_minRows); }
    void add(TableProjection::Candidate candidate) {
        m_list.append(std::move(candidate));
        if (m_list.size() >= 2 * m_limit + 16) {
            trim();
            m_full = true;
            m_minRows = m_list.back().rows;
        }
    }
    QList<TableProjection::Candidate> take() {
        trim();
        return std::move(m_list);
    }

private:
    void trim() {
        std::stable_sort(m_list.begin(), m_list.end(), [](const auto &a, const auto &b) { return a.rows > b.rows; });
        if (m_list.size() > m_limit)
            m_list.resize(m_limit);
    }

    qsizetype m_limit;
    QList<TableProjection::Candidate> m_list;
    bool m_full = false;
    qsizetype m_minRows = 0;
};

} // namespace

QList<TableProjection::Candidate> TableProjection::candidates(const ResultDocument &document, qsizetype limit,
                                                              TaskControl *control) {
    if (control && control->isCancelled())
        return {};
    const TapeView &tape = document.tapeView();
    CandidateList found(limit);
    const auto visit = [&](std::uint64_t value, const std::vector<PathFrame> &frames) {
        qsizetype rows = 0;
        if (tape.type(value) == '[' && mostlyObjects(tape, value, rows) && found.wants(rows))
            found.add(Candidate{value, framesPath(tape, frames), rows});
    };
    const std::uint64_t root = document.root();
    if (control)
        control->setTotal(qint64(tape.after(root)));
    std::vector<PathFrame> frames;
    visit(root, frames);
    if (tape.isContainer(root))
        frames.push_back(PathFrame{root + 1, tape.closeOf(root), tape.type(root) == '{'});
    std::uint64_t nextCheck = kWordsPerCheck;
    while (!frames.empty()) {
        PathFrame &frame = frames.back();
        if (frame.next >= frame.close) {
            frames.pop_back();
            continue;
        }
        const std::uint64_t value = frame.object ? frame.next + 1 : frame.next;
        frame.keyWord = frame.next;
        ++frame.index;
        frame.next = tape.after(value);
        if (!tape.isContainer(value))
            continue;
        if (value >= nextCheck && control) {
            if (control->isCancelled())
                return {};
            control->setDone(qint64(value));
            nextCheck = value + kWordsPerCheck;
        }
        visit(value, frames);
        frames.push_back(PathFrame{value + 1, tape.closeOf(value), tape.type(value) == '{'});
    }
    if (control)
        control->setDone(control->total());
    return found.take();
}

struct TableProjection::Impl {
    // The leaf paths form a trie: node 0 is the element itself; an edge is (parent node, member key bytes). The
    // keys point into the document's string buffer, which lives as long as `document`.
    struct TrieNode {
        int parent = -1;
        std::string_view key;
        int column = -1;
        std::size_t position = 0;  // in the parent's `children`
        std::vector<int> children; // first-seen order
    };
    struct Edge {
        int parent;
        std::string_view key;
        bool operator==(const Edge &) const = default;
    };
    struct EdgeHash {
        std::size_t operator()(const Edge &edge) const {
            return std::hash<std::string_view>()(edge.key) ^ (std::size_t(edge.parent) * 0x9E3779B97F4A7C15ull);
        }
    };
    struct Frame {
        std::uint64_t next;  // the next key word of the object
        std::uint64_t close; // the object's closing word
        int trie;
        std::size_t expected = 0; // the child of `trie` the next key most likely names (see lookup())
    };

    std::shared_ptr<const ResultDocument> document;
    NodeId array = ResultDocument::kNoNode;
    QString arrayPath;
    QList<NodeId> rows;
    QList<TableColumn> columns;
    std::vector<TrieNode> nodes{TrieNode{}};
    std::unordered_map<Edge, int, EdgeHash> edges;

    // Elements of one array nearly always list their members in the same order, so the member after the one
    // found last is tried first: one short comparison instead of a hash lookup. `expected` follows along.
    int lookup(int parent, std::string_view key, std::size_t &expected) const {
        const std::vector<int> &children = nodes[std::size_t(parent)].children;
        if (expected < children.size() && nodes[std::size_t(children[expected])].key == key)
            return children[expected++];
        const auto found = edges.find(Edge{parent, key});
        if (found == edges.end())
            return -1;
        expected = nodes[std::size_t(found->second)].position + 1;
        return found->second;
    }

    int lookupOrAdd(int parent, std::string_view key, std::size_t &expected) {
        const int found = lookup(parent, key, expected);
        if (found >= 0)
            return found;
        const int id = int(nodes.size());
        const std::size_t position = nodes[std::size_t(parent)].children.size();
        nodes.push_back(TrieNode{parent, key, -1, position, {}});
        nodes[std::size_t(parent)].children.push_back(id);
        edges.emplace(Edge{parent, key}, id);
        expected = position + 1;
        return id;
    }

    void ensureColumn(int trie) {
        if (nodes[std::size_t(trie)].column >= 0)
            return;
        TableColumn column;
        for (int at = trie; at > 0; at = nodes[std::size_t(at)].parent)
            column.keys.prepend(fromUtf8(nodes[std::size_t(at)].key));
        if (column.keys.isEmpty()) {
            column.title = valueTitle();
        } else {
            QStringList shown;
            for (const QString &key : std::as_const(column.keys))
                shown.append(titleKey(key));
            column.title = shown.join(u'.');
        }
        nodes[std::size_t(trie)].column = int(columns.size());
        columns.append(column);
    }

    // Walks the members of an object element depth first in document order, descending into non-empty objects.
    // leaf(trie, value, flattened): `flattened` is true for a non-empty object that is walked into.
    // Lookup(parent, key, expected) gives the trie node of a member (-1 skips it).
    template<typename Lookup, typename Leaf>
    static void walkObject(const TapeView &tape, std::uint64_t object, std::vector<Frame> &frames, Lookup &&lookup,
                           Leaf &&leaf) {
        frames.clear();
        frames.push_back(Frame{object + 1, tape.closeOf(object), 0, 0});
        while (!frames.empty()) {
            Frame &frame = frames.back();
            if (frame.next >= frame.close) {
                frames.pop_back();
                continue;
            }
            const std::uint64_t key = frame.next;
            const std::uint64_t value = key + 1;
            frame.next = tape.after(value);
            const int trie = lookup(frame.trie, tape.string(key), frame.expected);
            if (trie < 0)
                continue;
            const bool flattened = tape.type(value) == '{' && !isEmptyContainer(tape, value);
            leaf(trie, value, flattened);
            if (flattened)
                frames.push_back(Frame{value + 1, tape.closeOf(value), trie, 0}); // `frame` is not used after this
        }
    }

    bool collect(const TapeView &tape, TaskControl *control) {
        std::vector<Frame> frames;
        const auto create = [this](int parent, std::string_view key, std::size_t &expected) {
            return lookupOrAdd(parent, key, expected);
        };
        const auto leaf = [this](int trie, std::uint64_t, bool flattened) {
            if (!flattened)
                ensureColumn(trie);
        };
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (row % kCheckEvery == 0 && control) {
                if (control->isCancelled())
                    return false;
                control->setDone(row);
            }
            const std::uint64_t element = rows.at(row);
            if (tape.type(element) == '{')
                walkObject(tape, element, frames, create, leaf);
            else
                ensureColumn(0);
        }
        if (control)
            control->setDone(rows.size());
        return true;
    }
};

TableProjection::TableProjection()
    : m_impl(std::make_shared<Impl>()) {}

QString TableProjection::valueTitle() {
    return QStringLiteral("(value)");
}

std::shared_ptr<const TableProjection> TableProjection::build(std::shared_ptr<const ResultDocument> document,
                                                              NodeId array, TaskControl *control) {
    if (!document || array == ResultDocument::kNoNode || document->type(array) != NodeType::Array)
        return nullptr;
    const TapeView &tape = document->tapeView();
    std::shared_ptr<TableProjection> table(new TableProjection);
    Impl &impl = *table->m_impl;
    impl.rows.reserve(tape.storedCount(array));
    for (std::uint64_t element = array + 1, close = tape.closeOf(array); element < close; element = tape.after(element))
        impl.rows.append(element);
    if (control)
        control->setTotal(impl.rows.size());
    impl.document = std::move(document);
    impl.array = array;
    if (!impl.collect(tape, control))
        return nullptr;
    impl.arrayPath = pathOf(*impl.document, array);
    return table;
}

const std::shared_ptr<const ResultDocument> &TableProjection::document() const {
    return m_impl->document;
}

NodeId TableProjection::array() const {
    return m_impl->array;
}

QString TableProjection::arrayPath() const {
    return m_impl->arrayPath;
}

qsizetype TableProjection::rowCount() const {
    return m_impl->rows.size();
}

const QList<TableColumn> &TableProjection::columns() const {
    return m_impl->columns;
}

NodeId TableProjection::rowNode(qsizetype row) const {
    return row >= 0 && row < m_impl->rows.size() ? m_impl->rows.at(row) : ResultDocument::kNoNode;
}

std::optional<NodeId> TableProjection::cell(qsizetype row, qsizetype column) const {
    if (column < 0 || column >= m_impl->columns.size())
        return std::nullopt;
    // One walk of the element: the same rules as rowCells() (first occurrence of a duplicate key wins).
    return rowCells(row).value(column);
}

QList<std::optional<NodeId>> TableProjection::rowCells(qsizetype row) const {
    const Impl &impl = *m_impl;
    QList<std::optional<NodeId>> cells(impl.columns.size());
    const NodeId element = rowNode(row);
    if (element == ResultDocument::kNoNode)
        return cells;
    const TapeView &tape = impl.document->tapeView();
    if (tape.type(element) != '{') {
        if (const int column = impl.nodes.front().column; column >= 0)
            cells[column] = element;
        return cells;
    }
    std::vector<Impl::Frame> frames;
    Impl::walkObject(
        tape, element, frames,
        [&impl](int parent, std::string_view key, std::size_t &expected) { return impl.lookup(parent, key, expected); },
        [&impl, &cells](int trie, std::uint64_t value, bool) {
            const int column = impl.nodes[std::size_t(trie)].column;
            if (column >= 0 && !cells.at(column))
                cells[column] = value;
        });
    return cells;
}

QString TableProjection::cellText(qsizetype row, qsizetype column) const {
    return valueText(*m_impl->document, cell(row, column));
}

QString TableProjection::valueText(const ResultDocument &document, std::optional<NodeId> value) {
    if (!value || *value == ResultDocument::kNoNode)
        return {};
    const TapeView &tape = document.tapeView();
    switch (tape.type(*value)) {
    case 'n':
        return {};
    case '{':
        return isEmptyContainer(tape, *value) ? QStringLiteral("{}") : countText(document.childCount(*value), true);
    case '[': {
        QStringList parts;
        const std::uint64_t close = tape.closeOf(*value);
        for (std::uint64_t element = *value + 1; element < close; element = tape.after(element)) {
            if (tape.isContainer(element))
                return countText(document.childCount(*value), false);
            parts.append(valueText(document, element));
        }
        return parts.join(QStringLiteral("; "));
    }
    default:
        return document.scalarText(*value);
    }
}

QString TableProjection::pathOf(const ResultDocument &document, NodeId node) {
    const TapeView &tape = document.tapeView();
    QString path;
    std::uint64_t at = document.root();
    while (at != node && tape.isContainer(at)) {
        const bool object = tape.type(at) == '{';
        const std::uint64_t close = tape.closeOf(at);
        std::uint64_t child = object ? at + 2 : at + 1;
        qint64 index = 0;
        while (child < close && tape.after(child) <= node) {
            child = object ? tape.after(child) + 1 : tape.after(child);
            ++index;
        }
        if (child >= close || child > node)
            break; // `node` is not the start of a value
        if (object)
            jsonpath::appendKey(path, fromUtf8(tape.string(child - 1)));
        else
            jsonpath::appendIndex(path, index);
        at = child;
    }
    return path;
}

} // namespace altrata::results
