// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window at a real laptop or projector size with its default docks and
// the bundled example open, and what its map shows on screen (issue #17).
#pragma once

#include "editorfixture.h"
#include "examplesession.h"

#include "../../src/editor/scene/mapitems.h"
#include "../../src/editor/scene/semanticzoom.h"
#include "nwk/editor/language.h"

#include <QGraphicsItem>
#include <QSettings>
#include <QWheelEvent>

#include <algorithm>

namespace nwk::test {

/// The interface language for one test (English is the source language).
struct UiLanguage {
    explicit UiLanguage(const QString &language)
    {
        if (language != QLatin1String("en"))
            REQUIRE(installTranslators(language));
    }
    ~UiLanguage() { removeTranslators(); }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
};

/// Lets the view's zoom and resize timers run out (semantic zoom waits for rest).
inline void settle()
{
    QTest::qWait(400);
}

struct ExampleWindow {
    MainWindow window;

    explicit ExampleWindow(QSize size)
    {
        QSettings().remove(QStringLiteral("window/state"));
        QSettings().remove(QStringLiteral("window/geometry"));
        // The bundled example (the app embeds it as ":/examples/basisschool-1.nwk").
        showOpened(window, testdata::exampleSessionFile(), size, settle);
    }

    MapScene &scene() const { return *window.scene(); }
    MapView &view() const { return *window.view(); }
    QWidget *viewport() const { return window.view()->viewport(); }
    const Session &session() const { return window.document()->session(); }

    /// The map disc (the outer ring) on screen, in viewport pixels.
    QRectF discOnScreen() const
    {
        const QRectF disc = MapGeometry::forSession(session()).bounds();
        return view().mapFromScene(disc).boundingRect();
    }

    /// A partner's label box as drawn (the item's label rect through the view).
    QRectF labelOnScreen(const QString &id) const
    {
        const QGraphicsItem *item = scene().partnerItem(id);
        REQUIRE(item);
        const auto *partner = static_cast<const PartnerItem *>(item);
        return view().mapFromScene(item->mapToScene(partner->labelRect())).boundingRect();
    }

    /// The partner labels' font size on screen (pixels): map units times zoom.
    double labelFontPixels() const
    {
        return scene().mapPainter().style().labelFont.pixelSize() * view().zoom();
    }

    /// The smallest label box height on screen over all placed partners with a label.
    double smallestLabelHeight() const
    {
        double smallest = 1e9;
        for (const Partner &p : session().partners)
            if (scene().partnerItem(p.id) && !p.label.isEmpty())
                smallest = std::min(smallest, labelOnScreen(p.id).height());
        return smallest;
    }

    /// One wheel turn of `notches` (negative: away from the user, zooms out) at `at`.
    void wheel(int notches, QPoint at) const
    {
        QWheelEvent event(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(), &event);
    }
};

} // namespace nwk::test
