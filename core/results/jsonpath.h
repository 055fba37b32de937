#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace altrata::results {

// Paths to a node in the JavaScript style people paste into code: data.personSearch.edges[3].node.name.
// Keys that are not identifiers are quoted as JSON strings: data["a b"].
namespace jsonpath {

using Segment = std::variant<QString, qint64>; // member name or array index

bool isIdentifier(QStringView key);
void appendKey(QString &path, QStringView key); // ".key", "key" at the start, or ["k e y"]
void appendIndex(QString &path, qint64 index);  // "[3]"
QString format(const QList<Segment> &segments);
// The inverse of format(); nullopt for text that is not such a path.
std::optional<QList<Segment>> parse(QStringView path);

} // namespace jsonpath
} // namespace altrata::results
