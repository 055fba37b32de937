#include "jsonpath.h"

#include "graphql/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <string>

namespace altrata::results::jsonpath {

namespace {

bool isIdentifierStart(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c) {
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

// A JSON string literal starting at `from` (the opening quote); returns its end (after the closing quote).
qsizetype quotedEnd(QStringView text, qsizetype from) {
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == u'"')
            return i + 1;
    }
    return -1;
}

std::optional<QString> unquote(QStringView literal) {
    const QByteArray json = "[" + literal.toUtf8() + "]";
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.array().at(0).isString())
        return std::nullopt;
    return document.array().at(0).toString();
}

// One "[...]" segment starting at `i`; advances `i` past it.
std::optional<Segment> bracketSegment(QStringView path, qsizetype &i) {
    if (i + 1 < path.size() && path[i + 1] == u'"') {
        const qsizetype end = quotedEnd(path, i + 1);
        if (end < 0 || end >= path.size() || path[end] != u']')
            return std::nullopt;
        auto key = unquote(path.mid(i + 1, end - i - 1));
        i = end + 1;
        return key ? std::optional<Segment>(*key) : std::nullopt;
    }
    const qsizetype close = path.indexOf(u']', i);
    const QStringView digits = close > i + 1 ? path.mid(i + 1, close - i - 1) : QStringView();
    // Only plain digits: toLongLong() would also take "+3" and " 3", which format() never writes.
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 index = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    i = close + 1;
    return Segment(index);
}

} // namespace

bool isIdentifier(QStringView key) {
    if (key.isEmpty() || !isIdentifierStart(key.front()))
        return false;
    return std::all_of(key.begin(), key.end(), isIdentifierPart);
}

void appendKey(QString &path, QStringView key) {
    if (isIdentifier(key)) {
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += key;
        return;
    }
    std::string quoted;
    const QByteArray utf8 = key.toUtf8();
    graphql::appendJsonString(quoted, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    path += QLatin1Char('[') + QString::fromUtf8(quoted.data(), qsizetype(quoted.size())) + QLatin1Char(']');
}

void appendIndex(QString &path, qint64 index) {
    path += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString format(const QList<Segment> &segments) {
    QString path;
    for (const Segment &segment : segments) {
        if (const auto *key = std::get_if<QString>(&segment))
            appendKey(path, *key);
        else
            appendIndex(path, std::get<qint64>(segment));
    }
    return path;
}

std::optional<QList<Segment>> parse(QStringView path) {
    QList<Segment> segments;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path[i] == u'[') {
            auto segment = bracketSegment(path, i);
            if (!segment)
                return std::nullopt;
            segments.append(std::move(*segment));
            continue;
        }
        if (path[i] == u'.') {
            if (segments.isEmpty())
                return std::nullopt;
            ++i;
        } else if (!segments.isEmpty()) {
            return std::nullopt; // "a[0]b": every name but the first follows a dot
        }
        const qsizetype start = i;
        while (i < path.size() && isIdentifierPart(path[i]))
            ++i;
        if (i == start || !isIdentifier(path.mid(start, i - start)))
            return std::nullopt;
        segments.append(path.mid(start, i - start).toString());
    }
    return segments;
}

} // namespace altrata::results::jsonpath
