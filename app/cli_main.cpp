#include "cli/clirunner.h"
#include "cli/console.h"

#include "net/networksetup.h"

#include <QCoreApplication>

// Headless: QCoreApplication only, linked against altrata_core alone. All logic lives in app/cli.
int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("altrata-explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("altrata-explorer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALTRATA_VERSION));
    altrata::net::useSystemProxyConfiguration();

    const altrata::cli::Console console;
    altrata::cli::CliRunner runner(console, QProcessEnvironment::systemEnvironment());
    // Queued: a command may finish before exec() has started.
    QObject::connect(&runner, &altrata::cli::CliRunner::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    if (const auto exitCode = runner.start(QCoreApplication::arguments()))
        return *exitCode;
    return QCoreApplication::exec();
}
