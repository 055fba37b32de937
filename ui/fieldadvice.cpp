#include "fieldadvice.h"

namespace altrata::ui {

namespace {

QString whitespaceName(QChar c) {
    if (c == QLatin1Char(' '))
        return QStringLiteral("a space");
    if (c == QLatin1Char('\t'))
        return QStringLiteral("a tab");
    if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
        return QStringLiteral("a line break");
    return QStringLiteral("white space");
}

} // namespace

QString FieldAdvice::surroundingWhitespace(const QString &field, const QString &value) {
    if (value.isEmpty())
        return QString();
    const bool leading = value.front().isSpace();
    const bool trailing = value.back().isSpace();
    QString where;
    if (leading && trailing)
        where = QStringLiteral("starts and ends with white space");
    else if (leading)
        where = QStringLiteral("starts with ") + whitespaceName(value.front());
    else
        where = QStringLiteral("ends with ") + whitespaceName(value.back());
    return QStringLiteral("The %1 %2 — usually a copy-paste slip.").arg(field, where);
}

} // namespace altrata::ui
