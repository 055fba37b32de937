#include "welcomepage.h"

#include "icons.h"

#include <QCommandLinkButton>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace altrata::ui {

namespace {

constexpr int kChoiceWidth = 440;
constexpr int kChoiceIconSize = 32;
constexpr int kLogoSize = 64;

QLabel *scaledLabel(const QString &text, qreal pointScale, bool bold, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * pointScale);
    font.setBold(bold);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

// A framed panel in the palette's Base colour around a choice, so that each reads as one large card.
QFrame *card(QCommandLinkButton *button) {
    auto *frame = new QFrame(button->parentWidget());
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(button);
    return frame;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    createChoices();

    auto *choices = new QVBoxLayout;
    choices->setSpacing(12);
    choices->addWidget(card(m_sandboxButton));
    choices->addWidget(card(m_connectButton));

    auto *column = new QVBoxLayout;
    column->setSpacing(24);
    column->addWidget(createHeader());
    column->addLayout(choices);
    column->addWidget(createHint());

    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addLayout(column);
    centred->addStretch();

    auto *page = new QVBoxLayout(this);
    page->addStretch(2);
    page->addLayout(centred);
    page->addStretch(3);

    // Whoever gives the page focus (the window showing it) lands on the choice that needs no account.
    setFocusProxy(m_sandboxButton);
    setTabOrder(m_sandboxButton, m_connectButton);
}

WelcomePage::~WelcomePage() = default;

QWidget *WelcomePage::createHeader() {
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *logo = new QLabel(header);
    logo->setPixmap(applicationIcon().pixmap(kLogoSize, kLogoSize));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = scaledLabel(tr("Altrata Explorer"), 2.0, true, header);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setAccessibleName(title->text());
    auto *subtitle = scaledLabel(tr("Query the Altrata GraphQL APIs — profiles, relationships, events and matching — "
                                    "and check credentials in seconds."),
                                 1.0, false, header);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    return header;
}

void WelcomePage::createChoices() {
    m_sandboxButton = new QCommandLinkButton(
        tr("Try the &sandbox"),
        tr("No account needed. Starts the built-in sandbox on this computer with demo credentials and opens an "
           "example query for each service."),
        this);
    m_sandboxButton->setObjectName(QStringLiteral("trySandboxButton"));
    m_sandboxButton->setIcon(actionIcon(QStringLiteral("sandbox")));

    m_connectButton = new QCommandLinkButton(
        tr("&Connect to Altrata"),
        tr("Enter your API key, username and password. They are stored in the system keychain."), this);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setIcon(actionIcon(QStringLiteral("credentials")));

    for (QCommandLinkButton *button : {m_sandboxButton, m_connectButton}) {
        button->setIconSize(QSize(kChoiceIconSize, kChoiceIconSize));
        button->setMinimumWidth(kChoiceWidth);
        button->setAutoDefault(true); // Enter chooses, like Space, when the button has focus
        button->setAccessibleDescription(button->description());
    }
    connect(m_sandboxButton, &QCommandLinkButton::clicked, this, &WelcomePage::trySandboxRequested);
    connect(m_connectButton, &QCommandLinkButton::clicked, this, &WelcomePage::connectRequested);
}

QLabel *WelcomePage::createHint() {
    auto *hint = new QLabel(tr("Tip: Ctrl+Enter runs the query, Shift+Ctrl+P prettifies it, and every action is in "
                               "the menus with its shortcut."),
                            this);
    hint->setObjectName(QStringLiteral("welcomeHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText); // quieter than the choices, still from the palette
    return hint;
}

} // namespace altrata::ui
