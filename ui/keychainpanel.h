#pragma once

#include <QFrame>

class QLabel;

namespace altrata::ui {

// Shown when the keychain refuses to store secrets: says why and offers to keep the password and API key in
// memory for this session only. Hidden until showFailure(); the owner decides what "keep" does.
class KeychainPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainPanel)
public:
    explicit KeychainPanel(QWidget *parent = nullptr);

    // Shows the panel with the keychain's message (a plain sentence, never a secret).
    void showFailure(const QString &message);
    QString message() const;

Q_SIGNALS:
    // The user chose "Keep for this session only".
    void keepForSessionRequested();

private:
    QLabel *m_message = nullptr;
};

} // namespace altrata::ui
