// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/startscreen.h"

#include "context/editorcontext.h"
#include "newsessionwizard.h"
#include "nwk/editor/sessiondocument.h"
#include "recentfiles.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nwk {

QString StartScreen::bundledExample()
{
    return QStringLiteral(":/examples/basisschool-1.nwk");
}

StartScreen::StartScreen(const EditorContext &context, const QString &example)
    : QDialog(context.window)
    , m_context(context)
    , m_example(example)
{
    setObjectName(QStringLiteral("startScreen"));
    setWindowTitle(tr("Welcome to Netwerkkaart"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *title = new QLabel(tr("Netwerkkaart"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Map a school's network with a focus group: partners in "
                                "category sectors and rings, links, importance marks and "
                                "conversation cards."),
                             this);
    intro->setWordWrap(true);

    auto *newButton =
        new QCommandLinkButton(tr("&New Session\u2026"),
                               tr("Prepare a focus group: school, participants, language "
                                  "and categories"),
                               this);
    newButton->setObjectName(QStringLiteral("startNew"));
    newButton->setToolTip(tr("Opens a short wizard for a new session (Ctrl+Shift+N)"));
    auto *openButton =
        new QCommandLinkButton(tr("&Open\u2026"), tr("Open a saved session (.nwk file)"), this);
    openButton->setObjectName(QStringLiteral("startOpen"));
    openButton->setToolTip(tr("Chooses a session file to open (Ctrl+O)"));
    auto *exampleButton = new QCommandLinkButton(
        tr("Open the &Example"),
        tr("A finished map of a primary school from the study, to look around"), this);
    exampleButton->setObjectName(QStringLiteral("startExample"));
    exampleButton->setToolTip(tr("Opens the bundled example as an untitled session; your "
                                 "changes do not touch the original"));
    exampleButton->setEnabled(QFile::exists(m_example));

    auto *recentLabel = new QLabel(tr("&Recent sessions:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setToolTip(tr("Enter or double-click opens the session"));
    m_recent->setAccessibleName(tr("Recent sessions"));
    recentLabel->setBuddy(m_recent);
    m_openRecent = new QPushButton(tr("Open &Selected"), this);
    m_openRecent->setObjectName(QStringLiteral("startOpenRecent"));
    m_openRecent->setToolTip(tr("Opens the session chosen in the list"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *empty =
        buttons->addButton(tr("Start with an Empty &Map"), QDialogButtonBox::RejectRole);
    empty->setObjectName(QStringLiteral("startEmpty"));
    empty->setToolTip(tr("Closes this screen; the map starts empty (Esc)"));
    empty->setAutoDefault(false);

    auto *left = new QVBoxLayout;
    left->addWidget(title);
    left->addWidget(intro);
    left->addSpacing(12);
    left->addWidget(newButton);
    left->addWidget(openButton);
    left->addWidget(exampleButton);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(recentLabel);
    right->addWidget(m_recent, 1);
    right->addWidget(m_openRecent, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(newButton, &QPushButton::clicked, this, &StartScreen::newSession);
    connect(openButton, &QPushButton::clicked, this, &StartScreen::openFile);
    connect(exampleButton, &QPushButton::clicked, this, &StartScreen::openExample);
    connect(m_openRecent, &QPushButton::clicked, this, &StartScreen::openRecent);
    connect(m_recent, &QListWidget::itemDoubleClicked, this, &StartScreen::openRecent);
    m_recent->installEventFilter(this); // Enter opens (and must not press "New Session")
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillRecent();
    newButton->setFocus(Qt::OtherFocusReason);
    newButton->setDefault(true);
    resize(760, 460);
}

bool StartScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_recent && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openRecent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StartScreen::fillRecent()
{
    m_recent->clear();
    for (const QString &file : RecentFiles().files()) {
        const QFileInfo info(file);
        //: Recent sessions on the start screen: %1 file name, %2 its folder
        auto *item = new QListWidgetItem(
            tr("%1 \u2013 %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    const bool any = m_recent->count() > 0;
    if (any)
        m_recent->setCurrentRow(0);
    else
        m_recent->addItem(tr("No recent sessions yet"));
    m_recent->setEnabled(any);
    m_openRecent->setEnabled(any);
}

void StartScreen::closeIfOpened(const std::function<void()> &action)
{
    bool replaced = false;
    const QMetaObject::Connection c = connect(m_context.document, &SessionDocument::sessionReset,
                                              this, [&replaced] { replaced = true; });
    hide();
    action();
    disconnect(c);
    if (replaced)
        accept();
    else
        show();
}

void StartScreen::newSession()
{
    hide();
    NewSessionWizard *wizard = startWizard(m_context);
    if (!wizard) {
        show();
        return;
    }
    connect(wizard, &QDialog::accepted, this, &QDialog::accept);
    connect(wizard, &QDialog::rejected, this, &QWidget::show);
}

void StartScreen::openFile()
{
    closeIfOpened([this] { m_context.files->open(); });
}

void StartScreen::openExample()
{
    closeIfOpened([this] {
        if (m_context.files->maybeSave())
            m_context.files->openExample(m_example);
    });
}

void StartScreen::openRecent()
{
    const QListWidgetItem *item = m_recent->currentItem();
    if (!item)
        return;
    const QString file = item->data(Qt::UserRole).toString();
    if (!QFileInfo::exists(file)) {
        RecentFiles().remove(file);
        QMessageBox::warning(this, tr("File Not Found"),
                             tr("\u201c%1\u201d no longer exists. It was removed from the "
                                "list of recent files.")
                                 .arg(QDir::toNativeSeparators(file)));
        fillRecent();
        return;
    }
    closeIfOpened([this, file] {
        if (m_context.files->maybeSave())
            m_context.files->openFile(file);
    });
}

NewSessionWizard *StartScreen::startWizard(const EditorContext &context)
{
    if (!context.files->maybeSave())
        return nullptr;
    QMainWindow *window = context.window;
    SessionDocument *document = context.document;
    auto *wizard = new NewSessionWizard(window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, window,
            [document, wizard] { NewSessionWizard::apply(document, wizard->session()); });
    wizard->open();
    return wizard;
}

void StartScreen::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    const QString example = bundledExample();
    auto *wizard = new QAction(tr("New Session &Wizard\u2026"), window);
    wizard->setObjectName(QStringLiteral("newSessionWizardAction"));
    wizard->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    wizard->setToolTip(tr("A new session, prepared step by step: school, participants, "
                          "language, categories"));
    connect(wizard, &QAction::triggered, window, [&context] { startWizard(context); });
    QMenu *file = context.menu(MenuId::File);
    file->insertAction(context.action(ActionId::Open), wizard);
    auto *exampleAction = new QAction(tr("Open &Example"), window);
    exampleAction->setObjectName(QStringLiteral("openExampleAction"));
    exampleAction->setToolTip(tr("Opens the bundled example session, untitled"));
    exampleAction->setEnabled(QFile::exists(example));
    SessionFiles *files = context.files;
    connect(exampleAction, &QAction::triggered, window, [files, example] {
        if (files->maybeSave())
            files->openExample(example);
    });
    file->insertAction(context.menu(MenuId::OpenRecent)->menuAction(), exampleAction);
}

StartScreen *StartScreen::showFor(const EditorContext &context, const QString &example)
{
    auto *screen = new StartScreen(context, example);
    screen->open();
    return screen;
}

} // namespace nwk
