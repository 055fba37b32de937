#include "servicevalues.h"

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace altrata::sandbox::values {

using graphql::Value;
using graphql::ValueObject;

Value typed(std::string typeName, ValueObject fields) {
    fields.insert(fields.begin(), {"__typename", Value::fromString(std::move(typeName))});
    return Value::fromObject(std::move(fields));
}

Value string(std::string_view text) {
    return Value::fromString(std::string(text));
}

Value optionalString(const std::optional<std::string> &text) {
    return text ? Value::fromString(*text) : Value::null();
}

Value dateInformation(const PartialDate &date) {
    const char *precision = date.precision == DatePrecision::Day     ? "DAY"
                            : date.precision == DatePrecision::Month ? "MONTH"
                                                                     : "YEAR";
    return Value::fromObject({{"date", Value::fromString(date.iso())},
                              {"datePrecision", Value::fromEnum(precision)},
                              {"displayDate", Value::fromString(date.display())}});
}

Value optionalDateInformation(const std::optional<PartialDate> &date) {
    return date ? dateInformation(*date) : Value::null();
}

const Value *field(const ValueObject &object, std::string_view name) {
    for (const auto &[key, value] : object)
        if (key == name)
            return value.isNull() ? nullptr : &value;
    return nullptr;
}

const Value *field(const Value &object, std::string_view name) {
    const Value *found = object.get(name);
    return found && !found->isNull() ? found : nullptr;
}

std::string text(const Value *value) {
    return value && (value->kind == Value::Kind::String || value->kind == Value::Kind::Enum) ? value->string
                                                                                             : std::string();
}

std::uint64_t stableHash(std::string_view text, std::uint64_t seed) {
    std::uint64_t hash = seed;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::string stableId(std::string_view prefix, std::string_view key) {
    char hex[20];
    std::snprintf(hex, sizeof hex, "%012llx", static_cast<unsigned long long>(stableHash(key) & 0xffffffffffffULL));
    return std::string(prefix) + hex;
}

std::string correlationId(std::string_view key) {
    const std::uint64_t high = stableHash(key);
    const std::uint64_t low = stableHash(key, high);
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-%04llx-4%03llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32), static_cast<unsigned long long>((high >> 16) & 0xffff),
                  static_cast<unsigned long long>(high & 0xfff),
                  static_cast<unsigned long long>(0x8000 | ((low >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(low & 0xffffffffffffULL));
    return text;
}

std::string normalizeName(std::string_view utf8) {
    const QString decomposed =
        QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())).normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            continue; // the accents NFKD split off
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out.toStdString();
}

Page readPage(const Value *input) {
    Page page;
    if (!input)
        return page;
    if (const Value *size = field(*input, "pageSize")) {
        if (size->integer < 1 || size->integer > maxPageSize)
            page.error = "pageSize must be between 1 and " + std::to_string(maxPageSize) + ".";
        page.size = static_cast<int>(size->integer);
    }
    if (const Value *token = field(*input, "nextToken")) {
        const QByteArray decoded =
            QByteArray::fromBase64(QByteArray::fromStdString(token->string), QByteArray::Base64UrlEncoding);
        bool ok = decoded.startsWith("offset:");
        const int offset = ok ? decoded.mid(7).toInt(&ok) : 0;
        if (!ok || offset < 0)
            page.error = "nextToken is not a token this service issued.";
        page.offset = ok ? offset : 0;
    }
    return page;
}

Value pageInfo(const Page &page, std::int64_t totalCount) {
    const std::int64_t next = std::int64_t(page.offset) + page.size;
    const bool more = next < totalCount;
    Value token = Value::null();
    if (more)
        token = Value::fromString(QByteArray("offset:" + QByteArray::number(next))
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                      .toStdString());
    return Value::fromObject({{"pageSize", Value::fromInt(page.size)},
                              {"totalCount", Value::fromInt(totalCount)},
                              {"hasNextPage", Value::fromBool(more)},
                              {"nextToken", std::move(token)}});
}

} // namespace altrata::sandbox::values
