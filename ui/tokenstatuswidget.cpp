#include "tokenstatuswidget.h"

#include "auth/durationformat.h"
#include "uilogging.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace altrata::ui {

using auth::AuthErrorKind;
using auth::AuthSession;
using auth::DurationFormat;
using State = AuthSession::State;

namespace {

constexpr int kIndicatorSize = 12;

bool holdsToken(State state) {
    return state == State::Valid || state == State::ExpiringSoon;
}

bool terminatedElsewhere(const AuthSession &session) {
    return session.state() == State::Failed && session.lastError() &&
           session.lastError()->kind == AuthErrorKind::TerminatedElsewhere;
}

QColor colorFor(State state) {
    switch (state) {
    case State::Valid:
        return QColor(0x2e, 0x9d, 0x4f);
    case State::ExpiringSoon:
        return QColor(0xe0, 0x8a, 0x00);
    case State::Expired:
    case State::Failed:
        return QColor(0xd0, 0x31, 0x2d);
    case State::Requesting:
        return QColor(0x35, 0x84, 0xe4);
    case State::NoCredentials:
    case State::Idle:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

} // namespace

TokenStatusWidget::TokenStatusWidget(QWidget *parent)
    : QWidget(parent) {
    buildUi();
    refresh();
}

TokenStatusWidget::~TokenStatusWidget() = default;

void TokenStatusWidget::createWidgets() {
    m_indicator = new QLabel(this);
    m_indicator->setFixedSize(kIndicatorSize, kIndicatorSize);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("tokenStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_countdownLabel = new QLabel(this);
    m_countdownLabel->setObjectName(QStringLiteral("tokenCountdownLabel"));
    m_countdownLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_countdownLabel->setAccessibleName(tr("Time left on the token"));
    m_getButton = new QPushButton(tr("&Get token"), this);
    m_getButton->setObjectName(QStringLiteral("getTokenButton"));
    m_getButton->setToolTip(tr("Uses the saved token while it is valid; requests a new one only when there is none."));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelTokenButton"));
    m_renewButton = new QPushButton(tr("&Renew token…"), this);
    m_renewButton->setObjectName(QStringLiteral("renewTokenButton"));
    m_renewButton->setToolTip(tr("Requests a new token now. This ends the current token for every program using it."));
    m_skewLabel = new QLabel(this);
    m_skewLabel->setObjectName(QStringLiteral("clockSkewLabel"));
    m_skewLabel->setWordWrap(true);
    m_skewLabel->hide();
}

void TokenStatusWidget::buildUi() {
    createWidgets();
    auto *row = new QHBoxLayout;
    row->addWidget(m_indicator, 0, Qt::AlignVCenter);
    row->addWidget(m_stateLabel, 1);
    row->addWidget(m_countdownLabel);
    row->addSpacing(8);
    row->addWidget(m_getButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_renewButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_skewLabel);

    connect(m_getButton, &QPushButton::clicked, this, &TokenStatusWidget::getToken);
    connect(m_renewButton, &QPushButton::clicked, this, &TokenStatusWidget::renewToken);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
}

void TokenStatusWidget::setSession(AuthSession *session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_skewLabel->hide();
    if (session) {
        connect(session, &AuthSession::stateChanged, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::countdown, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::tokenChanged, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::failed, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::clockSkewDetected, this, &TokenStatusWidget::showClockSkew);
        connect(session, &QObject::destroyed, this, &TokenStatusWidget::refresh, Qt::QueuedConnection);
        const auto skew = session->clockSkewSeconds();
        if (skew && std::llabs(*skew) > session->options().clockSkewWarningSeconds)
            showClockSkew(*skew);
    }
    refresh();
}

QString TokenStatusWidget::stateText() const {
    return m_stateLabel->text();
}

QString TokenStatusWidget::countdownText() const {
    return m_countdownLabel->isHidden() ? QString() : m_countdownLabel->text();
}

QString TokenStatusWidget::clockSkewText() const {
    return m_skewLabel->isHidden() ? QString() : m_skewLabel->text();
}

QString TokenStatusWidget::describe(State state, qint64 secondsRemaining,
                                    const std::optional<auth::AuthError> &lastError,
                                    const auth::Credentials &credentials) {
    switch (state) {
    case State::NoCredentials: {
        const QStringList missing = credentials.missingFields();
        if (missing.isEmpty())
            return tr("Incomplete profile");
        return tr("Incomplete profile — the %1 %2 missing")
            .arg(QLocale(QLocale::English).createSeparatedList(missing),
                 missing.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    }
    case State::Idle:
        return tr("No token yet");
    case State::Requesting:
        return tr("Requesting token…");
    case State::Valid:
        return tr("Token valid — %1 left").arg(DurationFormat::words(secondsRemaining));
    case State::ExpiringSoon:
        return tr("Expiring soon — %1 left").arg(DurationFormat::clock(secondsRemaining));
    case State::Expired:
        return tr("Expired");
    case State::Failed:
        return tr("Failed: %1").arg(lastError ? lastError->message : tr("the token request did not succeed."));
    }
    return QString();
}

QString TokenStatusWidget::describeClockSkew(qint64 localMinusServerSeconds) {
    const QString amount = DurationFormat::words(std::llabs(localMinusServerSeconds));
    const QString direction = localMinusServerSeconds > 0 ? tr("ahead of") : tr("behind");
    return tr("Your computer's clock is %1 %2 the token server's. Fix the system time; until then the time left "
              "shown here may be off by that much.")
        .arg(amount, direction);
}

void TokenStatusWidget::refresh() {
    if (!m_session) {
        m_stateLabel->setText(tr("No profile selected"));
        m_stateLabel->setToolTip(QString());
        m_countdownLabel->hide();
        m_getButton->setEnabled(false);
        m_renewButton->setEnabled(false);
        m_cancelButton->hide();
        m_skewLabel->hide();
        setIndicatorColor(colorFor(State::Idle));
        return;
    }
    const State state = m_session->state();
    const qint64 remaining = m_session->secondsRemaining();
    m_stateLabel->setText(describe(state, remaining, m_session->lastError(), m_session->credentials()));
    const auto &token = m_session->token();
    if (holdsToken(state) && token) {
        m_stateLabel->setToolTip(
            tr("Expires at %1").arg(QLocale().toString(token->expiresAt.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_stateLabel->setToolTip(state == State::Failed && m_session->lastError() ? m_session->lastError()->detail
                                                                                  : QString());
    }
    m_countdownLabel->setText(DurationFormat::fixedClock(remaining));
    m_countdownLabel->setVisible(holdsToken(state));
    m_cancelButton->setVisible(state == State::Requesting);
    m_getButton->setEnabled(state == State::Idle || state == State::Expired ||
                            (state == State::Failed && !terminatedElsewhere(*m_session)));
    m_renewButton->setEnabled(holdsToken(state) || terminatedElsewhere(*m_session));
    setIndicatorColor(colorFor(state));
}

void TokenStatusWidget::showClockSkew(qint64 localMinusServerSeconds) {
    m_skewLabel->setText(QStringLiteral("⚠ ") + describeClockSkew(localMinusServerSeconds));
    m_skewLabel->show();
}

void TokenStatusWidget::setIndicatorColor(const QColor &color) {
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(kIndicatorSize, kIndicatorSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, kIndicatorSize - 2, kIndicatorSize - 2));
    painter.end();
    m_indicator->setPixmap(pixmap);
}

void TokenStatusWidget::getToken() {
    if (!m_session)
        return;
    // ensureToken never requests while a token is valid, so this button cannot terminate anything.
    m_session->ensureToken(this, [](const auth::TokenResult &) {});
}

void TokenStatusWidget::renewToken() {
    if (!m_session || !confirmRenewal())
        return;
    qCInfo(lcUi) << "user confirmed a forced token renewal";
    m_session->renewTokenTerminatingOtherSessions(this, [](const auth::TokenResult &) {});
}

bool TokenStatusWidget::confirmRenewal() {
    QMessageBox box(QMessageBox::Warning, tr("Renew token?"),
                    tr("Renewing requests a new token now. The current token stops working at once — for every "
                       "other program that uses the same credentials, too."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("renewConfirmationBox"));
    box.setInformativeText(tr("Integrations that share this service user will fail until they fetch a new token "
                              "themselves. Renew only if nothing else depends on the current token."));
    QPushButton *renew = box.addButton(tr("Renew and End Other Sessions"), QMessageBox::DestructiveRole);
    renew->setObjectName(QStringLiteral("confirmRenewButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == renew;
}

} // namespace altrata::ui
