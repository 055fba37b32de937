#include "credentialtestpanel.h"

#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/durationformat.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "auth/urlpolicy.h"
#include "net/servicecatalog.h"
#include "statuscolours.h"
#include "uilogging.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace altrata::ui {

using net::CredentialCheck;
using net::CredentialCheckResult;
using Phase = CredentialCheckResult::Phase;
using Suspect = CredentialCheckResult::Suspect;

namespace {

QString displayUrl(const QUrl &url) {
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

void colour(QWidget *widget, const QColor &color) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

// Claims worth a glance in a one-line summary; times are shown separately.
QString someClaims(const auth::AccessToken &token) {
    if (!token.jwt)
        return QString();
    QStringList parts;
    const QJsonObject claims = token.jwt->claims();
    for (const char *name : {"sub", "client_id", "scope", "iss", "aud"}) {
        const QJsonValue value = claims.value(QLatin1String(name));
        if (value.isString())
            parts << QStringLiteral("%1: %2").arg(QLatin1String(name), value.toString());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CredentialTestPanel::CredentialTestPanel(auth::CredentialStore *store, QNetworkAccessManager *network,
                                         const auth::Clock *clock, FormReader readForm, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
    , m_readForm(std::move(readForm)) {
    setObjectName(QStringLiteral("credentialTestPanel"));
    buildUi();
}

// The check refers to the cache: it goes first.
CredentialTestPanel::~CredentialTestPanel() {
    m_check.reset();
}

void CredentialTestPanel::buildUi() {
    m_testButton = new QPushButton(tr("&Test Credentials"), this);
    m_testButton->setObjectName(QStringLiteral("testCredentialsButton"));
    m_testButton->setToolTip(tr("Tests what the form holds, saved or not, with the saved token while it is valid."));
    m_cancelButton = new QPushButton(tr("Cancel Test"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelButton->hide();
    m_serviceLabel = new QLabel(this);
    m_serviceLabel->setObjectName(QStringLiteral("testServiceLabel"));
    m_serviceLabel->setWordWrap(true);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("testProgressLabel"));
    m_progressLabel->hide();

    buildWarning();
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("testResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_testButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_serviceLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_warning);
    layout->addWidget(m_resultLabel);

    connect(m_testButton, &QPushButton::clicked, this, &CredentialTestPanel::test);
    connect(m_cancelButton, &QPushButton::clicked, this, &CredentialTestPanel::cancel);
}

// The inline warning before a new token, with the only button that may request one.
void CredentialTestPanel::buildWarning() {
    m_warning = new QFrame(this);
    m_warning->setObjectName(QStringLiteral("newTokenWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warningText = new QLabel(m_warning);
    m_warningText->setObjectName(QStringLiteral("newTokenWarningText"));
    m_warningText->setWordWrap(true);
    auto *requestButton = new QPushButton(tr("&Request New Token and Test"), m_warning);
    requestButton->setObjectName(QStringLiteral("requestNewTokenButton"));
    auto *warningLayout = new QVBoxLayout(m_warning);
    warningLayout->addWidget(m_warningText);
    warningLayout->addWidget(requestButton, 0, Qt::AlignLeft);
    m_warning->hide();
    connect(requestButton, &QPushButton::clicked, this, &CredentialTestPanel::testWithNewToken);
}

void CredentialTestPanel::setServiceUrl(const QUrl &url) {
    m_serviceUrl = url;
}

void CredentialTestPanel::setSession(auth::AuthSession *session) {
    m_session = session;
}

QUrl CredentialTestPanel::fallbackServiceUrl(const QUrl &tokenUrl) {
    // The sandbox serves .../oauth2/token next to .../<service>/graphql on this computer.
    if (tokenUrl.isValid() && auth::isLoopbackHost(tokenUrl.host()) &&
        tokenUrl.path().endsWith(QStringLiteral("/oauth2/token")))
        return tokenUrl.resolved(QUrl(QStringLiteral("../profile/graphql")));
    return net::ServiceCatalog::altrataUrl(QStringLiteral("profile"));
}

QUrl CredentialTestPanel::effectiveServiceUrl() const {
    if (!m_serviceUrl.isEmpty())
        return m_serviceUrl;
    const FormValues form = m_readForm();
    if (!form.defaultService.isEmpty())
        return form.defaultService;
    return fallbackServiceUrl(form.credentials.tokenUrl);
}

bool CredentialTestPanel::isRunning() const {
    return m_check && m_check->isRunning();
}

QString CredentialTestPanel::resultText() const {
    return m_resultLabel->isHidden() ? QString() : m_resultLabel->text();
}

bool CredentialTestPanel::newTokenWarningShown() const {
    return !m_warning->isHidden();
}

void CredentialTestPanel::test() {
    start(false);
}

void CredentialTestPanel::testWithNewToken() {
    qCInfo(lcUi) << "credentials test: the user accepted requesting a new token";
    start(true);
}

void CredentialTestPanel::start(bool allowNewToken) {
    // Disabling or hiding the focused button would throw a keyboard user's focus somewhere else in the dialog.
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_check.reset();
    // Looked up each time: the store may have switched to memory, or the form to not remembering.
    const FormValues form = m_readForm();
    auth::SecretStore *tokens = m_store->secretStoreFor(form.rememberSecrets);
    m_cache = tokens ? std::make_unique<auth::TokenCache>(tokens) : nullptr;
    m_check = std::make_unique<CredentialCheck>(m_network, m_clock, m_cache.get());
    connect(m_check.get(), &CredentialCheck::phaseChanged, this, &CredentialTestPanel::onPhase);
    connect(m_check.get(), &CredentialCheck::finished, this, &CredentialTestPanel::onFinished);
    CredentialCheck::Request request;
    request.credentials = form.credentials;
    request.serviceUrl = effectiveServiceUrl();
    request.sharedSession = m_session;
    request.newToken = allowNewToken ? CredentialCheck::NewToken::Always : CredentialCheck::NewToken::Never;
    m_warning->hide();
    m_resultLabel->hide();
    m_serviceLabel->setText(tr("Service: %1").arg(displayUrl(request.serviceUrl)));
    setRunning(true);
    if (hadFocus)
        m_cancelButton->setFocus(Qt::OtherFocusReason);
    m_check->start(request);
}

void CredentialTestPanel::cancel() {
    if (m_check)
        m_check->cancel();
}

void CredentialTestPanel::clear() {
    if (isRunning()) {
        m_check->disconnect(this);
        m_check->cancel();
        setRunning(false);
    }
    m_warning->hide();
    m_resultLabel->clear();
    m_resultLabel->hide();
}

void CredentialTestPanel::setRunning(bool running) {
    const bool cancelHadFocus = m_cancelButton->hasFocus();
    m_testButton->setEnabled(!running);
    m_cancelButton->setVisible(running);
    m_progressLabel->setVisible(running);
    if (!running)
        m_progressLabel->clear();
    if (!running && cancelHadFocus)
        m_testButton->setFocus(Qt::OtherFocusReason); // back where the keyboard user started
}

void CredentialTestPanel::onPhase(Phase phase) {
    switch (phase) {
    case Phase::Preflight:
    case Phase::Done:
        break;
    case Phase::Token:
        m_progressLabel->setText(tr("Looking for a valid saved token…"));
        break;
    case Phase::Service:
        m_progressLabel->setText(tr("Asking the service…"));
        break;
    }
}

void CredentialTestPanel::onFinished(const CredentialCheckResult &result) {
    setRunning(false);
    const Suspect suspect = result.suspect();
    if (suspect == Suspect::NeedsNewToken) {
        showWarning(result.keychainAvailable);
        return;
    }
    if (suspect == Suspect::None) {
        showResult(true, successText(result));
        Q_EMIT finished(true);
        return;
    }
    QString text = QStringLiteral("✖ ") + failureHeadline(suspect);
    if (result.error)
        text += QLatin1Char('\n') + result.error->message;
    else if (result.service && !result.service->message.isEmpty())
        text += QLatin1Char('\n') + result.service->message;
    showResult(false, text);
    Q_EMIT finished(false);
}

void CredentialTestPanel::showWarning(bool keychainAvailable) {
    QString text = tr("No valid token is saved for these credentials, so testing needs a new one. A new token ends "
                      "the current token of every other application that uses these credentials: they fail until "
                      "they fetch a new token themselves.");
    if (!keychainAvailable)
        text += QLatin1Char(' ') + tr("The keychain is unavailable, so the new token cannot be saved either.");
    m_warningText->setText(QStringLiteral("⚠ ") + text);
    m_warning->show();
}

void CredentialTestPanel::showResult(bool ok, const QString &text) {
    m_resultOk = ok;
    m_resultLabel->setText(text);
    colourResult();
    m_resultLabel->show();
}

void CredentialTestPanel::colourResult() {
    colour(m_resultLabel, statusColour(m_resultOk ? StatusTone::Success : StatusTone::Error, palette()));
}

// The result's colour is an explicit palette entry: after a switch between light and dark it is chosen again.
void CredentialTestPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_resultLabel)
        colourResult();
}

QString CredentialTestPanel::successText(const CredentialCheckResult &result) const {
    const auth::AccessToken &token = *result.token;
    const qint64 remaining = token.secondsRemaining(m_clock->now());
    QStringList lines;
    lines << QStringLiteral("✔ ") + tr("The credentials work: the service at %1 answered in %2 ms.")
                                        .arg(displayUrl(result.serviceUrl))
                                        .arg(result.service ? result.service->elapsedMs : 0);
    lines << (result.source == CredentialCheckResult::TokenSource::Cache
                  ? tr("Used the saved token (not renewed).")
                  : tr("Requested a new token%1.")
                        .arg(result.storedInCache ? tr(" and saved it") : tr("; it could not be saved")));
    lines << tr("Token expires %1 (%2 left).")
                 .arg(QLocale().toString(token.expiresAt.toLocalTime(), QLocale::LongFormat),
                      auth::DurationFormat::words(remaining));
    const QString claims = someClaims(token);
    if (!claims.isEmpty())
        lines << tr("Claims: %1").arg(claims);
    return lines.join(QLatin1Char('\n'));
}

QString CredentialTestPanel::failureHeadline(Suspect suspect) {
    switch (suspect) {
    case Suspect::None:
    case Suspect::NeedsNewToken:
        break;
    case Suspect::Incomplete:
        return tr("The form is incomplete.");
    case Suspect::ApiKey:
        return tr("The API key is most likely wrong.");
    case Suspect::UsernameOrPassword:
        return tr("The username or password is most likely wrong (the API key was accepted).");
    case Suspect::TokenUrl:
        return tr("The token URL is most likely wrong.");
    case Suspect::TokenUrlOrNetwork:
        return tr("The token server could not be reached: check the token URL, then the network connection.");
    case Suspect::Network:
        return tr("A network problem stopped the test; the credentials were not checked.");
    case Suspect::TokenServer:
        return tr("The token server has a problem; the credentials are probably fine.");
    case Suspect::TokenRefused:
        return tr("The credentials work, but the service refused the saved token: another application renewed it. "
                  "Renew the token from the token details if nothing else depends on it.");
    case Suspect::ServiceUrl:
        return tr("The service URL is most likely wrong, or the service cannot be reached.");
    case Suspect::Service:
        return tr("The credentials work, but the service failed.");
    case Suspect::Keychain:
        return tr("The keychain could not be used.");
    case Suspect::Cancelled:
        return tr("The test was cancelled.");
    }
    return tr("The test failed.");
}

} // namespace altrata::ui
