#include "jsontreemodel.h"

#include "jsonpath.h"

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

// One record per child the view asked for. Records are created for all children of a node at once, the
// first time rowCount() or index() needs them, and never move afterwards (parent() is one pointer read).
struct JsonTreeModel::Node {
    Node *parent = nullptr;
    NodeId id = ResultDocument::kNoNode;
    int row = 0;
    int count = -1; // children records made; -1 until first asked
    bool inArray = false;
    std::unique_ptr<Node[]> children;
};

struct JsonTreeModel::Impl {
    std::shared_ptr<const ResultDocument> document;
    qsizetype records = 0;
    Node top;                // the root's children are the top-level rows
    bool scalarRoot = false; // a body such as `42` shows as one row

    void fetch(Node &node) {
        if (node.count >= 0)
            return;
        const QList<NodeId> ids =
            &node == &top && scalarRoot ? QList<NodeId>{document->root()} : document->children(node.id);
        const bool inArray = document->type(node.id) == NodeType::Array && !(&node == &top && scalarRoot);
        node.children = std::make_unique<Node[]>(std::size_t(ids.size()));
        for (int row = 0; row < int(ids.size()); ++row)
            node.children[std::size_t(row)] = Node{&node, ids[row], row, -1, inArray, nullptr};
        node.count = int(ids.size());
        records += ids.size();
    }
    bool isScalarRootRow(const Node &node) const { return scalarRoot && node.parent == &top; }
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_impl(std::make_unique<Impl>()) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(std::shared_ptr<const ResultDocument> document) {
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
}

qsizetype JsonTreeModel::recordCount() const {
    return m_impl->records;
}

const std::shared_ptr<const ResultDocument> &JsonTreeModel::document() const {
    return m_impl->document;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

JsonTreeModel::Node &JsonTreeModel::parentNodeOf(const QModelIndex &parent) const {
    Node *node = nodeOf(parent);
    return node ? *node : m_impl->top;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent)) // calls rowCount(), which fetches the parent's children
        return {};
    Node &node = parentNodeOf(parent);
    return createIndex(row, column, &node.children[std::size_t(row)]);
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const {
    const Node *node = nodeOf(child);
    if (!node || node->parent == &m_impl->top)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const {
    if (!m_impl->document || parent.column() > 0)
        return 0;
    Node &node = parentNodeOf(parent);
    m_impl->fetch(node);
    return node.count;
}

int JsonTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const {
    if (!m_impl->document || parent.column() > 0)
        return false;
    const Node &node = parentNodeOf(parent);
    if (node.count >= 0)
        return node.count > 0;
    if (&node == &m_impl->top && m_impl->scalarRoot)
        return true;
    return m_impl->document->firstChild(node.id) != ResultDocument::kNoNode;
}

QVariant JsonTreeModel::displayText(const Node &node, int column) const {
    const ResultDocument &doc = *m_impl->document;
    switch (column) {
    case KeyColumn:
        if (m_impl->isScalarRootRow(node))
            return QString();
        return node.inArray ? QStringLiteral("[%1]").arg(node.row) : doc.memberKey(node.id);
    case ValueColumn:
        if (doc.type(node.id) == NodeType::Object)
            return QStringLiteral("{%1}").arg(doc.childCount(node.id));
        if (doc.type(node.id) == NodeType::Array)
            return QStringLiteral("[%1]").arg(doc.childCount(node.id));
        return doc.elidedText(node.id, kDisplayLimit);
    case TypeColumn:
        return typeName(doc.type(node.id));
    default:
        return {};
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const {
    const Node *node = nodeOf(index);
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
    default:
        return {};
    }
}

QString JsonTreeModel::pathOf(const QModelIndex &index) const {
    std::vector<const Node *> chain; // leaf first; iterative, so any depth works
    for (const Node *node = nodeOf(index); node && node != &m_impl->top; node = node->parent)
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
    const Node *node = nodeOf(index);
    if (!node || !m_impl->document)
        return {};
    const ResultDocument &doc = *m_impl->document;
    if (doc.type(node->id) == NodeType::Object || doc.type(node->id) == NodeType::Array)
        return QString::fromUtf8(doc.toJson(node->id, true));
    return doc.scalarText(node->id);
}

QByteArray JsonTreeModel::jsonOf(const QModelIndex &index, bool pretty) const {
    const Node *node = nodeOf(index);
    return node && m_impl->document ? m_impl->document->toJson(node->id, pretty) : QByteArray();
}

QModelIndex JsonTreeModel::indexForPath(const QString &path) const {
    const auto segments = jsonpath::parse(path);
    if (!m_impl->document || !segments)
        return {};
    if (m_impl->scalarRoot)
        return segments->isEmpty() ? index(0, 0) : QModelIndex();
    Node *node = &m_impl->top;
    for (const jsonpath::Segment &segment : *segments) {
        m_impl->fetch(*node);
        const NodeType type = m_impl->document->type(node->id);
        Node *next = nullptr;
        if (const auto *row = std::get_if<qint64>(&segment); row && type == NodeType::Array) {
            next = *row < node->count ? &node->children[std::size_t(*row)] : nullptr;
        } else if (const auto *key = std::get_if<QString>(&segment); key && type == NodeType::Object) {
            for (int i = 0; i < node->count && !next; ++i) {
                if (m_impl->document->memberKey(node->children[std::size_t(i)].id) == *key)
                    next = &node->children[std::size_t(i)];
            }
        }
        if (!next)
            return {};
        node = next;
    }
    return node == &m_impl->top ? QModelIndex() : createIndex(node->row, 0, node);
}

} // namespace altrata::results
