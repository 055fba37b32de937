#pragma once

#include "sandbox/dataset.h"
#include "sandbox/sandboxservice.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>

// Helpers for the tests of the sandbox's GraphQL services: a small hand-made dataset whose every
// person, organization and role is known, and running operations (or the shipped examples) through
// graphql::parse + graphql::execute the way the sandbox server does.
namespace altrata::test {

// Seven people (accents, a Japanese name, two "John Smith"s, one person without roles), six
// organizations (two named "Acme Holdings") and twelve roles with day, month and year precision.
// Ids are "per_00000000000N", "org_00000000000N", "rol_00000000000N" (N from 1).
std::shared_ptr<const sandbox::Dataset> makeServiceTestDataset();

// Executes `query` with JSON `variables` against `service`; the response JSON.
std::string runOperation(sandbox::SandboxService &service, const std::string &query,
                         const std::string &variables = "{}");

// Runs the shipped example :/examples/<service>/<name>.graphql with its sibling <name>.json
// variables (when present). Fails the current test (QVERIFY semantics: returns empty) when missing.
std::string runExample(sandbox::SandboxService &service, const QString &name);

// The example names of a service (file base names, sorted).
QStringList exampleNames(const QString &service);

// Compares `actual` with the stored expectation tests/unit/data/sandbox/<service>/<name>.json (both
// re-serialized compactly). With ALTRATA_UPDATE_EXPECTATIONS set the expectation is (re)written instead,
// for review in the diff, and reported as a mismatch. Returns an explanation of a mismatch, empty when equal.
QString compareWithExpectation(const QString &expectationDir, const QString &name, const std::string &actual);

} // namespace altrata::test
