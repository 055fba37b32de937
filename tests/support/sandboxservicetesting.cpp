#include "sandboxservicetesting.h"

#include "graphql/executor.h"
#include "graphql/parser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

namespace altrata::test {

using sandbox::DatePrecision;
using sandbox::PartialDate;
using sandbox::RoleType;

namespace {

std::string numberedId(const char *prefix, std::size_t n) {
    std::string digits = std::to_string(n);
    return prefix + std::string(12 - digits.size(), '0') + digits;
}

sandbox::Organization organization(std::size_t n, std::string name, std::string city, std::string country,
                                   std::optional<std::string> website) {
    sandbox::Organization o;
    o.id = numberedId("org_", n);
    o.name = std::move(name);
    o.industry = "Industrials";
    o.type = "Public Company";
    o.city = std::move(city);
    o.country = std::move(country);
    o.website = std::move(website);
    return o;
}

sandbox::Person person(std::size_t n, std::string first, std::string last, std::string full) {
    sandbox::Person p;
    p.id = numberedId("per_", n);
    p.bxPersonId = "BX" + std::to_string(1000 + n);
    p.firstName = std::move(first);
    p.lastName = std::move(last);
    p.fullName = std::move(full);
    p.city = "London";
    p.country = "United Kingdom";
    return p;
}

PartialDate day(int y, int m, int d) {
    return {y, m, d, DatePrecision::Day};
}
PartialDate month(int y, int m) {
    return {y, m, 1, DatePrecision::Month};
}
PartialDate year(int y) {
    return {y, 1, 1, DatePrecision::Year};
}

struct RoleSpec {
    std::uint32_t person, organization;
    RoleType type;
    const char *title;
    std::optional<PartialDate> start, end;
};

std::vector<sandbox::Person> people() {
    std::vector<sandbox::Person> list{
        person(1, "Zoë", "Müller", "Zoë Müller"),          person(2, "José", "Álvarez", "José Álvarez"),
        person(3, "Amélie", "Dubois", "Amélie Dubois"),    person(4, "John", "Smith", "John Smith"),
        person(5, "John", "Smith", "John Smith"),          person(6, "太郎", "田中", "田中太郎"),
        person(7, "Priya", "Natarajan", "Priya Natarajan")};
    list[0].rsPersonId = "RS2001";
    list[0].workEmail = "zoe.muller@nordlicht-energie.de";
    list[0].linkedinProfile = "https://www.linkedin.com/in/zoe-muller";
    list[1].wxPersonId = "WX3002";
    return list;
}

std::vector<sandbox::Organization> organizations() {
    return {organization(1, "Nordlicht Energie AG", "Frankfurt", "Germany", "https://www.nordlicht-energie.de"),
            organization(2, "Société Générale des Eaux", "Paris", "France", "https://sge-eaux.fr"),
            organization(3, "Harbour Point Capital", "London", "United Kingdom", "https://harbourpoint.co.uk"),
            organization(4, "東京精密工業", "Tokyo", "Japan", std::nullopt),
            organization(5, "Acme Holdings", "New York", "United States", "https://acme-holdings.com"),
            organization(6, "Acme Holdings", "Toronto", "Canada", std::nullopt)};
}

// In start order per person and organization, as the Dataset expects.
const std::vector<RoleSpec> roleSpecs = {
    {0, 2, RoleType::Job, "Analyst", year(2008), month(2012, 9)},
    {5, 2, RoleType::Board, "Independent Director", year(2009), year(2013)},
    {3, 4, RoleType::Job, "General Counsel", month(2010, 5), month(2019, 4)},
    {5, 3, RoleType::Job, "President", day(2011, 4, 1), std::nullopt},
    {1, 0, RoleType::Job, "Chief Executive Officer", day(2012, 1, 15), day(2020, 6, 30)},
    {4, 5, RoleType::Job, "Treasurer", day(2014, 1, 6), std::nullopt},
    {0, 0, RoleType::Job, "Chief Financial Officer", day(2015, 3, 1), std::nullopt},
    {3, 0, RoleType::Board, "Non-Executive Director", month(2016, 1), std::nullopt},
    {2, 1, RoleType::Job, "Chief Operating Officer", day(2016, 2, 1), std::nullopt},
    {0, 1, RoleType::Board, "Non-Executive Director", month(2018, 6), std::nullopt},
    {2, 3, RoleType::Committee, "Member, Audit Committee", year(2019), std::nullopt},
    {1, 2, RoleType::Board, "Chair", month(2020, 9), std::nullopt},
};

} // namespace

std::shared_ptr<const sandbox::Dataset> makeServiceTestDataset() {
    auto persons = people();
    auto orgs = organizations();
    std::vector<sandbox::Role> roles;
    for (const RoleSpec &spec : roleSpecs) {
        sandbox::Role role;
        role.id = numberedId("rol_", roles.size() + 1);
        role.person = spec.person;
        role.organization = spec.organization;
        role.type = spec.type;
        role.title = spec.title;
        role.start = spec.start;
        role.end = spec.end;
        role.current = !spec.end;
        if (spec.type == RoleType::Committee)
            role.committeeName = "Audit Committee";
        const auto index = static_cast<std::uint32_t>(roles.size());
        persons[spec.person].roles.push_back(index);
        orgs[spec.organization].roles.push_back(index);
        roles.push_back(std::move(role));
    }
    return std::make_shared<const sandbox::Dataset>(std::move(persons), std::move(orgs), std::move(roles));
}

std::string runOperation(sandbox::SandboxService &service, const std::string &query, const std::string &variables) {
    graphql::ParseResult parsed = graphql::parse(query);
    if (!parsed.errors.empty())
        return "parse error: " + parsed.errors.front().message;
    graphql::ExecutionOptions options;
    bool ok = false;
    const graphql::Value vars = graphql::Value::fromJson(variables, &ok);
    if (ok && vars.object)
        options.variables = *vars.object;
    service.prepare(options);
    return graphql::execute(service.schema(), parsed.document, options);
}

static QByteArray readResource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string runExample(sandbox::SandboxService &service, const QString &name) {
    const QString base = QStringLiteral(":/examples/%1/%2").arg(service.name(), name);
    const QByteArray query = readResource(base + QStringLiteral(".graphql"));
    if (query.isEmpty())
        return {};
    const QByteArray variables = readResource(base + QStringLiteral(".json"));
    return runOperation(service, query.toStdString(), variables.isEmpty() ? "{}" : variables.toStdString());
}

QStringList exampleNames(const QString &service) {
    QStringList names;
    const QStringList files =
        QDir(QStringLiteral(":/examples/") + service).entryList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(8));
    return names;
}

QString compareWithExpectation(const QString &expectationDir, const QString &name, const std::string &actual) {
    const QString path = expectationDir + QLatin1Char('/') + name + QStringLiteral(".json");
    const QJsonDocument actualJson = QJsonDocument::fromJson(QByteArray::fromStdString(actual));
    if (actualJson.isNull())
        return QStringLiteral("the response is not JSON: ") + QString::fromStdString(actual);
    if (qEnvironmentVariableIsSet("ALTRATA_UPDATE_EXPECTATIONS")) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(actualJson.toJson(QJsonDocument::Indented)) < 0)
            return QStringLiteral("cannot write ") + path;
        // A rewritten expectation proves nothing: review its diff, then run again without the variable.
        return QStringLiteral("expectation rewritten: ") + path;
    }
    const QJsonDocument expected = QJsonDocument::fromJson(readResource(path));
    if (expected.isNull())
        return QStringLiteral("no stored expectation ") + path;
    if (expected != actualJson)
        return QStringLiteral("differs from %1; got\n%2").arg(path, QString::fromUtf8(actualJson.toJson()));
    return {};
}

} // namespace altrata::test
