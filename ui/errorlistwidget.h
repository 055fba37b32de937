#pragma once

#include "results/resultdocument.h"

#include <QListWidget>

namespace altrata::ui {

// The GraphQL errors of a response, one row each: "message — line 3, column 5 — path data.x". Activating a
// row (double-click, Enter) that has a location reports its first location, so the editor can jump there.
class ErrorListWidget final : public QListWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorListWidget)
public:
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole };

    explicit ErrorListWidget(QWidget *parent = nullptr);
    ~ErrorListWidget() override;

    void setErrors(const QList<results::GraphQLErrorInfo> &errors);
    static QString describe(const results::GraphQLErrorInfo &error);

Q_SIGNALS:
    void locationActivated(int line, int column); // 1-based

private:
    void onActivated(QListWidgetItem *item);
};

} // namespace altrata::ui
