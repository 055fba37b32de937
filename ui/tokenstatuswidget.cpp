#include "tokenstatuswidget.h"

#include "auth/durationformat.h"
#include "uilogging.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolButton>

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

void TokenStatusWidget::buildUi() {
    setObjectName(QStringLiteral("tokenStatus"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Token status"));
    m_indicator = new QLabel(this);
    m_indicator->setFixedSize(kIndicatorSize, kIndicatorSize);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("tokenStatusLabel"));
    // Fixed-width digits: the label must not jitter as the countdown ticks.
    m_label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelTokenButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the token request"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setCursor(Qt::ArrowCursor);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(6);
    row->addWidget(m_indicator, 0, Qt::AlignVCenter);
    row->addWidget(m_label);
    row->addWidget(m_cancelButton);
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
}

void TokenStatusWidget::setSession(AuthSession *session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_skewText.clear();
    if (session) {
        connect(session, &AuthSession::stateChanged, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::countdown, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::tokenChanged, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::failed, this, &TokenStatusWidget::refresh);
        connect(session, &AuthSession::clockSkewDetected, this, &TokenStatusWidget::onClockSkew);
        connect(session, &QObject::destroyed, this, &TokenStatusWidget::refresh, Qt::QueuedConnection);
        const auto skew = session->clockSkewSeconds();
        if (skew && std::llabs(*skew) > session->options().clockSkewWarningSeconds)
            m_skewText = describeClockSkew(*skew);
    }
    refresh();
}

void TokenStatusWidget::setProfileName(const QString &name) {
    m_profileName = name;
    refresh();
}

QString TokenStatusWidget::stateText() const {
    return m_stateText;
}

QString TokenStatusWidget::labelText() const {
    return m_label->text();
}

QString TokenStatusWidget::countdownText() const {
    if (!m_session || !holdsToken(m_session->state()))
        return QString();
    return DurationFormat::fixedClock(m_session->secondsRemaining());
}

QString TokenStatusWidget::clockSkewText() const {
    return m_session ? m_skewText : QString();
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

QString TokenStatusWidget::shortFailure(const std::optional<auth::AuthError> &error) {
    if (!error)
        return tr("no token");
    switch (error->kind) {
    case AuthErrorKind::MissingCredentials:
        return tr("incomplete profile");
    case AuthErrorKind::InsecureUrl:
        return tr("URL refused");
    case AuthErrorKind::BadApiKey:
        return tr("API key refused");
    case AuthErrorKind::BadUserCredentials:
        return tr("wrong username or password");
    case AuthErrorKind::RateLimited:
        return tr("rate limited");
    case AuthErrorKind::ServerError:
        return tr("token server error");
    case AuthErrorKind::Network:
        return tr("network problem");
    case AuthErrorKind::Tls:
        return tr("certificate problem");
    case AuthErrorKind::MalformedResponse:
        return tr("unexpected answer");
    case AuthErrorKind::Cancelled:
        return tr("cancelled");
    case AuthErrorKind::TerminatedElsewhere:
        return tr("token ended elsewhere");
    case AuthErrorKind::Keychain:
        return tr("keychain problem");
    }
    return tr("no token");
}

QString TokenStatusWidget::compactLabel(State state, qint64 remaining) const {
    switch (state) {
    case State::NoCredentials:
        return tr("Incomplete profile");
    case State::Idle:
        return tr("No token");
    case State::Requesting:
        return tr("Requesting…");
    case State::Valid:
        return tr("Valid %1").arg(DurationFormat::fixedClock(remaining));
    case State::ExpiringSoon:
        return tr("Expiring %1").arg(DurationFormat::fixedClock(remaining));
    case State::Expired:
        return tr("Expired");
    case State::Failed:
        return tr("Failed: %1").arg(shortFailure(m_session->lastError()));
    }
    return QString();
}

QString TokenStatusWidget::tooltipFor(State state) const {
    QStringList lines;
    if (!m_profileName.isEmpty())
        lines << tr("Profile: %1").arg(m_profileName);
    const auto &token = m_session->token();
    if (holdsToken(state) && token)
        lines << tr("Expires: %1").arg(QLocale().toString(token->expiresAt.toLocalTime(), QLocale::LongFormat));
    else if (state == State::Expired && token)
        lines << tr("Expired: %1").arg(QLocale().toString(token->expiresAt.toLocalTime(), QLocale::LongFormat));
    lines << m_stateText;
    if (!clockSkewText().isEmpty())
        lines << QStringLiteral("⚠ ") + clockSkewText();
    lines << tr("Click for the token details.");
    return lines.join(QLatin1Char('\n'));
}

void TokenStatusWidget::showNoSession() {
    m_stateText = tr("No profile selected");
    m_label->setText(tr("No profile"));
    setToolTip(tr("Choose or create a credentials profile to get a token."));
    m_cancelButton->hide();
    setIndicatorColor(colorFor(State::Idle));
    setAccessibleDescription(m_stateText);
}

void TokenStatusWidget::refresh() {
    if (!m_session)
        return showNoSession();
    const State state = m_session->state();
    const qint64 remaining = m_session->secondsRemaining();
    m_stateText = describe(state, remaining, m_session->lastError(), m_session->credentials());
    QString label = compactLabel(state, remaining);
    if (!clockSkewText().isEmpty())
        label += QStringLiteral(" ⚠");
    m_label->setText(label);
    setToolTip(tooltipFor(state));
    setAccessibleDescription(m_stateText);
    m_cancelButton->setVisible(state == State::Requesting);
    setIndicatorColor(colorFor(state));
}

void TokenStatusWidget::onClockSkew(qint64 localMinusServerSeconds) {
    m_skewText = describeClockSkew(localMinusServerSeconds);
    refresh();
}

void TokenStatusWidget::setIndicatorColor(const QColor &color) {
    m_color = color;
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

void TokenStatusWidget::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        event->accept();
        Q_EMIT detailsRequested();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void TokenStatusWidget::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select:
        event->accept();
        Q_EMIT detailsRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TokenStatusWidget::paintEvent(QPaintEvent *event) {
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    // A plain QWidget draws no focus indication; keyboard users must see where they are.
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(QPalette::Window);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void TokenStatusWidget::getToken() {
    if (!m_session)
        return;
    // ensureToken never requests while a token is valid, so this cannot terminate anything.
    m_session->ensureToken(this, [](const auth::TokenResult &) {});
}

void TokenStatusWidget::renewToken() {
    if (!m_session || !confirmRenewal(this))
        return;
    qCInfo(lcUi) << "user confirmed a forced token renewal";
    m_session->renewTokenTerminatingOtherSessions(this, [](const auth::TokenResult &) {});
}

bool TokenStatusWidget::confirmRenewal(QWidget *parent) {
    QMessageBox box(QMessageBox::Warning, tr("Renew token?"),
                    tr("Renewing requests a new token now. The current token stops working at once — for every "
                       "other program that uses the same credentials, too."),
                    QMessageBox::NoButton, parent);
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
