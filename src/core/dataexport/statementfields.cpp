// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementfields.h"

#include "exportcommon.h"

namespace nwk::dataexport {

namespace {

template <typename E> QString spelling(E value)
{
    const std::string_view s = toString(value);
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QString countOrEmpty(double value)
{
    return value < 0 ? QString() : number(value);
}

/// The role votes of one role group; empty when that group's votes were not stated.
QString roleVotesOf(const Partner &p, RoleGroup group)
{
    bool stated = false;
    int n = 0;
    for (const RoleVote &v : p.roleVotes)
        if (v.roleGroup == group) {
            stated = true;
            n += v.count;
        }
    return stated ? QString::number(n) : QString();
}

} // namespace

void appendColumns(CsvRows &t, const std::vector<Column> &columns)
{
    t.programColumns.resize(std::size_t(t.header.size()), false);
    for (const Column &c : columns) {
        t.header << QString::fromLatin1(c.name);
        t.programColumns.push_back(c.number);
    }
}

qsizetype statementColumn(const std::vector<Column> &columns, const char *name)
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (qstrcmp(columns[i].name, name) == 0)
            return static_cast<qsizetype>(i);
    Q_ASSERT(false);
    return 0;
}

QString distanceKindOf(const std::optional<Placement> &p)
{
    return p ? spelling(p->distanceKind) : QString();
}

const std::vector<Column> &partnerStatementColumns()
{
    static const std::vector<Column> columns{
        {"distanceKind", "string"},
        {"desiredDistanceKind", "string"},
        {"desiredBy", "string"},
        {"alternatives", "int", true},
        {"formerPlacements", "int", true},
        {"placementNote", "string"},
        {"placementValence", "string"},
        {"geoDistance", "string"},
        {"geoKm", "double", true},
        {"voteCount", "int", true},
        {"voteText", "string"},
        {"prioritySource", "string"},
        {"roleVotesTeacher", "int", true},
        {"roleVotesManagement", "int", true},
        {"roleVotesCare", "int", true},
        {"roleVotesOther", "int", true},
        {"choiceChanges", "int", true},
        {"neutralZone", "boolean"},
        {"members", "string"},
        {"sameAsPartner", "string"},
        {"sameAsParticipant", "string"},
        {"contactOf", "string"},
        {"addedAfterSession", "boolean"},
        {"addedAfterAt", "string"},
    };
    return columns;
}

QStringList partnerStatementValues(const Session &s, const Partner &p, const DataExportOptions &o)
{
    QStringList desiredBy;
    for (const QString &id : p.desiredBy)
        desiredBy << participantLabel(s, id, o.anonymise);
    return {distanceKindOf(p.placement),
            distanceKindOf(p.desiredPlacement),
            joined(desiredBy),
            QString::number(p.alternatives.size()),
            QString::number(p.formerPlacements.size()),
            p.placementNote,
            spelling(p.placementValence),
            p.geoDistance,
            countOrEmpty(p.geoKm),
            p.voteCount < 0 ? QString() : QString::number(p.voteCount),
            p.voteText,
            spelling(p.prioritySource),
            roleVotesOf(p, RoleGroup::Teacher),
            roleVotesOf(p, RoleGroup::Management),
            roleVotesOf(p, RoleGroup::Care),
            roleVotesOf(p, RoleGroup::Other),
            QString::number(p.choiceChanges.size()),
            boolean(p.neutralZone),
            joined(p.members),
            p.sameAsPartner,
            p.sameAsParticipant,
            p.contactOf,
            boolean(p.addedAfterSession),
            p.addedAfterAt};
}

QStringList csvBooleans(const std::vector<Column> &columns, QStringList values)
{
    for (std::size_t i = 0; i < columns.size() && i < static_cast<std::size_t>(values.size());
         ++i) {
        QString &v = values[static_cast<qsizetype>(i)];
        if (qstrcmp(columns[i].type, "boolean") == 0 && !v.isEmpty())
            v = csvBoolean(v == QLatin1String("true"));
    }
    return values;
}

const std::vector<Column> &linkStatementColumns()
{
    static const std::vector<Column> columns{
        {"initiatedBy", "string"}, {"initiatedByLabel", "string"},
        {"reciprocity", "string"}, {"schoolRole", "string"},
        {"via", "string"},         {"viaLabel", "string"}};
    return columns;
}

QStringList linkStatementValues(const Session &s, const Link &l, const DataExportOptions &o)
{
    return {l.initiatedBy,
            l.initiatedBy.isEmpty() ? QString() : endLabel(s, l.initiatedBy, o.anonymise),
            spelling(l.reciprocity),
            spelling(l.schoolRole),
            l.via,
            l.via.isEmpty() ? QString() : endLabel(s, l.via, o.anonymise)};
}

const std::vector<Column> &missingStatementColumns()
{
    static const std::vector<Column> columns{
        {"partnerId", "string"}, {"decidedBy", "string"}, {"reason", "string"}};
    return columns;
}

QStringList missingStatementValues(const MissingPartner &m)
{
    return {m.partnerId, m.decidedBy, m.reason};
}

} // namespace nwk::dataexport
