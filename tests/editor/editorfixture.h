// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers of the editor tests: a small session on disk and ways to drive
// the real widgets with QTest events.
#pragma once

#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/mainwindow.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"
#include "undosteps.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QMessageBox>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

namespace nwk::test {

/// Seven default categories (sectors of ~51.4 degrees, clockwise from 12
/// o'clock: professionalisering, aanbod, zorg, werk, beleid, onderzoek, intern).
/// pa1 "CLB" in zorg, pa2 "Hogeschool" in professionalisering, pa3 "Ouders" in
/// intern, pa4 unplaced; links l1 pa1-pa2, l2 school-pa1, l3 pa2-pa3; group g1
/// {pa1, pa3}; a quote and an annotation about pa1.
inline Session sampleSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("De Regenboog");
    auto partner = [](const char *id, const char *label, const char *category,
                      std::optional<Placement> placement) {
        Partner p;
        p.id = QString::fromUtf8(id);
        p.label = QString::fromUtf8(label);
        p.category = QString::fromUtf8(category);
        p.placement = placement;
        return p;
    };
    s.partners = {partner("pa1", "CLB", "zorg", Placement{0.5, 128.0}),
                  partner("pa2", "Hogeschool", "professionalisering", Placement{0.3, 25.0}),
                  partner("pa3", "Ouders", "intern", Placement{0.8, 330.0}),
                  partner("pa4", "Stad", "beleid", std::nullopt)};
    auto link = [](const char *id, const char *from, const char *to) {
        Link l;
        l.id = QString::fromUtf8(id);
        l.from = QString::fromUtf8(from);
        l.to = QString::fromUtf8(to);
        return l;
    };
    s.links = {link("l1", "pa1", "pa2"), link("l2", "school", "pa1"), link("l3", "pa2", "pa3")};
    Group g;
    g.id = QStringLiteral("g1");
    g.label = QStringLiteral("Zorgteam");
    g.members = {QStringLiteral("pa1"), QStringLiteral("pa3")};
    s.groups = {g};
    CardProgress card;
    card.cardId = QStringLiteral("betekenisonderhandeling");
    Quote q;
    q.id = QStringLiteral("q1");
    q.text = QStringLiteral("Het CLB is er altijd.");
    q.partnerIds = {QStringLiteral("pa1"), QStringLiteral("pa2")};
    card.quotes = {q};
    s.cards = {card};
    Annotation a;
    a.id = QStringLiteral("an1");
    a.targetKind = AnnotationTarget::Partner;
    a.targetId = QStringLiteral("pa1");
    a.memo = QStringLiteral("centrale speler");
    s.annotations = {a};
    return s;
}

/// A session file in a temporary directory.
struct SessionFile {
    QTemporaryDir dir;
    QString path;

    explicit SessionFile(const Session &s = sampleSession(),
                         const QString &name = QStringLiteral("regenboog.nwk"))
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(name);
        const QString error = writeSessionFile(s, path);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }

    Session read() const
    {
        SessionReadResult r = readSessionFile(path);
        for (const Diagnostic &d : r.diagnostics)
            UNSCOPED_INFO(d.toString().toStdString());
        REQUIRE(r.session.has_value());
        return *r.session;
    }

    QByteArray bytes() const
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

/// A shown main window with the session file open.
struct Window {
    MainWindow window;

    explicit Window(const QString &fileName)
    {
        window.resize(1200, 900);
        REQUIRE(window.openFile(fileName));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.view()->setFocus();
    }

    SessionDocument &doc() const { return *window.document(); }
    MapScene &scene() const { return *window.scene(); }
    MapView &view() const { return *window.view(); }
    QWidget *viewport() const { return window.view()->viewport(); }
    UndoSteps stack() const { return UndoSteps(*window.document()); }
    const Partner &partner(const QString &id) const
    {
        const Partner *p = doc().session().partner(id);
        REQUIRE(p != nullptr);
        return *p;
    }
    MapGeometry geometry() const { return MapGeometry::forSession(doc().session()); }

    /// Viewport pixel of a map placement.
    QPoint pixelOf(const Placement &p) const { return view().mapFromScene(geometry().toPoint(p)); }
    QPoint pixelOfPartner(const QString &id) const
    {
        return view().mapFromScene(scene().partnerPosition(id));
    }

    /// Sends one mouse move with the left button held (QTest::mouseMove has no modifiers).
    void moveWithButton(QPoint pos, Qt::KeyboardModifiers modifiers) const
    {
        QMouseEvent move(QEvent::MouseMove, pos, viewport()->mapToGlobal(pos), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &move);
    }

    /// Presses on `from`, moves in a few steps to `to`, releases: one user drag.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        constexpr int steps = 6;
        for (int i = 1; i <= steps; ++i) {
            const QPoint pos = from + (to - from) * i / steps;
            if (modifiers == Qt::NoModifier)
                QTest::mouseMove(viewport(), pos);
            else
                moveWithButton(pos, modifiers);
        }
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

    QAction *action(const QString &text) const
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == text)
                return a;
        FAIL("no action " << text.toStdString());
        return nullptr;
    }
};

/// Answers the next modal message box with `button`, recording its texts.
struct ModalAnswerer {
    QString text;
    QString informativeText;
    bool seen = false;
    QTimer timer;

    explicit ModalAnswerer(QMessageBox::StandardButton button)
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen = true;
            text = box->text();
            informativeText = box->informativeText();
            timer.stop();
            if (QAbstractButton *b = box->button(button))
                b->click();
            else
                box->reject();
        });
        timer.start();
    }
};

/// Makes writing into `dir` fail, as a read-only folder does for a user. Root
/// ignores directory permissions, so for root the file-size limit is lowered as
/// well (writes then fail with EFBIG; SIGXFSZ is ignored meanwhile).
struct UnwritableDir {
    QString dir;
    QFileDevice::Permissions old;
    rlimit oldLimit{};
    bool limited = false;

    explicit UnwritableDir(const QString &path)
        : dir(path)
        , old(QFile::permissions(path))
    {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (::geteuid() == 0) {
            std::signal(SIGXFSZ, SIG_IGN);
            getrlimit(RLIMIT_FSIZE, &oldLimit);
            rlimit small = oldLimit;
            small.rlim_cur = 16;
            limited = setrlimit(RLIMIT_FSIZE, &small) == 0;
        }
    }
    ~UnwritableDir()
    {
        if (limited)
            setrlimit(RLIMIT_FSIZE, &oldLimit);
        QFile::setPermissions(dir, old);
    }
};

/// A participant as the participants dock shows it: id, code, role and role group.
inline Participant makeParticipant(const char *id, const char *code, const QString &role,
                                   RoleGroup group)
{
    Participant p;
    p.id = QLatin1String(id);
    p.code = QLatin1String(code);
    p.role = role;
    p.roleGroup = group;
    return p;
}

/// Opens `fileName` in `window` resized to `size`, shows it with the map focused and lets
/// `settle` run; the test fails when the file does not open or the window gets another size.
template <typename Settle>
void showOpened(MainWindow &window, const QString &fileName, QSize size, Settle settle)
{
    window.resize(size);
    REQUIRE(window.openFile(fileName));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.view()->setFocus();
    settle();
    REQUIRE(window.size() == size);
}

} // namespace nwk::test
