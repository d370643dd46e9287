// SPDX-License-Identifier: GPL-3.0-or-later
// MapStyle variants and role colours.
#include "nwk/render/mappainter.h"

#include "pdfoutput.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {
/// A sans font sized in map units (pixel size = map units), unhinted so that its
/// metrics scale linearly with the painter's transform.
QFont mapFont(int pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                   QStringLiteral("Arial")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}
} // namespace

MapStyle MapStyle::standard()
{
    MapStyle s;
    s.labelFont = mapFont(11);
    s.sectorFont = mapFont(14, true);
    s.legendFont = mapFont(12);
    s.titleFont = mapFont(22, true);
    s.linkFont = mapFont(10);
    return s;
}

MapStyle MapStyle::highContrast()
{
    MapStyle s;
    s.labelFont = mapFont(14, true);
    s.sectorFont = mapFont(17, true);
    s.legendFont = mapFont(15);
    s.titleFont = mapFont(27, true);
    s.linkFont = mapFont(13, true);
    s.lineWidth = 2.6;
    s.partnerRadius = 18.0;
    s.text = Qt::black;
    s.ringLine = QColor(0x40, 0x40, 0x40);
    s.schoolFill = Qt::black;
    s.sectorTintAlpha = 52;
    s.labelMaxWidth = 170.0;
    s.linkColor = Qt::black;
    s.positive = QColor(0x00, 0x70, 0x20);
    s.negative = QColor(0xc0, 0x00, 0x00);
    s.groupColor = QColor(0x10, 0x3a, 0x80);
    s.noCategory = QColor(0x60, 0x60, 0x60);
    return s;
}

MapStyle MapStyle::forOptions(const RenderOptions &o)
{
    MapStyle s = o.highContrast ? highContrast() : standard();
    const int base = s.labelFont.pixelSize();
    if (o.labelSize > 0.0 && base > 0) {
        const int size = std::max(1, static_cast<int>(std::lround(o.labelSize)));
        s.labelMaxWidth *= static_cast<double>(size) / base;
        s.labelFont.setPixelSize(size);
    }
    if (!o.ligatures)
        for (QFont *f : {&s.labelFont, &s.sectorFont, &s.legendFont, &s.titleFont, &s.linkFont})
            *f = detail::withoutLigatures(*f);
    return s;
}

QColor roleColor(RoleGroup group)
{
    // Four steps of lightness (CIE L* 88, 66, 42, 20), so that the groups stay apart in
    // greyscale and under simulated colour blindness; each takes black or white text at a
    // contrast of 5.9:1 or more (tests/render/test_colourvision.cpp).
    switch (group) {
    case RoleGroup::Teacher:
        return {0xff, 0xd9, 0x2f}; // yellow
    case RoleGroup::Management:
        return {0x14, 0x2a, 0x70}; // navy blue
    case RoleGroup::Care:
        return {0x21, 0xb3, 0x92}; // teal green
    case RoleGroup::Other:
        break;
    }
    return {0xbd, 0x2b, 0x2b}; // red
}

} // namespace nwk
