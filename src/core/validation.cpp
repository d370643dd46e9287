// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/validation.h"

#include "nwk/core/limits.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace nwk {

namespace {

constexpr int kMaxExtraCategories = 3;

QString num(double v)
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
    template <typename T, typename Get>
    IdSet ids(const std::vector<T> &items, const char *collection, const char *key, Get get)
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

} // namespace

Diagnostics validate(const Session &s)
{
    // A session over a limit is not checked further: that would take too long.
    if (Diagnostics over = checkLimits(s); !over.empty())
        return over;
    Checker c;
    auto id = [](const auto &x) -> const QString & { return x.id; };

    const IdSet categories = c.ids(s.categories, "categories", "id", id);
    const IdSet participants = c.ids(s.participants, "participants", "id", id);
    const IdSet partners = c.ids(s.partners, "partners", "id", id);
    const IdSet links = c.ids(s.links, "links", "id", id);
    const IdSet groups = c.ids(s.groups, "groups", "id", id);
    const IdSet missing = c.ids(s.missingPartners, "missingPartners", "id", id);
    c.ids(s.metaphors, "metaphors", "id", id);
    c.ids(s.memos, "memos", "id", id);
    const IdSet codes = c.ids(s.codebook, "codebook", "id", id);
    c.ids(s.annotations, "annotations", "id", id);
    c.ids(s.cards, "cards", "cardId",
          [](const CardProgress &x) -> const QString & { return x.cardId; });
    c.ids(s.protocol, "protocol", "stepId",
          [](const ProtocolStepState &x) -> const QString & { return x.stepId; });
    c.ids(s.closingAnswers, "closingAnswers", "questionId",
          [](const ClosingAnswer &x) -> const QString & { return x.questionId; });

    const Path cardsPath("cards");
    // Quote ids are unique across all cards.
    IdSet quotes;
    {
        QHash<QString, QString> seen;
        for (std::size_t i = 0; i < s.cards.size(); ++i) {
            const Path card(cardsPath, i);
            const Path base(card, "quotes");
            for (std::size_t j = 0; j < s.cards[i].quotes.size(); ++j)
                c.checkId(s.cards[i].quotes[j].id, Path(Path(base, j), "id").str(), seen);
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            quotes.insert(it.key(), 0);
    }

    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    const Path categoriesPath("categories");
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        if (!colour.match(s.categories[i].color).hasMatch())
            c.error(Path(Path(categoriesPath, i), "color"),
                    QStringLiteral("\"%1\" is not a colour of the form #rrggbb")
                        .arg(s.categories[i].color.left(100)));
    }

    const Path participantsPath("participants");
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        const Participant &p = s.participants[i];
        const Path base(participantsPath, i);
        c.time(p.joinedMs, Path(base, "joinedMs"));
        c.time(p.leftMs, Path(base, "leftMs"));
    }

    const Path partnersPath("partners");
    for (std::size_t i = 0; i < s.partners.size(); ++i) {
        const Partner &p = s.partners[i];
        const Path base(partnersPath, i);
        if (p.id == kSchoolId)
            c.error(
                Path(base, "id"),
                QStringLiteral("\"%1\" is reserved for the school at the centre").arg(kSchoolId));
        c.ref(p.category, categories, Path(base, "category"), "category", true);
        const Path extra(base, "extraCategories");
        if (p.extraCategories.size() > kMaxExtraCategories)
            c.error(extra, QStringLiteral("%1 extra categories; at most %2")
                               .arg(p.extraCategories.size())
                               .arg(kMaxExtraCategories));
        c.refs(p.extraCategories, categories, extra, "category");
        const qsizetype primaryAgain =
            p.category.isEmpty() ? -1 : p.extraCategories.indexOf(p.category);
        if (primaryAgain >= 0)
            c.error(
                Path(extra, static_cast<std::size_t>(primaryAgain)),
                QStringLiteral("category \"%1\" is already the primary category").arg(p.category));
        if (p.count < 0)
            c.error(Path(base, "count"), QStringLiteral("%1 is negative").arg(p.count));
        if (p.placement)
            c.placement(*p.placement, Path(base, "placement"));
        if (p.desiredPlacement)
            c.placement(*p.desiredPlacement, Path(base, "desiredPlacement"));
        c.refs(p.namedBy, participants, Path(base, "namedBy"), "participant");
        c.refs(p.marks, participants, Path(base, "marks"), "participant");
        c.time(p.addedMs, Path(base, "addedMs"));
    }

    IdSet ends = partners;
    ends.insert(kSchoolId, 0);
    const Path linksPath("links");
    for (std::size_t i = 0; i < s.links.size(); ++i) {
        const Link &l = s.links[i];
        const Path base(linksPath, i);
        c.ref(l.from, ends, Path(base, "from"), "partner", false);
        c.ref(l.to, ends, Path(base, "to"), "partner", false);
        if (!l.from.isEmpty() && l.from == l.to)
            c.error(Path(base, "to"),
                    QStringLiteral("a link cannot connect \"%1\" to itself").arg(l.to));
    }

    const Path groupsPath("groups");
    for (std::size_t i = 0; i < s.groups.size(); ++i)
        c.refs(s.groups[i].members, partners, Path(Path(groupsPath, i), "members"), "partner");

    const Path missingPath("missingPartners");
    for (std::size_t i = 0; i < s.missingPartners.size(); ++i) {
        const MissingPartner &m = s.missingPartners[i];
        const Path base(missingPath, i);
        c.ref(m.category, categories, Path(base, "category"), "category", true);
        c.ref(m.mentionedBy, participants, Path(base, "mentionedBy"), "participant", true);
        if (m.placement)
            c.placement(*m.placement, Path(base, "placement"));
    }

    for (std::size_t i = 0; i < s.cards.size(); ++i) {
        const CardProgress &card = s.cards[i];
        const Path base(cardsPath, i);
        c.time(card.startedMs, Path(base, "startedMs"));
        c.time(card.endedMs, Path(base, "endedMs"));
        if (card.spentMs < 0)
            c.error(Path(base, "spentMs"), QStringLiteral("%1 is negative").arg(card.spentMs));
        const Path notes(base, "notes");
        QHash<QString, std::size_t> noteIds;
        for (std::size_t j = 0; j < card.notes.size(); ++j) {
            const QuestionNote &n = card.notes[j];
            const Path np(notes, j);
            if (noteIds.contains(n.questionId))
                c.error(Path(np, "questionId"),
                        QStringLiteral("a second note for question \"%1\" (the first is at %2)")
                            .arg(n.questionId, Path(notes, noteIds.value(n.questionId)).str()));
            else
                noteIds.insert(n.questionId, j);
            c.refs(n.partnerIds, partners, Path(np, "partnerIds"), "partner");
            c.time(n.atMs, Path(np, "atMs"));
        }
        const Path quotesPath(base, "quotes");
        for (std::size_t j = 0; j < card.quotes.size(); ++j) {
            const Quote &q = card.quotes[j];
            const Path qp(quotesPath, j);
            c.ref(q.participantId, participants, Path(qp, "participantId"), "participant", true);
            c.refs(q.partnerIds, partners, Path(qp, "partnerIds"), "partner");
            c.time(q.atMs, Path(qp, "atMs"));
        }
    }

    const Path protocolPath("protocol");
    for (std::size_t i = 0; i < s.protocol.size(); ++i)
        c.time(s.protocol[i].atMs, Path(Path(protocolPath, i), "atMs"));
    const Path closingPath("closingAnswers");
    for (std::size_t i = 0; i < s.closingAnswers.size(); ++i)
        c.time(s.closingAnswers[i].atMs, Path(Path(closingPath, i), "atMs"));
    const Path metaphorsPath("metaphors");
    for (std::size_t i = 0; i < s.metaphors.size(); ++i) {
        const Path base(metaphorsPath, i);
        c.ref(s.metaphors[i].participantId, participants, Path(base, "participantId"),
              "participant", true);
        c.time(s.metaphors[i].atMs, Path(base, "atMs"));
    }
    const Path memosPath("memos");
    for (std::size_t i = 0; i < s.memos.size(); ++i)
        c.time(s.memos[i].atMs, Path(Path(memosPath, i), "atMs"));

    const Path annotationsPath("annotations");
    for (std::size_t i = 0; i < s.annotations.size(); ++i) {
        const Annotation &a = s.annotations[i];
        const Path base(annotationsPath, i);
        const Path target(base, "targetId");
        switch (a.targetKind) {
        case AnnotationTarget::Session:
            break;
        case AnnotationTarget::Partner:
            c.ref(a.targetId, partners, target, "partner", false);
            break;
        case AnnotationTarget::Link:
            c.ref(a.targetId, links, target, "link", false);
            break;
        case AnnotationTarget::MissingPartner:
            c.ref(a.targetId, missing, target, "missing partner", false);
            break;
        case AnnotationTarget::Group:
            c.ref(a.targetId, groups, target, "group", false);
            break;
        case AnnotationTarget::Quote:
            c.ref(a.targetId, quotes, target, "quote", false);
            break;
        case AnnotationTarget::CardNote:
            if (a.targetId.indexOf(QLatin1Char('/')) <= 0)
                c.error(target, QStringLiteral("\"%1\" is not of the form cardId/questionId")
                                    .arg(a.targetId.left(200)));
            break;
        }
        c.refs(a.codes, codes, Path(base, "codes"), "code");
    }

    // Snapshots: each holds a map of its own, checked by the same rules (its
    // references stay inside the snapshot), with paths under /snapshots/i.
    c.ids(s.snapshots, "snapshots", "id", id);
    const Path snapshotsPath("snapshots");
    for (std::size_t i = 0; i < s.snapshots.size(); ++i) {
        const Snapshot &snap = s.snapshots[i];
        const Path base(snapshotsPath, i);
        if (snap.name.trimmed().isEmpty())
            c.error(Path(base, "name"), QStringLiteral("empty snapshot name"));
        Session map;
        map.categories = snap.categories;
        map.rings = snap.rings;
        map.participants = snap.participants;
        map.partners = snap.partners;
        map.links = snap.links;
        map.groups = snap.groups;
        map.missingPartners = snap.missingPartners;
        const QString prefix = base.str();
        for (Diagnostic d : validate(map)) {
            d.path = prefix + d.path;
            c.out.push_back(std::move(d));
        }
    }
    return std::move(c.out);
}

} // namespace nwk
