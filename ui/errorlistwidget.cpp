#include "errorlistwidget.h"

namespace altrata::ui {

ErrorListWidget::ErrorListWidget(QWidget *parent)
    : QListWidget(parent) {
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemActivated, this, &ErrorListWidget::onActivated);
}

ErrorListWidget::~ErrorListWidget() = default;

QString ErrorListWidget::describe(const results::GraphQLErrorInfo &error) {
    const QString separator = QStringLiteral(" \u2014 ");
    QStringList parts{error.message.isEmpty() ? tr("(no message)") : error.message};
    QStringList locations;
    for (const auto &[line, column] : error.locations)
        locations.append(tr("line %1, column %2").arg(line).arg(column));
    if (!locations.isEmpty())
        parts.append(locations.join(QStringLiteral("; ")));
    if (!error.path.isEmpty())
        parts.append(tr("path %1").arg(error.path));
    return parts.join(separator);
}

void ErrorListWidget::setErrors(const QList<results::GraphQLErrorInfo> &errors) {
    clear();
    for (const results::GraphQLErrorInfo &error : errors) {
        auto *item = new QListWidgetItem(describe(error), this);
        item->setToolTip(error.message);
        if (!error.locations.isEmpty()) {
            item->setData(LineRole, error.locations.constFirst().first);
            item->setData(ColumnRole, error.locations.constFirst().second);
        }
    }
    if (count() > 0)
        setCurrentRow(0);
}

void ErrorListWidget::onActivated(QListWidgetItem *item) {
    if (!item || !item->data(LineRole).isValid())
        return;
    Q_EMIT locationActivated(item->data(LineRole).toInt(), item->data(ColumnRole).toInt());
}

} // namespace altrata::ui
