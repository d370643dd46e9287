// SPDX-License-Identifier: GPL-3.0-or-later
// The tools of validate() (validation.cpp): JSON paths made into text only when needed and
// the checker that collects the diagnostics.
#pragma once

#include "nwk/core/validation.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace nwk::validation {

constexpr int kMaxExtraCategories = 3;

inline QString num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

/// A JSON pointer made into text only when a message needs it: a chain of segments (a
/// key or an index) on the stack, each pointing at the one before. A Path must not
/// outlive its parent.
class Path {
public:
    explicit Path(const char *key)
        : m_key(key)
    {
    }
    Path(const Path &parent, const char *key)
        : m_parent(&parent)
        , m_key(key)
    {
    }
    Path(const Path &parent, std::size_t index)
        : m_parent(&parent)
        , m_index(index)
    {
    }

    QString str() const
    {
        QString p = m_parent ? m_parent->str() : QString();
        p += QLatin1Char('/');
        if (m_key)
            p += QLatin1String(m_key);
        else
            p += QString::number(m_index);
        return p;
    }

private:
    const Path *m_parent = nullptr;
    const char *m_key = nullptr;
    std::size_t m_index = 0;
};

/// The ids of one collection, each with the index of its first use.
using IdSet = QHash<QString, std::size_t>;

class Checker {
public:
    Diagnostics out;

    void error(const Path &path, const QString &message) { error(path.str(), message); }
    void error(const QString &path, const QString &message)
    {
        Diagnostic d;
        d.path = path;
        d.message = message;
        out.push_back(std::move(d));
    }

    /// Ids of one collection: non-empty and unique. Returns the ids.
    template <typename List, typename Get>
    IdSet ids(const List &items, const char *collection, const char *key, Get get)
    {
        const Path base(collection);
        IdSet seen;
        seen.reserve(static_cast<qsizetype>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i) {
            const QString &id = get(items[i]);
            if (id.isEmpty()) {
                error(Path(Path(base, i), key), QStringLiteral("empty id"));
                continue;
            }
            const auto it = seen.constFind(id);
            if (it != seen.cend()) {
                const QString first = Path(Path(base, *it), key).str();
                error(Path(Path(base, i), key),
                      QStringLiteral("duplicate id \"%1\" (also used at %2)").arg(id, first));
                continue;
            }
            seen.insert(id, i);
        }
        return seen;
    }

    /// One id; `seen` maps the ids met so far to the path of their first use.
    void checkId(const QString &id, const QString &path, QHash<QString, QString> &seen)
    {
        if (id.isEmpty()) {
            error(path, QStringLiteral("empty id"));
            return;
        }
        const auto it = seen.constFind(id);
        if (it != seen.cend()) {
            error(path, QStringLiteral("duplicate id \"%1\" (also used at %2)").arg(id, *it));
            return;
        }
        seen.insert(id, path);
    }

    /// A reference that must name an element of `known` (empty allowed when optional).
    void ref(const QString &value, const IdSet &known, const Path &path, const char *what,
             bool optional)
    {
        if (value.isEmpty()) {
            if (!optional)
                error(path, QStringLiteral("missing %1 id").arg(QLatin1String(what)));
            return;
        }
        if (!known.contains(value))
            error(path, QStringLiteral("unknown %1 \"%2\"").arg(QLatin1String(what), value));
    }

    /// A list of references: each must exist and appear once.
    void refs(const QStringList &values, const IdSet &known, const Path &path, const char *what)
    {
        constexpr qsizetype kLinear = 16; // short lists are searched, long ones hashed
        QSet<QString> seen;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const Path itemPath(path, static_cast<std::size_t>(i));
            ref(values[i], known, itemPath, what, false);
            const bool again =
                values.size() <= kLinear ? values.indexOf(values[i]) < i : seen.contains(values[i]);
            if (again && !values[i].isEmpty() && known.contains(values[i]))
                error(itemPath, QStringLiteral("%1 \"%2\" is listed twice")
                                    .arg(QLatin1String(what), values[i]));
            if (values.size() > kLinear)
                seen.insert(values[i]);
        }
    }

    void placement(const Placement &p, const Path &path)
    {
        if (!std::isfinite(p.distance))
            error(Path(path, "distance"), QStringLiteral("not a finite number"));
        else if (p.distance < 0.0 || p.distance > 1.0)
            error(Path(path, "distance"),
                  QStringLiteral("%1 is outside 0..1").arg(num(p.distance)));
        if (!std::isfinite(p.angle))
            error(Path(path, "angle"), QStringLiteral("not a finite number"));
        else if (p.angle < 0.0 || p.angle >= 360.0)
            error(Path(path, "angle"), QStringLiteral("%1 is outside [0, 360)").arg(num(p.angle)));
    }

    /// A session-clock time: -1 (unknown) or >= 0.
    void time(qint64 ms, const Path &path)
    {
        if (ms < -1)
            error(path, QStringLiteral("%1 is not a valid time (milliseconds >= 0, or -1 for "
                                       "unknown)")
                            .arg(ms));
    }
};

/// The ids that references may name.
struct KnownIds {
    IdSet categories, participants, partners, links, groups, missing, codes, quotes;
    IdSet metaphors, memos, closingAnswers;
};

/// What schema 3 lets a group say (validation_statements.cpp): placements stated or not,
/// disagreement, history, priorities, hybrids, link roles, relative placements, absences.
void checkStatements(Checker &c, const Session &s, const KnownIds &k);

/// The audio parts, consent, transcript and the map's history (validation_recording.cpp).
void checkRecording(Checker &c, const Session &s, const KnownIds &k);

} // namespace nwk::validation
