// SPDX-License-Identifier: GPL-3.0-or-later
// On the editor's map, as in the exports, a link's label keeps off the partners' labels
// (issue #21: on the example at 1920 px, "programmeren" covered a partner's name). Read
// from what the scene's items paint at a zoom that shows link labels: every text, with
// where it is drawn.
#include "editorfixture.h"
#include "examplesession.h"
#include "textrecorder.h"

#include <QPainter>

using namespace nwk;
using namespace nwk::test;

namespace {

/// The drawn piece belongs to one of `texts` (a whole text, one of its wrapped lines, or
/// its start cut off with an ellipsis).
bool pieceOf(const QString &piece, const QStringList &texts)
{
    QString p = piece.trimmed();
    if (p.endsWith(QChar(0x2026)))
        p.chop(1);
    // A single letter is a marker's letter ("P"), not a piece of a label: link labels keep
    // off markers too, but a marker counts less than a label (src/render/links.cpp).
    if (p.size() < 2)
        return false;
    for (const QString &t : texts)
        if (QString(t).replace(QLatin1Char('\n'), QLatin1Char(' ')).contains(p))
            return true;
    return false;
}

} // namespace

TEST_CASE("On the editor's map of the example no link label covers a partner's label",
          "[scene][labels]")
{
    MainWindow window;
    window.resize(1920, 1080);
    REQUIRE(window.openFile(testdata::exampleSessionFile()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Zoomed in as far as link labels show (zoomed out, the editor leaves them out).
    for (int i = 0; i < 12 && !window.scene()->renderOptions().showLinkLabels; ++i) {
        window.view()->zoomIn();
        QTest::qWait(250); // the scene follows the zoom when it rests
    }
    REQUIRE(window.scene()->renderOptions().showLinkLabels);
    QTest::qWait(300); // the deferred layout
    const Session &s = window.document()->session();
    QStringList linkTexts, partnerTexts;
    for (const Link &l : s.links)
        if (!l.label.trimmed().isEmpty())
            linkTexts.append(l.label);
    for (const Partner &p : s.partners)
        partnerTexts.append(p.label);
    for (const MissingPartner &m : s.missingPartners)
        partnerTexts.append(m.label);
    REQUIRE(linkTexts.size() >= 5);
    REQUIRE_FALSE(window.scene()->labelRects().empty());

    // The whole map as the items paint it at this zoom (not only the part in the window).
    const QRectF map = window.scene()->itemsBoundingRect();
    const double scale = window.view()->zoom();
    TextRecorder recorder((map.size() * scale).toSize());
    // Items keep their drawing as pixmaps on screen (DeviceCoordinateCache); the recorder
    // needs the text calls, which are the same ones (test_window_drag.cpp compares both).
    for (QGraphicsItem *item : window.scene()->items())
        item->setCacheMode(QGraphicsItem::NoCache);
    {
        QPainter painter(&recorder);
        window.scene()->render(&painter, QRectF(QPointF(), map.size() * scale), map);
    }
    std::vector<DrawnText> links, partners;
    for (const DrawnText &t : recorder.texts()) {
        if (linkTexts.contains(t.text.trimmed()))
            links.push_back(t);
        else if (pieceOf(t.text, partnerTexts))
            partners.push_back(t);
    }
    REQUIRE(links.size() >= 5);
    REQUIRE(partners.size() >= 20);
    QStringList covered;
    for (const DrawnText &l : links)
        for (const DrawnText &p : partners) {
            const QRectF both = l.box.intersected(p.box);
            if (both.width() > 1.0 && both.height() > 1.0)
                covered.append(
                    QStringLiteral("\u201c%1\u201d over \u201c%2\u201d").arg(l.text, p.text));
        }
    INFO(covered.join(QLatin1Char('\n')).toStdString());
    CHECK(covered.isEmpty());
}
