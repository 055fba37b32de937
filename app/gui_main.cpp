#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"
#include "mainwindow.h"
#include "net/networksetup.h"
#include "sandbox/sandboxhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstring>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("altrata-explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("altrata-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALTRATA_VERSION));
}

struct Options {
    bool sandbox = false;
};

Options processCommandLine(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop explorer for the Altrata GraphQL APIs."));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QStringLiteral("Start the built-in sandbox (an Altrata look-alike on 127.0.0.1) and open the app on it with "
                       "the demo credentials (API key sandbox-api-key, username demo, password demo-password), "
                       "kept for this session only."));
    parser.addOption(sandbox);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // prints and exits for --help, --version and unknown options
    return Options{parser.isSet(sandbox)};
}

// --help and --version must answer on a machine without a display, where QApplication cannot start.
bool asksOnlyForInformation(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[]) {
    describeApplication();
    if (asksOnlyForInformation(argc, argv)) {
        const QCoreApplication app(argc, argv);
        processCommandLine(app);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Altrata Explorer"));
    // Lets the desktop shell match the window to the installed .desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.altrataexplorer.explorer"));
    const Options options = processCommandLine(app);

    altrata::net::useSystemProxyConfiguration();
    // Declared before the window so that it outlives it; stopping joins the sandbox's server thread.
    altrata::sandbox::SandboxHost sandbox;
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sandbox, &altrata::sandbox::SandboxHost::stop);
    QSettings settings;
    altrata::auth::KeychainSecretStore keychain;
    altrata::auth::CredentialStore store(&settings, &keychain);
    QNetworkAccessManager network;
    altrata::auth::SystemClock clock;

    altrata::ui::MainWindow window(&settings, &store, &network, &clock);
    window.setSandboxHost(&sandbox);
    if (options.sandbox)
        window.openSandbox();
    window.show();
    return QApplication::exec();
}
