#include "resultsbench.h"

#include "results/jsonpath.h"

#include <QAbstractItemModel>
#include <QFile>

#include <algorithm>
#include <vector>

namespace altrata::bench {

using results::NodeId;
using results::NodeType;
using results::ResultDocument;

namespace {

constexpr qsizetype kPaddingRoom = 4096;

bool isContainer(const ResultDocument &document, NodeId node) {
    const NodeType type = document.type(node);
    return type == NodeType::Object || type == NodeType::Array;
}

// The node at a path and its row path (child positions from the root); kNoNode when absent.
NodeId resolve(const ResultDocument &document, const QString &path, QList<qint64> *rows) {
    const auto segments = results::jsonpath::parse(path);
    if (!segments)
        return ResultDocument::kNoNode;
    NodeId node = document.root();
    for (const auto &segment : *segments) {
        qint64 row = 0;
        NodeId found = ResultDocument::kNoNode;
        for (NodeId child = document.firstChild(node); child != ResultDocument::kNoNode;
             child = document.nextSibling(node, child), ++row) {
            const auto *index = std::get_if<qint64>(&segment);
            if (index ? *index == row : document.memberKey(child) == std::get<QString>(segment)) {
                found = child;
                break;
            }
        }
        if (found == ResultDocument::kNoNode)
            return found;
        if (rows)
            rows->append(row);
        node = found;
    }
    return node;
}

// The largest array anywhere in the document (one walk), with its path.
std::pair<NodeId, QString> largestArray(const ResultDocument &document) {
    std::vector<std::pair<NodeId, QString>> stack{{document.root(), QString()}};
    std::pair<NodeId, QString> best{ResultDocument::kNoNode, QString()};
    qsizetype bestRows = -1;
    while (!stack.empty()) {
        auto [node, path] = std::move(stack.back());
        stack.pop_back();
        const bool array = document.type(node) == NodeType::Array;
        if (array && document.childCount(node) > bestRows) {
            bestRows = document.childCount(node);
            best = {node, path};
        }
        qint64 row = 0;
        for (NodeId child = document.firstChild(node); child != ResultDocument::kNoNode;
             child = document.nextSibling(node, child), ++row) {
            if (!isContainer(document, child))
                continue;
            QString childPath = path;
            array ? results::jsonpath::appendIndex(childPath, row)
                  : results::jsonpath::appendKey(childPath, document.memberKey(child));
            stack.emplace_back(child, std::move(childPath));
        }
    }
    return best;
}

} // namespace

void note(const QString &key, const QString &text) {
    std::printf("note.%s %s\n", qPrintable(key), qPrintable(text));
    std::fflush(stdout);
}

QByteArray readBody(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray body;
    body.reserve(qsizetype(file.size()) + kPaddingRoom);
    body.resize(qsizetype(file.size()));
    if (file.read(body.data(), body.size()) != body.size()) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return body;
}

QByteArray paddedCopy(const QByteArray &body) {
    QByteArray copy;
    copy.reserve(body.size() + kPaddingRoom);
    copy.append(body);
    return copy;
}

qint64 peakRssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

Targets findTargets(const ResultDocument &document) {
    Targets targets;
    const NodeId edges = resolve(document, QStringLiteral("data.personSearch.edges"), nullptr);
    if (edges != ResultDocument::kNoNode && document.childCount(edges) > 0) { // the generated shape
        const qint64 rows = document.childCount(edges);
        targets.array = edges;
        targets.arrayRows = rows;
        targets.expandPath = QStringLiteral("data.personSearch.edges[%1].node.roles[0].organization").arg(rows / 2);
        targets.middlePath = QStringLiteral("data.personSearch.edges[%1]").arg(std::min<qint64>(50000, rows / 2));
        const NodeId last = document.child(edges, rows - 1);
        const auto id = document.member(document.member(last, "node").value_or(last), "id");
        targets.findText = id ? document.scalarText(*id) : QString();
    } else {
        const auto [array, path] = largestArray(document);
        targets.array = array;
        targets.arrayRows = array != ResultDocument::kNoNode ? document.childCount(array) : 0;
        targets.middlePath = QStringLiteral("%1[%2]").arg(path).arg(targets.arrayRows / 2);
        targets.expandPath = targets.middlePath;
        NodeId node = resolve(document, targets.middlePath, nullptr);
        for (int level = 0; level < 4 && node != ResultDocument::kNoNode; ++level) { // first container below
            qint64 row = 0;
            NodeId child = document.firstChild(node);
            for (; child != ResultDocument::kNoNode && !isContainer(document, child); ++row)
                child = document.nextSibling(node, child);
            if (child == ResultDocument::kNoNode)
                break;
            document.type(node) == NodeType::Array
                ? results::jsonpath::appendIndex(targets.expandPath, row)
                : results::jsonpath::appendKey(targets.expandPath, document.memberKey(child));
            node = child;
        }
        NodeId last = document.root(); // the last scalar of the document
        while (isContainer(document, last) && document.childCount(last) > 0)
            last = document.child(last, document.childCount(last) - 1);
        targets.findText = document.scalarText(last);
    }
    resolve(document, targets.middlePath, &targets.middleRows);
    return targets;
}

void touchChildren(QAbstractItemModel &model, const QModelIndex &parent, int limit) {
    const int rows = std::min(model.rowCount(parent), limit);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            (void)model.data(index, Qt::DisplayRole);
            (void)model.hasChildren(index);
        }
    }
}

void touchTopRows(QAbstractItemModel &model) {
    touchChildren(model, {});
    const QModelIndex data = model.index(0, 0);
    touchChildren(model, data);
    touchChildren(model, model.index(0, 0, data));
}

} // namespace altrata::bench
