// OWNER: helper "editors" (branch r6-editors). Reference interface: keep these public names; add freely.
#pragma once

#include "workspace/querydocument.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace altrata::ui {

// The extra request headers of one tab: a table (enabled checkbox | name | value) with add/remove, plus the two
// managed rows the app sends itself — "x-api-key" and "Authorization: Bearer …" — shown first, read-only and
// masked (•••• and the last 4 characters never; just "managed by the profile"). A user row naming a managed or
// forbidden header (Host, Content-Length, x-api-key, Authorization) or with an invalid name/value is flagged in
// place and left out of headers().
class HeadersEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersEditor)
public:
    explicit HeadersEditor(QWidget *parent = nullptr);
    ~HeadersEditor() override;

    enum Column { EnabledColumn = 0, NameColumn = 1, ValueColumn = 2 };
    static constexpr int managedRowCount = 2; // rows 0 (x-api-key) and 1 (Authorization)

    // Whether the managed rows say a key / token will be sent ("from profile <name>" / "none: no profile").
    void setManagedState(const QString &profileName, bool hasApiKey, bool hasToken);

    // What the tab stores (all user rows). Setting them does not emit changed().
    void setEntries(const QList<workspace::HeaderEntry> &entries);
    QList<workspace::HeaderEntry> entries() const;
    // Enabled, valid user rows, ready to send (name and value trimmed).
    QList<std::pair<QByteArray, QByteArray>> headersToSend() const;
    QStringList problems() const; // plain sentences for rows left out

    QTableWidget *table() const { return m_table; } // the table itself (tests, focus handling)
    void addRow();                                  // a new enabled user row, its name cell being edited (Insert)
    void removeCurrentRow();                        // the current user row; managed rows stay (Delete)

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void appendUserRow(const workspace::HeaderEntry &entry);
    void setManagedRow(int row, const QString &name, const QString &value, bool sent);
    QString rowProblem(int row) const;
    void revalidate();
    void itemChanged();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    bool m_updating = false;
};

} // namespace altrata::ui
