#include "prettify.h"

#include "graphql/linelexer.h"
#include "graphql/parser.h"
#include "graphql/printer.h"

#include <QStringList>

namespace altrata::ui {

namespace {

// The comment lines of a stretch of text between two definitions, trimmed, one per line.
QStringList commentLines(const QString &between) {
    QStringList comments;
    for (const QString &line : between.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')))
            comments.append(trimmed);
    }
    return comments;
}

qsizetype countComments(const QByteArray &utf8) {
    qsizetype count = 0;
    graphql::LineState state = graphql::LineState::Normal;
    for (const QByteArray &line : utf8.split('\n')) {
        const graphql::LineLexResult lexed = graphql::lexLine(std::string_view(line.constData(), line.size()), state);
        for (const graphql::LineToken &token : lexed.tokens)
            count += token.kind == graphql::TokenKind::Comment ? 1 : 0;
        state = lexed.endState;
    }
    return count;
}

} // namespace

PrettifyResult prettify(const QString &source) {
    const QByteArray utf8 = source.toUtf8();
    const graphql::ParseResult parsed = graphql::parse(utf8.toStdString(), graphql::ParseOptions{.recover = false});
    PrettifyResult result;
    if (!parsed.ok()) {
        const graphql::SyntaxError &error = parsed.errors.front();
        result.error = QString::fromStdString(error.message);
        result.line = int(error.location.line);
        result.column = int(error.location.column);
        return result;
    }
    QStringList parts;
    qsizetype keptComments = 0;
    quint32 previousEnd = 0;
    for (const graphql::DefinitionNode *definition : parsed.document.definitions()) {
        const QStringList comments = commentLines(
            QString::fromUtf8(utf8.mid(previousEnd, qsizetype(definition->start.offset) - qsizetype(previousEnd))));
        keptComments += comments.size();
        const QString printed = QString::fromStdString(graphql::print(*definition));
        parts.append(comments.isEmpty() ? printed : comments.join(QLatin1Char('\n')) + QLatin1Char('\n') + printed);
        previousEnd = definition->end;
    }
    const QStringList trailing = commentLines(QString::fromUtf8(utf8.mid(previousEnd)));
    keptComments += trailing.size();
    if (!trailing.isEmpty())
        parts.append(trailing.join(QLatin1Char('\n')));
    result.ok = true;
    result.text = parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    result.droppedComments = countComments(utf8) > keptComments;
    return result;
}

} // namespace altrata::ui
