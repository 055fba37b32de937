#pragma once

#include "graphql/documentinfo.h"
#include "graphql/parser.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace altrata::ui {

// The text Run sends, and how to find its positions in the editor again.
// It is made of verbatim slices of the editor's text (the operation, then the fragments it uses) joined by a
// blank line, so a GraphQL error location in it maps back exactly to a line and column the user typed.
struct SentText {
    struct Slice {
        qsizetype sentStart = 0;   // UTF-16 index in `query`
        qsizetype sourceStart = 0; // UTF-16 index in the editor's text
        qsizetype length = 0;
    };
    QString query;
    QString operationName; // empty: none sent (one anonymous operation, or the whole text)
    QList<Slice> slices;

    // (line, column), 1-based, columns in UTF-16 units like GraphQL locations: from the sent query to `source`.
    // nullopt for a location outside every slice (the blank lines between them).
    std::optional<std::pair<int, int>> toSource(int line, int column, const QString &source) const;
};

// One parse of the editor's text answering Run's questions: which operations it holds, which one the cursor is
// in, and what to send for one of them.
class RunDocument final {
public:
    explicit RunDocument(QString source);

    bool hasSyntaxErrors() const { return !m_parse.ok(); }
    qsizetype operationCount() const { return qsizetype(m_operations.size()); }
    // Operation names for a chooser; anonymous ones read "(anonymous operation N)".
    QStringList operationLabels() const;
    // Index of the operation holding the UTF-8 byte offset `cursor`, or -1 between operations.
    int operationAt(quint32 cursor) const;
    // 0-based line and column of the first operation's first character (where an example's cursor goes).
    std::pair<int, int> firstOperationPosition() const;

    // The operation at `index` with only the fragments it uses. With syntax errors (or no operation) the
    // whole text goes as it is: the service reports the error, and its location still maps back.
    SentText sentText(int index) const;
    SentText wholeText() const;

private:
    qsizetype utf16Index(quint32 byteOffset) const;

    QString m_source;
    QByteArray m_utf8;
    graphql::ParseResult m_parse;
    std::vector<graphql::OperationInfo> m_operations;
};

} // namespace altrata::ui
