#include "defaultvalue.h"

#include "literalprinter.h"
#include "parser.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace altrata::graphql {

namespace {

// The JavaScript value graphql-js holds after valueFromAST().
struct JsValue {
    enum class Kind : std::uint8_t { Undefined, Null, Boolean, Number, String, Array, Object };
    Kind kind = Kind::Undefined;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsValue> items;
    std::vector<std::pair<std::string, JsValue>> fields; // insertion order, unique names

    bool undefined() const noexcept { return kind == Kind::Undefined; }
    static JsValue of(Kind k) {
        JsValue v;
        v.kind = k;
        return v;
    }
    static JsValue ofString(std::string_view s) {
        JsValue v = of(Kind::String);
        v.string = s;
        return v;
    }
    static JsValue ofNumber(double n) {
        JsValue v = of(Kind::Number);
        v.number = n;
        return v;
    }
    void set(std::string name, JsValue value) { // JavaScript `obj[name] = value`
        for (auto &[n, v] : fields) {
            if (n == name) {
                v = std::move(value);
                return;
            }
        }
        fields.emplace_back(std::move(name), std::move(value));
    }
    const JsValue *get(std::string_view name) const {
        for (const auto &[n, v] : fields) {
            if (n == name)
                return &v;
        }
        return nullptr;
    }
};

constexpr int maxDepth = 64; // input objects whose defaults refer to themselves

double parseNumber(std::string_view text) {
    return std::strtod(std::string(text).c_str(), nullptr);
}

// The literal text of an IntValue or FloatValue node.
std::string_view numberText(const ValueNode &node) {
    if (node.kind == Kind::IntValue)
        return static_cast<const IntValueNode &>(node).value;
    return static_cast<const FloatValueNode &>(node).value;
}

// graphql-js valueFromASTUntyped(): what a custom scalar's parseLiteral returns.
JsValue untyped(const ValueNode &node) {
    switch (node.kind) {
    case Kind::NullValue:
        return JsValue::of(JsValue::Kind::Null);
    case Kind::IntValue:
    case Kind::FloatValue:
        return JsValue::ofNumber(parseNumber(numberText(node)));
    case Kind::StringValue:
        return JsValue::ofString(static_cast<const StringValueNode &>(node).value);
    case Kind::EnumValue:
        return JsValue::ofString(static_cast<const EnumValueNode &>(node).value);
    case Kind::BooleanValue: {
        JsValue v = JsValue::of(JsValue::Kind::Boolean);
        v.boolean = static_cast<const BooleanValueNode &>(node).value;
        return v;
    }
    case Kind::ListValue: {
        JsValue v = JsValue::of(JsValue::Kind::Array);
        for (const ValueNode *item : static_cast<const ListValueNode &>(node).values)
            v.items.push_back(untyped(*item));
        return v;
    }
    case Kind::ObjectValue: {
        JsValue v = JsValue::of(JsValue::Kind::Object);
        for (const ObjectFieldNode *field : static_cast<const ObjectValueNode &>(node).fields)
            v.set(std::string(field->name->value), untyped(*field->value));
        return v;
    }
    default:
        return {};
    }
}

// The built-in scalars' and enums' parseLiteral(); Undefined where graphql-js throws.
JsValue parseLeaf(const ValueNode &node, const Type &type) {
    if (type.kind == TypeKind::Enum) {
        auto *e = nodeCast<EnumValueNode>(&node, Kind::EnumValue);
        return e && type.enumValue(e->value) ? JsValue::ofString(e->value) : JsValue{};
    }
    const std::string &name = type.name;
    if (name == "Int") {
        auto *i = nodeCast<IntValueNode>(&node, Kind::IntValue);
        if (!i)
            return {};
        const double n = parseNumber(i->value);
        return n > 2147483647.0 || n < -2147483648.0 ? JsValue{} : JsValue::ofNumber(n);
    }
    if (name == "Float") {
        if (node.kind != Kind::IntValue && node.kind != Kind::FloatValue)
            return {};
        return JsValue::ofNumber(parseNumber(numberText(node)));
    }
    if (name == "String") {
        auto *s = nodeCast<StringValueNode>(&node, Kind::StringValue);
        return s ? JsValue::ofString(s->value) : JsValue{};
    }
    if (name == "Boolean")
        return node.kind == Kind::BooleanValue ? untyped(node) : JsValue{};
    if (name == "ID") {
        if (auto *s = nodeCast<StringValueNode>(&node, Kind::StringValue))
            return JsValue::ofString(s->value);
        auto *i = nodeCast<IntValueNode>(&node, Kind::IntValue);
        return i ? JsValue::ofString(i->value) : JsValue{};
    }
    return untyped(node);
}

class Coercion {
public:
    explicit Coercion(const TypeLookup &lookup)
        : m_lookup(lookup) {}

    // graphql-js valueFromAST() without variables.
    JsValue fromAst(const ValueNode &node, const TypeRef &ref, std::size_t wrapper, int depth) const {
        if (depth > maxDepth)
            return {};
        if (wrapper < ref.wrappers.size() && ref.wrappers[wrapper] == TypeRef::Wrapper::NonNull) {
            if (node.kind == Kind::NullValue)
                return {};
            return fromAst(node, ref, wrapper + 1, depth);
        }
        if (node.kind == Kind::NullValue)
            return JsValue::of(JsValue::Kind::Null);
        if (wrapper < ref.wrappers.size()) { // a list
            JsValue list = JsValue::of(JsValue::Kind::Array);
            if (auto *values = nodeCast<ListValueNode>(&node, Kind::ListValue)) {
                for (const ValueNode *item : values->values) {
                    list.items.push_back(fromAst(*item, ref, wrapper + 1, depth + 1));
                    if (list.items.back().undefined())
                        return {};
                }
                return list;
            }
            list.items.push_back(fromAst(node, ref, wrapper + 1, depth + 1));
            return list.items.back().undefined() ? JsValue{} : list;
        }
        const Type *type = m_lookup(ref.name);
        if (!type || type->kind == TypeKind::Object || type->kind == TypeKind::Interface ||
            type->kind == TypeKind::Union)
            return {};
        if (type->kind == TypeKind::InputObject)
            return inputObject(node, *type, depth);
        return parseLeaf(node, *type);
    }

    JsValue fieldDefault(const InputValue &field, int depth) const {
        if (!field.defaultValue)
            return {};
        ValueParseResult parsed = parseConstValue(*field.defaultValue);
        if (!parsed.node)
            return {};
        return fromAst(*parsed.node, field.type, 0, depth + 1);
    }

    JsValue inputObject(const ValueNode &node, const Type &type, int depth) const {
        auto *object = nodeCast<ObjectValueNode>(&node, Kind::ObjectValue);
        if (!object)
            return {};
        JsValue result = JsValue::of(JsValue::Kind::Object);
        for (const InputValue &field : type.inputFields) {
            const ObjectFieldNode *given = nullptr;
            for (const ObjectFieldNode *f : object->fields) {
                if (f->name->value == field.name)
                    given = f; // the last one, like graphql-js keyMap()
            }
            if (!given) {
                JsValue fallback = fieldDefault(field, depth);
                if (!fallback.undefined())
                    result.set(field.name, std::move(fallback));
                else if (field.type.isNonNull())
                    return {};
                continue;
            }
            JsValue value = fromAst(*given->value, field.type, 0, depth + 1);
            if (value.undefined())
                return {};
            result.set(field.name, std::move(value));
        }
        if (type.isOneOf && (result.fields.size() != 1 || result.fields.front().second.kind == JsValue::Kind::Null))
            return {};
        return result;
    }

    // graphql-js print(astFromValue()); false where astFromValue returns null (nothing to print).
    bool print(std::string &out, const JsValue &value, const TypeRef &ref, std::size_t wrapper) const {
        if (wrapper < ref.wrappers.size() && ref.wrappers[wrapper] == TypeRef::Wrapper::NonNull) {
            if (value.kind == JsValue::Kind::Null)
                return false;
            return print(out, value, ref, wrapper + 1);
        }
        if (value.undefined())
            return false;
        if (value.kind == JsValue::Kind::Null) {
            out += "null";
            return true;
        }
        if (wrapper < ref.wrappers.size()) {
            if (value.kind != JsValue::Kind::Array)
                return print(out, value, ref, wrapper + 1);
            out += '[';
            bool first = true;
            for (const JsValue &item : value.items) {
                std::string text;
                if (!print(text, item, ref, wrapper + 1))
                    continue;
                out += first ? "" : ", ";
                out += text;
                first = false;
            }
            out += ']';
            return true;
        }
        const Type *type = m_lookup(ref.name);
        if (type && type->kind == TypeKind::InputObject)
            return printObject(out, value, *type);
        return printLeaf(out, value, type);
    }

private:
    bool printObject(std::string &out, const JsValue &value, const Type &type) const {
        if (value.kind != JsValue::Kind::Object)
            return false;
        out += '{';
        bool first = true;
        for (const InputValue &field : type.inputFields) {
            const JsValue *fieldValue = value.get(field.name);
            std::string text;
            if (!fieldValue || !print(text, *fieldValue, field.type, 0))
                continue;
            out += first ? "" : ", ";
            out += field.name + ": " + text;
            first = false;
        }
        out += '}';
        return true;
    }

    static bool printLeaf(std::string &out, const JsValue &value, const Type *type) {
        switch (value.kind) {
        case JsValue::Kind::Boolean:
            out += value.boolean ? "true" : "false";
            return true;
        case JsValue::Kind::Number:
            if (!std::isfinite(value.number))
                return false;
            out += javaScriptNumber(value.number);
            return true;
        case JsValue::Kind::String:
            if (type && type->kind == TypeKind::Enum) {
                out += value.string;
            } else if (type && type->name == "ID" && isIntegerText(value.string)) {
                out += value.string;
            } else {
                appendStringLiteral(out, value.string);
            }
            return true;
        case JsValue::Kind::Array:
        case JsValue::Kind::Object:
            // graphql-js throws "Cannot convert value to AST" (a custom scalar's list or object literal)
            // and cannot print the schema at all; keeping the literal serves the editor better.
            printUntyped(out, value);
            return true;
        default:
            return false;
        }
    }

    static void printUntyped(std::string &out, const JsValue &value) {
        switch (value.kind) {
        case JsValue::Kind::Array:
            out += '[';
            for (std::size_t i = 0; i < value.items.size(); ++i) {
                out += i ? ", " : "";
                printUntyped(out, value.items[i]);
            }
            out += ']';
            break;
        case JsValue::Kind::Object:
            out += '{';
            for (std::size_t i = 0; i < value.fields.size(); ++i) {
                out += i ? ", " : "";
                out += value.fields[i].first + ": ";
                printUntyped(out, value.fields[i].second);
            }
            out += '}';
            break;
        case JsValue::Kind::String:
            appendStringLiteral(out, value.string);
            break;
        case JsValue::Kind::Null:
            out += "null";
            break;
        default:
            printLeaf(out, value, nullptr);
            break;
        }
    }

    static bool isIntegerText(std::string_view s) {
        if (!s.empty() && s.front() == '-')
            s.remove_prefix(1);
        if (s.empty() || (s.size() > 1 && s.front() == '0'))
            return false;
        for (char c : s) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }

    const TypeLookup &m_lookup;
};

} // namespace

std::string javaScriptNumber(double value) {
    if (value == 0)
        return "0";
    char buffer[64];
    // The shortest round-trip digits, then JavaScript's Number::toString layout.
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    std::string sign;
    if (text.front() == '-') {
        sign = "-";
        text.remove_prefix(1);
    }
    const std::size_t e = text.find('e');
    std::string digits;
    for (char c : text.substr(0, e)) {
        if (c != '.')
            digits += c;
    }
    const int exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;
    if (k <= n && n <= 21)
        return sign + digits + std::string(static_cast<std::size_t>(n - k), '0');
    if (0 < n && n <= 21)
        return sign + digits.substr(0, static_cast<std::size_t>(n)) + "." + digits.substr(static_cast<std::size_t>(n));
    if (-6 < n && n <= 0)
        return sign + "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
    std::string mantissa = digits.substr(0, 1);
    if (k > 1)
        mantissa += "." + digits.substr(1);
    return sign + mantissa + "e" + (n - 1 >= 0 ? "+" : "-") + std::to_string(std::abs(n - 1));
}

std::optional<std::string> canonicalDefaultValue(std::string_view literal, const TypeRef &type,
                                                 const TypeLookup &lookup) {
    ValueParseResult parsed = parseConstValue(std::string(literal));
    if (!parsed.node)
        return std::string(literal);
    Coercion coercion(lookup);
    const JsValue value = coercion.fromAst(*parsed.node, type, 0, 0);
    if (value.undefined())
        return std::nullopt;
    std::string out;
    if (!coercion.print(out, value, type, 0))
        return std::nullopt;
    return out;
}

} // namespace altrata::graphql
