#include "servicepicker.h"

#include "auth/urlpolicy.h"
#include "uilogging.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace altrata::ui {

namespace {

// Marks the two entries that are not services.
constexpr int kEntryRole = Qt::UserRole + 1;
const QString kSandboxEntry = QStringLiteral("sandbox");
const QString kCustomEntry = QStringLiteral("custom");
const QString kRecentKey = QStringLiteral("services/recentCustomUrls");

QUrl parsedUrl(const QString &text) {
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

ServicePicker::ServicePicker(QWidget *parent)
    : QComboBox(parent) {
    setAccessibleName(tr("GraphQL service"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &ServicePicker::onActivated);
    rebuild();
}

QString ServicePicker::sandboxEntryText() {
    return tr("Sandbox (start the built-in demo server)");
}

QString ServicePicker::customEntryText() {
    return tr("Custom URL…");
}

void ServicePicker::setCatalog(const net::ServiceCatalog &catalog) {
    m_baseCatalog = catalog;
    mergeRecent();
    rebuild();
}

// The window replaces its catalog now and then (e.g. when the sandbox starts); the user's URLs stay listed,
// most recent first.
void ServicePicker::mergeRecent() {
    m_catalog = m_baseCatalog;
    for (const QUrl &url : std::as_const(m_recent))
        m_catalog.addCustom(url);
}

void ServicePicker::setSettings(QSettings *settings) {
    m_settings = settings;
    readRecent();
    mergeRecent();
    rebuild();
}

void ServicePicker::readRecent() {
    m_recent.clear();
    if (!m_settings)
        return;
    for (const QString &text : m_settings->value(kRecentKey).toStringList()) {
        // Settings can be edited by hand: list only what would be accepted if typed now.
        if (customUrlProblem(text).isEmpty() && m_recent.size() < maxRecentCustomUrls &&
            !m_recent.contains(parsedUrl(text)))
            m_recent << parsedUrl(text);
    }
}

void ServicePicker::writeRecent() {
    if (!m_settings)
        return;
    QStringList texts;
    for (const QUrl &url : std::as_const(m_recent))
        texts << url.toString();
    m_settings->setValue(kRecentKey, texts);
}

void ServicePicker::setSandboxOffered(bool offered) {
    m_sandboxOffered = offered;
    rebuild();
}

void ServicePicker::rebuild() {
    const std::optional<net::Service> current = currentService();
    const QSignalBlocker blocker(this);
    clear();
    m_services = m_catalog.services();
    for (const net::Service &service : m_services) {
        addItem(service.label, service.url);
        setItemData(count() - 1, service.url.toDisplayString(), Qt::ToolTipRole);
    }
    if (m_sandboxOffered && !m_catalog.hasSandbox()) {
        addItem(sandboxEntryText());
        setItemData(count() - 1, kSandboxEntry, kEntryRole);
    }
    addItem(customEntryText());
    setItemData(count() - 1, kCustomEntry, kEntryRole);
    setItemData(count() - 1, tr("Query a GraphQL service at another address"), Qt::ToolTipRole);
    int index = 0;
    for (int i = 0; current && i < m_services.size(); ++i) {
        if (m_services.at(i).url == current->url)
            index = i;
    }
    setCurrentIndex(index);
    m_lastServiceIndex = index;
}

bool ServicePicker::selectUrl(const QUrl &url) {
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).url == url) {
            setCurrentIndex(i);
            onActivated(i);
            return true;
        }
    }
    return false;
}

std::optional<net::Service> ServicePicker::currentService() const {
    const int index = currentIndex();
    if (index < 0 || index >= m_services.size())
        return std::nullopt;
    return m_services.at(index);
}

void ServicePicker::restoreSelection() {
    setCurrentIndex(m_services.isEmpty() ? -1 : m_lastServiceIndex);
}

void ServicePicker::onActivated(int index) {
    const QString entry = itemData(index, kEntryRole).toString();
    if (entry == kSandboxEntry) {
        restoreSelection();
        Q_EMIT sandboxRequested();
        return;
    }
    if (entry == kCustomEntry) {
        restoreSelection(); // until a URL is accepted
        askForCustomUrl();
        return;
    }
    if (index < 0 || index >= m_services.size())
        return;
    m_lastServiceIndex = index;
    Q_EMIT serviceSelected(m_services.at(index).url);
}

QString ServicePicker::customUrlProblem(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address of a GraphQL service, e.g. https://example.com/graphql.");
    const QUrl url = parsedUrl(trimmed);
    if (!url.isValid())
        return tr("That is not a valid web address. Check it for typing mistakes or spaces.");
    if (url.scheme().isEmpty() || url.host().isEmpty())
        return tr("Enter the whole address, starting with https://, e.g. https://example.com/graphql.");
    if (const auto refused = auth::checkUrlIsAllowed(url))
        return refused->message;
    if (!url.userInfo().isEmpty())
        return tr("Leave the user name and password out of the address; the credentials profile supplies them.");
    return QString();
}

bool ServicePicker::addCustomUrl(const QUrl &url) {
    if (!customUrlProblem(url.toString()).isEmpty())
        return false;
    rememberCustomUrl(url);
    mergeRecent();
    rebuild();
    const auto listed = m_catalog.findByUrl(url);
    return selectUrl(listed ? listed->url : url);
}

void ServicePicker::rememberCustomUrl(const QUrl &url) {
    m_recent.removeAll(url);
    m_recent.prepend(url);
    while (m_recent.size() > maxRecentCustomUrls)
        m_recent.removeLast();
    writeRecent();
}

void ServicePicker::askForCustomUrl() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("customUrlDialog"));
    dialog.setWindowTitle(tr("Custom Service URL"));
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("customUrlEdit"));
    edit->setPlaceholderText(QStringLiteral("https://example.com/graphql"));
    edit->setMinimumWidth(360);
    auto *prompt = new QLabel(tr("GraphQL service &URL:"), &dialog);
    prompt->setBuddy(edit);
    auto *message = new QLabel(&dialog);
    message->setObjectName(QStringLiteral("customUrlMessage"));
    message->setWordWrap(true);
    message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(prompt);
    layout->addWidget(edit);
    layout->addWidget(message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(edit, &QLineEdit::textEdited, message, &QLabel::hide);
    // Refusing keeps the dialog open with the text as typed, so a slip is fixed rather than retyped.
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, edit, message] {
        const QString problem = customUrlProblem(edit->text());
        message->setText(problem);
        message->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUrl url = parsedUrl(edit->text());
    qCInfo(lcUi) << "custom service URL added:" << url.host();
    addCustomUrl(url);
}

} // namespace altrata::ui
