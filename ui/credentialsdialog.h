#pragma once

#include "auth/autherror.h"
#include "auth/credentials.h"
#include "formparts.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace altrata::auth {
class AuthSession;
class Clock;
class CredentialStore;
} // namespace altrata::auth

namespace altrata::ui {

class CredentialTestPanel;
class KeychainPanel;

// Create, edit and delete credential profiles. Points out copy-paste slips as the user types, refuses
// to save what can never work (empty fields, http:// to a remote host), and when the keychain fails
// offers to keep the secrets in memory for this session — without losing anything typed.
// Password and API key fields are emptied whenever the dialog is hidden. "Test Credentials" (needs the network
// and the clock) checks what the form holds like the CLI's `check` (see CredentialTestPanel).
class CredentialsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)
public:
    CredentialsDialog(auth::CredentialStore *store, QNetworkAccessManager *network, const auth::Clock *clock,
                      QWidget *parent = nullptr);
    // Without network and clock: no "Test Credentials".
    explicit CredentialsDialog(auth::CredentialStore *store, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // The service "Test Credentials" checks against. Unset: the form's default service, else the sandbox's
    // (loopback token URL) or Altrata's Profile service.
    void setServiceUrl(const QUrl &url);
    // The window's session: "Test Credentials" shares it while the form holds exactly its credentials, so a
    // token it holds is used and a new token reaches the window too. Not owned; may be null.
    void setSession(auth::AuthSession *session);
    CredentialTestPanel *testPanel() const { return m_testPanel; }

    // Selects and loads a saved profile (asynchronously: the keychain answers later).
    void selectProfile(const QString &name);
    // The saved profile the form shows; empty while editing a new one.
    QString loadedProfileName() const { return m_loadedName; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void profileSaved(const QString &name);
    void profileDeleted(const QString &name);

public Q_SLOTS:
    void newProfile();
    void save();
    void deleteProfile();
    // After a keychain failure: switch the store to memory for this run and save again.
    void keepForThisSessionOnly();
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    QWidget *buildProfileList();
    QFormLayout *buildFields(QWidget *box);
    QWidget *buildForm();
    void reloadList(const QString &select);
    void onCurrentRowChanged();
    void loadProfile(const QString &name);
    void fillForm(const auth::CredentialProfile &profile);
    auth::CredentialProfile formProfile() const;
    void onEdited();
    void validate();
    QStringList blockingProblems(const auth::CredentialProfile &profile) const;
    QStringList whitespaceWarnings(const auth::Credentials &credentials) const;
    void setBusy(bool busy, const QString &status = QString());
    void finishSave(const auth::CredentialProfile &profile, const std::optional<auth::AuthError> &error);
    void showError(const auth::AuthError &error);
    void showStatus(const QString &text);
    void clearSecretFields();
    bool confirmDiscardChanges();
    void updateVolatileNote();

    auth::CredentialStore *m_store;
    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_username = nullptr;
    SecretField m_password;
    SecretField m_apiKey;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_service = nullptr;
    QLabel *m_missingLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_volatileNote = nullptr;
    KeychainPanel *m_keychainPanel = nullptr;
    CredentialTestPanel *m_testPanel = nullptr; // null without network and clock

    QString m_loadedName;     // saved profile shown in the form; empty for a new one
    quint64 m_generation = 0; // answers for an older load are dropped
    bool m_busy = false;
    bool m_dirty = false;
    bool m_secretsCleared = false;
};

} // namespace altrata::ui
