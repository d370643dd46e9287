// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommon.h"
#include "csvtable.h"

#include "nwk/core/anonymise.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

#include <cmath>

namespace nwk::dataexport {

QString localLabel(const QString &nl, const QString &en, const QString &language)
{
    if (language == QLatin1String("en"))
        return en.isEmpty() ? nl : en;
    return nl.isEmpty() ? en : nl;
}

QString categoryLabel(const Session &s, const QString &categoryId, const QString &language)
{
    const Category *c = s.category(categoryId);
    return c ? localLabel(c->labelNl, c->labelEn, language) : QString();
}

QString participantLabel(const Session &s, const QString &participantId, bool anonymise)
{
    const Participant *p = s.participant(participantId);
    if (!p)
        return participantId;
    return exportParticipantLabel(*p, anonymise, QString::fromLatin1(toString(p->roleGroup)));
}

QString schoolName(const Session &s, bool anonymise)
{
    return exportSchoolName(s.meta, anonymise, QStringLiteral("school"));
}

QString endLabel(const Session &s, const QString &id, bool anonymise)
{
    if (id == kSchoolId)
        return schoolName(s, anonymise);
    const Partner *p = s.partner(id);
    return p ? exportPartnerLabel(*p, anonymise) : id;
}

QString egoId(const Session &s, const DataExportOptions &o)
{
    const QString given = o.egoId.trimmed();
    return given.isEmpty() ? schoolName(s, o.anonymise) : given;
}

QString uniqueId(const QString &ego, const QString &id)
{
    return id.isEmpty() ? QString() : ego + QLatin1Char(':') + id;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString coordinate(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return number(rounded == 0.0 ? 0.0 : rounded); // no "-0"
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString csvBoolean(bool value)
{
    return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

QString timeMs(qint64 ms)
{
    return ms < 0 ? QString() : QString::number(ms);
}

std::optional<PlacedValues> placedValues(const Session &s, const MapGeometry &g,
                                         const std::optional<Placement> &p, const QString &language)
{
    if (!p)
        return std::nullopt;
    PlacedValues v;
    // Never invent a ring: a distance not discussed is in none; on or in the school is
    // distance 0, the innermost ring (docs/measures.md).
    const int ring = !p->distanceDiscussed()                 ? -1
                     : p->distanceKind == DistanceKind::Ring ? g.ringAt(p->distance)
                                                             : 0;
    v.ring = ring + 1;
    if (p->distanceDiscussed())
        v.distance = number(p->statedDistance());
    if (ring >= 0 && ring < static_cast<int>(s.rings.size())) {
        const Ring &r = s.rings[static_cast<std::size_t>(ring)];
        v.ringLabel = localLabel(r.labelNl, r.labelEn, language);
    }
    const QPointF point = g.toPoint(*p);
    v.x = point.x();
    v.y = -point.y();
    return v;
}

QStringList groupIdsOf(const Session &s, const QString &partnerId)
{
    QStringList ids;
    for (const Group &g : s.groups)
        if (g.members.contains(partnerId))
            ids << g.id;
    return ids;
}

QStringList groupLabelsOf(const Session &s, const QString &partnerId)
{
    QStringList labels;
    for (const Group &g : s.groups)
        if (g.members.contains(partnerId))
            labels << (g.label.isEmpty() ? g.id : g.label);
    return labels;
}

int schoolLinkCount(const Session &s, const QString &partnerId)
{
    int count = 0;
    for (const Link &l : s.links)
        if ((l.from == kSchoolId && l.to == partnerId) ||
            (l.to == kSchoolId && l.from == partnerId))
            ++count;
    return count;
}

QString pseudonymRefusal(const Session &s, const DataExportOptions &o)
{
    if (!o.anonymise)
        return {};
    const QStringList problems = anonymisationProblems(s);
    if (problems.isEmpty())
        return {};
    QStringList lines{QStringLiteral("cannot export anonymised: %1 person partner(s) have no "
                                     "pseudonym")
                          .arg(problems.size())};
    lines += problems;
    return lines.join(QLatin1Char('\n'));
}

QString anonymisationRefusal(const Session &s, const DataExportOptions &o)
{
    QStringList lines;
    if (QString persons = pseudonymRefusal(s, o); !persons.isEmpty())
        lines << persons;
    if (QString ego = egoIdProblem(s, o); !ego.isEmpty())
        lines << ego;
    return lines.join(QLatin1Char('\n'));
}

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF || isBidiControl(u))
            continue;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += c;
                out += text.at(++i);
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        out += c;
    }
    return out;
}

} // namespace nwk::dataexport

namespace nwk {

QString dataEgoId(const Session &s, const DataExportOptions &o)
{
    return dataexport::egoId(s, o);
}

QString egoIdProblem(const Session &s, const DataExportOptions &o)
{
    if (!o.anonymise || !o.egoId.trimmed().isEmpty() || !s.meta.schoolPseudonym.trimmed().isEmpty())
        return {};
    return QStringLiteral(
        "cannot export the data anonymised: the school has no pseudonym, so its ego id "
        "(egoID) would be \"school\", as for every other school without one, and the tables "
        "of several schools would mix; give the school a pseudonym (schoolPseudonym in the "
        "session file) or give an ego id (--ego-id ID; in the editor: Ego id)");
}

QString joinListCell(const QStringList &items)
{
    QString cell;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            cell += QLatin1Char(';');
        for (const QChar c : items.at(i)) {
            if (c == QLatin1Char('\\') || c == QLatin1Char(';'))
                cell += QLatin1Char('\\');
            cell += c;
        }
    }
    return cell;
}

QStringList splitListCell(const QString &cell)
{
    QStringList items;
    if (cell.isEmpty())
        return items;
    QString item;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == QLatin1Char('\\') && i + 1 < cell.size()) {
            item += cell.at(++i);
        } else if (c == QLatin1Char(';')) {
            items << item;
            item.clear();
        } else {
            item += c;
        }
    }
    items << item;
    return items;
}

} // namespace nwk
