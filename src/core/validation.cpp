// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/validation.h"

#include "mapdata.h"
#include "nwk/core/limits.h"
#include "validationchecker.h"

#include <QRegularExpression>

namespace nwk {

namespace {

using validation::Checker;
using validation::IdSet;
using validation::KnownIds;
using validation::Path;

const QString &idOf(const auto &x)
{
    return x.id;
}

/// Quote ids are unique across all cards.
IdSet quoteIds(Checker &c, const Session &s)
{
    const Path cardsPath("cards");
    IdSet quotes;
    QHash<QString, QString> seen;
    for (std::size_t i = 0; i < s.cards.size(); ++i) {
        const Path card(cardsPath, i);
        const Path base(card, "quotes");
        for (std::size_t j = 0; j < s.cards[i].quotes.size(); ++j)
            c.checkId(s.cards[i].quotes[j].id, Path(Path(base, j), "id").str(), seen);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        quotes.insert(it.key(), 0);
    return quotes;
}

/// Every collection's ids: non-empty and unique.
KnownIds checkIds(Checker &c, const Session &s)
{
    auto id = [](const auto &x) -> const QString & { return idOf(x); };
    KnownIds k;
    k.categories = c.ids(s.categories, "categories", "id", id);
    k.participants = c.ids(s.participants, "participants", "id", id);
    k.partners = c.ids(s.partners, "partners", "id", id);
    k.links = c.ids(s.links, "links", "id", id);
    k.groups = c.ids(s.groups, "groups", "id", id);
    k.missing = c.ids(s.missingPartners, "missingPartners", "id", id);
    c.ids(s.relativePlacements, "relativePlacements", "id", id);
    k.metaphors = c.ids(s.metaphors, "metaphors", "id", id);
    k.memos = c.ids(s.memos, "memos", "id", id);
    k.codes = c.ids(s.codebook, "codebook", "id", id);
    c.ids(s.annotations, "annotations", "id", id);
    c.ids(s.cards, "cards", "cardId",
          [](const CardProgress &x) -> const QString & { return x.cardId; });
    c.ids(s.protocol, "protocol", "stepId",
          [](const ProtocolStepState &x) -> const QString & { return x.stepId; });
    k.closingAnswers =
        c.ids(s.closingAnswers, "closingAnswers", "questionId",
              [](const ClosingAnswer &x) -> const QString & { return x.questionId; });
    k.quotes = quoteIds(c, s);
    return k;
}

void checkCategoryColours(Checker &c, const Session &s)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    const Path categoriesPath("categories");
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        if (!colour.match(s.categories[i].color).hasMatch())
            c.error(Path(Path(categoriesPath, i), "color"),
                    QStringLiteral("\"%1\" is not a colour of the form #rrggbb")
                        .arg(s.categories[i].color.left(100)));
    }
}

void checkParticipantTimes(Checker &c, const Session &s)
{
    const Path participantsPath("participants");
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        const Participant &p = s.participants[i];
        const Path base(participantsPath, i);
        c.time(p.joinedMs, Path(base, "joinedMs"));
        c.time(p.leftMs, Path(base, "leftMs"));
    }
}

/// A partner's primary and extra categories.
void checkPartnerCategories(Checker &c, const Partner &p, const Path &base, const KnownIds &k)
{
    c.ref(p.category, k.categories, Path(base, "category"), "category", true);
    const Path extra(base, "extraCategories");
    if (p.extraCategories.size() > validation::kMaxExtraCategories)
        c.error(extra, QStringLiteral("%1 extra categories; at most %2")
                           .arg(p.extraCategories.size())
                           .arg(validation::kMaxExtraCategories));
    c.refs(p.extraCategories, k.categories, extra, "category");
    const qsizetype primaryAgain =
        p.category.isEmpty() ? -1 : p.extraCategories.indexOf(p.category);
    if (primaryAgain >= 0)
        c.error(Path(extra, static_cast<std::size_t>(primaryAgain)),
                QStringLiteral("category \"%1\" is already the primary category").arg(p.category));
}

void checkPartner(Checker &c, const Partner &p, const Path &base, const KnownIds &k)
{
    if (p.id == kSchoolId)
        c.error(Path(base, "id"),
                QStringLiteral("\"%1\" is reserved for the school at the centre").arg(kSchoolId));
    checkPartnerCategories(c, p, base, k);
    if (p.count < 0)
        c.error(Path(base, "count"), QStringLiteral("%1 is negative").arg(p.count));
    if (p.placement)
        c.placement(*p.placement, Path(base, "placement"));
    if (p.desiredPlacement)
        c.placement(*p.desiredPlacement, Path(base, "desiredPlacement"));
    c.refs(p.namedBy, k.participants, Path(base, "namedBy"), "participant");
    c.refs(p.marks, k.participants, Path(base, "marks"), "participant");
    c.time(p.addedMs, Path(base, "addedMs"));
}

/// Links, groups and missing partners: what they name exists.
void checkLinksGroupsMissing(Checker &c, const Session &s, const KnownIds &k)
{
    IdSet ends = k.partners;
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
        c.refs(s.groups[i].members, k.partners, Path(Path(groupsPath, i), "members"), "partner");

    const Path missingPath("missingPartners");
    for (std::size_t i = 0; i < s.missingPartners.size(); ++i) {
        const MissingPartner &m = s.missingPartners[i];
        const Path base(missingPath, i);
        c.ref(m.category, k.categories, Path(base, "category"), "category", true);
        c.ref(m.mentionedBy, k.participants, Path(base, "mentionedBy"), "participant", true);
        if (m.placement)
            c.placement(*m.placement, Path(base, "placement"));
    }
}

/// A card's notes: one per question; what they name exists.
void checkCardNotes(Checker &c, const CardProgress &card, const Path &base, const KnownIds &k)
{
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
        c.refs(n.partnerIds, k.partners, Path(np, "partnerIds"), "partner");
        c.time(n.atMs, Path(np, "atMs"));
    }
    const Path marks(base, "sectionMarks");
    QHash<QString, std::size_t> marked;
    for (std::size_t j = 0; j < card.sectionMarks.size(); ++j) {
        const QString &q = card.sectionMarks[j].questionId;
        if (marked.contains(q))
            c.error(Path(Path(marks, j), "questionId"),
                    QStringLiteral("a second mark for %1 (the first is at %2)")
                        .arg(q.isEmpty() ? QStringLiteral("the card")
                                         : QStringLiteral("question \"%1\"").arg(q),
                             Path(marks, marked.value(q)).str()));
        else
            marked.insert(q, j);
    }
}

void checkCard(Checker &c, const CardProgress &card, const Path &base, const KnownIds &k)
{
    c.time(card.startedMs, Path(base, "startedMs"));
    c.time(card.endedMs, Path(base, "endedMs"));
    if (card.spentMs < 0)
        c.error(Path(base, "spentMs"), QStringLiteral("%1 is negative").arg(card.spentMs));
    checkCardNotes(c, card, base, k);
    const Path quotesPath(base, "quotes");
    for (std::size_t j = 0; j < card.quotes.size(); ++j) {
        const Quote &q = card.quotes[j];
        const Path qp(quotesPath, j);
        c.ref(q.participantId, k.participants, Path(qp, "participantId"), "participant", true);
        c.refs(q.partnerIds, k.partners, Path(qp, "partnerIds"), "partner");
        c.time(q.atMs, Path(qp, "atMs"));
    }
}

/// Protocol steps, closing answers, metaphors and memos: their times (and who spoke).
void checkRecordTimes(Checker &c, const Session &s, const KnownIds &k)
{
    const Path protocolPath("protocol");
    for (std::size_t i = 0; i < s.protocol.size(); ++i)
        c.time(s.protocol[i].atMs, Path(Path(protocolPath, i), "atMs"));
    const Path closingPath("closingAnswers");
    for (std::size_t i = 0; i < s.closingAnswers.size(); ++i)
        c.time(s.closingAnswers[i].atMs, Path(Path(closingPath, i), "atMs"));
    const Path metaphorsPath("metaphors");
    for (std::size_t i = 0; i < s.metaphors.size(); ++i) {
        const Path base(metaphorsPath, i);
        c.ref(s.metaphors[i].participantId, k.participants, Path(base, "participantId"),
              "participant", true);
        c.time(s.metaphors[i].atMs, Path(base, "atMs"));
    }
    const Path memosPath("memos");
    for (std::size_t i = 0; i < s.memos.size(); ++i)
        c.time(s.memos[i].atMs, Path(Path(memosPath, i), "atMs"));
}

void checkAnnotation(Checker &c, const Annotation &a, const Path &base, const KnownIds &k)
{
    const Path target(base, "targetId");
    switch (a.targetKind) {
    case AnnotationTarget::Session:
        break;
    case AnnotationTarget::Partner:
        c.ref(a.targetId, k.partners, target, "partner", false);
        break;
    case AnnotationTarget::Link:
        c.ref(a.targetId, k.links, target, "link", false);
        break;
    case AnnotationTarget::MissingPartner:
        c.ref(a.targetId, k.missing, target, "missing partner", false);
        break;
    case AnnotationTarget::Group:
        c.ref(a.targetId, k.groups, target, "group", false);
        break;
    case AnnotationTarget::Quote:
        c.ref(a.targetId, k.quotes, target, "quote", false);
        break;
    case AnnotationTarget::Metaphor:
        c.ref(a.targetId, k.metaphors, target, "metaphor", false);
        break;
    case AnnotationTarget::ClosingAnswer:
        c.ref(a.targetId, k.closingAnswers, target, "closing answer", false);
        break;
    case AnnotationTarget::Memo:
        c.ref(a.targetId, k.memos, target, "memo", false);
        break;
    case AnnotationTarget::CardNote:
        if (a.targetId.indexOf(QLatin1Char('/')) <= 0)
            c.error(target, QStringLiteral("\"%1\" is not of the form cardId/questionId")
                                .arg(a.targetId.left(200)));
        break;
    }
    c.refs(a.codes, k.codes, Path(base, "codes"), "code");
}

/// Snapshots: each holds a map of its own, checked by the same rules (its references stay
/// inside the snapshot), with paths under /snapshots/i.
void checkSnapshots(Checker &c, const Session &s)
{
    c.ids(s.snapshots, "snapshots", "id", [](const auto &x) -> const QString & { return idOf(x); });
    const Path snapshotsPath("snapshots");
    for (std::size_t i = 0; i < s.snapshots.size(); ++i) {
        const Snapshot &snap = s.snapshots[i];
        const Path base(snapshotsPath, i);
        if (snap.name.trimmed().isEmpty())
            c.error(Path(base, "name"), QStringLiteral("empty snapshot name"));
        Session map;
        copyMapData(map, snap);
        const QString prefix = base.str();
        for (Diagnostic d : validate(map)) {
            d.path = prefix + d.path;
            c.out.push_back(std::move(d));
        }
    }
}

} // namespace

Diagnostics validate(const Session &s)
{
    // A session over a limit is not checked further: that would take too long.
    if (Diagnostics over = checkLimits(s); !over.empty())
        return over;
    Checker c;
    const KnownIds k = checkIds(c, s);
    checkCategoryColours(c, s);
    checkParticipantTimes(c, s);
    const Path partnersPath("partners");
    for (std::size_t i = 0; i < s.partners.size(); ++i)
        checkPartner(c, s.partners[i], Path(partnersPath, i), k);
    checkLinksGroupsMissing(c, s, k);
    validation::checkStatements(c, s, k);
    const Path cardsPath("cards");
    for (std::size_t i = 0; i < s.cards.size(); ++i)
        checkCard(c, s.cards[i], Path(cardsPath, i), k);
    checkRecordTimes(c, s, k);
    const Path annotationsPath("annotations");
    for (std::size_t i = 0; i < s.annotations.size(); ++i)
        checkAnnotation(c, s.annotations[i], Path(annotationsPath, i), k);
    checkSnapshots(c, s);
    validation::checkRecording(c, s, k);
    return std::move(c.out);
}

} // namespace nwk
