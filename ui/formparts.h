#pragma once

#include <QColor>
#include <QStringList>

class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace altrata::ui {

// Small pieces of the credentials form, kept apart so the dialog holds only its logic.

// A hidden, word-wrapped, selectable label for form messages; `color` (when valid) tints its text.
QLabel *makeMessageLabel(const QString &objectName, const QColor &color, QWidget *parent);
// Shows the lines one per row, or hides the label when there are none.
void setMessageLines(QLabel *label, const QStringList &lines);

// A masked line edit for a secret and the "Show"/"Hide" button that reveals it. `what` names the secret in
// the button's tooltip ("password").
struct SecretField {
    QLineEdit *edit = nullptr;
    QToolButton *toggle = nullptr;
};
SecretField makeSecretField(const QString &what, QWidget *parent);
// Masks the field again.
void concealSecretField(const SecretField &field);

} // namespace altrata::ui
