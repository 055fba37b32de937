#pragma once

#include "auth/authsession.h"
#include "auth/credentials.h"
#include "mainactions.h"
#include "net/graphqlclient.h"
#include "net/servicecatalog.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QSettings;
class QStackedWidget;
class QToolButton;

namespace altrata::auth {
class Clock;
class CredentialStore;
} // namespace altrata::auth

namespace altrata::sandbox {
class SandboxHost;
}

namespace altrata::workspace {
class WorkspaceStore;
}

namespace altrata::ui {

class ProfileSessions;
class QueryTab;
class QueryTabs;
class RunController;
class SandboxLauncher;
class TabFiles;
class ServicePicker;
class TokenStatusWidget;
class WelcomePage;

// The main window: toolbar (profile, credentials, service, Run/Cancel, Prettify, token status), the editor tabs
// and their results, menus with every command. Open tabs autosave (WorkspaceStore, in `workspaceDirectory`,
// by default the app data location) and come back on the next start; without saved tabs the welcome page shows.
// Every dependency is injected; the window owns the session of the selected profile and its GraphQLClient.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(QSettings *settings, auth::CredentialStore *store, QNetworkAccessManager *network,
               const auth::Clock *clock, QWidget *parent = nullptr, const QString &workspaceDirectory = {});
    ~MainWindow() override;

    QString currentProfileName() const;
    auth::AuthSession *authSession() const;
    TokenStatusWidget *tokenStatusWidget() const { return m_tokenStatus; }
    ServicePicker *servicePicker() const { return m_servicePicker; }
    QueryTabs *queryTabs() const { return m_tabs; }
    QueryTab *currentTab() const;
    RunController *runController() const { return m_runner; }
    net::GraphQLClient *graphqlClient() const { return m_client; } // of the current session; null without one
    TabFiles *files() const { return m_files; }
    WelcomePage *welcomePage() const { return m_welcome; }
    const MainActions &actions() const { return m_actions; }
    QUrl currentServiceUrl() const;
    workspace::WorkspaceStore *workspaceStore() const { return m_workspace; }

    // Offers the built-in sandbox in the service picker (not owned; null: none). Once it runs, its services
    // are listed and a demo profile with its credentials is opened for this session only.
    void setSandboxHost(sandbox::SandboxHost *host);
    // A profile that lives in this window only: never written to the settings, its secrets and tokens kept in
    // memory. Replaces a session profile of the same name, and selects it.
    void openSessionProfile(const auth::CredentialProfile &profile);

public Q_SLOTS:
    void selectProfile(const QString &name);
    void manageProfiles();
    // Starts the sandbox (or, when it runs, switches to it): its services, the demo profile, and an example tab
    // per service (selected when they exist already), the Profile example current with its cursor in the query.
    void openSandbox();
    void runOrCancel();
    void prettifyCurrent();
    void showTokenDetails();

Q_SIGNALS:
    // A profile finished loading and its session exists (null when no profile is selected).
    void sessionChanged(altrata::auth::AuthSession *session);
    // openSandbox() is done: the sandbox runs, the demo profile is selected and the example tabs are open.
    void sandboxReady();
    void sandboxFailed(const QString &message);
    void runFinished(const altrata::net::GraphQLResponse &response);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void connectParts();
    void buildToolBar();
    void buildCentralArea();
    void syncProfileCombo();
    void onSessionChanged(auth::AuthSession *session);
    void onCurrentTabChanged(QueryTab *tab);
    void onServiceSelected(const QUrl &url);
    void onRunningChanged(bool running);
    void onWorkspaceChanged();
    void restoreWorkspace();
    void updateManagedHeaders();
    void showPage();
    QueryTab *ensureTab();
    void onSandboxRunning(const QUrl &baseUrl);
    void onSandboxDemoWanted();
    void showAbout();

    QSettings *m_settings;
    auth::CredentialStore *m_store;
    QNetworkAccessManager *m_network;
    const auth::Clock *m_clock;

    MainActions m_actions;
    ProfileSessions *m_profiles = nullptr;
    QComboBox *m_profileCombo = nullptr;
    ServicePicker *m_servicePicker = nullptr;
    TokenStatusWidget *m_tokenStatus = nullptr;
    QToolButton *m_runButton = nullptr;
    QLabel *m_storageIndicator = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QueryTabs *m_tabs = nullptr;
    RunController *m_runner = nullptr;
    TabFiles *m_files = nullptr;
    QPointer<net::GraphQLClient> m_client;
    workspace::WorkspaceStore *m_workspace = nullptr;
    QPointer<QueryTab> m_splitterTab; // the tab whose splitter positions are saved when another becomes current

    net::ServiceCatalog m_catalog;
    SandboxLauncher *m_sandbox = nullptr;
    bool m_restoring = false; // tabs being rebuilt from the workspace: nothing to save yet
};

} // namespace altrata::ui
