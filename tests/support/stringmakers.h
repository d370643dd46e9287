// SPDX-License-Identifier: GPL-3.0-or-later
// How Catch2 prints the Qt and model values the tests compare, so that a failed
// CHECK(a == b) shows both values instead of "{?}". Included in every test source
// (testcommon.h, through the compiler's -include; tests/CMakeLists.txt).
#pragma once

#include "nwk/core/session.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QChar>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLineF>
#include <QPoint>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVariant>

#ifdef QT_GUI_LIB
#include <QColor>
#endif

#include <optional>
#include <sstream>
#include <string>

namespace nwk::test::detail {

inline std::string number(double v)
{
    std::ostringstream out;
    out.precision(10);
    out << v;
    return out.str();
}

inline std::string quoted(const QString &s)
{
    return '"' + s.toStdString() + '"';
}

} // namespace nwk::test::detail

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return nwk::test::detail::quoted(s); }
};

template <> struct StringMaker<QChar> {
    static std::string convert(QChar c)
    {
        return '\'' + QString(c).toStdString() + "' (U+" +
               QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toStdString() +
               ')';
    }
};

/// The first 200 bytes as text (other than printable ASCII as \xNN) and the size.
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &b)
    {
        const qsizetype shown = 200;
        std::string text = "\"";
        for (const char c : b.left(shown)) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && u < 0x7f && c != '\\') {
                text += c;
            } else {
                static const char hex[] = "0123456789abcdef";
                text += c == '\\' ? std::string("\\\\")
                                  : std::string{'\\', 'x', hex[u >> 4], hex[u & 15]};
            }
        }
        text += b.size() > shown ? "\"..." : "\"";
        return text + " (" + std::to_string(b.size()) + " bytes)";
    }
};

template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l)
    {
        std::string text = "[";
        for (qsizetype i = 0; i < l.size(); ++i)
            text += (i ? ", " : "") + nwk::test::detail::quoted(l[i]);
        return text + "]";
    }
};

template <> struct StringMaker<QPointF> {
    static std::string convert(const QPointF &p)
    {
        using nwk::test::detail::number;
        return "QPointF(" + number(p.x()) + ", " + number(p.y()) + ")";
    }
};

template <> struct StringMaker<QPoint> {
    static std::string convert(const QPoint &p)
    {
        return "QPoint(" + std::to_string(p.x()) + ", " + std::to_string(p.y()) + ")";
    }
};

template <> struct StringMaker<QSizeF> {
    static std::string convert(const QSizeF &s)
    {
        using nwk::test::detail::number;
        return "QSizeF(" + number(s.width()) + " x " + number(s.height()) + ")";
    }
};

template <> struct StringMaker<QSize> {
    static std::string convert(const QSize &s)
    {
        return "QSize(" + std::to_string(s.width()) + " x " + std::to_string(s.height()) + ")";
    }
};

template <> struct StringMaker<QRectF> {
    static std::string convert(const QRectF &r)
    {
        using nwk::test::detail::number;
        return "QRectF(" + number(r.x()) + ", " + number(r.y()) + " " + number(r.width()) + " x " +
               number(r.height()) + ")";
    }
};

template <> struct StringMaker<QRect> {
    static std::string convert(const QRect &r)
    {
        return "QRect(" + std::to_string(r.x()) + ", " + std::to_string(r.y()) + " " +
               std::to_string(r.width()) + " x " + std::to_string(r.height()) + ")";
    }
};

template <> struct StringMaker<QLineF> {
    static std::string convert(const QLineF &l)
    {
        return "QLineF(" + StringMaker<QPointF>::convert(l.p1()) + " -> " +
               StringMaker<QPointF>::convert(l.p2()) + ")";
    }
};

template <> struct StringMaker<QJsonValue> {
    static std::string convert(const QJsonValue &v)
    {
        if (v.isObject())
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
        if (v.isArray())
            return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
        if (v.isString())
            return nwk::test::detail::quoted(v.toString());
        if (v.isUndefined())
            return "undefined";
        // null, bool, number: as a one-element array's text, without the brackets
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2).toStdString();
    }
};

template <> struct StringMaker<QJsonObject> {
    static std::string convert(const QJsonObject &o)
    {
        return StringMaker<QJsonValue>::convert(QJsonValue(o));
    }
};

template <> struct StringMaker<QJsonArray> {
    static std::string convert(const QJsonArray &a)
    {
        return StringMaker<QJsonValue>::convert(QJsonValue(a));
    }
};

template <> struct StringMaker<QVariant> {
    static std::string convert(const QVariant &v)
    {
        if (!v.isValid())
            return "QVariant(invalid)";
        return std::string("QVariant(") + v.typeName() + ", " +
               nwk::test::detail::quoted(v.toString()) + ")";
    }
};

#ifdef QT_GUI_LIB
template <> struct StringMaker<QColor> {
    static std::string convert(const QColor &c)
    {
        if (!c.isValid())
            return "QColor(invalid)";
        return "QColor(" + c.name(QColor::HexArgb).toStdString() + ")";
    }
};
#endif

template <> struct StringMaker<nwk::Placement> {
    static std::string convert(const nwk::Placement &p)
    {
        using nwk::test::detail::number;
        return "Placement{distance " + number(p.distance) + ", angle " + number(p.angle) + "}";
    }
};

template <typename T> struct StringMaker<std::optional<T>> {
    static std::string convert(const std::optional<T> &o)
    {
        return o ? ::Catch::Detail::stringify(*o) : std::string("nullopt");
    }
};

} // namespace Catch
