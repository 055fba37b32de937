#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"
#include "mainwindow.h"
#include "net/networksetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("altrata-explorer"));
    QApplication::setApplicationName(QStringLiteral("altrata-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Altrata Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(ALTRATA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop explorer for the Altrata GraphQL APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

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
