#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"
#include "icons.h"
#include "mainwindow.h"
#include "net/networksetup.h"
#include "sandbox/sandboxhost.h"
#include "uilogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("altrata-explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("altrata-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALTRATA_VERSION));
}

struct Options {
    bool sandbox = false;
    QString screenshot; // --run-example-and-screenshot FILE
};

Options processCommandLine(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop explorer for the Altrata GraphQL APIs."));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QStringLiteral("Start the built-in sandbox (an Altrata look-alike on 127.0.0.1) and open the app on it with "
                       "the demo credentials (API key sandbox-api-key, username demo, password demo-password), "
                       "kept for this session only, and an example query per service ready to run."));
    const QCommandLineOption screenshot(
        QStringLiteral("run-example-and-screenshot"),
        QStringLiteral("With the sandbox: run the example query of the current tab, wait for its result, save a "
                       "picture of the window to FILE (PNG) and quit."),
        QStringLiteral("FILE"));
    parser.addOption(sandbox);
    parser.addOption(screenshot);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // prints and exits for --help, --version and unknown options
    return Options{parser.isSet(sandbox) || parser.isSet(screenshot), parser.value(screenshot)};
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

// Cold start: from main() to the window shown with the event loop idle (the first zero-timer runs only after
// the show and the first paint were processed). ALTRATA_STARTUP_TIME=1 prints it; it is always logged.
void reportStartupTime(const QElapsedTimer &sinceMain) {
    QTimer::singleShot(0, qApp, [sinceMain] {
        const qint64 ms = sinceMain.elapsed();
        qCInfo(altrata::ui::lcUi) << "interactive window after" << ms << "ms";
        if (qEnvironmentVariableIntValue("ALTRATA_STARTUP_TIME") == 1)
            std::fprintf(stderr, "startup: %lld ms to an interactive window\n", static_cast<long long>(ms));
    });
}

// --run-example-and-screenshot: runs the current tab once the sandbox is ready, grabs the window, quits.
void runExampleAndScreenshot(altrata::ui::MainWindow &window, const QString &file) {
    QObject::connect(&window, &altrata::ui::MainWindow::sandboxReady, &window,
                     [&window] { QTimer::singleShot(200, &window, [&window] { window.runOrCancel(); }); });
    QObject::connect(&window, &altrata::ui::MainWindow::runFinished, &window, [&window, file] {
        // Leaves the views a moment to show the answer (the raw text is formatted on a worker thread).
        QTimer::singleShot(700, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            std::fprintf(stderr, saved ? "screenshot saved\n" : "could not save the screenshot\n");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    QObject::connect(&window, &altrata::ui::MainWindow::sandboxFailed, &window, [] { QCoreApplication::exit(2); });
}

} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer sinceMain;
    sinceMain.start();
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
    QApplication::setWindowIcon(altrata::ui::applicationIcon());
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
    if (!options.screenshot.isEmpty())
        runExampleAndScreenshot(window, options.screenshot);
    if (options.sandbox)
        window.openSandbox();
    window.show();
    reportStartupTime(sinceMain);
    return QApplication::exec();
}
