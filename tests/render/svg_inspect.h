// SPDX-License-Identifier: GPL-3.0-or-later
// Reads an exported SVG back the way a restyler or a screen reader sees it: the
// document's title and description, and every <g> with its id, classes, <title>
// and the text of all <text> elements inside it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace nwk::test {

/// A drawing element with the rectangle it covers (the SVG's coordinates are map units;
/// paths have absolute M/L/C/Z commands, so their points bound them). Text has none.
struct SvgShape {
    QString tag;
    QRectF box;
    QString fill;
    QString fillOpacity;
    bool direct = false; ///< a child of the group itself, not of a group inside it
    /// The white, half-opaque rounded box under a label (paintLabelBox()).
    bool isLabelBox() const
    {
        return tag == QLatin1String("path") && fill == QLatin1String("#ffffff") &&
               fillOpacity == QLatin1String("0.855");
    }
};

struct SvgGroup {
    QString id;
    QStringList classes;
    QString title;
    QStringList texts;             ///< every <text> inside, in document order
    std::vector<double> textSizes; ///< font-size of each of texts (0 when not on the <text>)
    QStringList fills;             ///< fill of every element inside
    int elements = 0;              ///< drawing elements inside (path, circle, text, ...)
    std::vector<SvgShape> shapes;  ///< every element inside but text, in document order
    bool hasClass(const char *c) const { return classes.contains(QLatin1String(c)); }
    QString text() const { return texts.join(QLatin1Char(' ')); }
};

struct SvgDocument {
    bool wellFormed = false;
    QString error;
    QHash<QString, QString> rootAttributes;
    QString title;
    QString desc;
    QStringList texts; ///< every <text> in the document
    std::vector<SvgGroup> groups;
    int duplicateIds = 0;

    const SvgGroup *group(const QString &id) const
    {
        for (const SvgGroup &g : groups)
            if (g.id == id)
                return &g;
        return nullptr;
    }
    std::vector<const SvgGroup *> withClass(const char *c) const
    {
        std::vector<const SvgGroup *> out;
        for (const SvgGroup &g : groups)
            if (g.hasClass(c))
                out.push_back(&g);
        return out;
    }
    QString allText() const { return texts.join(QLatin1Char(' ')); }
};

/// Without whitespace: wrapped lines may break after a hyphen, without a space.
inline QString squash(QString t)
{
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    return t;
}

/// The rectangle an element covers (empty for text and unknown elements).
inline QRectF shapeBox(QStringView name, const QXmlStreamAttributes &a)
{
    auto num = [&](const char *attr) { return a.value(QLatin1String(attr)).toDouble(); };
    if (name == QLatin1String("circle")) {
        const double r = num("r");
        return {num("cx") - r, num("cy") - r, 2 * r, 2 * r};
    }
    if (name == QLatin1String("ellipse"))
        return {num("cx") - num("rx"), num("cy") - num("ry"), 2 * num("rx"), 2 * num("ry")};
    if (name == QLatin1String("rect"))
        return {num("x"), num("y"), num("width"), num("height")};
    if (name == QLatin1String("line"))
        return QRectF(QPointF(num("x1"), num("y1")), QPointF(num("x2"), num("y2"))).normalized();
    if (name != QLatin1String("path"))
        return {};
    static const QRegularExpression number(QStringLiteral("-?[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?"));
    std::vector<double> v;
    for (auto it = number.globalMatch(a.value(QLatin1String("d"))); it.hasNext();)
        v.push_back(it.next().captured().toDouble());
    if (v.size() < 2)
        return {};
    double l = v[0], t = v[1], r = v[0], btm = v[1];
    for (std::size_t i = 0; i + 1 < v.size(); i += 2) {
        l = std::min(l, v[i]);
        r = std::max(r, v[i]);
        t = std::min(t, v[i + 1]);
        btm = std::max(btm, v[i + 1]);
    }
    const QRectF box(QPointF(l, t), QPointF(r, btm));
    return box;
}

inline SvgDocument inspectSvg(const QByteArray &data)
{
    SvgDocument doc;
    QXmlStreamReader xml(data);
    std::vector<std::size_t> open; // indices into doc.groups
    QStringList ids;
    bool justOpened = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("g") && !open.empty()) {
            open.pop_back();
            justOpened = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        const QXmlStreamAttributes attrs = xml.attributes();
        if (name == QLatin1String("svg")) {
            for (const QXmlStreamAttribute &a : attrs)
                doc.rootAttributes.insert(a.qualifiedName().toString(), a.value().toString());
            continue;
        }
        if (attrs.hasAttribute(QLatin1String("id"))) {
            const QString id = attrs.value(QLatin1String("id")).toString();
            doc.duplicateIds += ids.contains(id) ? 1 : 0;
            ids << id;
        }
        if (name == QLatin1String("g")) {
            SvgGroup g;
            g.id = attrs.value(QLatin1String("id")).toString();
            g.classes = attrs.value(QLatin1String("class"))
                            .toString()
                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            doc.groups.push_back(g);
            open.push_back(doc.groups.size() - 1);
            justOpened = true;
            continue;
        }
        if (name == QLatin1String("title")) {
            const QString t = xml.readElementText();
            if (open.empty())
                doc.title = t;
            else if (justOpened)
                doc.groups[open.back()].title = t;
            continue;
        }
        justOpened = false;
        if (name == QLatin1String("desc")) {
            doc.desc = xml.readElementText();
            continue;
        }
        const QString fill = attrs.value(QLatin1String("fill")).toString();
        SvgShape shape;
        shape.tag = name.toString();
        shape.box = shapeBox(name, attrs);
        shape.fill = fill;
        shape.fillOpacity = attrs.value(QLatin1String("fill-opacity")).toString();
        for (std::size_t i : open) {
            ++doc.groups[i].elements;
            if (!fill.isEmpty())
                doc.groups[i].fills << fill;
            if (name != QLatin1String("text")) {
                shape.direct = i == open.back();
                doc.groups[i].shapes.push_back(shape);
            }
        }
        if (name == QLatin1String("text")) {
            const double size = attrs.value(QLatin1String("font-size")).toDouble();
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            doc.texts << t;
            for (std::size_t i : open) {
                doc.groups[i].texts << t;
                doc.groups[i].textSizes.push_back(size);
            }
        }
    }
    doc.wellFormed = !xml.hasError();
    doc.error = xml.errorString();
    return doc;
}

/// What a partner's or ghost's group draws directly but its label box and leader: the
/// marker with its decorations (mark badges are in groups of their own: marksOf()).
inline QRectF markerBox(const SvgGroup &g)
{
    QRectF box;
    for (const SvgShape &sh : g.shapes)
        if (sh.direct && !sh.isLabelBox() && sh.tag != QLatin1String("line"))
            box = box.isNull() ? sh.box : box.united(sh.box);
    return box;
}

/// The label box of a partner's or ghost's group (empty when it has none).
inline QRectF labelBox(const SvgGroup &g)
{
    for (const SvgShape &sh : g.shapes)
        if (sh.isLabelBox())
            return sh.box;
    return {};
}

/// Overlap beyond the rounding of the SVG's numbers (two decimals).
inline bool overlaps(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return !a.isNull() && !b.isNull() && i.width() > 0.05 && i.height() > 0.05;
}

/// The badges of a partner's marks ("mark-<partner>-<participant>" groups).
inline std::vector<const SvgGroup *> marksOf(const SvgDocument &svg, const QString &partnerId)
{
    std::vector<const SvgGroup *> out;
    const QString prefix = QStringLiteral("mark-") + partnerId + QLatin1Char('-');
    for (const SvgGroup &g : svg.groups)
        if (g.hasClass("mark") && g.id.startsWith(prefix))
            out.push_back(&g);
    return out;
}

} // namespace nwk::test
