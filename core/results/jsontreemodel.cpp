#include "jsontreemodel.h"

#include "jsonpath.h"

#include <algorithm>
#include <vector>

namespace altrata::results {

namespace {

constexpr qsizetype kToolTipLimit = 10000; // a tooltip with megabytes of text would freeze the view

QString typeName(NodeType type) {
    switch (type) {
    case NodeType::Object:
        return QStringLiteral("object");
    case NodeType::Array:
        return QStringLiteral("array");
    case NodeType::String:
        return QStringLiteral("string");
    case NodeType::Number:
        return QStringLiteral("number");
    case NodeType::Bool:
        return QStringLiteral("boolean");
    case NodeType::Null:
        return QStringLiteral("null");
    }
    return {};
}

} // namespace

// One record per child the view asked for. Records are made a page at a time, the first page the first time
// rowCount() or index() needs it, and never move afterwards (parent() is one pointer read).
struct JsonTreeModel::Node {
    Node *parent = nullptr;
    NodeId id = ResultDocument::kNoNode;
    int row = 0;
    bool inArray = false;
    int fetched = -1;                                 // child records made; -1 until first asked
    qint64 total = -1;                                // children in the document, counted once; -1 until needed
    NodeId resume = ResultDocument::kNoNode;          // the first child not made yet: where the last page ended
    std::unique_ptr<std::unique_ptr<Node[]>[]> pages; // kPageSize records each, the last one possibly shorter

    Node &child(int index) { return pages[std::size_t(index / kPageSize)][std::size_t(index % kPageSize)]; }
};

struct JsonTreeModel::Impl {
    std::shared_ptr<const ResultDocument> document;
    qsizetype records = 0;
    Node top;                // the root's children are the top-level rows
    bool scalarRoot = false; // a body such as `42` shows as one row
    bool changing = false;   // inside a reset or an insertion: listeners must not fetch (see fetchMore)
    bool suppressed = false; // setAutoFetchSuppressed()

    bool isScalarTop(const Node &node) const { return scalarRoot && &node == &top; }
    bool isScalarRootRow(const Node &node) const { return scalarRoot && node.parent == &top; }

    // simdjson stores at most 0xFFFFFF as a container's count; above that ResultDocument walks the children,
    // so the count is taken once per node and kept.
    qint64 totalOf(Node &node) {
        if (node.total < 0)
            node.total = isScalarTop(node) ? 1 : document->childCount(node.id);
        return node.total;
    }
    int nextPageSize(Node &node) { return int(std::min<qint64>(kPageSize, totalOf(node) - node.fetched)); }

    // Makes the next `size` records, walking on from where the previous page ended (O(1) per child).
    void makePage(Node &node, int size) {
        const bool inArray = document->type(node.id) == NodeType::Array && !isScalarTop(node);
        auto page = std::make_unique<Node[]>(std::size_t(size));
        NodeId id = node.resume;
        for (int i = 0; i < size; ++i) {
            page[std::size_t(i)] = Node{&node, id, node.fetched + i, inArray, -1, -1, ResultDocument::kNoNode, {}};
            id = isScalarTop(node) ? ResultDocument::kNoNode : document->nextSibling(node.id, id);
        }
        node.pages[std::size_t(node.fetched / kPageSize)] = std::move(page);
        node.resume = id;
        node.fetched += size;
        records += size;
    }

    // The first page is made without insert signals: no view has seen a row count for this node before.
    void fetchFirstPage(Node &node) {
        if (node.fetched >= 0)
            return;
        const qint64 total = totalOf(node);
        node.fetched = 0;
        node.resume = isScalarTop(node) ? document->root() : document->firstChild(node.id);
        node.pages = std::make_unique<std::unique_ptr<Node[]>[]>(std::size_t((total + kPageSize - 1) / kPageSize));
        if (total > 0)
            makePage(node, nextPageSize(node));
    }
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_impl(std::make_unique<Impl>()) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(std::shared_ptr<const ResultDocument> document) {
    m_impl->changing = true;
    beginResetModel();
    m_impl->top = Node{};
    m_impl->records = 0;
    m_impl->document = std::move(document); // releases the previous one (unless someone else holds it)
    if (const auto &doc = m_impl->document) {
        m_impl->top.id = doc->root();
        const NodeType rootType = doc->type(doc->root());
        m_impl->scalarRoot = rootType != NodeType::Object && rootType != NodeType::Array;
    }
    endResetModel();
    m_impl->changing = false;
}

qsizetype JsonTreeModel::recordCount() const {
    return m_impl->records;
}

const std::shared_ptr<const ResultDocument> &JsonTreeModel::document() const {
    return m_impl->document;
}

JsonTreeModel::Node *JsonTreeModel::recordOf(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

JsonTreeModel::Node &JsonTreeModel::parentNodeOf(const QModelIndex &parent) const {
    Node *node = recordOf(parent);
    return node ? *node : m_impl->top;
}

QModelIndex JsonTreeModel::indexOf(Node &node) const {
    return &node == &m_impl->top ? QModelIndex() : createIndex(node.row, 0, &node);
}

NodeId JsonTreeModel::nodeOf(const QModelIndex &index) const {
    const Node *node = recordOf(index);
    return node ? node->id : ResultDocument::kNoNode;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent)) // calls rowCount(), which makes the parent's first page
        return {};
    return createIndex(row, column, &parentNodeOf(parent).child(row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const {
    const Node *node = recordOf(child);
    if (!node || node->parent == &m_impl->top)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const {
    if (!m_impl->document || parent.column() > 0)
        return 0;
    Node &node = parentNodeOf(parent);
    m_impl->fetchFirstPage(node);
    return node.fetched;
}

int JsonTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const {
    if (!m_impl->document || parent.column() > 0)
        return false;
    const Node &node = parentNodeOf(parent);
    if (node.fetched >= 0 || node.total >= 0)
        return node.total > 0;
    if (m_impl->isScalarTop(node))
        return true;
    return m_impl->document->firstChild(node.id) != ResultDocument::kNoNode;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const {
    if (!m_impl->document || parent.column() > 0 || m_impl->changing || m_impl->suppressed)
        return false;
    Node &node = parentNodeOf(parent);
    if (node.fetched < 0)
        return hasChildren(parent); // the first page is still to be made
    return node.fetched < m_impl->totalOf(node);
}

void JsonTreeModel::fetchMore(const QModelIndex &parent) {
    if (!m_impl->document || parent.column() > 0 || m_impl->changing)
        return;
    Node &node = parentNodeOf(parent);
    if (node.fetched < 0) {
        m_impl->fetchFirstPage(node);
        return;
    }
    const int size = m_impl->nextPageSize(node);
    if (size <= 0)
        return;
    // Listeners (QAbstractItemModelTester does) may ask for more from the insert or reset signals; a nested
    // insertion would corrupt the page being made and confuse every view, so it waits until this one is over.
    m_impl->changing = true;
    beginInsertRows(parent, node.fetched, node.fetched + size - 1);
    m_impl->makePage(node, size);
    endInsertRows();
    m_impl->changing = false;
}

void JsonTreeModel::setAutoFetchSuppressed(bool suppressed) {
    m_impl->suppressed = suppressed;
}

bool JsonTreeModel::isAutoFetchSuppressed() const {
    return m_impl->suppressed;
}

JsonTreeModel::Node *JsonTreeModel::childAt(Node &node, qint64 row) {
    m_impl->fetchFirstPage(node);
    if (row < 0 || row >= m_impl->totalOf(node))
        return nullptr;
    while (row >= node.fetched) {
        const int before = node.fetched;
        fetchMore(indexOf(node));
        if (node.fetched == before) // called from inside an insertion
            return nullptr;
    }
    return &node.child(int(row));
}

QModelIndex JsonTreeModel::revealRowPath(const QList<qint64> &rowPath) {
    if (!m_impl->document)
        return {};
    if (m_impl->scalarRoot)
        return rowPath.isEmpty() ? index(0, 0) : QModelIndex();
    Node *node = &m_impl->top;
    for (const qint64 row : rowPath) {
        node = childAt(*node, row);
        if (!node)
            return {};
    }
    return indexOf(*node);
}

QList<qint64> JsonTreeModel::rowPathOf(const QModelIndex &index) const {
    QList<qint64> rows;
    for (const Node *node = recordOf(index); node && node != &m_impl->top; node = node->parent) {
        if (!m_impl->isScalarRootRow(*node))
            rows.append(node->row);
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QVariant JsonTreeModel::displayText(Node &node, int column) const {
    const ResultDocument &doc = *m_impl->document;
    const NodeType type = doc.type(node.id);
    const bool container = type == NodeType::Object || type == NodeType::Array;
    switch (column) {
    case KeyColumn:
        if (m_impl->isScalarRootRow(node))
            return QString();
        return node.inArray ? QStringLiteral("[%1]").arg(node.row) : doc.memberKey(node.id);
    case ValueColumn:
        if (container)
            return (type == NodeType::Object ? QStringLiteral("{%1}") : QStringLiteral("[%1]"))
                .arg(m_impl->totalOf(node));
        return doc.elidedText(node.id, kDisplayLimit);
    case TypeColumn:
        return typeName(type);
    case CountColumn:
        return container ? QVariant(QString::number(m_impl->totalOf(node))) : QVariant();
    default:
        return {};
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const {
    Node *node = recordOf(index);
    if (!node || !m_impl->document || index.column() >= ColumnCount)
        return {};
    const ResultDocument &doc = *m_impl->document;
    const bool container = doc.type(node->id) == NodeType::Object || doc.type(node->id) == NodeType::Array;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !container)
            return doc.elidedText(node->id, kToolTipLimit);
        return index.column() == KeyColumn ? pathOf(index) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case FullValueRole:
        return container ? displayText(*node, ValueColumn) : QVariant(doc.scalarText(node->id));
    case PathRole:
        return pathOf(index);
    case NodeTypeRole:
        return int(doc.type(node->id));
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return QStringLiteral("Key");
    case ValueColumn:
        return QStringLiteral("Value");
    case TypeColumn:
        return QStringLiteral("Type");
    case CountColumn:
        return QStringLiteral("Count");
    default:
        return {};
    }
}

QString JsonTreeModel::pathOf(const QModelIndex &index) const {
    std::vector<const Node *> chain; // leaf first; iterative, so any depth works
    for (const Node *node = recordOf(index); node && node != &m_impl->top; node = node->parent)
        chain.push_back(node);
    QString path;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Node &node = **it;
        if (m_impl->isScalarRootRow(node))
            continue;
        if (node.inArray)
            jsonpath::appendIndex(path, node.row);
        else
            jsonpath::appendKey(path, m_impl->document->memberKey(node.id));
    }
    return path;
}

QString JsonTreeModel::valueTextOf(const QModelIndex &index) const {
    const Node *node = recordOf(index);
    if (!node || !m_impl->document)
        return {};
    const ResultDocument &doc = *m_impl->document;
    if (doc.type(node->id) == NodeType::Object || doc.type(node->id) == NodeType::Array)
        return QString::fromUtf8(doc.toJson(node->id, true));
    return doc.scalarText(node->id);
}

QByteArray JsonTreeModel::jsonOf(const QModelIndex &index, bool pretty) const {
    const Node *node = recordOf(index);
    return node && m_impl->document ? m_impl->document->toJson(node->id, pretty) : QByteArray();
}

QModelIndex JsonTreeModel::indexForPath(const QString &path) {
    const auto segments = jsonpath::parse(path);
    if (!m_impl->document || !segments)
        return {};
    if (m_impl->scalarRoot)
        return segments->isEmpty() ? index(0, 0) : QModelIndex();
    const ResultDocument &doc = *m_impl->document;
    Node *node = &m_impl->top;
    for (const jsonpath::Segment &segment : *segments) {
        const NodeType type = doc.type(node->id);
        qint64 row = -1;
        if (const auto *at = std::get_if<qint64>(&segment); at && type == NodeType::Array) {
            row = *at;
        } else if (const auto *key = std::get_if<QString>(&segment); key && type == NodeType::Object) {
            // The member's position from the tape; only the pages up to it get records.
            qint64 position = 0;
            for (NodeId child = doc.firstChild(node->id); child != ResultDocument::kNoNode;
                 child = doc.nextSibling(node->id, child), ++position) {
                if (doc.memberKey(child) == *key) {
                    row = position;
                    break;
                }
            }
        }
        node = row >= 0 ? childAt(*node, row) : nullptr;
        if (!node)
            return {};
    }
    return indexOf(*node);
}

} // namespace altrata::results
