// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #21: no ambiguous shortcut can exist. Every QAction and QShortcut of the
// main window, its docks and its dialogs is walked; two that share a key where
// both can fire fail the test, and so does a key docs/shortcuts.md promises while
// typing that a text field would take for itself.
#include "cardsfixture.h"
#include "shortcutwalk.h"

#include "../../src/editor/export/exportdatadialog.h"
#include "../../src/editor/export/exportdialog.h"
#include "../../src/editor/help/quickguide.h"
#include "../../src/editor/help/shortcutshelp.h"
#include "../../src/editor/research/annotationdialog.h"
#include "../../src/editor/research/codebookdialog.h"
#include "../../src/editor/research/synonymsdialog.h"
#include "../../src/editor/session/newsessionwizard.h"
#include "../../src/editor/session/recoverydialog.h"
#include "../../src/editor/window/preferencesdialog.h"
#include "nwk/editor/startscreen.h"

#include <QAbstractSpinBox>
#include <QDialog>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextEdit>

#include <functional>
#include <memory>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Every dialog of the editor, constructed over the main window `w`.
std::vector<std::unique_ptr<QDialog>> everyDialog(MainWindow &w)
{
    SessionDocument *doc = w.document();
    const Session &s = doc->session();
    Annotation a;
    a.targetKind = AnnotationTarget::Partner;
    a.targetId = QStringLiteral("pa1");
    static std::vector<RecoveryCandidate> noCandidates;
    std::vector<std::unique_ptr<QDialog>> all;
    all.emplace_back(new NewSessionWizard(&w));
    all.emplace_back(new StartScreen(w.context(), QString()));
    all.emplace_back(new PreferencesDialog(&w));
    all.emplace_back(new ExportDialog(doc, &w));
    all.emplace_back(new ExportDataDialog(doc, w.findChild<FocusGroup *>()->deck(), &w));
    all.emplace_back(new AnnotationDialog(s, a, QStringLiteral("CLB"), &w));
    all.emplace_back(new CodebookDialog(doc, &w));
    all.emplace_back(new SynonymsDialog(SynonymList{}, QString(), &w));
    all.emplace_back(new RecoveryDialog(noCandidates, &w));
    all.emplace_back(new QuickGuide(&w));
    all.emplace_back(new ShortcutsHelp(&w));
    return all;
}

/// The keys of the table under "## Keys that work while typing" in docs/shortcuts.md.
QList<QKeySequence> keysPromisedWhileTyping()
{
    QFile f(QStringLiteral(NWK_SOURCE_DIR "/docs/shortcuts.md"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("## Keys that work while typing"));
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    const QString section = text.mid(start, end < 0 ? -1 : end - start);
    QList<QKeySequence> keys;
    static const QRegularExpression key(QStringLiteral("`([^`]+)`"));
    for (const QString &line : section.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|')))
            continue;
        for (auto it = key.globalMatch(line); it.hasNext();)
            keys.append(
                QKeySequence::fromString(it.next().captured(1), QKeySequence::PortableText));
    }
    return keys;
}

/// Whether `field` claims `key` for itself (ShortcutOverride accepted): the
/// window's shortcut with that key then never fires while the field has focus.
bool swallows(QWidget *field, const QKeySequence &key)
{
    const QKeyCombination combo = key[0];
    QKeyEvent event(QEvent::ShortcutOverride, combo.key(), combo.keyboardModifiers());
    event.ignore();
    QApplication::sendEvent(field, &event);
    return event.isAccepted();
}

QString describe(const QWidget *w)
{
    QString name = w->objectName();
    for (const QWidget *p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        name =
            p->objectName().isEmpty() ? QString() : QStringLiteral("a field in ") + p->objectName();
    return QStringLiteral("%1 (%2)").arg(name, QString::fromUtf8(w->metaObject()->className()));
}

} // namespace

TEST_CASE("The shortcut walk finds a key bound twice where both can fire", "[shortcuts][walk]")
{
    // The walk itself: the clash of #21 (Alt+3 for a mark, window-wide, and for a
    // memo kind in a bar) is found; the same key in two separate fields is not.
    QMainWindow window;
    auto *bar = new QWidget(&window);
    auto *other = new QWidget(&window);
    auto *mark = new QAction(QStringLiteral("Mark 3"), &window);
    mark->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    window.addAction(mark);
    auto *kind = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_3), bar);
    kind->setContext(Qt::WidgetWithChildrenShortcut);
    CHECK(ambiguities(bindingsUnder(&window)).size() == 1);
    mark->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    auto *escape1 = new QShortcut(QKeySequence(Qt::Key_Escape), bar);
    escape1->setContext(Qt::WidgetWithChildrenShortcut);
    auto *escape2 = new QShortcut(QKeySequence(Qt::Key_Escape), other);
    escape2->setContext(Qt::WidgetWithChildrenShortcut);
    CHECK(ambiguities(bindingsUnder(&window)).isEmpty());
    auto *inner = new QShortcut(QKeySequence(Qt::Key_Escape), new QWidget(bar));
    inner->setContext(Qt::WidgetShortcut);
    CHECK(ambiguities(bindingsUnder(&window)).size() == 1); // inside the bar's children

    // The text-field check: a line edit takes Home and Ctrl+A, not Ctrl+PgDown.
    QLineEdit edit;
    CHECK(swallows(&edit, QKeySequence(Qt::Key_Home)));
    CHECK(swallows(&edit, QKeySequence(Qt::CTRL | Qt::Key_A)));
    CHECK_FALSE(swallows(&edit, QKeySequence(Qt::CTRL | Qt::Key_PageDown)));
}

TEST_CASE("No key of the main window, its docks or its dialogs is ambiguous", "[shortcuts]")
{
    SessionFile file;
    Window w(file.path);
    const std::vector<Binding> main = bindingsUnder(&w.window);
    CHECK(main.size() > 50);
    const QStringList found = ambiguities(main);
    INFO("Ambiguous in the main window:\n" << found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());

    // A dialog is its own window: its bindings and the application-wide ones.
    std::vector<Binding> applicationWide;
    for (const Binding &b : main)
        if (b.context == Qt::ApplicationShortcut)
            applicationWide.push_back(b);
    for (const std::unique_ptr<QDialog> &dialog : everyDialog(w.window)) {
        std::vector<Binding> all = bindingsUnder(dialog.get());
        all.insert(all.end(), applicationWide.begin(), applicationWide.end());
        const QStringList inDialog = ambiguities(all);
        INFO(dialog->metaObject()->className()
             << ": " << inDialog.join(QLatin1Char('\n')).toStdString());
        CHECK(inDialog.isEmpty());
    }
}

TEST_CASE("The keys docs/shortcuts.md promises while typing reach their shortcuts", "[shortcuts]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    c.key(Qt::Key_M, Qt::ControlModifier); // the memo bar, shown
    const QList<QKeySequence> promised = keysPromisedWhileTyping();
    REQUIRE(promised.size() >= 10);

    // Each promised key is a shortcut of the window...
    QList<QKeySequence> bound;
    for (const Binding &b : bindingsUnder(&w.window))
        bound.append(b.key);
    for (const QKeySequence &k : promised) {
        INFO(k.toString(QKeySequence::PortableText).toStdString() << " is bound to nothing");
        CHECK(bound.contains(k));
    }
    // ... and no text field of the window keeps it from firing.
    QList<QWidget *> fields;
    for (QWidget *f : w.window.findChildren<QWidget *>())
        if (qobject_cast<QLineEdit *>(f) || qobject_cast<QPlainTextEdit *>(f) ||
            qobject_cast<QTextEdit *>(f))
            fields.append(f);
    REQUIRE(fields.size() > 5);
    QStringList swallowed;
    for (QWidget *f : fields)
        for (const QKeySequence &k : promised)
            if (swallows(f, k))
                swallowed.append(k.toString(QKeySequence::PortableText) + QStringLiteral(" in ") +
                                 describe(f));
    INFO("Taken by a text field:\n" << swallowed.join(QLatin1Char('\n')).toStdString());
    CHECK(swallowed.isEmpty());
}
