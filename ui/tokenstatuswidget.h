#pragma once

#include "auth/authsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace altrata::ui {

// The toolbar's compact token status of one AuthSession: a coloured dot plus a short label that says the
// same in words ("Valid 07:59:58", "Expiring 00:04:12", "Expired", "No token", "Requesting…", "Failed: …"),
// so colour is never the only signal. The tooltip gives the absolute expiry (local time, with date) and the
// profile. Clicking it, or Enter/Space while it has focus, emits detailsRequested().
// getToken() never terminates anything; renewToken() asks first (confirmRenewal()).
class TokenStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStatusWidget)
public:
    explicit TokenStatusWidget(QWidget *parent = nullptr);
    ~TokenStatusWidget() override;

    // Not owned; may be null (no profile selected). The widget follows the session's signals.
    void setSession(auth::AuthSession *session);
    auth::AuthSession *session() const { return m_session; }
    void setProfileName(const QString &name);
    QString profileName() const { return m_profileName; }

    // The state as a plain sentence, e.g. "Token valid — 7 h 59 min left" (also the accessible description).
    QString stateText() const;
    // What the compact label shows, e.g. "Valid 07:59:58" or "Failed: API key refused".
    QString labelText() const;
    QString countdownText() const; // "hh:mm:ss" while a token is held, else empty
    QString clockSkewText() const; // empty while the clocks agree
    QColor indicatorColor() const { return m_color; }

    // The plain-words line for a state, e.g. "Token valid — 7 h 59 min left". Reusable by other views.
    static QString describe(auth::AuthSession::State state, qint64 secondsRemaining,
                            const std::optional<auth::AuthError> &lastError, const auth::Credentials &credentials);
    static QString describeClockSkew(qint64 localMinusServerSeconds);
    // A few words for a failure, for places with little room: "API key refused", "network problem".
    static QString shortFailure(const std::optional<auth::AuthError> &error);
    // Explains that renewing terminates the token of every other program using these credentials;
    // true only when the user confirmed. The one place that asks, for every view that offers renewal.
    static bool confirmRenewal(QWidget *parent);

public Q_SLOTS:
    void getToken();
    // Explains what renewing does and renews only when the user confirms.
    void renewToken();

Q_SIGNALS:
    void detailsRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void buildUi();
    void refresh();
    void showNoSession();
    QString compactLabel(auth::AuthSession::State state, qint64 remaining) const;
    QString tooltipFor(auth::AuthSession::State state) const;
    void onClockSkew(qint64 localMinusServerSeconds);
    void setIndicatorColor(const QColor &color);

    QPointer<auth::AuthSession> m_session;
    QString m_profileName;
    QString m_stateText;
    QString m_skewText;
    QColor m_color;
    QLabel *m_indicator = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace altrata::ui
