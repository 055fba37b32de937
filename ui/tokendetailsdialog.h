// OWNER: helper "auth-ui" (branch r6-authui). Reference interface: keep these public names; add freely.
#pragma once

#include <QDialog>
#include <QPointer>

class QJsonObject;
class QLabel;
class QPushButton;
class QTableWidget;

namespace altrata::auth {
class AuthSession;
class Clock;
} // namespace altrata::auth

namespace altrata::ui {

// Token details of one session: decoded JWT header and claims (tables; times shown as local date-time too),
// issued/expires, live countdown, clock-skew warning if any, profile name; "Copy token" (asks first: the token
// grants access to the account until it expires), "Renew token…" (explains that renewal terminates the token
// of every other application using these credentials; renews only after confirmation). Never logs the token.
class TokenDetailsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDetailsDialog)
public:
    TokenDetailsDialog(auth::AuthSession *session, const QString &profileName, const auth::Clock *clock,
                       QWidget *parent = nullptr);
    ~TokenDetailsDialog() override;

    // How long "Copy token" leaves the token on the clipboard before clearing it (if still there).
    static constexpr int clipboardClearMs = 60000;

    QString stateText() const;
    QString countdownText() const; // "hh:mm:ss" while a valid token is held, else empty
    QString clockSkewText() const; // empty while the clocks agree

public Q_SLOTS:
    void copyToken();  // confirms first
    void renewToken(); // confirms first
    void getToken();   // only requests when no valid token is held (never terminates anything)

private:
    void buildUi();
    QWidget *buildSummary();
    QWidget *buildTables();
    void refresh();
    void refreshTimes();
    void fillTable(QTableWidget *table, const QJsonObject &object);
    QString localTime(const QDateTime &when) const;
    bool confirmCopy();

    QPointer<auth::AuthSession> m_session;
    QString m_profileName;
    const auth::Clock *m_clock;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QLabel *m_issuedLabel = nullptr;
    QLabel *m_expiresLabel = nullptr;
    QLabel *m_skewLabel = nullptr;
    QLabel *m_noTokenLabel = nullptr;
    QWidget *m_tables = nullptr;
    QTableWidget *m_headerTable = nullptr;
    QTableWidget *m_claimsTable = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_renewButton = nullptr;
    QPushButton *m_getButton = nullptr;
};

} // namespace altrata::ui
