#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"
#include "mainwindow.h"
#include "net/networksetup.h"

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

void processCommandLine(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop explorer for the Altrata GraphQL APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // prints and exits for --help, --version and unknown options
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
    processCommandLine(app);

    altrata::net::useSystemProxyConfiguration();
    QSettings settings;
    altrata::auth::KeychainSecretStore keychain;
    altrata::auth::CredentialStore store(&settings, &keychain);
    QNetworkAccessManager network;
    altrata::auth::SystemClock clock;

    altrata::ui::MainWindow window(&settings, &store, &network, &clock);
    window.show();
    return QApplication::exec();
}
