#include "rundocument.h"

#include "graphql/documentinfo.h"

#include <QCoreApplication>

namespace altrata::ui {

namespace {

// 1-based (line, column) of a UTF-16 index; lines end at \n, \r\n or \r as in GraphQL.
std::pair<int, int> lineColumnOf(const QString &text, qsizetype index) {
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // counted at the \n
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(index - lineStart) + 1};
}

// UTF-16 index of a 1-based (line, column), or -1 when the line does not exist.
qsizetype indexOf(const QString &text, int line, int column) {
    qsizetype index = 0;
    for (int current = 1; current < line; ++current) {
        const qsizetype lf = text.indexOf(QLatin1Char('\n'), index);
        const qsizetype cr = text.indexOf(QLatin1Char('\r'), index);
        qsizetype end = lf < 0 ? cr : (cr < 0 ? lf : std::min(lf, cr));
        if (end < 0)
            return -1;
        index = (text.at(end) == QLatin1Char('\r') && end + 1 < text.size() && text.at(end + 1) == QLatin1Char('\n'))
                    ? end + 2
                    : end + 1;
    }
    return index + std::max(column, 1) - 1;
}

} // namespace

std::optional<std::pair<int, int>> SentText::toSource(int line, int column, const QString &source) const {
    const qsizetype sent = indexOf(query, line, column);
    if (sent < 0)
        return std::nullopt;
    for (const Slice &slice : slices) {
        // A location may point one past a slice's last character (an unexpected end of the operation).
        if (sent >= slice.sentStart && sent <= slice.sentStart + slice.length)
            return lineColumnOf(source, slice.sourceStart + (sent - slice.sentStart));
    }
    return std::nullopt;
}

RunDocument::RunDocument(QString source)
    : m_source(std::move(source))
    , m_utf8(m_source.toUtf8())
    , m_parse(graphql::parse(m_utf8.toStdString())) {
    if (m_parse.ok())
        m_operations = graphql::operations(m_parse.document);
}

QStringList RunDocument::operationLabels() const {
    QStringList labels;
    int anonymous = 0;
    for (const graphql::OperationInfo &operation : m_operations) {
        labels.append(
            operation.name.empty()
                ? QCoreApplication::translate("altrata::ui::RunDocument", "(anonymous operation %1)").arg(++anonymous)
                : QString::fromStdString(operation.name));
    }
    return labels;
}

int RunDocument::operationAt(quint32 cursor) const {
    const graphql::OperationDefinitionNode *node = graphql::operationAt(m_parse.document, cursor);
    for (std::size_t i = 0; i < m_operations.size(); ++i) {
        if (m_operations[i].node == node)
            return int(i);
    }
    return -1;
}

std::pair<int, int> RunDocument::firstOperationPosition() const {
    if (m_operations.empty())
        return {0, 0};
    const graphql::SourceLocation &start = m_operations.front().start;
    return {int(start.line) - 1, int(start.column) - 1};
}

qsizetype RunDocument::utf16Index(quint32 byteOffset) const {
    return QString::fromUtf8(m_utf8.constData(), std::min<qsizetype>(byteOffset, m_utf8.size())).size();
}

SentText RunDocument::sentText(int index) const {
    if (index < 0 || index >= operationCount())
        return wholeText();
    const graphql::OperationInfo &operation = m_operations[std::size_t(index)];
    std::vector<std::pair<quint32, quint32>> ranges{{operation.start.offset, operation.end}};
    for (const graphql::FragmentDefinitionNode *fragment :
         graphql::fragmentClosure(m_parse.document, *operation.node).fragments)
        ranges.emplace_back(fragment->start.offset, fragment->end);

    SentText sent;
    sent.operationName = QString::fromStdString(operation.name);
    for (const auto &[begin, end] : ranges) {
        if (!sent.query.isEmpty())
            sent.query += QStringLiteral("\n\n");
        const qsizetype sourceStart = utf16Index(begin);
        const qsizetype length = utf16Index(end) - sourceStart;
        sent.slices.append({sent.query.size(), sourceStart, length});
        sent.query += m_source.mid(sourceStart, length);
    }
    return sent;
}

SentText RunDocument::wholeText() const {
    SentText sent;
    sent.query = m_source;
    sent.slices.append({0, 0, m_source.size()});
    return sent;
}

} // namespace altrata::ui
