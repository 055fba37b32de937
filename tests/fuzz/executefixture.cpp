#include "executefixture.h"

#include "graphql/buildschema.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

namespace altrata::graphql::fuzz {

namespace {

const char *const fixtureSdl = R"(
"A point in time: a string or an object, serialized as given"
scalar DateTime @specifiedBy(url: "https://example.com/datetime")
enum Color { RED GREEN BLUE @deprecated(reason: "too cold") }
interface Node { id: ID! }
interface Named { name: String }
type Person implements Node & Named {
  id: ID!
  name: String
  color: Color
  born: DateTime
  best: Person
  friends(first: Int = 2): [Person!]
  pets: [Pet]
}
type Pet implements Node & Named { id: ID! name: String owner: Person kind: Color }
type Item { id: ID! name: String! score: Float tags: [String!]! owner: Person }
union SearchResult = Person | Pet
input Range { from: Int = 0, to: Int = 10 }
input Filter { color: Color = RED, names: [String!], range: Range = {from: 1}, nested: [[Int!]], self: Filter, at: DateTime }
type Query {
  me: Person!
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
  named: [Named!]!
  search(text: String = "", filter: Filter): [SearchResult!]
  items(first: Int = 10): [Item!]!
  numbers(failAt: Int): [Int]
  matrix: [[Int!]]!
  colors: [Color!]
  badColors: [Color!]
  echo(filter: Filter, color: Color = BLUE, at: DateTime, list: [[String]], ranges: [Range!]): String
  fail(code: String): String
  failNonNull: String!
  crash: Int
  big: Int
  float: Float
  anything: DateTime
}
type Mutation {
  addPerson(name: String!, color: Color = GREEN): Person!
  setScore(id: ID!, score: Float!): Item
  failMutation: Int!
}
)";

// The data behind the fields that have no resolver of their own (default property lookup).
const char *const fixtureRoot = R"({
  "matrix": [[1, 2], [3, null], [], [4.5], [3000000000], "not a list", null],
  "colors": ["RED", "BLUE"],
  "badColors": ["GREEN", "PURPLE"],
  "big": 3000000000,
  "float": "1.5",
  "anything": {"at": "2026-11-28", "parts": [2026, 11, 28.5, true, null, "\u00e9\ud83d\ude00"]}
})";

Value person(std::int64_t n, std::string name = {}) {
    if (name.empty())
        name = "Person " + std::to_string(n);
    return Value::fromObject({{"__typename", Value::fromString("Person")},
                              {"id", Value::fromString("p" + std::to_string(n))},
                              {"name", Value::fromString(std::move(name))},
                              {"n", Value::fromInt(n)}});
}

Value pet(std::int64_t n) {
    return Value::fromObject({{"__typename", Value::fromString("Pet")},
                              {"id", Value::fromString("pet" + std::to_string(n))},
                              {"name", n % 3 ? Value::fromString("Pet " + std::to_string(n)) : Value::null()},
                              {"kind", Value::fromString(n % 2 ? "CAT" : "DOG")}, // not Color values: errors
                              {"n", Value::fromInt(n)}});
}

Value item(std::int64_t i) {
    return Value::fromObject({{"id", Value::fromInt(i)},
                              {"name", i == 13 ? Value::null() : Value::fromString("item " + std::to_string(i))},
                              {"score", Value::fromFloat(double(i) * 1.5)},
                              {"tags", Value::fromList({Value::fromString("t"), Value::fromString(std::to_string(i))})},
                              {"n", Value::fromInt(i)}});
}

std::int64_t numberOf(const Value &parent) {
    const Value *n = parent.get("n");
    return n && n->kind == Value::Kind::Int ? n->integer : 0;
}

std::int64_t intArg(const ValueObject &args, std::string_view name, std::int64_t fallback) {
    for (const auto &[key, value] : args)
        if (key == name && value.kind == Value::Kind::Int)
            return value.integer;
    return fallback;
}

const Value *arg(const ValueObject &args, std::string_view name) {
    for (const auto &[key, value] : args)
        if (key == name)
            return &value;
    return nullptr;
}

// "p3" -> Person 3, "pet4" -> Pet 4, "x" -> an object of a type the schema lacks, "i" -> an Item
// (not a Node), anything else -> null.
Value nodeById(const std::string &id) {
    const auto number = [&](std::size_t from) {
        std::int64_t n = 0;
        for (std::size_t i = from; i < id.size() && i < from + 6; ++i)
            n = n * 10 + ((id[i] >= '0' && id[i] <= '9') ? id[i] - '0' : 0);
        return n;
    };
    if (id.rfind("pet", 0) == 0)
        return pet(number(3));
    if (id.rfind("p", 0) == 0)
        return person(number(1));
    if (id == "x")
        return Value::fromObject({{"__typename", Value::fromString("Robot")}});
    if (id == "i")
        return Value::fromObject({{"__typename", Value::fromString("Item")}, {"id", Value::fromInt(1)}});
    return {};
}

// A generator over [0, count) that throws FieldError when it reaches `failAt`.
Value counting(std::int64_t count, std::int64_t failAt, Value (*make)(std::int64_t)) {
    auto next = std::make_shared<std::int64_t>(0);
    return Value::fromGenerator([next, count, failAt, make](Value &out) {
        if (*next >= count)
            return false;
        if (*next == failAt)
            throw FieldError("stream failed at " + std::to_string(*next), "STREAM");
        out = make((*next)++);
        return true;
    });
}

using Resolvers = std::unordered_map<std::string, Resolver>;

void addQueryResolvers(Resolvers &r) {
    r["Query.me"] = [](const Value &, const ValueObject &, const ResolveInfo &) { return person(1); };
    r["Query.node"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        const Value *id = arg(args, "id");
        return id ? nodeById(id->string) : Value();
    };
    r["Query.nodes"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        const Value *ids = arg(args, "ids");
        if (!ids || !ids->list || ids->list->size() > 20)
            throw FieldError("Give at most 20 ids.", "BAD_USER_INPUT");
        ValueList nodes;
        for (const Value &id : *ids->list)
            nodes.push_back(nodeById(id.string));
        return Value::fromList(std::move(nodes));
    };
    r["Query.named"] = [](const Value &, const ValueObject &, const ResolveInfo &) {
        return Value::fromList({person(2), pet(3)});
    };
    r["Query.search"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        const Value *text = arg(args, "text");
        ValueList found{person(1), pet(2), person(3)};
        if (text && text->string == "bad")
            found.push_back(Value::fromObject({{"name", Value::fromString("no __typename")}}));
        if (text && text->string == "wrong")
            found.push_back(Value::fromObject({{"__typename", Value::fromString("Item")}}));
        if (text && text->string == "stream")
            return counting(4, -1, [](std::int64_t i) { return i % 2 ? pet(i) : person(i); });
        return Value::fromList(std::move(found));
    };
    r["Query.items"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        const std::int64_t first = intArg(args, "first", 10);
        if (first < 0)
            throw FieldError("first must not be negative", "BAD_USER_INPUT");
        return counting(std::min<std::int64_t>(first, 50), -1, &item);
    };
    r["Query.echo"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        return Value::fromString(Value::fromObject(args).toJson());
    };
}

// Fields that fail: from the resolver (FieldError with a code, a plain exception) or from a stream.
void addFailingResolvers(Resolvers &r) {
    r["Query.numbers"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        return counting(5, intArg(args, "failAt", -1), [](std::int64_t i) { return Value::fromInt(i * i); });
    };
    r["Query.fail"] = [](const Value &, const ValueObject &args, const ResolveInfo &) -> Value {
        const Value *code = arg(args, "code");
        throw FieldError("failed on purpose", code ? code->string : std::string());
    };
    r["Query.failNonNull"] = [](const Value &, const ValueObject &, const ResolveInfo &) -> Value {
        throw FieldError("non-null field failed");
    };
    r["Query.crash"] = [](const Value &, const ValueObject &, const ResolveInfo &) -> Value {
        throw std::runtime_error("a resolver bug"); // not a FieldError: still a field error
    };
}

void addObjectResolvers(Resolvers &r) {
    r["Person.best"] = [](const Value &parent, const ValueObject &, const ResolveInfo &) {
        return person(numberOf(parent) + 1);
    };
    r["Person.friends"] = [](const Value &parent, const ValueObject &args, const ResolveInfo &info) {
        const std::int64_t first = std::clamp<std::int64_t>(intArg(args, "first", 2), 0, 3);
        const std::int64_t base = (numberOf(parent) % 1000) * 3;
        auto next = std::make_shared<std::int64_t>(0);
        const std::int64_t count = info.path.size() > 24 ? 0 : first; // recursion ends with the path
        return Value::fromGenerator([next, count, base](Value &out) {
            if (*next >= count)
                return false;
            out = person(base + (*next)++);
            return true;
        });
    };
    r["Person.color"] = [](const Value &parent, const ValueObject &, const ResolveInfo &) {
        static const char *const colors[] = {"RED", "GREEN", "BLUE", "PURPLE"};
        return Value::fromEnum(colors[numberOf(parent) % 4]);
    };
    r["Person.born"] = [](const Value &parent, const ValueObject &, const ResolveInfo &) {
        const std::int64_t n = numberOf(parent);
        if (n % 2)
            return Value::fromString("2020-01-0" + std::to_string(n % 10));
        return Value::fromObject({{"epoch", Value::fromInt(n)}, {"tz", Value::fromList({Value::fromString("UTC")})}});
    };
    r["Person.pets"] = [](const Value &parent, const ValueObject &, const ResolveInfo &) {
        return Value::fromList({pet(numberOf(parent)), Value::null()});
    };
    r["Pet.owner"] = [](const Value &parent, const ValueObject &, const ResolveInfo &) {
        return person(numberOf(parent));
    };
    r["Item.owner"] = [](const Value &parent, const ValueObject &, const ResolveInfo &) {
        return person(numberOf(parent) % 5);
    };
}

void addMutationResolvers(Resolvers &r, const std::shared_ptr<std::size_t> &budget) {
    // The id shows the order the mutations ran in (serially, in selection order).
    r["Mutation.addPerson"] = [budget](const Value &, const ValueObject &args, const ResolveInfo &) {
        const Value *name = arg(args, "name");
        return person(100 + std::int64_t(*budget), name ? name->string : std::string());
    };
    r["Mutation.setScore"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        const Value *id = arg(args, "id");
        const Value *score = arg(args, "score");
        return Value::fromObject({{"id", id ? *id : Value()},
                                  {"name", Value::fromString("scored")},
                                  {"score", score ? *score : Value()},
                                  {"tags", Value::fromList({})}});
    };
    r["Mutation.failMutation"] = [](const Value &, const ValueObject &, const ResolveInfo &) -> Value {
        throw FieldError("mutation refused", "FORBIDDEN");
    };
}

// Every field of the fixture's object types runs through a resolver that counts against `budget`;
// fields without their own resolver look the property up as the executor would.
void addBudget(Resolvers &r, const Schema &schema, const std::shared_ptr<std::size_t> &budget) {
    for (const Type &type : schema.types()) {
        if (type.kind != TypeKind::Object || type.isIntrospectionType())
            continue;
        for (const Field &field : type.fields) {
            Resolver &slot = r[type.name + '.' + field.name];
            Resolver inner =
                slot ? std::move(slot)
                     : Resolver([name = field.name](const Value &parent, const ValueObject &, const ResolveInfo &) {
                           const Value *property = parent.get(name);
                           return property ? *property : Value();
                       });
            slot = [inner = std::move(inner), budget](const Value &parent, const ValueObject &args,
                                                      const ResolveInfo &info) {
                if (++*budget > resolverBudget)
                    throw FieldError("budget exhausted", "BUDGET");
                return inner(parent, args, info);
            };
        }
    }
}

} // namespace

ExecutionOptions ExecuteFixture::options(std::shared_ptr<std::size_t> budget) const {
    ExecutionOptions options;
    options.rootValue = Value::fromJson(fixtureRoot);
    addQueryResolvers(options.resolvers);
    addFailingResolvers(options.resolvers);
    addObjectResolvers(options.resolvers);
    addMutationResolvers(options.resolvers, budget);
    addBudget(options.resolvers, schema, budget);
    // A Pet whose number is 7 claims to be an Item: not a possible type of Node/Named/SearchResult.
    options.resolveType = [](const Value &value, const Type &) -> std::string {
        const Value *typeName = value.get("__typename");
        return typeName && typeName->string == "Pet" && numberOf(value) == 7 ? "Item" : std::string();
    };
    return options;
}

const ExecuteFixture &executeFixture() {
    static const ExecuteFixture fixture{buildSchema(fixtureSdl).schema};
    return fixture;
}

} // namespace altrata::graphql::fuzz
