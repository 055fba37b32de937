#include "tabfiles.h"

#include "queryeditor.h"
#include "querytab.h"
#include "querytabs.h"
#include "workspace/queryfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace altrata::ui {

namespace {
const QString kLastDirectoryKey = QStringLiteral("ui/lastFileDirectory");
}

TabFiles::TabFiles(QueryTabs *tabs, QSettings *settings, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_tabs(tabs)
    , m_settings(settings)
    , m_dialogParent(dialogParent) {
    m_chooseOpen = [this](const QString &folder) {
        return QFileDialog::getOpenFileName(m_dialogParent, tr("Open Query"), folder,
                                            tr("GraphQL documents (*.graphql *.gql);;All files (*)"));
    };
    m_chooseSave = [this](const QString &suggested) {
        QFileDialog dialog(m_dialogParent, tr("Save Query As"), QFileInfo(suggested).absolutePath(),
                           tr("GraphQL documents (*.graphql *.gql)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("graphql"));
        dialog.selectFile(suggested);
        const bool chosen = dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty();
        return chosen ? dialog.selectedFiles().constFirst() : QString();
    };
}

TabFiles::~TabFiles() = default;

void TabFiles::remember(const QString &absolutePath) {
    m_settings->setValue(kLastDirectoryKey, QFileInfo(absolutePath).absolutePath());
}

bool TabFiles::openFile(const QString &path) {
    const workspace::QueryFileResult file = workspace::readQueryFile(path);
    if (!file.ok) {
        Q_EMIT message(QStringLiteral("⚠ ") + file.error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const int open = indexOfFile(absolute, nullptr); open >= 0) {
        m_tabs->setCurrentIndex(open); // already open: its unsaved changes stay
        return true;
    }
    workspace::QueryDocument document;
    document.title = QFileInfo(path).fileName();
    document.query = file.text;
    document.filePath = absolute;
    if (const QueryTab *current = m_tabs->currentTab())
        document.serviceUrl = current->serviceUrl();
    m_tabs->addDocument(document)->markSaved(absolute);
    remember(absolute);
    return true;
}

bool TabFiles::saveCurrentTo(const QString &path) {
    QueryTab *tab = m_tabs->currentTab();
    if (!tab)
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Two tabs on one file: saving the older one later would silently overwrite the newer text.
    if (const int other = indexOfFile(absolute, tab); other >= 0) {
        QMessageBox::warning(m_dialogParent, tr("Save"),
                             tr("Could not save: %1 is already open in the tab “%2”. Close that tab first, or save "
                                "under another name.")
                                 .arg(QDir::toNativeSeparators(absolute), m_tabs->tabAt(other)->title()));
        return false;
    }
    const workspace::QueryFileResult result = workspace::writeQueryFile(path, tab->editor()->text());
    if (!result.ok) {
        QMessageBox::warning(m_dialogParent, tr("Save"), result.error);
        return false;
    }
    if (tab->filePath() != absolute)
        tab->setTitle(QFileInfo(path).fileName());
    tab->markSaved(absolute);
    remember(absolute);
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

int TabFiles::indexOfFile(const QString &absolutePath, const QueryTab *except) const {
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QueryTab *tab = m_tabs->tabAt(i);
        if (tab != except && tab->filePath() == absolutePath)
            return i;
    }
    return -1;
}

void TabFiles::setFileChoosers(FileChooser open, FileChooser save) {
    m_chooseOpen = std::move(open);
    m_chooseSave = std::move(save);
}

void TabFiles::openDialog() {
    const QString path = m_chooseOpen(m_settings->value(kLastDirectoryKey).toString());
    if (!path.isEmpty())
        openFile(path);
}

void TabFiles::save() {
    const QueryTab *tab = m_tabs->currentTab();
    if (tab && !tab->filePath().isEmpty())
        saveCurrentTo(tab->filePath());
    else
        saveAs();
}

void TabFiles::saveAs() {
    const QueryTab *tab = m_tabs->currentTab();
    if (!tab)
        return;
    const QString suggested = tab->filePath().isEmpty()
                                  ? QDir(m_settings->value(kLastDirectoryKey, QDir::homePath()).toString())
                                        .filePath(tab->title() + QStringLiteral(".graphql"))
                                  : tab->filePath();
    const QString path = m_chooseSave(suggested);
    if (!path.isEmpty())
        saveCurrentTo(path);
}

} // namespace altrata::ui
