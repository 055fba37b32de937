#include "keychainpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace altrata::ui {

KeychainPanel::KeychainPanel(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("keychainPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("keychainMessage"));
    m_message->setWordWrap(true);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    auto *explanation = new QLabel(tr("You can keep the password and API key for this session only: they stay in "
                                      "memory, are never written to disk, and are gone when you quit."),
                                   this);
    explanation->setWordWrap(true);
    auto *keep = new QPushButton(tr("Keep for this session only"), this);
    keep->setObjectName(QStringLiteral("keepForSessionButton"));
    connect(keep, &QPushButton::clicked, this, &KeychainPanel::keepForSessionRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(explanation);
    layout->addWidget(keep, 0, Qt::AlignLeft);
    hide();
}

void KeychainPanel::showFailure(const QString &message) {
    m_message->setText(message);
    show();
}

QString KeychainPanel::message() const {
    return m_message->text();
}

} // namespace altrata::ui
