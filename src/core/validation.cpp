// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/validation.h"

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

QString at(const QString &base, std::size_t index, const char *key = nullptr)
{
    QString p = base + QLatin1Char('/') + QString::number(index);
    if (key)
        p += QLatin1Char('/') + QLatin1String(key);
    return p;
}

class Checker {
public:
    Diagnostics out;

    void error(const QString &path, const QString &message)
    {
        Diagnostic d;
        d.path = path;
        d.message = message;
        out.push_back(std::move(d));
    }

    /// Ids of one collection: non-empty and unique. Returns the set of ids.
    template <typename T, typename Get>
    QSet<QString> ids(const std::vector<T> &items, const QString &base, const char *key, Get get)
    {
        QHash<QString, QString> seen;
        for (std::size_t i = 0; i < items.size(); ++i)
            checkId(get(items[i]), at(base, i, key), seen);
        return keys(seen);
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

    static QSet<QString> keys(const QHash<QString, QString> &seen)
    {
        QSet<QString> set;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            set.insert(it.key());
        return set;
    }

    /// A reference that must name an element of `known` (empty allowed when optional).
    void ref(const QString &value, const QSet<QString> &known, const QString &path,
             const char *what, bool optional)
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
    void refs(const QStringList &values, const QSet<QString> &known, const QString &path,
              const char *what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString itemPath = path + QLatin1Char('/') + QString::number(i);
            ref(values[i], known, itemPath, what, false);
            if (!values[i].isEmpty() && known.contains(values[i]) && seen.contains(values[i]))
                error(itemPath, QStringLiteral("%1 \"%2\" is listed twice")
                                    .arg(QLatin1String(what), values[i]));
            seen.insert(values[i]);
        }
    }

    void placement(const Placement &p, const QString &path)
    {
        const QString d = path + QStringLiteral("/distance");
        const QString a = path + QStringLiteral("/angle");
        if (!std::isfinite(p.distance))
            error(d, QStringLiteral("not a finite number"));
        else if (p.distance < 0.0 || p.distance > 1.0)
            error(d, QStringLiteral("%1 is outside 0..1").arg(num(p.distance)));
        if (!std::isfinite(p.angle))
            error(a, QStringLiteral("not a finite number"));
        else if (p.angle < 0.0 || p.angle >= 360.0)
            error(a, QStringLiteral("%1 is outside [0, 360)").arg(num(p.angle)));
    }

    /// A session-clock time: -1 (unknown) or >= 0.
    void time(qint64 ms, const QString &path)
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
    Checker c;
    auto id = [](const auto &x) -> const QString & { return x.id; };

    const QSet<QString> categories = c.ids(s.categories, QStringLiteral("/categories"), "id", id);
    const QSet<QString> participants =
        c.ids(s.participants, QStringLiteral("/participants"), "id", id);
    const QSet<QString> partners = c.ids(s.partners, QStringLiteral("/partners"), "id", id);
    const QSet<QString> links = c.ids(s.links, QStringLiteral("/links"), "id", id);
    const QSet<QString> groups = c.ids(s.groups, QStringLiteral("/groups"), "id", id);
    const QSet<QString> missing =
        c.ids(s.missingPartners, QStringLiteral("/missingPartners"), "id", id);
    c.ids(s.metaphors, QStringLiteral("/metaphors"), "id", id);
    c.ids(s.memos, QStringLiteral("/memos"), "id", id);
    const QSet<QString> codes = c.ids(s.codebook, QStringLiteral("/codebook"), "id", id);
    c.ids(s.annotations, QStringLiteral("/annotations"), "id", id);
    c.ids(s.cards, QStringLiteral("/cards"), "cardId",
          [](const CardProgress &x) -> const QString & { return x.cardId; });
    c.ids(s.protocol, QStringLiteral("/protocol"), "stepId",
          [](const ProtocolStepState &x) -> const QString & { return x.stepId; });
    c.ids(s.closingAnswers, QStringLiteral("/closingAnswers"), "questionId",
          [](const ClosingAnswer &x) -> const QString & { return x.questionId; });

    // Quote ids are unique across all cards.
    QSet<QString> quotes;
    {
        QHash<QString, QString> seen;
        for (std::size_t i = 0; i < s.cards.size(); ++i) {
            const QString base = at(QStringLiteral("/cards"), i, "quotes");
            for (std::size_t j = 0; j < s.cards[i].quotes.size(); ++j)
                c.checkId(s.cards[i].quotes[j].id, at(base, j, "id"), seen);
        }
        quotes = Checker::keys(seen);
    }

    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        if (!colour.match(s.categories[i].color).hasMatch())
            c.error(at(QStringLiteral("/categories"), i, "color"),
                    QStringLiteral("\"%1\" is not a colour of the form #rrggbb")
                        .arg(s.categories[i].color.left(100)));
    }

    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        const Participant &p = s.participants[i];
        c.time(p.joinedMs, at(QStringLiteral("/participants"), i, "joinedMs"));
        c.time(p.leftMs, at(QStringLiteral("/participants"), i, "leftMs"));
    }

    for (std::size_t i = 0; i < s.partners.size(); ++i) {
        const Partner &p = s.partners[i];
        const QString base = at(QStringLiteral("/partners"), i);
        if (p.id == kSchoolId)
            c.error(
                base + QStringLiteral("/id"),
                QStringLiteral("\"%1\" is reserved for the school at the centre").arg(kSchoolId));
        c.ref(p.category, categories, base + QStringLiteral("/category"), "category", true);
        const QString extra = base + QStringLiteral("/extraCategories");
        if (p.extraCategories.size() > kMaxExtraCategories)
            c.error(extra, QStringLiteral("%1 extra categories; at most %2")
                               .arg(p.extraCategories.size())
                               .arg(kMaxExtraCategories));
        c.refs(p.extraCategories, categories, extra, "category");
        const qsizetype primaryAgain = p.extraCategories.indexOf(p.category);
        if (!p.category.isEmpty() && primaryAgain >= 0)
            c.error(
                extra + QLatin1Char('/') + QString::number(primaryAgain),
                QStringLiteral("category \"%1\" is already the primary category").arg(p.category));
        if (p.count < 0)
            c.error(base + QStringLiteral("/count"), QStringLiteral("%1 is negative").arg(p.count));
        if (p.placement)
            c.placement(*p.placement, base + QStringLiteral("/placement"));
        if (p.desiredPlacement)
            c.placement(*p.desiredPlacement, base + QStringLiteral("/desiredPlacement"));
        c.refs(p.namedBy, participants, base + QStringLiteral("/namedBy"), "participant");
        c.refs(p.marks, participants, base + QStringLiteral("/marks"), "participant");
        c.time(p.addedMs, base + QStringLiteral("/addedMs"));
    }

    QSet<QString> ends = partners;
    ends.insert(kSchoolId);
    for (std::size_t i = 0; i < s.links.size(); ++i) {
        const Link &l = s.links[i];
        const QString base = at(QStringLiteral("/links"), i);
        c.ref(l.from, ends, base + QStringLiteral("/from"), "partner", false);
        c.ref(l.to, ends, base + QStringLiteral("/to"), "partner", false);
        if (!l.from.isEmpty() && l.from == l.to)
            c.error(base + QStringLiteral("/to"),
                    QStringLiteral("a link cannot connect \"%1\" to itself").arg(l.to));
    }

    for (std::size_t i = 0; i < s.groups.size(); ++i)
        c.refs(s.groups[i].members, partners, at(QStringLiteral("/groups"), i, "members"),
               "partner");

    for (std::size_t i = 0; i < s.missingPartners.size(); ++i) {
        const MissingPartner &m = s.missingPartners[i];
        const QString base = at(QStringLiteral("/missingPartners"), i);
        c.ref(m.category, categories, base + QStringLiteral("/category"), "category", true);
        c.ref(m.mentionedBy, participants, base + QStringLiteral("/mentionedBy"), "participant",
              true);
        if (m.placement)
            c.placement(*m.placement, base + QStringLiteral("/placement"));
    }

    for (std::size_t i = 0; i < s.cards.size(); ++i) {
        const CardProgress &card = s.cards[i];
        const QString base = at(QStringLiteral("/cards"), i);
        c.time(card.startedMs, base + QStringLiteral("/startedMs"));
        c.time(card.endedMs, base + QStringLiteral("/endedMs"));
        if (card.spentMs < 0)
            c.error(base + QStringLiteral("/spentMs"),
                    QStringLiteral("%1 is negative").arg(card.spentMs));
        QHash<QString, std::size_t> noteIds;
        for (std::size_t j = 0; j < card.notes.size(); ++j) {
            const QuestionNote &n = card.notes[j];
            const QString np = at(base + QStringLiteral("/notes"), j);
            if (noteIds.contains(n.questionId))
                c.error(np + QStringLiteral("/questionId"),
                        QStringLiteral("a second note for question \"%1\" (the first is at %2)")
                            .arg(n.questionId,
                                 at(base + QStringLiteral("/notes"), noteIds.value(n.questionId))));
            else
                noteIds.insert(n.questionId, j);
            c.refs(n.partnerIds, partners, np + QStringLiteral("/partnerIds"), "partner");
            c.time(n.atMs, np + QStringLiteral("/atMs"));
        }
        for (std::size_t j = 0; j < card.quotes.size(); ++j) {
            const Quote &q = card.quotes[j];
            const QString qp = at(base + QStringLiteral("/quotes"), j);
            c.ref(q.participantId, participants, qp + QStringLiteral("/participantId"),
                  "participant", true);
            c.refs(q.partnerIds, partners, qp + QStringLiteral("/partnerIds"), "partner");
            c.time(q.atMs, qp + QStringLiteral("/atMs"));
        }
    }

    for (std::size_t i = 0; i < s.protocol.size(); ++i)
        c.time(s.protocol[i].atMs, at(QStringLiteral("/protocol"), i, "atMs"));
    for (std::size_t i = 0; i < s.closingAnswers.size(); ++i)
        c.time(s.closingAnswers[i].atMs, at(QStringLiteral("/closingAnswers"), i, "atMs"));
    for (std::size_t i = 0; i < s.metaphors.size(); ++i) {
        const QString base = at(QStringLiteral("/metaphors"), i);
        c.ref(s.metaphors[i].participantId, participants, base + QStringLiteral("/participantId"),
              "participant", true);
        c.time(s.metaphors[i].atMs, base + QStringLiteral("/atMs"));
    }
    for (std::size_t i = 0; i < s.memos.size(); ++i)
        c.time(s.memos[i].atMs, at(QStringLiteral("/memos"), i, "atMs"));

    for (std::size_t i = 0; i < s.annotations.size(); ++i) {
        const Annotation &a = s.annotations[i];
        const QString base = at(QStringLiteral("/annotations"), i);
        const QString target = base + QStringLiteral("/targetId");
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
        c.refs(a.codes, codes, base + QStringLiteral("/codes"), "code");
    }

    // Snapshots: each holds a map of its own, checked by the same rules (its
    // references stay inside the snapshot), with paths under /snapshots/i.
    c.ids(s.snapshots, QStringLiteral("/snapshots"), "id", id);
    for (std::size_t i = 0; i < s.snapshots.size(); ++i) {
        const Snapshot &snap = s.snapshots[i];
        const QString base = at(QStringLiteral("/snapshots"), i);
        if (snap.name.trimmed().isEmpty())
            c.error(base + QStringLiteral("/name"), QStringLiteral("empty snapshot name"));
        Session map;
        map.categories = snap.categories;
        map.rings = snap.rings;
        map.participants = snap.participants;
        map.partners = snap.partners;
        map.links = snap.links;
        map.groups = snap.groups;
        map.missingPartners = snap.missingPartners;
        for (Diagnostic d : validate(map)) {
            d.path = base + d.path;
            c.out.push_back(std::move(d));
        }
    }
    return std::move(c.out);
}

} // namespace nwk
