#pragma once

#include <QString>
#include <QtGlobal>

// Everything that can be set on the built-in sandbox (CLI flags, the GUI, tests).
namespace altrata::sandbox {

// The demo credentials. They are public on purpose (README, CLI output, the app), so they are plain
// strings; what clients *send* is still never logged.
struct SandboxCredentials {
    QString apiKey = QStringLiteral("sandbox-api-key");
    QString username = QStringLiteral("demo");
    QString password = QStringLiteral("demo-password");
};

// Faults for demos and tests, all off by default.
struct FaultInjection {
    int latencyMs = 0;         // added before every answer
    double failureRate = 0;    // 0..1: share of GraphQL requests answered with a 5xx
    int throttlePerSecond = 0; // > 0: requests beyond this many per second get 429 + Retry-After
};

// Size of the generated data. Defaults: tens of thousands of people, thousands of organizations.
struct DatasetOptions {
    quint64 seed = 1;
    int people = 30000;
    int organizations = 3000;
};

struct SandboxConfig {
    quint16 port = 0; // 0: chosen by the OS
    SandboxCredentials credentials;
    qint64 tokenTtlSeconds = 28800;
    DatasetOptions dataset;
    FaultInjection faults;
};

} // namespace altrata::sandbox
