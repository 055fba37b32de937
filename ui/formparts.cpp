#include "formparts.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace altrata::ui {

namespace {
QString fieldText(const char *text) {
    return QCoreApplication::translate("SecretField", text);
}
} // namespace

QLabel *makeMessageLabel(const QString &objectName, const QColor &color, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (color.isValid()) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, color);
        label->setPalette(palette);
    }
    label->hide();
    return label;
}

void setMessageLines(QLabel *label, const QStringList &lines) {
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

SecretField makeSecretField(const QString &what, QWidget *parent) {
    SecretField field;
    field.edit = new QLineEdit(parent);
    field.edit->setEchoMode(QLineEdit::Password);
    field.edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto *action = new QAction(fieldText("Show"), field.edit);
    action->setCheckable(true);
    action->setToolTip(fieldText("Show the %1 as plain text").arg(what));
    QLineEdit *edit = field.edit;
    QObject::connect(action, &QAction::toggled, edit, [edit, action](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        action->setText(shown ? fieldText("Hide") : fieldText("Show"));
    });
    field.toggle = new QToolButton(parent);
    field.toggle->setDefaultAction(action);
    field.toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return field;
}

void concealSecretField(const SecretField &field) {
    field.toggle->defaultAction()->setChecked(false);
}

} // namespace altrata::ui
