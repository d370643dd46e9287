// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/cards/focusgroup.h"

#include "cardspanel.h"
#include "context/editorcontext.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/cardcommands.h"
#include "nwk/editor/cards/deckresolver.h"
#include "nwk/editor/cards/presenterwindow.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

#include <tuple>

namespace nwk {

namespace {
const QString kDeckFilesKey = QStringLiteral("focusGroup/deckFiles");

QAction *make(QObject *parent, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(keys);
    return action;
}
} // namespace

void FocusGroup::install(EditorContext &context)
{
    auto *group = new FocusGroup(context.window, context.document, context.scene,
                                 context.dock(DockId::Capture), context.menu(MenuId::Session));
    context.registerDock(DockId::Cards, group->dock());
    context.provide(group);
    // Save and Undo work while the presenter is the active window (after a click on it), as
    // the recording's keys do (RecordingFeature).
    group->presenter()->addActions({context.action(ActionId::Save), context.action(ActionId::Undo),
                                    context.action(ActionId::Redo)});
}

FocusGroup::FocusGroup(QMainWindow *window, SessionDocument *document, MapScene *scene,
                       QDockWidget *beside, QMenu *sessionMenu)
    : QObject(window)
    , m_window(window)
    , m_document(document)
{
    setObjectName(QStringLiteral("focusGroup"));
    m_dock = new QDockWidget(tr("Conversation Cards"), window);
    m_dock->setObjectName(QStringLiteral("cardsDock"));
    m_panel = new CardsPanel(document, m_dock);
    m_panel->setSelectionSource([scene] { return scene->selectedPartnerIds(); });
    m_dock->setWidget(m_panel);
    // Default place: left of the map, in front of the Capture panel (full height)
    // (restoreState may move it).
    window->addDockWidget(beside ? window->dockWidgetArea(beside) : Qt::LeftDockWidgetArea, m_dock);
    if (beside) {
        window->tabifyDockWidget(beside, m_dock);
        m_dock->raise();
    }

    m_presenter = new PresenterWindow(document, window);
    connect(m_panel, &CardsPanel::currentCardChanged, this, &FocusGroup::updatePresenter);
    connect(m_presenter, &PresenterWindow::nextRequested, m_panel, &CardsPanel::nextCard);
    connect(m_presenter, &PresenterWindow::previousRequested, m_panel, &CardsPanel::previousCard);

    createActions(window, sessionMenu);
    connect(qApp, &QGuiApplication::screenRemoved, this, [this](QScreen *screen) {
        if (screen == m_screen)
            m_screen = nullptr;
    });

    connect(document, &SessionDocument::deckChanged, this, &FocusGroup::reloadDeck);
    connect(document, &SessionDocument::sessionReset, this, [this] {
        reloadDeck();
        m_panel->sessionReset();
    });
    reloadDeck();
    m_panel->sessionReset();
}

const Deck &FocusGroup::deck() const
{
    return m_panel->deck();
}

int FocusGroup::currentCardIndex() const
{
    return m_panel->currentIndex();
}

void FocusGroup::createActions(QMainWindow *window, QMenu *menu)
{
    nextCard =
        make(window, tr("&Next Card"),
             {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)});
    previousCard =
        make(window, tr("&Previous Card"),
             {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)});
    nextQuestion =
        make(window, tr("Next &Question"),
             {QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::ALT | Qt::Key_Down)});
    startRecording = make(window, tr("Start Session &Clock Only"), {});
    startRecording->setObjectName(QStringLiteral("startClockAction"));
    startRecording->setToolTip(
        tr("Start the session clock without recording audio here (audio recorded elsewhere)"));
    newMemo = make(window, tr("New &Memo"), {QKeySequence(Qt::CTRL | Qt::Key_M)});
    addQuote = make(window, tr("Add &Quote"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    togglePresenter = make(window, tr("Show &Presenter"), {QKeySequence(Qt::Key_F5)});
    dutchDeck = make(window, tr("&Dutch Study Deck"), {});
    englishDeck = make(window, tr("&English Study Deck"), {});
    openDeck = make(window, tr("&Open Deck File\u2026"), {});
    for (QAction *a : {dutchDeck, englishDeck})
        a->setCheckable(true);
    nextCard->setToolTip(tr("Go to the next card; the current one is marked done"));
    previousCard->setToolTip(tr("Go back to the previous card"));
    nextQuestion->setToolTip(tr("Move to the notes field of the next question"));
    newMemo->setToolTip(tr("Write a research memo: atmosphere, disturbance, emotion or other"));
    addQuote->setToolTip(tr("Add a quote to the current question, with who said it"));
    togglePresenter->setToolTip(
        tr("Show or hide the card and the map for the group, on a projector if there is one"));
    dutchDeck->setToolTip(tr("Use the study's conversation cards in Dutch"));
    englishDeck->setToolTip(tr("Use the study's conversation cards in English"));
    openDeck->setToolTip(tr("Use a deck of cards of your own, from a deck file"));

    connect(nextCard, &QAction::triggered, m_panel, &CardsPanel::nextCard);
    connect(previousCard, &QAction::triggered, m_panel, &CardsPanel::previousCard);
    connect(nextQuestion, &QAction::triggered, m_panel, &CardsPanel::nextQuestion);
    connect(startRecording, &QAction::triggered, m_panel, &CardsPanel::startRecording);
    auto showDock = [this] {
        m_dock->show();
        m_dock->raise();
    };
    connect(newMemo, &QAction::triggered, this, [this, showDock] {
        showDock();
        m_panel->beginMemo();
    });
    connect(addQuote, &QAction::triggered, this, [this, showDock] {
        showDock();
        m_panel->beginQuote();
    });
    connect(togglePresenter, &QAction::triggered, this, [this] {
        if (m_presenter->isVisible()) {
            m_presenter->hide();
            return;
        }
        QScreen *screen = m_screen;
        if (!screen) {
            const QScreen *mine = m_window->screen();
            for (QScreen *s : QGuiApplication::screens())
                if (s != mine)
                    screen = s;
        }
        showPresenter(screen);
    });
    connect(dutchDeck, &QAction::triggered, this, [this] { useBuiltinDeck(QStringLiteral("nl")); });
    connect(englishDeck, &QAction::triggered, this,
            [this] { useBuiltinDeck(QStringLiteral("en")); });
    connect(openDeck, &QAction::triggered, this, &FocusGroup::chooseDeckFile);

    menu->addAction(startRecording);
    menu->addSeparator();
    menu->addAction(nextCard);
    menu->addAction(previousCard);
    menu->addAction(nextQuestion);
    menu->addSeparator();
    menu->addAction(addQuote);
    menu->addAction(newMemo);
    menu->addSeparator();
    QMenu *deckMenu = menu->addMenu(tr("&Deck"));
    deckMenu->addAction(dutchDeck);
    deckMenu->addAction(englishDeck);
    deckMenu->addSeparator();
    deckMenu->addAction(openDeck);
    m_presenterMenu = menu->addMenu(tr("P&resenter"));
    connect(m_presenterMenu, &QMenu::aboutToShow, this, &FocusGroup::fillPresenterMenu);
    fillPresenterMenu();
    menu->addSeparator();
    QAction *toggleDock = m_dock->toggleViewAction();
    toggleDock->setText(tr("Conversation &Cards Panel"));
    toggleDock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    toggleDock->setToolTip(tr("Show or hide the cards, the notes, the protocol and the memos"));
    menu->addAction(toggleDock);

    connect(m_document, &SessionDocument::recordingStartedChanged, this, [this] {
        startRecording->setEnabled(m_document->session().recordingStarted.isEmpty());
    });
}

void FocusGroup::setStartAction(QAction *action)
{
    m_panel->setStartAction(action);
}

void FocusGroup::fillPresenterMenu()
{
    m_presenterMenu->clear();
    togglePresenter->setText(m_presenter->isVisible() ? tr("Hide &Presenter")
                                                      : tr("Show &Presenter"));
    m_presenterMenu->addAction(togglePresenter);
    m_presenterMenu->addSeparator();
    const auto screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        //: Presenter menu: %1 is the screen's name, %2x%3 its size
        QAction *a = m_presenterMenu->addAction(tr("Show on %1 (%2\u00d7%3)")
                                                    .arg(screen->name())
                                                    .arg(screen->size().width())
                                                    .arg(screen->size().height()));
        a->setToolTip(tr("Show the presenter full screen on this screen"));
        a->setStatusTip(a->toolTip());
        connect(a, &QAction::triggered, this, [this, screen] { showPresenter(screen); });
    }
    m_presenterMenu->addSeparator();
    auto *modes = new QActionGroup(m_presenterMenu);
    const std::tuple<QString, QString, PresenterWindow::Mode> entries[] = {
        {tr("Show &Card"), tr("The presenter shows the current card's questions"),
         PresenterWindow::Mode::Card},
        {tr("Show &Map"), tr("The presenter shows the live map"), PresenterWindow::Mode::Map},
        {tr("Card &and Map"), tr("The presenter shows the card and the map side by side"),
         PresenterWindow::Mode::CardAndMap}};
    for (const auto &[text, tip, mode] : entries) {
        QAction *a = m_presenterMenu->addAction(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setCheckable(true);
        a->setChecked(m_presenter->mode() == mode);
        modes->addAction(a);
        const PresenterWindow::Mode m = mode;
        connect(a, &QAction::triggered, this, [this, m] { m_presenter->setMode(m); });
    }
}

void FocusGroup::showPresenter(QScreen *screen)
{
    m_screen = screen;
    updatePresenter();
    m_presenter->showOn(screen);
}

void FocusGroup::updatePresenter()
{
    const Deck &d = m_panel->deck();
    const int index = m_panel->currentIndex();
    if (index < 0 || index >= static_cast<int>(d.cards.size()))
        return;
    const DeckCard &card = d.cards[static_cast<std::size_t>(index)];
    QString phase = d.phaseTitles.value(card.phase - 1);
    if (phase.isEmpty())
        phase = tr("Phase %1").arg(card.phase);
    m_presenter->setCard(card, phase, index + 1, static_cast<int>(d.cards.size()));
}

QStringList FocusGroup::knownDeckFiles() const
{
    return QSettings().value(kDeckFilesKey).toStringList();
}

void FocusGroup::rememberDeckFile(const QString &fileName)
{
    QStringList files = knownDeckFiles();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 20)
        files.removeLast();
    QSettings().setValue(kDeckFilesKey, files);
}

void FocusGroup::reloadDeck()
{
    const DeckRef &ref = m_document->session().deck;
    const ResolvedDeck r = resolveDeck(ref, m_document->fileName(), knownDeckFiles());
    const QString source = r.path.isEmpty() ? tr("built-in (%1)").arg(r.deck.language)
                                            : QDir::toNativeSeparators(r.path);
    m_panel->setDeck(r.deck, source, r.problem);
    const bool builtin = r.path.isEmpty();
    dutchDeck->setChecked(builtin && r.deck.language == QStringLiteral("nl"));
    englishDeck->setChecked(builtin && r.deck.language == QStringLiteral("en"));
    startRecording->setEnabled(m_document->session().recordingStarted.isEmpty());
    updatePresenter();
}

void FocusGroup::useBuiltinDeck(const QString &language)
{
    DeckRef ref = deckRefOf(builtinDeck(language));
    auto *command = new ChangeValue<DeckField>(m_document, QString(), ref,
                                               tr("Use the study deck (%1)").arg(language));
    command->setMergeable(false);
    if (command->isObsolete()) {
        delete command;
        reloadDeck(); // e.g. after a failed file: clear the message
        return;
    }
    m_document->push(command);
}

bool FocusGroup::openDeckFile(const QString &fileName)
{
    DeckReadResult read = readDeckFile(fileName);
    if (!read.deck) {
        const QString text =
            deckErrorText(QFileInfo(fileName).absoluteFilePath(), read.diagnostics) +
            QLatin1Char('\n') +
            tr("The session keeps its deck \u201c%1\u201d.").arg(m_panel->deck().title);
        m_panel->setMessage(text);
        m_dock->show();
        if (QStatusBar *bar = m_window->statusBar())
            bar->showMessage(tr("The deck file could not be used; see the cards panel."), 8000);
        return false;
    }
    rememberDeckFile(fileName);
    auto *command = new ChangeValue<DeckField>(m_document, QString(), deckRefOf(*read.deck),
                                               tr("Use deck \u201c%1\u201d").arg(read.deck->title));
    command->setMergeable(false);
    if (command->isObsolete()) {
        delete command;
        reloadDeck();
    } else {
        m_document->push(command);
    }
    return true;
}

void FocusGroup::chooseDeckFile()
{
    const QString fileName =
        QFileDialog::getOpenFileName(m_window, tr("Open Deck File"), QString(),
                                     tr("Netwerkkaart decks (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        openDeckFile(fileName);
}

} // namespace nwk
