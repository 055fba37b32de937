#pragma once

#include "auth/authsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace altrata::ui {

// Shows the token state of one AuthSession in plain words with a live countdown, and offers the two
// ways to get a token: "Get token" (only when none is valid, so it can never terminate anything) and
// "Renew token…" (asks first, because a new token terminates the current one for every program that
// uses the same credentials).
class TokenStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStatusWidget)
public:
    explicit TokenStatusWidget(QWidget *parent = nullptr);
    ~TokenStatusWidget() override;

    // Not owned; may be null (no profile selected). The widget follows the session's signals.
    void setSession(auth::AuthSession *session);
    auth::AuthSession *session() const { return m_session; }

    QString stateText() const;
    QString countdownText() const;
    QString clockSkewText() const; // empty while the clocks agree

    // The plain-words line for a state, e.g. "Token valid — 7 h 59 min left". Reusable by other views.
    static QString describe(auth::AuthSession::State state, qint64 secondsRemaining,
                            const std::optional<auth::AuthError> &lastError, const auth::Credentials &credentials);
    static QString describeClockSkew(qint64 localMinusServerSeconds);

public Q_SLOTS:
    void getToken();
    // Explains what renewing does and renews only when the user confirms.
    void renewToken();

private:
    void createWidgets();
    void buildUi();
    void refresh();
    void showClockSkew(qint64 localMinusServerSeconds);
    bool confirmRenewal();
    void setIndicatorColor(const QColor &color);

    QPointer<auth::AuthSession> m_session;
    QLabel *m_indicator = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QLabel *m_skewLabel = nullptr;
    QPushButton *m_getButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_renewButton = nullptr;
};

} // namespace altrata::ui
