#include "printschema.h"

#include "literalprinter.h"

namespace altrata::graphql {

bool isPrintableAsBlockString(std::string_view value) noexcept {
    if (value.empty())
        return true;
    bool isEmptyLine = true;
    bool hasIndent = false;
    bool hasCommonIndent = true;
    bool seenNonEmptyLine = false;
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        // graphql-js refuses only these control characters (not 0x10..0x1F) and \r.
        if (c <= 0x08 || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x0E || c == 0x0F)
            return false;
        if (c == '\n') {
            if (isEmptyLine && !seenNonEmptyLine)
                return false; // a leading line break would be lost
            seenNonEmptyLine = true;
            isEmptyLine = true;
            hasIndent = false;
        } else if (c == ' ' || c == '\t') {
            hasIndent = hasIndent || isEmptyLine;
        } else {
            hasCommonIndent = hasCommonIndent && hasIndent;
            isEmptyLine = false;
        }
    }
    if (isEmptyLine)
        return false;                              // trailing blank lines would be lost
    return !(hasCommonIndent && seenNonEmptyLine); // common indentation would be stripped
}

namespace {

void appendDescription(std::string &out, const std::optional<std::string> &description, std::string_view indentation,
                       bool firstInBlock) {
    if (!description)
        return;
    if (!indentation.empty() && !firstInBlock)
        out += '\n';
    out += indentation;
    if (isPrintableAsBlockString(*description)) {
        appendBlockStringLiteral(out, *description, indentation.size(), false);
    } else {
        // A quoted string has no raw line breaks: nothing to indent.
        appendStringLiteral(out, *description);
    }
    out += '\n';
}

void appendDeprecated(std::string &out, const std::optional<std::string> &reason) {
    if (!reason)
        return;
    if (*reason == defaultDeprecationReason) {
        out += " @deprecated";
        return;
    }
    out += " @deprecated(reason: ";
    appendStringLiteral(out, *reason);
    out += ')';
}

void appendInputValue(std::string &out, const InputValue &value) {
    out += value.name;
    out += ": ";
    value.type.appendTo(out);
    if (value.defaultValue) {
        out += " = ";
        out += *value.defaultValue;
    }
    appendDeprecated(out, value.deprecationReason);
}

void appendArgs(std::string &out, const std::vector<InputValue> &args, std::string_view indentation) {
    if (args.empty())
        return;
    bool anyDescription = false;
    for (const InputValue &arg : args)
        anyDescription = anyDescription || arg.description.has_value();
    if (!anyDescription) {
        out += '(';
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (i)
                out += ", ";
            appendInputValue(out, args[i]);
        }
        out += ')';
        return;
    }
    const std::string inner = "  " + std::string(indentation);
    out += "(\n";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i)
            out += '\n';
        appendDescription(out, args[i].description, inner, i == 0);
        out += inner;
        appendInputValue(out, args[i]);
    }
    out += '\n';
    out += indentation;
    out += ')';
}

// printBlock(): ` {\n` items `\n}`, nothing for no items. `item(i)` appends one item.
template<class F> void appendBlock(std::string &out, std::size_t count, F &&item) {
    if (count == 0)
        return;
    out += " {\n";
    for (std::size_t i = 0; i < count; ++i) {
        if (i)
            out += '\n';
        item(i);
    }
    out += "\n}";
}

void appendFields(std::string &out, const std::vector<Field> &fields) {
    appendBlock(out, fields.size(), [&](std::size_t i) {
        const Field &f = fields[i];
        appendDescription(out, f.description, "  ", i == 0);
        out += "  ";
        out += f.name;
        appendArgs(out, f.args, "  ");
        out += ": ";
        f.type.appendTo(out);
        appendDeprecated(out, f.deprecationReason);
    });
}

void appendInterfaces(std::string &out, const std::vector<std::string> &interfaces) {
    for (std::size_t i = 0; i < interfaces.size(); ++i) {
        out += i == 0 ? " implements " : " & ";
        out += interfaces[i];
    }
}

void appendTypeBody(std::string &out, const Type &type) {
    switch (type.kind) {
    case TypeKind::Scalar:
        out += "scalar " + type.name;
        if (type.specifiedByURL) {
            out += " @specifiedBy(url: ";
            appendStringLiteral(out, *type.specifiedByURL);
            out += ')';
        }
        break;
    case TypeKind::Object:
    case TypeKind::Interface:
        out += type.kind == TypeKind::Object ? "type " : "interface ";
        out += type.name;
        appendInterfaces(out, type.interfaces);
        appendFields(out, type.fields);
        break;
    case TypeKind::Union:
        out += "union " + type.name;
        for (std::size_t i = 0; i < type.unionMembers.size(); ++i) {
            out += i == 0 ? " = " : " | ";
            out += type.unionMembers[i];
        }
        break;
    case TypeKind::Enum:
        out += "enum " + type.name;
        appendBlock(out, type.enumValues.size(), [&](std::size_t i) {
            appendDescription(out, type.enumValues[i].description, "  ", i == 0);
            out += "  " + type.enumValues[i].name;
            appendDeprecated(out, type.enumValues[i].deprecationReason);
        });
        break;
    case TypeKind::InputObject:
        out += "input " + type.name;
        if (type.isOneOf)
            out += " @oneOf";
        appendBlock(out, type.inputFields.size(), [&](std::size_t i) {
            appendDescription(out, type.inputFields[i].description, "  ", i == 0);
            out += "  ";
            appendInputValue(out, type.inputFields[i]);
        });
        break;
    }
}

void appendType(std::string &out, const Type &type) {
    appendDescription(out, type.description, "", true);
    appendTypeBody(out, type);
}

void appendDirective(std::string &out, const Directive &directive) {
    appendDescription(out, directive.description, "", true);
    out += "directive @" + directive.name;
    appendArgs(out, directive.args, "");
    if (directive.isRepeatable)
        out += " repeatable";
    out += " on ";
    for (std::size_t i = 0; i < directive.locations.size(); ++i) {
        if (i)
            out += " | ";
        out += directive.locations[i];
    }
}

bool hasCommonRootNames(const Schema &schema) {
    auto fits = [](const std::string &name, std::string_view common) { return name.empty() || name == common; };
    return fits(schema.queryTypeName(), "Query") && fits(schema.mutationTypeName(), "Mutation") &&
           fits(schema.subscriptionTypeName(), "Subscription");
}

void appendSchemaDefinition(std::string &out, const Schema &schema) {
    appendDescription(out, schema.description(), "", true);
    out += "schema {\n";
    std::string_view separator;
    auto root = [&](const Type *type, std::string_view operation) {
        if (!type)
            return;
        out += separator;
        out += "  ";
        out += operation;
        out += ": " + type->name;
        separator = "\n";
    };
    root(schema.queryType(), "query");
    root(schema.mutationType(), "mutation");
    root(schema.subscriptionType(), "subscription");
    out += "\n}";
}

template<class DirectiveFilter, class TypeFilter>
std::string printFiltered(const Schema &schema, DirectiveFilter &&directiveFilter, TypeFilter &&typeFilter,
                          bool withSchemaDefinition) {
    std::string out;
    auto separate = [&out] {
        if (!out.empty())
            out += "\n\n";
    };
    if (withSchemaDefinition && (schema.description() || !hasCommonRootNames(schema)))
        appendSchemaDefinition(out, schema);
    for (const Directive &d : schema.directives()) {
        if (directiveFilter(d)) {
            separate();
            appendDirective(out, d);
        }
    }
    for (const Type &t : schema.types()) {
        if (typeFilter(t)) {
            separate();
            appendType(out, t);
        }
    }
    return out;
}

} // namespace

std::string printSchema(const Schema &schema) {
    return printFiltered(
        schema, [](const Directive &d) { return !d.isSpecified(); },
        [](const Type &t) { return !t.isBuiltInScalar() && !t.isIntrospectionType(); }, true);
}

std::string printIntrospectionSchema(const Schema &schema) {
    return printFiltered(
        schema, [](const Directive &d) { return d.isSpecified(); },
        [](const Type &t) { return t.isIntrospectionType(); }, false);
}

std::string printType(const Type &type) {
    std::string out;
    appendType(out, type);
    return out;
}

std::string printDirective(const Directive &directive) {
    std::string out;
    appendDirective(out, directive);
    return out;
}

} // namespace altrata::graphql
