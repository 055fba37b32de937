#include "errorlistwidget.h"

#include "icons.h"

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
    const QIcon icon = actionIcon(QStringLiteral("error"));
    for (const results::GraphQLErrorInfo &error : errors) {
        auto *item = new QListWidgetItem(icon, describe(error), this);
        item->setToolTip(error.message);
        if (!error.locations.isEmpty()) {
            const auto [line, column] = error.locations.constFirst();
            item->setData(LineRole, line);
            item->setData(ColumnRole, column);
            item->setToolTip(tr("%1\n\nDouble-click or press Enter to go to line %2, column %3 of the query.")
                                 .arg(error.message)
                                 .arg(line)
                                 .arg(column));
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
