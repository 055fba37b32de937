#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace altrata::ui {

// First run (no saved tabs, no profiles): two large choices — "Try the sandbox" (no account needed; starts the
// built-in sandbox with demo credentials and example queries) and "Connect to Altrata" (enter your API key,
// username and password). Keyboard reachable; follows the palette.
// Focus goes to "Try the sandbox" (the page is its focus proxy); Tab moves to "Connect to Altrata"; Space or
// Enter chooses; Alt+S and Alt+C choose from anywhere on the page.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    QCommandLinkButton *trySandboxButton() const { return m_sandboxButton; }
    QCommandLinkButton *connectButton() const { return m_connectButton; }

Q_SIGNALS:
    void trySandboxRequested();
    void connectRequested();

private:
    QWidget *createHeader();
    QLabel *createHint();
    void createChoices();

    QCommandLinkButton *m_sandboxButton = nullptr;
    QCommandLinkButton *m_connectButton = nullptr;
};

} // namespace altrata::ui
