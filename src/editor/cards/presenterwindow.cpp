// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/cards/presenterwindow.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace nwk {

PresenterWindow::PresenterWindow(SessionDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Netwerkkaart \u2013 Presenter"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(pal);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cardView = new QWidget(this);
    m_cardView->setObjectName(QStringLiteral("presenterCard"));
    auto *v = new QVBoxLayout(m_cardView);
    v->setContentsMargins(48, 36, 48, 36);
    m_phase = new QLabel(m_cardView);
    m_phase->setObjectName(QStringLiteral("presenterPhase"));
    m_theme = new QLabel(m_cardView);
    m_theme->setObjectName(QStringLiteral("presenterTheme"));
    m_theme->setWordWrap(true);
    QPalette themePal = m_theme->palette();
    themePal.setColor(QPalette::WindowText, QColor(0x1f, 0x4e, 0x8c));
    m_theme->setPalette(themePal);
    m_main = new QLabel(m_cardView);
    m_main->setObjectName(QStringLiteral("presenterMain"));
    m_main->setWordWrap(true);
    m_sub = new QLabel(m_cardView);
    m_sub->setObjectName(QStringLiteral("presenterSub"));
    m_sub->setWordWrap(true);
    m_sub->setTextFormat(Qt::RichText);
    m_main->setTextFormat(Qt::RichText);
    v->addWidget(m_phase);
    v->addWidget(m_theme);
    v->addSpacing(16);
    v->addWidget(m_main);
    v->addSpacing(16);
    v->addWidget(m_sub);
    v->addStretch();
    m_map = new PresenterMap(document, this);
    layout->addWidget(m_cardView, 1);
    layout->addWidget(m_map, 1);
    setMode(Mode::Card);
    resize(1280, 720);
}

void PresenterWindow::setCard(const DeckCard &card, const QString &phaseTitle, int number,
                              int total)
{
    m_phase->setText(tr("%1 \u00b7 card %2 of %3").arg(phaseTitle).arg(number).arg(total));
    m_theme->setText(card.theme);
    QStringList main;
    for (const DeckQuestion &q : card.mainQuestions)
        main.append(q.text.toHtmlEscaped());
    m_main->setText(QStringLiteral("<b>%1</b>").arg(main.join(QStringLiteral("<br>"))));
    QString sub;
    for (const DeckQuestionGroup &g : card.subquestions) {
        if (!g.heading.isEmpty())
            sub += QStringLiteral("<p style='margin:0.4em 0 0 0'><b><i>%1</i></b></p>")
                       .arg(g.heading.toHtmlEscaped());
        sub += QStringLiteral("<ul style='margin:0'>");
        for (const DeckQuestion &q : g.questions)
            sub += QStringLiteral("<li>%1</li>").arg(q.text.toHtmlEscaped());
        sub += QStringLiteral("</ul>");
    }
    m_sub->setText(sub);
    updateFonts();
}

void PresenterWindow::setMode(Mode mode)
{
    m_mode = mode;
    m_cardView->setVisible(mode != Mode::Map);
    m_map->setVisible(mode != Mode::Card);
    // Beside the card the map gets three fifths of the width, without the legend and
    // the title block, so that its labels are large and the disc stays large too.
    const bool beside = mode == Mode::CardAndMap;
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->setStretchFactor(m_cardView, beside ? 2 : 1);
    row->setStretchFactor(m_map, beside ? 3 : 1);
    m_map->setShowLegend(!beside);
    m_map->setShowTitle(!beside);
    updateFonts();
}

void PresenterWindow::showOn(QScreen *screen)
{
    if (!screen) {
        showNormal();
        raise();
        return;
    }
    if (windowHandle())
        windowHandle()->setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    raise();
}

void PresenterWindow::setHighContrast(bool on)
{
    m_highContrast = on;
    m_map->setHighContrast(on);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, on ? QColor(Qt::black) : QColor(0x1a, 0x1a, 0x1a));
    setPalette(pal);
    QPalette themePal = m_theme->palette();
    themePal.setColor(QPalette::WindowText,
                      on ? QColor(0x0b, 0x2a, 0x55) : QColor(0x1f, 0x4e, 0x8c));
    m_theme->setPalette(themePal);
    updateFonts();
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
    placeCorner();
}

void PresenterWindow::setCornerWidget(QWidget *widget)
{
    if (widget == m_corner)
        return;
    delete m_corner;
    m_corner = widget;
    if (!widget)
        return;
    widget->setParent(this);
    widget->setAutoFillBackground(true); // readable over the map's tints
    widget->installEventFilter(this);
    updateFonts();
    placeCorner();
}

void PresenterWindow::placeCorner()
{
    if (!m_corner)
        return;
    m_corner->adjustSize();
    const int margin = std::max(8, height() / 60);
    m_corner->move(width() - m_corner->width() - margin, margin);
    m_corner->raise();
}

bool PresenterWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The sign's text grows and shrinks ("REC 9:59" to "Recording paused 10:00"), and it
    // shows and hides itself: kept in the corner.
    if (watched == m_corner &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &PresenterWindow::placeCorner);
    return QWidget::eventFilter(watched, event);
}

void PresenterWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateFonts();
    placeCorner();
}

void PresenterWindow::updateFonts()
{
    if (!isVisible())
        return; // sized by showEvent(): measuring hidden labels only slows the start
    // Readable from the back of a room: sizes follow the card area's size, and
    // shrink until the whole card fits its height.
    const int w = m_mode == Mode::CardAndMap ? width() * 2 / 5 : width();
    const QMargins margins = m_cardView->layout()->contentsMargins();
    const int textWidth = std::max(100, w - margins.left() - margins.right());
    const int available = std::max(100, height() - margins.top() - margins.bottom() - 40);
    auto sized = [](QLabel *label, double px, bool bold) {
        QFont f = label->font();
        f.setPixelSize(std::max(8, static_cast<int>(px)));
        f.setBold(bold);
        label->setFont(f);
    };
    double unit = std::max(10.0, std::min(height() / 30.0, w / 34.0));
    if (m_highContrast)
        unit *= 1.15;
    if (m_corner) {
        QFont f = m_corner->font();
        f.setPixelSize(std::max(12, static_cast<int>(unit * 0.9)));
        m_corner->setFont(f);
    }
    for (int attempt = 0; attempt < 12; ++attempt) {
        sized(m_phase, unit * 0.9, false);
        sized(m_theme, unit * 2.4, true);
        sized(m_main, unit * 1.5, true);
        sized(m_sub, unit * 1.05, m_highContrast);
        int total = 0;
        for (QLabel *label : {m_phase, m_theme, m_main, m_sub})
            total += label->heightForWidth(textWidth);
        if (total <= available || unit <= 9.0)
            break;
        unit *= 0.92;
    }
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F5:
        hide();
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        Q_EMIT nextRequested();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        Q_EMIT previousRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace nwk
