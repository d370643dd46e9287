// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter window for a projector or second screen: the current card in
// large type (theme, main question, subquestions), the live map, or both side by
// side. It shows only deck text and the map: never notes, quotes or memos.
#pragma once

#include "nwk/core/deck.h"

#include <QWidget>

class QLabel;
class QScreen;

namespace nwk {

class SessionDocument;

/// The live map, drawn with MapPainter::paintMap from the document's session.
class PresenterMap : public QWidget {
    Q_OBJECT

public:
    explicit PresenterMap(SessionDocument *document, QWidget *parent = nullptr);

    /// Projection mode: RenderOptions::highContrast (larger type, thicker lines).
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SessionDocument *m_document;
    bool m_highContrast = false;
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

Q_SIGNALS:
    void nextRequested();
    void previousRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateFonts();

    Mode m_mode = Mode::Card;
    bool m_highContrast = false;
    QWidget *m_cardView = nullptr;
    PresenterMap *m_map = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_theme = nullptr;
    QLabel *m_main = nullptr;
    QLabel *m_sub = nullptr;
};

} // namespace nwk
