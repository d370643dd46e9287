// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter window for a projector or second screen: the current card in
// large type (theme, main question, subquestions), the live map, or both side by
// side. It shows only deck text and the map: never notes, quotes or memos.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/render/mappainter.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QScreen;

namespace nwk {

class SessionDocument;

/// The live map, drawn with MapPainter::paintMap from the document's session, fitted
/// into the widget. Partner labels are drawn at least minimumLabelPixels() tall on
/// screen: a room reads them from a few metres (src/editor/cards/presentermap.cpp).
class PresenterMap : public QWidget {
    Q_OBJECT

public:
    /// The least on-screen height (font size in pixels) of partner labels by default.
    static constexpr double kMinimumLabelPixels = 16.0;

    explicit PresenterMap(SessionDocument *document, QWidget *parent = nullptr);

    /// Projection mode: RenderOptions::highContrast (larger type, thicker lines).
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }
    /// Partner labels at least `pixels` tall on screen (0: the style's own size).
    void setMinimumLabelPixels(double pixels);
    double minimumLabelPixels() const { return m_minimumLabelPixels; }
    /// The legend and the title block beside and above the map (both shown by default).
    void setShowLegend(bool on);
    void setShowTitle(bool on);

    /// Where the map is drawn: the widget less a margin.
    QRectF mapRect() const;
    /// The options paintEvent() draws with at the widget's current size.
    RenderOptions renderOptions() const;

    /// The style for `o`: MapStyle::forOptions(); labels enlarged by
    /// RenderOptions::labelSize wrap narrower (more lines, less sticking out of the
    /// disc, so that the map itself stays large; no word of `s` is broken).
    static MapStyle styleFor(const Session &s, const RenderOptions &o);
    /// `o` with RenderOptions::labelSize raised so that the whole map, drawn with
    /// styleFor() and fitted into `target` (pixels) as MapPainter::paintMapFitted()
    /// does, draws partner labels at least `minimumPixels` tall. Labels never get
    /// smaller than the style's own.
    static RenderOptions legibleOptions(const Session &s, RenderOptions o, const QSizeF &target,
                                        double minimumPixels);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void changed();

    SessionDocument *m_document;
    bool m_highContrast = false;
    bool m_showLegend = true;
    bool m_showTitle = true;
    double m_minimumLabelPixels = kMinimumLabelPixels;
    /// renderOptions() until the session, the size or a setting changes.
    mutable std::optional<RenderOptions> m_options;
};

class PresenterWindow : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Card, Map, CardAndMap };

    explicit PresenterWindow(SessionDocument *document, QWidget *parent = nullptr);

    void setCard(const DeckCard &card, const QString &phaseTitle, int number, int total);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Full screen on `screen` (nullptr: a normal window).
    void showOn(QScreen *screen);
    /// Projection mode (View > Projection Mode): the map in high contrast, the
    /// card in black and a larger, bolder type.
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }
    PresenterMap *map() const { return m_map; }
    /// A small widget kept in the window's top right corner, above the card and the map,
    /// its type sized with the card's (the recording's REC sign). The window owns it.
    void setCornerWidget(QWidget *widget);
    QWidget *cornerWidget() const { return m_corner; }

Q_SIGNALS:
    void nextRequested();
    void previousRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeCorner();
    /// Sizes the card's text to the window; while it is hidden (as from the start until
    /// the presenter is opened) only once it is shown.
    void updateFonts();

    Mode m_mode = Mode::Card;
    bool m_highContrast = false;
    QWidget *m_cardView = nullptr;
    PresenterMap *m_map = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_theme = nullptr;
    QLabel *m_main = nullptr;
    QLabel *m_sub = nullptr;
    QPointer<QWidget> m_corner;
};

} // namespace nwk
