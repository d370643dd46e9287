// SPDX-License-Identifier: GPL-3.0-or-later
// Attribute writers shared by the SVG paint engine's source files. Internal.
#pragma once

#include "svgwriter.h"

#include <QColor>
#include <QPointF>
#include <QSizeF>

#include <string>
#include <string_view>

namespace nwk::detail::svgattr {

/// ` name="value"`
inline void attr(std::string &out, std::string_view name, std::string_view value)
{
    out += ' ';
    out += name;
    out += "=\"";
    out += value;
    out += '"';
}

/// ` name="number"`
inline void numberAttr(std::string &out, std::string_view name, double v, int decimals = 2)
{
    out += ' ';
    out += name;
    out += "=\"";
    appendSvgNumber(out, v, decimals);
    out += '"';
}

/// ` x="…" y="…" width="…" height="…"`: the box at `topLeft` (in the SVG's coordinates)
/// with `size`.
inline void boxAttrs(std::string &out, QPointF topLeft, QSizeF size)
{
    numberAttr(out, "x", topLeft.x());
    numberAttr(out, "y", topLeft.y());
    numberAttr(out, "width", size.width());
    numberAttr(out, "height", size.height());
}

/// ` fill="#rrggbb"`, the colour as QColor::name() writes it.
inline void colorAttr(std::string &out, std::string_view name, const QColor &c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QRgb rgb = c.rgb();
    char hex[7] = {'#'};
    for (int i = 0; i < 6; ++i)
        hex[1 + i] = kHex[(rgb >> (20 - 4 * i)) & 0xF];
    attr(out, name, std::string_view(hex, sizeof hex));
}

/// colorAttr() and, when not opaque, ` fill-opacity="alpha"`.
inline void paintAttrs(std::string &out, std::string_view name, const QColor &c, double opacity)
{
    colorAttr(out, name, c);
    const double alpha = c.alphaF() * opacity;
    if (alpha < 1.0) {
        out += ' ';
        out += name;
        out += "-opacity=\"";
        appendSvgNumber(out, alpha, 3);
        out += '"';
    }
}

} // namespace nwk::detail::svgattr
