#include "tokendetailsdialog.h"

#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/durationformat.h"
#include "tokenstatuswidget.h"
#include "uilogging.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdlib>

namespace altrata::ui {

using auth::AuthSession;
using auth::DurationFormat;
using State = AuthSession::State;

namespace {

bool holdsToken(const AuthSession *session) {
    return session && session->token() && (session->state() == State::Valid || session->state() == State::ExpiringSoon);
}

bool isTimeClaim(const QString &key) {
    return key == QStringLiteral("exp") || key == QStringLiteral("iat") || key == QStringLiteral("nbf") ||
           key == QStringLiteral("auth_time");
}

QString jsonText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    // One value inside an array prints any JSON type compactly; strip the brackets again.
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QTableWidget *newTable(const QString &objectName, const QString &keyTitle, QWidget *parent) {
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({keyTitle, QObject::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

QByteArray fingerprint(const QString &text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

TokenDetailsDialog::TokenDetailsDialog(AuthSession *session, const QString &profileName, const auth::Clock *clock,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_profileName(profileName)
    , m_clock(clock) {
    setObjectName(QStringLiteral("tokenDetailsDialog"));
    setWindowTitle(profileName.isEmpty() ? tr("Token Details") : tr("Token Details — %1").arg(profileName));
    buildUi();
    if (m_session) {
        connect(m_session, &AuthSession::stateChanged, this, &TokenDetailsDialog::refresh);
        connect(m_session, &AuthSession::tokenChanged, this, &TokenDetailsDialog::refresh);
        connect(m_session, &AuthSession::failed, this, &TokenDetailsDialog::refresh);
        connect(m_session, &AuthSession::clockSkewDetected, this, &TokenDetailsDialog::refresh);
        connect(m_session, &AuthSession::countdown, this, &TokenDetailsDialog::refreshTimes);
        connect(m_session, &QObject::destroyed, this, &TokenDetailsDialog::refresh, Qt::QueuedConnection);
    }
    refresh();
}

TokenDetailsDialog::~TokenDetailsDialog() = default;

void TokenDetailsDialog::buildUi() {
    m_copyButton = new QPushButton(tr("&Copy Token…"), this);
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_renewButton = new QPushButton(tr("&Renew Token…"), this);
    m_renewButton->setObjectName(QStringLiteral("renewTokenButton"));
    m_renewButton->setToolTip(tr("Requests a new token now. This ends the current token for every program using it."));
    m_getButton = new QPushButton(tr("&Get Token"), this);
    m_getButton->setObjectName(QStringLiteral("getTokenButton"));
    m_getButton->setToolTip(tr("Uses the saved token while it is valid; requests a new one only when there is none."));
    for (QPushButton *button : {m_copyButton, m_renewButton, m_getButton})
        button->setAutoDefault(false); // Enter closes; copying and renewing take a deliberate click
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_getButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_renewButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &TokenDetailsDialog::copyToken);
    connect(m_renewButton, &QPushButton::clicked, this, &TokenDetailsDialog::renewToken);
    connect(m_getButton, &QPushButton::clicked, this, &TokenDetailsDialog::getToken);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSummary());
    layout->addWidget(buildTables(), 1);
    layout->addWidget(buttons);
    resize(620, 520);
}

QWidget *TokenDetailsDialog::buildSummary() {
    auto *box = new QWidget(this);
    const auto valueLabel = [box](const char *name) {
        auto *label = new QLabel(box);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_stateLabel = valueLabel("stateLabel");
    m_countdownLabel = valueLabel("countdownLabel");
    m_countdownLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_issuedLabel = valueLabel("issuedLabel");
    m_expiresLabel = valueLabel("expiresLabel");
    m_skewLabel = valueLabel("clockSkewLabel");
    QPalette warning = m_skewLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x6c, 0x00));
    m_skewLabel->setPalette(warning);
    auto *profile = valueLabel("profileLabel");
    profile->setText(m_profileName.isEmpty() ? tr("(none)") : m_profileName);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Profile:"), profile);
    form->addRow(tr("State:"), m_stateLabel);
    form->addRow(tr("Time left:"), m_countdownLabel);
    form->addRow(tr("Issued:"), m_issuedLabel);
    form->addRow(tr("Expires:"), m_expiresLabel);
    form->addRow(m_skewLabel);
    return box;
}

QWidget *TokenDetailsDialog::buildTables() {
    auto *box = new QWidget(this);
    m_noTokenLabel = new QLabel(box);
    m_noTokenLabel->setObjectName(QStringLiteral("noTokenLabel"));
    m_noTokenLabel->setWordWrap(true);
    m_tables = new QWidget(box);
    m_headerTable = newTable(QStringLiteral("headerTable"), tr("Header"), m_tables);
    m_claimsTable = newTable(QStringLiteral("claimsTable"), tr("Claim"), m_tables);
    auto *headerTitle = new QLabel(tr("JWT &header"), m_tables);
    headerTitle->setBuddy(m_headerTable);
    auto *claimsTitle = new QLabel(tr("C&laims"), m_tables);
    claimsTitle->setBuddy(m_claimsTable);
    auto *tables = new QVBoxLayout(m_tables);
    tables->setContentsMargins(0, 0, 0, 0);
    tables->addWidget(headerTitle);
    tables->addWidget(m_headerTable, 1);
    tables->addWidget(claimsTitle);
    tables->addWidget(m_claimsTable, 2);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noTokenLabel);
    layout->addWidget(m_tables, 1);
    return box;
}

QString TokenDetailsDialog::localTime(const QDateTime &when) const {
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

void TokenDetailsDialog::fillTable(QTableWidget *table, const QJsonObject &object) {
    table->setRowCount(0);
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value = jsonText(it.value());
        if (isTimeClaim(it.key()) && it.value().isDouble())
            value += QStringLiteral("  (%1)").arg(localTime(QDateTime::fromSecsSinceEpoch(it.value().toInteger())));
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(value));
    }
    table->resizeColumnToContents(0);
}

void TokenDetailsDialog::refresh() {
    const bool held = holdsToken(m_session);
    const auto &token = m_session ? m_session->token() : std::optional<auth::AccessToken>();
    if (token && token->jwt) {
        fillTable(m_headerTable, token->jwt->header());
        fillTable(m_claimsTable, token->jwt->claims());
    } else {
        m_headerTable->setRowCount(0);
        m_claimsTable->setRowCount(0);
    }
    m_tables->setVisible(token && token->jwt);
    if (!m_session)
        m_noTokenLabel->setText(tr("No profile is selected, so there is no token."));
    else if (!token)
        m_noTokenLabel->setText(tr("There is no token for this profile yet. “Get Token” uses a saved token while it "
                                   "is valid and requests a new one only when there is none."));
    else if (!token->jwt)
        m_noTokenLabel->setText(tr("The token is not a JSON Web Token, so it has no header or claims to show."));
    m_noTokenLabel->setVisible(!token || !token->jwt);
    m_copyButton->setEnabled(held);
    m_renewButton->setEnabled(m_session && (held || m_session->state() == State::Failed));
    m_getButton->setVisible(!held);
    m_getButton->setEnabled(m_session && m_session->credentials().isComplete() &&
                            m_session->state() != State::Requesting);
    refreshTimes();
}

void TokenDetailsDialog::refreshTimes() {
    if (!m_session) {
        m_stateLabel->setText(tr("No profile selected"));
        m_countdownLabel->clear();
        m_issuedLabel->clear();
        m_expiresLabel->clear();
        m_skewLabel->hide();
        return;
    }
    const auto &token = m_session->token();
    const qint64 remaining = token ? token->secondsRemaining(m_clock->now()) : 0;
    m_stateLabel->setText(
        TokenStatusWidget::describe(m_session->state(), remaining, m_session->lastError(), m_session->credentials()));
    m_countdownLabel->setText(holdsToken(m_session) ? DurationFormat::fixedClock(remaining) : QString());
    // iat is on the server's clock; shifted by the measured skew it lines up with the expiry shown below.
    std::optional<QDateTime> issued = token && token->jwt ? token->jwt->issuedAt() : std::nullopt;
    if (issued && m_session->clockSkewSeconds())
        issued = issued->addSecs(*m_session->clockSkewSeconds());
    m_issuedLabel->setText(token ? localTime(issued.value_or(token->obtainedAt)) : QString());
    m_expiresLabel->setText(token ? localTime(token->expiresAt) : QString());
    const auto skew = m_session->clockSkewSeconds();
    const bool skewed = skew && std::llabs(*skew) > m_session->options().clockSkewWarningSeconds;
    m_skewLabel->setText(skewed ? QStringLiteral("⚠ ") + TokenStatusWidget::describeClockSkew(*skew) : QString());
    m_skewLabel->setVisible(skewed);
}

QString TokenDetailsDialog::stateText() const {
    return m_stateLabel->text();
}

QString TokenDetailsDialog::countdownText() const {
    return m_countdownLabel->text();
}

QString TokenDetailsDialog::clockSkewText() const {
    return m_skewLabel->isHidden() ? QString() : m_skewLabel->text();
}

bool TokenDetailsDialog::confirmCopy() {
    QMessageBox box(QMessageBox::Warning, tr("Copy token?"),
                    tr("Anyone who has this token can use the account's access to the Altrata APIs until it expires "
                       "(%1).")
                        .arg(localTime(m_session->token()->expiresAt)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("copyTokenConfirmationBox"));
    box.setInformativeText(tr("Paste it only where it is needed and never into chats, tickets or e-mail. The "
                              "clipboard is cleared again in %1.")
                               .arg(DurationFormat::words(clipboardClearMs / 1000)));
    QPushButton *copy = box.addButton(tr("Copy Token"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("confirmCopyButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == copy;
}

void TokenDetailsDialog::copyToken() {
    if (!holdsToken(m_session) || !confirmCopy() || !holdsToken(m_session))
        return;
    const QString value = m_session->token()->value.reveal();
    auto *data = new QMimeData;
    data->setText(value);
    // Password managers and clipboard histories honour this hint and do not keep the entry.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->setMimeData(data);
    qCInfo(lcUi) << "token copied to the clipboard after confirmation";
    // Only a fingerprint is kept to recognise the token later; the clipboard is left alone if it changed.
    QTimer::singleShot(clipboardClearMs, clipboard, [clipboard, print = fingerprint(value)] {
        if (fingerprint(clipboard->text()) == print)
            clipboard->clear();
    });
}

void TokenDetailsDialog::renewToken() {
    if (!m_session || !TokenStatusWidget::confirmRenewal(this))
        return;
    qCInfo(lcUi) << "user confirmed a forced token renewal";
    m_session->renewTokenTerminatingOtherSessions(this, [](const auth::TokenResult &) {});
}

void TokenDetailsDialog::getToken() {
    if (m_session)
        m_session->ensureToken(this, [](const auth::TokenResult &) {});
}

} // namespace altrata::ui
