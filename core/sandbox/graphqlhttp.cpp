#include "graphqlhttp.h"

#include "graphql/jsonwriter.h"
#include "graphql/parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUrl>

#include <exception>

namespace altrata::sandbox::graphqlhttp {

namespace {

using graphql::Value;

// One media range of an Accept header: its q and how specifically it names `type` (0: no match,
// 1: */*, 2: application/*, 3: exact).
struct RangeMatch {
    double q = 0;
    int specificity = 0;
};

RangeMatch bestMatch(const QByteArray &acceptHeader, const QByteArray &type) {
    RangeMatch best;
    for (const QByteArray &range : acceptHeader.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray name = parts.first().trimmed().toLower();
        const int specificity = name == type ? 3 : name == "application/*" ? 2 : name == "*/*" ? 1 : 0;
        if (specificity == 0 || specificity < best.specificity)
            continue;
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q="))
                q = parameter.mid(2).toDouble();
        }
        best = {q, specificity}; // the most specific range decides, as RFC 9110 says
    }
    return best;
}

QByteArray formDecode(QByteArray component) {
    component.replace('+', ' '); // URLSearchParams and HTML forms encode a space as '+'
    return QByteArray::fromPercentEncoding(component);
}

ParamsOrAnswer badRequest(const QString &message, MediaType mediaType) {
    return requestError(400, message, mediaType);
}

// Checks the parameters of a request (already JSON) and takes what execution needs.
ParamsOrAnswer paramsFromValue(const Value &request, MediaType mediaType) {
    if (request.kind != Value::Kind::Object)
        return badRequest(QStringLiteral("The request body must be a JSON object."), mediaType);
    const Value *query = request.get("query");
    if (!query || query->isNull())
        return badRequest(QStringLiteral("The request has no \"query\" parameter."), mediaType);
    if (query->kind != Value::Kind::String)
        return badRequest(QStringLiteral("The \"query\" parameter must be a string."), mediaType);
    Params params{query->string, {}, {}};
    if (const Value *name = request.get("operationName"); name && !name->isNull()) {
        if (name->kind != Value::Kind::String)
            return badRequest(QStringLiteral("The \"operationName\" parameter must be a string."), mediaType);
        params.operationName = name->string;
    }
    if (const Value *variables = request.get("variables"); variables && !variables->isNull()) {
        if (variables->kind != Value::Kind::Object)
            return badRequest(QStringLiteral("The \"variables\" parameter must be an object."), mediaType);
        params.variables = *variables->object;
    }
    if (const Value *extensions = request.get("extensions"); extensions && !extensions->isNull()) {
        if (extensions->kind != Value::Kind::Object)
            return badRequest(QStringLiteral("The \"extensions\" parameter must be an object."), mediaType);
    }
    return params;
}

// A GET parameter holding JSON text ("variables", "extensions"): decoded, or a null Value when absent.
std::optional<Value> jsonParameter(const QByteArray &text) {
    if (text.isEmpty())
        return Value::null();
    bool ok = false;
    Value value = Value::fromJson(text.toStdString(), &ok);
    return ok ? std::optional<Value>(std::move(value)) : std::nullopt;
}

std::string syntaxErrorJson(const graphql::SyntaxError &error) {
    std::string out = "{\"errors\":[{\"message\":";
    graphql::appendJsonString(out, error.message);
    out += ",\"locations\":[{\"line\":" + std::to_string(error.location.line) +
           ",\"column\":" + std::to_string(error.location.column) + "}]}]}";
    return out;
}

// The operation execution will run, when it can be told from the document alone.
const graphql::OperationDefinitionNode *selectedOperation(const graphql::Document &document,
                                                          const std::string &operationName) {
    const graphql::OperationDefinitionNode *found = nullptr;
    for (const auto *definition : document.definitions()) {
        const auto *operation =
            graphql::nodeCast<graphql::OperationDefinitionNode>(definition, graphql::Kind::OperationDefinition);
        if (!operation)
            continue;
        if (operationName.empty() && found)
            return nullptr; // ambiguous: execution reports it
        if (operationName.empty() || (operation->name && operation->name->value == operationName))
            found = operation;
    }
    return found;
}

HttpAnswer graphqlAnswer(int status, std::string json, MediaType mediaType) {
    HttpAnswer answer;
    answer.status = status;
    answer.contentType = contentTypeOf(mediaType);
    answer.body = QByteArray::fromStdString(json);
    return answer;
}

} // namespace

QByteArray contentTypeOf(MediaType mediaType) {
    return mediaType == MediaType::GraphQLResponseJson
               ? QByteArrayLiteral("application/graphql-response+json; charset=utf-8")
               : QByteArrayLiteral("application/json; charset=utf-8");
}

std::optional<MediaType> negotiate(const QByteArray &acceptHeader) {
    if (acceptHeader.trimmed().isEmpty())
        return MediaType::Json;
    const RangeMatch modern = bestMatch(acceptHeader, "application/graphql-response+json");
    const RangeMatch legacy = bestMatch(acceptHeader, "application/json");
    if (modern.q <= 0 && legacy.q <= 0)
        return std::nullopt;
    if (modern.q != legacy.q)
        return modern.q > legacy.q ? MediaType::GraphQLResponseJson : MediaType::Json;
    if (modern.specificity != legacy.specificity)
        return modern.specificity > legacy.specificity ? MediaType::GraphQLResponseJson : MediaType::Json;
    // Both named explicitly: the spec prefers the new type. Both only by wildcard: a client that did not
    // say what it wants is most likely a legacy one, so plain JSON.
    return modern.specificity == 3 ? MediaType::GraphQLResponseJson : MediaType::Json;
}

ParamsOrAnswer paramsFromPost(const QByteArray &contentType, const QByteArray &body, MediaType mediaType) {
    const QList<QByteArray> parts = contentType.split(';');
    const QByteArray type = parts.first().trimmed().toLower();
    if (type != "application/json") {
        return requestError(415, QStringLiteral("Send the request as Content-Type application/json."), mediaType);
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.startsWith("charset=") && parameter != "charset=utf-8" && parameter != "charset=\"utf-8\"")
            return requestError(415, QStringLiteral("Only the utf-8 charset is supported."), mediaType);
    }
    if (body.trimmed().isEmpty())
        return badRequest(QStringLiteral("The request body is empty; send a JSON object with a \"query\"."), mediaType);
    bool ok = false;
    const Value request = Value::fromJson(body.toStdString(), &ok);
    if (!ok)
        return badRequest(QStringLiteral("The request body is not valid JSON."), mediaType);
    return paramsFromValue(request, mediaType);
}

ParamsOrAnswer paramsFromGet(const QByteArray &encodedQuery, MediaType mediaType) {
    graphql::ValueObject fields;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = formDecode(equals < 0 ? pair : pair.left(equals));
        const QByteArray value = equals < 0 ? QByteArray() : formDecode(pair.mid(equals + 1));
        if (key == "query" || key == "operationName") {
            fields.emplace_back(key.toStdString(), Value::fromString(value.toStdString()));
        } else if (key == "variables" || key == "extensions") {
            std::optional<Value> decoded = jsonParameter(value);
            if (!decoded)
                return badRequest(QStringLiteral("The \"%1\" parameter is not valid JSON.").arg(QString::fromUtf8(key)),
                                  mediaType);
            fields.emplace_back(key.toStdString(), std::move(*decoded));
        }
    }
    return paramsFromValue(Value::fromObject(std::move(fields)), mediaType);
}

HttpAnswer requestError(int status, const QString &message, MediaType mediaType) {
    const QJsonObject error{{QStringLiteral("message"), message}};
    const QJsonObject body{{QStringLiteral("errors"), QJsonArray{error}}};
    return graphqlAnswer(status, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), mediaType);
}

HttpAnswer execute(SandboxService &service, const Params &params, MediaType mediaType, bool viaGet) {
    // A request error has no "data": the new media type says so with 400, plain JSON keeps 200.
    const int requestErrorStatus = mediaType == MediaType::GraphQLResponseJson ? 400 : 200;
    graphql::ParseOptions parseOptions;
    parseOptions.recover = false; // one error, exactly graphql-js's
    const graphql::ParseResult parsed = graphql::parse(params.query, parseOptions);
    if (!parsed.ok())
        return graphqlAnswer(requestErrorStatus, syntaxErrorJson(parsed.errors.front()), mediaType);
    if (viaGet) {
        const auto *operation = selectedOperation(parsed.document, params.operationName);
        if (operation && operation->operation != graphql::OperationType::Query) {
            return requestError(405, QStringLiteral("Only queries can be sent with GET; send mutations with POST."),
                                mediaType)
                .withHeader("Allow", "POST");
        }
    }
    graphql::ExecutionOptions options;
    try {
        service.prepare(options);
        options.operationName = params.operationName;
        options.variables = params.variables;
        std::string result = graphql::execute(service.schema(), parsed.document, options);
        // execute() writes "data" last and only as null or an object, so a result without it ends in "]}".
        const bool hasData = !result.ends_with("]}");
        return graphqlAnswer(hasData ? 200 : requestErrorStatus, std::move(result), mediaType);
    } catch (const std::exception &) {
        return requestError(500, QStringLiteral("The sandbox failed while executing the operation."), mediaType);
    }
}

} // namespace altrata::sandbox::graphqlhttp
