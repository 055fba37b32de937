#include "credentialsdialog.h"

#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "auth/secretstore.h"
#include "auth/urlpolicy.h"
#include "credentialtestpanel.h"
#include "fieldadvice.h"
#include "formparts.h"
#include "keychainpanel.h"
#include "uilogging.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace altrata::ui {

using auth::AuthError;
using auth::AuthErrorKind;
using auth::CredentialProfile;
using auth::Credentials;
using auth::Secret;

namespace {

QString joinedList(const QStringList &items) {
    return QLocale(QLocale::English).createSeparatedList(items);
}

} // namespace

CredentialsDialog::CredentialsDialog(auth::CredentialStore *store, QWidget *parent)
    : CredentialsDialog(store, nullptr, nullptr, parent) {}

CredentialsDialog::CredentialsDialog(auth::CredentialStore *store, QNetworkAccessManager *network,
                                     const auth::Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store) {
    setWindowTitle(tr("Credentials Profiles"));
    setObjectName(QStringLiteral("credentialsDialog"));
    if (network && clock) {
        // Tests what the form holds, saved or not.
        m_testPanel = new CredentialTestPanel(store, network, clock, [this] {
            const CredentialProfile profile = formProfile();
            return CredentialTestPanel::FormValues{profile.credentials, profile.defaultService,
                                                   profile.rememberSecrets};
        });
    }
    buildUi();
    connect(m_store, &auth::CredentialStore::profilesChanged, this, [this] { reloadList(m_loadedName); });
    reloadList(QString());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
}

CredentialsDialog::~CredentialsDialog() {
    clearSecretFields();
}

void CredentialsDialog::buildUi() {
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildProfileList());
    columns->addWidget(buildForm(), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

QWidget *CredentialsDialog::buildProfileList() {
    auto *box = new QWidget(this);
    m_list = new QListWidget(box);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_newButton = new QPushButton(tr("&New"), box);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_deleteButton = new QPushButton(tr("&Delete…"), box);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Profiles"), box));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    box->setMaximumWidth(240);
    connect(m_list, &QListWidget::currentRowChanged, this, &CredentialsDialog::onCurrentRowChanged);
    connect(m_newButton, &QPushButton::clicked, this, &CredentialsDialog::newProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &CredentialsDialog::deleteProfile);
    return box;
}

QFormLayout *CredentialsDialog::buildFields(QWidget *box) {
    m_name = new QLineEdit(box);
    m_tokenUrl = new QLineEdit(box);
    m_tokenUrl->setPlaceholderText(Credentials::defaultTokenUrl().toString());
    m_username = new QLineEdit(box);
    m_password = makeSecretField(tr("password"), box);
    m_apiKey = makeSecretField(tr("API key"), box);
    m_remember = new QCheckBox(tr("&Remember password and API key in the keychain"), box);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setToolTip(tr("When off, they are kept in memory until the app quits and must be entered again "
                              "after a restart; a copy already in the keychain is removed when you save."));
    connect(m_remember, &QCheckBox::clicked, this, &CredentialsDialog::onEdited);
    m_service = new QLineEdit(box);
    m_service->setPlaceholderText(tr("Optional, e.g. https://profile.altrata.com/graphql"));
    const QList<QPair<QLineEdit *, QString>> names = {
        {m_name, QStringLiteral("nameEdit")},          {m_tokenUrl, QStringLiteral("tokenUrlEdit")},
        {m_username, QStringLiteral("usernameEdit")},  {m_password.edit, QStringLiteral("passwordEdit")},
        {m_apiKey.edit, QStringLiteral("apiKeyEdit")}, {m_service, QStringLiteral("serviceUrlEdit")}};
    for (const auto &[edit, name] : names) {
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textEdited, this, &CredentialsDialog::onEdited);
    }
    // A row holding a layout gets no buddy from addRow(), so the mnemonic needs an explicit label.
    const auto labelFor = [box](const QString &text, QLineEdit *edit) {
        auto *label = new QLabel(text, box);
        label->setBuddy(edit);
        return label;
    };
    const auto withToggle = [](const SecretField &field) {
        auto *row = new QHBoxLayout;
        row->addWidget(field.edit, 1);
        row->addWidget(field.toggle);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("&Token URL:"), m_tokenUrl);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(labelFor(tr("&Password:"), m_password.edit), withToggle(m_password));
    form->addRow(labelFor(tr("&API key:"), m_apiKey.edit), withToggle(m_apiKey));
    form->addRow(QString(), m_remember);
    form->addRow(tr("Default &service:"), m_service);
    return form;
}

QWidget *CredentialsDialog::buildForm() {
    auto *box = new QWidget(this);
    QFormLayout *form = buildFields(box);
    m_missingLabel = makeMessageLabel(QStringLiteral("missingFieldsLabel"), QColor(), box);
    m_problemsLabel = makeMessageLabel(QStringLiteral("problemsLabel"), QColor(0xd0, 0x31, 0x2d), box);
    m_warningsLabel = makeMessageLabel(QStringLiteral("whitespaceWarningsLabel"), QColor(0xc0, 0x6c, 0x00), box);
    m_statusLabel = makeMessageLabel(QStringLiteral("statusLabel"), QColor(), box);
    m_volatileNote = makeMessageLabel(QStringLiteral("sessionOnlyNote"), QColor(), box);
    m_saveButton = new QPushButton(tr("&Save"), box);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &CredentialsDialog::save);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_statusLabel, 1);
    saveRow->addWidget(m_saveButton, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    m_keychainPanel = new KeychainPanel(box);
    connect(m_keychainPanel, &KeychainPanel::keepForSessionRequested, this, &CredentialsDialog::keepForThisSessionOnly);
    for (QWidget *w : {m_missingLabel, m_problemsLabel, m_warningsLabel})
        layout->addWidget(w);
    layout->addWidget(m_keychainPanel);
    if (m_testPanel)
        layout->addWidget(m_testPanel);
    layout->addStretch(1);
    layout->addWidget(m_volatileNote);
    layout->addLayout(saveRow);
    return box;
}

void CredentialsDialog::reloadList(const QString &select) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(m_store->profileNames());
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(found.isEmpty() ? nullptr : found.first());
    updateVolatileNote();
}

void CredentialsDialog::selectProfile(const QString &name) {
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void CredentialsDialog::onCurrentRowChanged() {
    const QListWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->text() : QString();
    if (name.isEmpty() || name == m_loadedName)
        return;
    if (!confirmDiscardChanges()) {
        reloadList(m_loadedName); // put the selection back on what the form still shows
        return;
    }
    loadProfile(name);
}

void CredentialsDialog::setServiceUrl(const QUrl &url) {
    if (m_testPanel)
        m_testPanel->setServiceUrl(url);
}

void CredentialsDialog::setSession(auth::AuthSession *session) {
    if (m_testPanel)
        m_testPanel->setSession(session);
}

void CredentialsDialog::loadProfile(const QString &name) {
    const quint64 generation = ++m_generation;
    if (m_testPanel)
        m_testPanel->clear();
    m_keychainPanel->hide();
    setBusy(true, tr("Loading “%1”…").arg(name));
    m_store->load(name, this, [this, generation, name](const auto &profile, const auto &error) {
        if (generation != m_generation)
            return;
        setBusy(false);
        m_secretsCleared = false;
        if (profile)
            fillForm(*profile);
        if (error)
            showError(*error);
        else if (!profile)
            showStatus(tr("The profile “%1” no longer exists.").arg(name));
        else if (!profile->rememberSecrets && !profile->credentials.isComplete())
            showStatus(tr("“%1” does not remember its password and API key: enter them for this session.").arg(name));
    });
}

void CredentialsDialog::fillForm(const CredentialProfile &profile) {
    m_loadedName = profile.name;
    m_name->setText(profile.name);
    m_tokenUrl->setText(profile.credentials.tokenUrl.toString());
    m_username->setText(profile.credentials.username);
    m_password.edit->setText(profile.credentials.password.reveal());
    m_apiKey.edit->setText(profile.credentials.apiKey.reveal());
    m_remember->setChecked(profile.rememberSecrets);
    m_service->setText(profile.defaultService.toString());
    m_dirty = false;
    validate();
}

CredentialProfile CredentialsDialog::formProfile() const {
    CredentialProfile profile;
    profile.name = m_name->text().trimmed();
    profile.credentials.tokenUrl = QUrl(m_tokenUrl->text().trimmed(), QUrl::StrictMode);
    profile.credentials.username = m_username->text();
    profile.credentials.password = Secret(m_password.edit->text());
    profile.credentials.apiKey = Secret(m_apiKey.edit->text());
    profile.rememberSecrets = m_remember->isChecked();
    profile.defaultService = QUrl(m_service->text().trimmed(), QUrl::StrictMode);
    return profile;
}

void CredentialsDialog::newProfile() {
    if (!confirmDiscardChanges())
        return;
    ++m_generation;
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentItem(nullptr);
    CredentialProfile blank;
    fillForm(blank);
    if (m_testPanel)
        m_testPanel->clear();
    m_statusLabel->clear();
    m_keychainPanel->hide();
    m_name->setFocus();
}

void CredentialsDialog::onEdited() {
    m_dirty = true;
    m_statusLabel->hide();
    validate();
}

QStringList CredentialsDialog::blockingProblems(const CredentialProfile &profile) const {
    QStringList problems;
    if (profile.name.contains(QLatin1Char('/')) || profile.name.contains(QLatin1Char('\\')))
        problems << tr("A profile name cannot contain “/” or “\\”.");
    if (!m_tokenUrl->text().trimmed().isEmpty()) {
        if (const auto error = auth::checkUrlIsAllowed(profile.credentials.tokenUrl))
            problems << tr("Token URL: %1").arg(error->message);
    }
    if (!m_service->text().trimmed().isEmpty()) {
        if (const auto error = auth::checkUrlIsAllowed(profile.defaultService))
            problems << tr("Default service: %1").arg(error->message);
    }
    return problems;
}

QStringList CredentialsDialog::whitespaceWarnings(const Credentials &credentials) const {
    QStringList warnings;
    for (const QString &field : credentials.fieldsWithSurroundingWhitespace()) {
        const QLineEdit *edit = field == QStringLiteral("username")   ? m_username
                                : field == QStringLiteral("password") ? m_password.edit
                                                                      : m_apiKey.edit;
        if (!edit->text().isEmpty())
            warnings << QStringLiteral("⚠ ") + FieldAdvice::surroundingWhitespace(field, edit->text());
    }
    return warnings;
}

void CredentialsDialog::validate() {
    const CredentialProfile profile = formProfile();
    QStringList missing;
    if (profile.name.isEmpty())
        missing << tr("profile name");
    missing << profile.credentials.missingFields();
    setMessageLines(m_missingLabel, missing.isEmpty()
                                        ? QStringList()
                                        : QStringList{tr("Fill in the %1 to save.").arg(joinedList(missing))});
    const QStringList problems = blockingProblems(profile);
    setMessageLines(m_problemsLabel, problems);
    QStringList warnings = whitespaceWarnings(profile.credentials);
    if (profile.name != m_loadedName && m_store->hasProfile(profile.name))
        warnings << tr("A profile named “%1” already exists; saving replaces it.").arg(profile.name);
    setMessageLines(m_warningsLabel, warnings);
    m_saveButton->setEnabled(!m_busy && missing.isEmpty() && problems.isEmpty());
    m_deleteButton->setEnabled(!m_busy && !m_loadedName.isEmpty());
}

void CredentialsDialog::setBusy(bool busy, const QString &status) {
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_tokenUrl, m_username, m_password.edit, m_apiKey.edit,
                                                       m_remember, m_service})
        w->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
    if (m_testPanel)
        m_testPanel->setEnabled(!busy);
    m_statusLabel->setText(status);
    m_statusLabel->setVisible(!status.isEmpty());
    validate();
}

void CredentialsDialog::save() {
    validate();
    if (m_busy || !m_saveButton->isEnabled())
        return;
    const CredentialProfile profile = formProfile();
    m_keychainPanel->hide();
    setBusy(true, tr("Saving “%1”…").arg(profile.name));
    m_store->save(profile, this,
                  [this, profile](const std::optional<AuthError> &error) { finishSave(profile, error); });
}

void CredentialsDialog::finishSave(const CredentialProfile &profile, const std::optional<AuthError> &error) {
    setBusy(false);
    if (error) {
        // The form keeps everything the user typed; only the message is new.
        showError(*error);
        return;
    }
    const QString previous = m_loadedName;
    m_loadedName = profile.name;
    m_dirty = false;
    if (!previous.isEmpty() && previous != profile.name) // a rename: drop the old entry
        m_store->remove(previous, this, [](const std::optional<AuthError> &) {});
    reloadList(profile.name);
    const auth::SecretStore *secrets = m_store->secretStoreFor(profile.rememberSecrets);
    showStatus(secrets && secrets->isVolatile()
                   ? tr("Saved “%1”; its password and API key are kept for this session only.").arg(profile.name)
                   : tr("Saved “%1”.").arg(profile.name));
    validate();
    qCInfo(lcUi) << "saved profile" << profile.name;
    Q_EMIT profileSaved(profile.name);
}

void CredentialsDialog::showError(const AuthError &error) {
    if (error.kind == AuthErrorKind::Keychain) {
        m_keychainPanel->showFailure(error.message);
        return;
    }
    showStatus(error.message);
}

void CredentialsDialog::showStatus(const QString &text) {
    m_statusLabel->setText(text);
    m_statusLabel->show();
}

void CredentialsDialog::keepForThisSessionOnly() {
    // Parented to the store: it must live as long as the store refers to it.
    auto *memory = new auth::MemorySecretStore(m_store);
    m_store->setSecretStore(memory);
    qCInfo(lcUi) << "keychain unavailable: keeping secrets in memory for this session";
    m_keychainPanel->hide();
    updateVolatileNote();
    save();
}

void CredentialsDialog::deleteProfile() {
    const QString name = m_loadedName;
    if (name.isEmpty() || m_busy)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete profile?"), tr("Delete the profile “%1”?").arg(name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteConfirmationBox"));
    box.setInformativeText(tr("Its password, API key and saved token are removed from the keychain too."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    setBusy(true, tr("Deleting “%1”…").arg(name));
    m_store->remove(name, this, [this, name](const std::optional<AuthError> &error) {
        setBusy(false);
        if (error)
            return showError(*error);
        m_dirty = false;
        m_loadedName.clear();
        reloadList(QString());
        newProfile();
        showStatus(tr("Deleted “%1”.").arg(name));
        Q_EMIT profileDeleted(name);
    });
}

bool CredentialsDialog::confirmDiscardChanges() {
    if (!m_dirty)
        return true;
    const QString what = m_loadedName.isEmpty() ? tr("the new profile") : tr("“%1”").arg(m_loadedName);
    const auto answer = QMessageBox::question(this, tr("Discard changes?"),
                                              tr("You have not saved your changes to %1. Discard them?").arg(what),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

void CredentialsDialog::reject() {
    if (confirmDiscardChanges())
        QDialog::reject();
}

void CredentialsDialog::updateVolatileNote() {
    const bool volatileStore = m_store->secretStore() && m_store->secretStore()->isVolatile();
    m_volatileNote->setText(tr("Passwords and API keys are kept in memory for this session only."));
    m_volatileNote->setVisible(volatileStore);
}

void CredentialsDialog::clearSecretFields() {
    // setText() (unlike clear()) also drops the undo history, which would otherwise keep the secret.
    m_password.edit->setText(QString());
    m_apiKey.edit->setText(QString());
    concealSecretField(m_password);
    concealSecretField(m_apiKey);
}

void CredentialsDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    updateVolatileNote();
    if (m_secretsCleared && !m_loadedName.isEmpty()) {
        const QString name = m_loadedName;
        m_loadedName.clear(); // so the reload is not mistaken for "already shown"
        loadProfile(name);
    }
}

void CredentialsDialog::hideEvent(QHideEvent *event) {
    ++m_generation; // a load that answers after hiding must not refill the secrets
    clearSecretFields();
    if (m_testPanel)
        m_testPanel->clear(); // its outcome describes secrets that are gone now
    m_secretsCleared = true;
    m_dirty = false;
    QDialog::hideEvent(event);
    validate();
}

} // namespace altrata::ui
