#include "headerseditor.h"

#include "editortheme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

namespace altrata::ui {

namespace {

using workspace::HeaderEntry;

constexpr int managedApiKeyRow = 0;
constexpr int managedAuthorizationRow = 1;

// RFC 7230 tchar: the only characters a header name may contain.
bool isTokenChar(QChar c) {
    static const QString specials = QStringLiteral("!#$%&'*+-.^_`|~");
    return c.unicode() < 128 && (c.isLetterOrNumber() || specials.contains(c));
}

// Headers the network stack sets from the request itself; a second copy would corrupt the request.
bool isForbidden(const QString &lowerName) {
    static constexpr std::array<QLatin1String, 5> names{
        QLatin1String("host"), QLatin1String("content-length"), QLatin1String("content-type"),
        QLatin1String("transfer-encoding"), QLatin1String("connection")};
    return std::find(names.begin(), names.end(), lowerName) != names.end();
}

struct RowCheck {
    bool blank = false; // nothing typed: silently not sent
    QString problem;    // why the row is left out
    int column = HeadersEditor::NameColumn;
};

RowCheck checkRow(const QString &typedName, const QString &value) {
    const QString name = typedName.trimmed();
    if (name.isEmpty()) {
        if (value.trimmed().isEmpty())
            return {true, {}, HeadersEditor::NameColumn};
        return {false, QStringLiteral("A header with a value but no name is left out."), HeadersEditor::NameColumn};
    }
    if (workspace::isManagedHeaderName(name))
        return {false,
                QStringLiteral("Header “%1” is left out: the app sends it from the credentials profile.").arg(name),
                HeadersEditor::NameColumn};
    if (isForbidden(name.toLower()))
        return {false, QStringLiteral("Header “%1” is left out: the app sets it itself.").arg(name),
                HeadersEditor::NameColumn};
    if (!std::all_of(name.begin(), name.end(), isTokenChar))
        return {false,
                QStringLiteral("Header “%1” is left out: a name may only contain letters, digits and "
                               "! # $ % & ' * + - . ^ _ ` | ~.")
                    .arg(name),
                HeadersEditor::NameColumn};
    if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')))
        return {false, QStringLiteral("Header “%1” is left out: its value contains a line break.").arg(name),
                HeadersEditor::ValueColumn};
    if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\t'); }))
        return {false, QStringLiteral("Header “%1” is left out: its value contains a control character.").arg(name),
                HeadersEditor::ValueColumn};
    return {};
}

QTableWidgetItem *textItem(const QString &text, Qt::ItemFlags flags) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(flags);
    return item;
}

} // namespace

HeadersEditor::HeadersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(managedRowCount, 3, this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this)) {
    m_table->setHorizontalHeaderLabels({tr("Send"), tr("Name"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 180);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, like every other field
    m_table->installEventFilter(this);
    m_addButton->setToolTip(tr("Add a header (Insert)"));
    m_removeButton->setToolTip(tr("Remove the selected header (Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &HeadersEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &HeadersEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &HeadersEditor::itemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &HeadersEditor::updateButtons);
    setManagedState({}, false, false);
    updateButtons();
}

// The table outlives this part of the object (children go in ~QWidget) and still signals while it goes.
HeadersEditor::~HeadersEditor() {
    m_table->removeEventFilter(this);
    m_table->disconnect(this);
}

void HeadersEditor::setManagedState(const QString &profileName, bool hasApiKey, bool hasToken) {
    const QString none = QStringLiteral("none: no profile selected");
    const QString from = QStringLiteral("(from profile %1)").arg(profileName);
    const QString key = profileName.isEmpty() ? none
                        : hasApiKey           ? QStringLiteral("•••••• ") + from
                                              : QStringLiteral("none: profile %1 has no API key").arg(profileName);
    const QString token = profileName.isEmpty() ? none
                          : hasToken            ? QStringLiteral("Bearer •••••• ") + from
                                                : QStringLiteral("Bearer token requested on Run ") + from;
    m_updating = true;
    setManagedRow(managedApiKeyRow, QStringLiteral("x-api-key"), key, !profileName.isEmpty() && hasApiKey);
    setManagedRow(managedAuthorizationRow, QStringLiteral("Authorization"), token, !profileName.isEmpty());
    m_updating = false;
}

void HeadersEditor::setManagedRow(int row, const QString &name, const QString &value, bool sent) {
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    const QString tip = tr("Sent by the app from the credentials profile; change it with Edit credentials…");
    std::array<QTableWidgetItem *, 3> items{textItem({}, Qt::ItemIsEnabled), textItem(name, Qt::ItemIsEnabled),
                                            textItem(value, Qt::ItemIsEnabled)};
    items[EnabledColumn]->setCheckState(sent ? Qt::Checked : Qt::Unchecked);
    for (int column = 0; column < 3; ++column) {
        items[column]->setForeground(grey);
        items[column]->setToolTip(tip);
        m_table->setItem(row, column, items[column]);
    }
}

void HeadersEditor::setEntries(const QList<HeaderEntry> &entries) {
    m_updating = true;
    m_table->setRowCount(managedRowCount);
    for (const HeaderEntry &entry : entries)
        appendUserRow(entry);
    m_updating = false;
    revalidate();
    updateButtons();
}

void HeadersEditor::appendUserRow(const HeaderEntry &entry) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *enabled = textItem({}, Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    enabled->setCheckState(entry.enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, EnabledColumn, enabled);
    const Qt::ItemFlags editable = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    m_table->setItem(row, NameColumn, textItem(entry.name, editable));
    m_table->setItem(row, ValueColumn, textItem(entry.value, editable));
}

QList<HeaderEntry> HeadersEditor::entries() const {
    QList<HeaderEntry> result;
    for (int row = managedRowCount; row < m_table->rowCount(); ++row) {
        result.append({m_table->item(row, NameColumn)->text(), m_table->item(row, ValueColumn)->text(),
                       m_table->item(row, EnabledColumn)->checkState() == Qt::Checked});
    }
    return result;
}

QList<std::pair<QByteArray, QByteArray>> HeadersEditor::headersToSend() const {
    QList<std::pair<QByteArray, QByteArray>> result;
    for (const HeaderEntry &entry : entries()) {
        const RowCheck check = checkRow(entry.name, entry.value);
        if (entry.enabled && !check.blank && check.problem.isEmpty())
            result.append({entry.name.trimmed().toLatin1(), entry.value.trimmed().toUtf8()});
    }
    return result;
}

QStringList HeadersEditor::problems() const {
    QStringList result;
    for (const HeaderEntry &entry : entries()) {
        const RowCheck check = checkRow(entry.name, entry.value);
        if (entry.enabled && !check.problem.isEmpty())
            result.append(check.problem);
    }
    return result;
}

// Marks each user row's offending cell (warning icon, error colour, the sentence as tooltip).
void HeadersEditor::revalidate() {
    const bool wasUpdating = std::exchange(m_updating, true);
    const QColor error = EditorTheme::fromPalette(palette()).error;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = managedRowCount; row < m_table->rowCount(); ++row) {
        const RowCheck check =
            checkRow(m_table->item(row, NameColumn)->text(), m_table->item(row, ValueColumn)->text());
        for (int column : {NameColumn, ValueColumn}) {
            QTableWidgetItem *item = m_table->item(row, column);
            const bool flagged = !check.problem.isEmpty() && column == check.column;
            item->setToolTip(flagged ? check.problem : QString());
            item->setIcon(flagged ? warning : QIcon());
            item->setData(Qt::ForegroundRole, flagged ? QVariant(error) : QVariant());
        }
    }
    m_updating = wasUpdating;
}

void HeadersEditor::itemChanged() {
    if (m_updating)
        return;
    revalidate();
    Q_EMIT changed();
}

void HeadersEditor::addRow() {
    m_updating = true;
    appendUserRow({});
    m_updating = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
    updateButtons();
    Q_EMIT changed();
}

void HeadersEditor::removeCurrentRow() {
    const int row = m_table->currentRow();
    if (row < managedRowCount)
        return;
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

void HeadersEditor::updateButtons() {
    m_removeButton->setEnabled(m_table->currentRow() >= managedRowCount);
}

bool HeadersEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key == Qt::Key_Delete && m_table->currentRow() >= managedRowCount) {
            removeCurrentRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HeadersEditor::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool wasUpdating = std::exchange(m_updating, true);
        const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
        for (int row = 0; row < managedRowCount; ++row) {
            for (int column = 0; column < 3; ++column)
                m_table->item(row, column)->setForeground(grey);
        }
        m_updating = wasUpdating;
        revalidate();
    }
}

} // namespace altrata::ui
