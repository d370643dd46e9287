// SPDX-License-Identifier: GPL-3.0-or-later
// Each shot builds real windows, drives them with their public API and Qt Test
// events into the state the guide describes, and grabs them. A feature missing in
// this build (no action or widget of that name) makes its shot skip, named.
#include "shots.h"

#include "../../src/editor/research/comparewindow.h"
#include "nwk/core/maphistory.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/cards/presenterwindow.h"
#include "nwk/editor/language.h"
#include "nwk/editor/mainwindow.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"
#include "nwk/editor/startscreen.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWizard>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace nwk::shots {

namespace {

// ---- the shots ------------------------------------------------------------------

void mainWindow(Run &run)
{
    Window w = exampleWindow(run);
    raiseDock(w.get(), "captureDock");
    selectPartner(w.get(), QStringLiteral("CLB"));
    auto *capture = w->findChild<QLineEdit *>(QStringLiteral("captureEdit"));
    if (capture) {
        capture->setFocus();
        typeText(capture, QStringLiteral("Sportclub"));
    }
    run.save(w.get(), QStringLiteral("main-window"));
}

void startScreen(Run &run)
{
    Window w = exampleWindow(run); // puts the example among the recent sessions
    w->newSession();
    StartScreen *screen = StartScreen::showFor(w->context(), exampleFile(run));
    (void)QTest::qWaitForWindowExposed(screen);
    run.save(screen, QStringLiteral("start-screen"));
    screen->reject();
}

void newSessionWizard(Run &run)
{
    Window w(openWindow(QString()), [](MainWindow *m) { m->close(); });
    QAction *action = findAction(w.get(), QStringLiteral("newSessionWizardAction"),
                                 QStringLiteral("New Session Wizard\u2026"));
    if (!action)
        return run.skip(QStringLiteral("new-session-wizard"),
                        QStringLiteral("no File > New Session Wizard"));
    action->trigger();
    auto *wizard = w->findChild<QWizard *>(QStringLiteral("newSessionWizard"));
    if (!wizard)
        return run.skip(QStringLiteral("new-session-wizard"), QStringLiteral("no wizard opened"));
    (void)QTest::qWaitForWindowExposed(wizard);
    auto type = [wizard](const char *field, const QString &text) {
        if (auto *edit = wizard->findChild<QLineEdit *>(QLatin1String(field))) {
            edit->clear();
            typeText(edit, text);
        }
    };
    type("wizardSchool", QStringLiteral("Basisschool De Regenboog"));
    type("wizardPseudonym", QStringLiteral("BaO2"));
    wizard->next();
    settle();
    const std::pair<const char *, int> people[] = {
        {"directeur", 1}, {"zorgco\u00f6rdinator", 2}, {"leerkracht 5de leerjaar", 0}};
    for (const auto &[role, group] : people) {
        type("wizardRole", QString::fromUtf8(role));
        if (auto *groups = wizard->findChild<QComboBox *>(QStringLiteral("wizardRoleGroup")))
            groups->setCurrentIndex(std::min(group, groups->count() - 1));
        if (auto *add = wizard->findChild<QWidget *>(QStringLiteral("wizardAddParticipant")))
            QTest::mouseClick(add, Qt::LeftButton);
        settle();
    }
    run.save(wizard, QStringLiteral("new-session-wizard"));
    wizard->reject();
}

void cardsDock(Run &run)
{
    Window w = exampleWindow(run);
    QDockWidget *dock = raiseDock(w.get(), "cardsDock");
    QObject *panel = w->findChild<QObject *>(QStringLiteral("cardsPanel"));
    if (!dock || !panel)
        return run.skip(QStringLiteral("cards-dock"), QStringLiteral("no Conversation Cards dock"));
    w->resizeDocks({dock}, {520}, Qt::Horizontal);
    QMetaObject::invokeMethod(panel, "goToCard", Q_ARG(int, 1)); // a card with notes and quotes
    settle();
    w->view()->fitToWindow();
    run.save(w.get(), QStringLiteral("cards-dock"));
}

void presenter(Run &run)
{
    Window w = exampleWindow(run);
    auto *focusGroup = w->findChild<FocusGroup *>(QStringLiteral("focusGroup"));
    auto *window = w->findChild<PresenterWindow *>(QStringLiteral("presenterWindow"));
    if (!focusGroup || !window)
        return run.skip(QStringLiteral("presenter"), QStringLiteral("no presenter window"));
    if (QObject *panel = w->findChild<QObject *>(QStringLiteral("cardsPanel")))
        QMetaObject::invokeMethod(panel, "goToCard", Q_ARG(int, 1));
    focusGroup->showPresenter(nullptr); // one screen here, so a normal window
    window->setMode(PresenterWindow::Mode::CardAndMap);
    window->resize(1280, 720); // a projector's size
    (void)QTest::qWaitForWindowExposed(window);
    run.save(window, QStringLiteral("presenter"));
    window->hide();
}

void projection(Run &run)
{
    Window w = exampleWindow(run);
    QAction *action = findAction(w.get(), QStringLiteral("projectionModeAction"),
                                 QStringLiteral("Projection Mode"));
    if (!action)
        return run.skip(QStringLiteral("projection-mode"),
                        QStringLiteral("no View > Projection Mode"));
    action->trigger();
    researcherLayout(w.get()); // the map as large as it goes, as on a projector
    run.save(w.get(), QStringLiteral("projection-mode"));
    action->trigger(); // off again (the choice is remembered)
}

void liveLayout(Run &run)
{
    Window w = exampleWindow(run);
    QAction *action =
        findAction(w.get(), QStringLiteral("liveLayoutAction"), QStringLiteral("Live Layout"));
    if (!action)
        return run.skip(QStringLiteral("live-layout"), QStringLiteral("no View > Live Layout"));
    action->trigger(); // F10
    settle();
    selectPartner(w.get(), QStringLiteral("CLB"));
    if (auto *field = w->findChild<QLineEdit *>(QStringLiteral("liveCaptureEdit"))) {
        field->setFocus();
        typeText(field, QStringLiteral("Sportclub"));
    }
    w->view()->fitToWindow();
    settle();
    run.save(w.get(), QStringLiteral("live-layout"));
    action->trigger();
}

void roomView(Run &run)
{
    Window w = exampleWindow(run);
    QAction *action =
        findAction(w.get(), QStringLiteral("roomViewAction"), QStringLiteral("Room View"));
    QWidget *room = w->findChild<QWidget *>(QStringLiteral("roomView"));
    if (!action || !room)
        return run.skip(QStringLiteral("room-view"), QStringLiteral("no View > Room View"));
    action->trigger(); // F5 on one screen
    if (QWidget *hint = room->findChild<QWidget *>(QStringLiteral("roomViewHint")))
        hint->hide(); // it goes after a few seconds
    settle();
    run.save(w.get(), QStringLiteral("room-view"));
    action->trigger();
}

void exportDialog(Run &run)
{
    Window w = exampleWindow(run);
    QAction *action =
        findAction(w.get(), QStringLiteral("exportMapAction"), QStringLiteral("Export Map\u2026"));
    if (!action)
        return run.skip(QStringLiteral("export-dialog"), QStringLiteral("no File > Export Map"));
    grabModal(run, QStringLiteral("export-dialog"), "exportDialog",
              [action] { action->trigger(); });
}

void annotations(Run &run)
{
    Window w = exampleWindow(run);
    QAction *mode = findAction(w.get(), QStringLiteral("annotationModeAction"),
                               QStringLiteral("Annotation Mode"));
    if (!mode)
        return run.skip(QStringLiteral("annotation-mode"),
                        QStringLiteral("no Research > Annotation Mode"));
    SessionDocument *doc = w->document();
    QString clb;
    for (const Partner &p : doc->session().partners)
        if (p.label == QStringLiteral("CLB"))
            clb = p.id;
    if (!clb.isEmpty()) {
        Annotation a;
        a.id = QStringLiteral("an-shot");
        a.targetKind = AnnotationTarget::Partner;
        a.targetId = clb;
        a.memo =
            QStringLiteral("Centrale partner voor zorg; P2 en P3 noemen het CLB bij elke kaart.");
        a.author = QStringLiteral("onderzoeker");
        a.created = QStringLiteral("2019-03-21T10:00:00Z");
        doc->push(new AddObject<Annotation>(doc, a, QStringLiteral("Annotate")));
    }
    mode->trigger();
    selectPartner(w.get(), QStringLiteral("CLB"));
    raiseDock(w.get(), "annotationsDock");
    researcherLayout(w.get());
    run.save(w.get(), QStringLiteral("annotation-mode"));
    mode->trigger();
}

void measures(Run &run)
{
    Window w = exampleWindow(run);
    QDockWidget *dock = raiseDock(w.get(), "measuresDock");
    if (!dock)
        return run.skip(QStringLiteral("measures"), QStringLiteral("no measures dock"));
    w->resizeDocks({dock}, {520}, Qt::Vertical);
    researcherLayout(w.get());
    run.save(w.get(), QStringLiteral("measures"));
}

/// The example with a history: its partners put on the map one by one, a minute apart
/// from 0:05:00, each with its links to those before it (the example has no history).
QString exampleWithHistory(const Run &run)
{
    const QString file = QDir(run.sessions).filePath(QStringLiteral("met-geschiedenis.nwk"));
    SessionReadResult read = readSessionFile(exampleFile(run));
    if (!read.session)
        return {};
    Session s = *read.session;
    Session before = s;
    before.partners.clear();
    before.links.clear();
    before.groups.clear();
    before.missingPartners.clear();
    before.relativePlacements.clear();
    s.history.clear();
    std::vector<Partner> partners = s.partners;
    qint64 atMs = 300000;
    for (const Partner &p : partners) {
        Session after = before;
        after.partners.push_back(p);
        for (const Link &l : s.links)
            if ((l.from == p.id || l.to == p.id) &&
                (after.partner(l.from) || l.from == kSchoolId) &&
                (after.partner(l.to) || l.to == kSchoolId))
                after.links.push_back(l);
        for (MapEvent &e : mapEvents(before, after, atMs))
            s.history.push_back(std::move(e));
        before = after;
        atMs += 60000;
    }
    for (MapEvent &e : mapEvents(before, s, atMs)) // groups and the rest, at the end
        s.history.push_back(std::move(e));
    return writeSessionFile(s, file).isEmpty() ? file : QString();
}

void timeline(Run &run)
{
    const QString file = exampleWithHistory(run);
    Window w(openWindow(file), [](MainWindow *m) {
        const_cast<QUndoStack *>(m->document()->undoStack())->setClean();
        m->close();
        settle();
    });
    QDockWidget *dock = raiseDock(w.get(), "timelineDock");
    if (!dock)
        return run.skip(QStringLiteral("timeline"), QStringLiteral("no timeline dock"));
    researcherLayout(w.get());
    w->resizeDocks({dock}, {w->height() * 2 / 5}, Qt::Vertical);
    settle();
    auto *scrub = dock->findChild<QSlider *>(QStringLiteral("timelineScrubBar"));
    if (scrub)
        scrub->setValue(25 * 60 * 1000); // 0:25:00, halfway through the map's building
    settle();
    run.save(w.get(), QStringLiteral("timeline"));
    // A smaller screen's look, for checking by eye (not in the guide): in the temp folder.
    w->resize(1280, 720);
    settle();
    const QString small = QDir::temp().filePath(QStringLiteral("timeline-1280x720.png"));
    if (w->grab().save(small))
        std::fprintf(stderr, "also wrote %s\n", qPrintable(small));
}

/// Two more schools for the comparison: the example with fewer partners, renamed.
QString variant(const Run &run, const QString &school, const QString &pseudonym, int every)
{
    SessionDocument doc;
    doc.load(exampleFile(run));
    Session s = doc.session();
    s.meta.schoolName = school;
    s.meta.schoolPseudonym = pseudonym;
    doc.reset(s);
    QStringList drop;
    for (std::size_t i = 0; i < s.partners.size(); ++i)
        if (i % static_cast<std::size_t>(every) == 1)
            drop.append(s.partners[i].id);
    if (QUndoCommand *command = makeDeleteCommand(&doc, drop, {}))
        doc.push(command);
    const QString file = QDir(run.sessions).filePath(pseudonym + QStringLiteral(".nwk"));
    const QString error = doc.saveAs(file);
    if (!error.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return file;
}

void compare(Run &run)
{
    Window w = exampleWindow(run);
    QAction *action = findAction(w.get(), QStringLiteral("compareSchoolsAction"),
                                 QStringLiteral("Compare Schools\u2026"));
    if (!action)
        return run.skip(QStringLiteral("compare-schools"),
                        QStringLiteral("no File > Compare Schools"));
    action->trigger();
    auto *compareWindow = w->findChild<CompareWindow *>(QStringLiteral("compareWindow"));
    if (!compareWindow)
        return run.skip(QStringLiteral("compare-schools"),
                        QStringLiteral("no compare window opened"));
    compareWindow->addFiles(
        {exampleFile(run),
         variant(run, QStringLiteral("Basisschool Het Anker"), QStringLiteral("BaO2"), 3),
         variant(run, QStringLiteral("Basisschool De Linde"), QStringLiteral("BaO3"), 4)});
    compareWindow->resize(kWidth, kHeight);
    // The CLB highlighted on every map.
    const auto &recurring = compareWindow->table().recurring;
    for (std::size_t i = 0; i < recurring.size(); ++i)
        if (recurring[i].label == QLatin1String("CLB"))
            compareWindow->choosePartner(static_cast<int>(i));
    (void)QTest::qWaitForWindowExposed(compareWindow);
    run.save(compareWindow, QStringLiteral("compare-schools"));
    if (auto *tabs = compareWindow->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1); // the maps side by side
        run.save(compareWindow, QStringLiteral("compare-maps"));
    } else {
        run.skip(QStringLiteral("compare-maps"), QStringLiteral("no tabs in the compare window"));
    }
    compareWindow->close();
}

void dutch(Run &run)
{
    if (!installTranslators(QStringLiteral("nl")))
        return run.skip(QStringLiteral("dutch-interface"), QStringLiteral("no Dutch translation"));
    {
        Window w = exampleWindow(run);
        raiseDock(w.get(), "captureDock");
        run.save(w.get(), QStringLiteral("dutch-interface"));
    }
    removeTranslators();
}

} // namespace

std::vector<Shot> allShots()
{
    return {
        {QStringLiteral("start-screen"), startScreen},
        {QStringLiteral("new-session-wizard"), newSessionWizard},
        {QStringLiteral("main-window"), mainWindow},
        {QStringLiteral("cards-dock"), cardsDock},
        {QStringLiteral("presenter"), presenter},
        {QStringLiteral("projection-mode"), projection},
        {QStringLiteral("live-layout"), liveLayout},
        {QStringLiteral("room-view"), roomView},
        {QStringLiteral("annotation-mode"), annotations},
        {QStringLiteral("measures"), measures},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("compare-schools"), compare},
        {QStringLiteral("export-dialog"), exportDialog},
        {QStringLiteral("dutch-interface"), dutch},
    };
}

} // namespace nwk::shots
