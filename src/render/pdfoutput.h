// SPDX-License-Identifier: GPL-3.0-or-later
// What the PDF exports (map and report) share so that their text layer reads as the page
// does and the same input gives the same bytes. Internal to the render layer.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QRectF>

class QPainter;
class QTextDocument;

namespace nwk::detail {

/// The letter spacing that turns ligatures off (Qt 6.4 has no QFont::setFeature(): Qt's
/// shaper leaves out liga/clig/dlig/hlig when a font has a letter spacing): 1/64 of a
/// pixel, the smallest Qt keeps, invisible on the page.
constexpr double kNoLigatureSpacing = 1.0 / 64.0;

/// `font` without ligatures: "fi" is drawn as f and i, so that a PDF's text layer reads
/// "financiën" and not "\ufb01nanciën".
QFont withoutLigatures(QFont font);

/// For its lifetime, new QHash containers use a fixed seed (QHashSeed): QPdfEngine writes
/// its fonts in the order of a QHash, which with Qt's random seed differs from run to run.
/// The seed a hash took when it was made stays with it, so the rest of the program is
/// unaffected; afterwards new hashes get a random seed again.
class StablePdfScope {
public:
    StablePdfScope();
    ~StablePdfScope();
    StablePdfScope(const StablePdfScope &) = delete;
    StablePdfScope &operator=(const StablePdfScope &) = delete;

private:
    bool m_wasDeterministic;
};

/// The PDF written by QPdfWriter without the time it was made: the info dictionary's
/// /CreationDate is blanked out (spaces of the same length, so every offset stays), or,
/// when the environment sets SOURCE_DATE_EPOCH (seconds since 1970), that time in UTC.
/// Qt 6.4 writes no /ID.
QByteArray reproduciblePdf(QByteArray pdf);

/// Draws the part `page` (document coordinates) of a laid-out QTextDocument, translated so
/// that `page` starts at the painter's origin, clipped to it. Unlike
/// QAbstractTextDocumentLayout::draw() alone, a paragraph that runs on from the page before
/// does not draw its last line of that page again (QTextLayout::draw() draws one line above
/// its clip): in a PDF that line would be in the text layer twice.
void drawDocumentPage(QPainter &p, QTextDocument &doc, const QRectF &page);

} // namespace nwk::detail
