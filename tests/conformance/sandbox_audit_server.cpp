// Serves SandboxServer with the small test service at /profile/graphql on 127.0.0.1 (port chosen by
// the OS) for audit-sandbox.mjs: prints the port on the first line of stdout, then runs until stdin
// closes or the process is terminated.
#include "testsandboxservice.h"

#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    std::vector<std::unique_ptr<altrata::sandbox::SandboxService>> services;
    services.push_back(std::make_unique<altrata::test::TestSandboxService>(QStringLiteral("profile")));
    altrata::sandbox::SandboxServer server(altrata::sandbox::SandboxConfig{}, std::move(services));
    if (!server.listen()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    // The parent closes our stdin to stop us; reading 0 bytes there means it is gone.
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, &app, [&app, &stdinClosed] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinClosed.setEnabled(false);
            app.quit();
        }
    });
    return app.exec();
}
