// SPDX-License-Identifier: GPL-3.0-or-later
// sessionForExport(): the one copy of the session every export draws (anonymise.h).
// Each text member of the model is listed here once; a member left out would reach
// the exports as typed (tests/core/test_anonymise.cpp fills every member with names).
#include "nwk/core/anonymise.h"

#include "namereplacer.h"

#include <optional>
#include <tuple>

namespace nwk {

namespace {

/// What happens to every text: bidi controls out, names replaced when anonymising.
struct Cleaner {
    std::optional<detail::NameReplacer> names; ///< when anonymising

    bool anonymise() const { return names.has_value(); }
    /// Cleans each of `texts` (QString or QStringList members), in order.
    template <typename... Texts> void operator()(Texts &...texts) const { (one(texts), ...); }

private:
    void one(QString &text) const
    {
        text = withoutBidiControls(text);
        if (names && !text.isEmpty())
            text = names->apply(text);
    }
    void one(QStringList &texts) const
    {
        for (QString &t : texts)
            one(t);
    }
};

/// The text members of each model type, each listed once (Partner, CardProgress,
/// Snapshot and Meta have their own clean() below).
struct Texts {
    static auto of(Category &x) { return std::tie(x.labelNl, x.labelEn, x.letter, x.note); }
    static auto of(Ring &x) { return std::tie(x.labelNl, x.labelEn); }
    static auto of(Participant &x) { return std::tie(x.code, x.role, x.note); }
    static auto of(Link &x) { return std::tie(x.label, x.note); }
    static auto of(Group &x) { return std::tie(x.label, x.note); }
    static auto of(MissingPartner &x) { return std::tie(x.label, x.decidedBy, x.reason, x.note); }
    static auto of(RelativePlacement &x) { return std::tie(x.text); }
    static auto of(AlternativePlacement &x) { return std::tie(x.note); }
    static auto of(FormerPlacement &x) { return std::tie(x.when, x.why); }
    static auto of(ChoiceChange &x) { return std::tie(x.note); }
    static auto of(Quote &x) { return std::tie(x.text); }
    static auto of(QuestionNote &x) { return std::tie(x.text); }
    static auto of(ProtocolStepState &x) { return std::tie(x.note); }
    static auto of(ClosingAnswer &x) { return std::tie(x.text); }
    static auto of(Metaphor &x) { return std::tie(x.text, x.role); }
    static auto of(Memo &x) { return std::tie(x.text); }
    static auto of(Code &x) { return std::tie(x.label, x.description); }
    static auto of(Annotation &x) { return std::tie(x.memo, x.author, x.created); }
};

template <typename T> void clean(const Cleaner &c, T &x)
{
    std::apply(c, Texts::of(x));
}

/// Cleans every item of each of `lists`.
template <typename... Lists> void cleanAll(const Cleaner &c, Lists &...lists);

void clean(const Cleaner &c, Partner &x)
{
    c(x.notes, x.members, x.placementNote, x.geoDistance, x.voteText, x.addedAfterAt);
    cleanAll(c, x.alternatives, x.formerPlacements, x.choiceChanges);
    if (c.anonymise() && x.kind == PartnerKind::Person) {
        // The pseudonym is what stands for the names: never replaced itself.
        x.pseudonym = withoutBidiControls(x.pseudonym);
        x.label = exportPartnerLabel(x, true);
        x.fullName.clear();
        return;
    }
    c(x.label, x.fullName, x.pseudonym);
}

/// Cleans every item of each of `lists`.
template <typename... Lists> void cleanAll(const Cleaner &c, Lists &...lists)
{
    auto cleanList = [&c](auto &items) {
        for (auto &x : items)
            clean(c, x);
    };
    (cleanList(lists), ...);
}

void clean(const Cleaner &c, CardProgress &x)
{
    cleanAll(c, x.notes, x.quotes);
}

/// The map data of a session or of a snapshot.
template <typename MapData> void cleanMap(const Cleaner &c, MapData &x)
{
    cleanAll(c, x.categories, x.rings, x.participants, x.partners, x.links, x.groups,
             x.missingPartners, x.relativePlacements);
}

void clean(const Cleaner &c, Snapshot &x)
{
    c(x.name, x.created);
    cleanMap(c, x);
}

void clean(const Cleaner &c, Meta &x)
{
    // The pseudonym is what stands for the name: never replaced itself.
    x.schoolPseudonym = withoutBidiControls(x.schoolPseudonym);
    if (c.anonymise()) {
        x.schoolName = x.schoolPseudonym;
        x.facilitators.clear();
    } else {
        c(x.schoolName, x.facilitators);
    }
    c(x.level, x.schoolType, x.umbrella, x.location, x.date, x.startTime, x.notes, x.priorMaps,
      x.mapWords, x.created, x.modified, x.appVersion);
}

void clean(const Cleaner &c, MapEvent &x)
{
    if (x.partner)
        clean(c, *x.partner);
    if (x.link)
        clean(c, *x.link);
    if (x.group)
        clean(c, *x.group);
    if (x.missingPartner)
        clean(c, *x.missingPartner);
    if (x.relativePlacement)
        clean(c, *x.relativePlacement);
}

} // namespace

Session sessionForExport(const Session &s, bool anonymise)
{
    Cleaner c;
    if (anonymise)
        c.names.emplace(s); // from the original names, before the copy replaces them
    Session out = s;
    clean(c, out.meta);
    cleanMap(c, out);
    c(out.recordingStarted);
    cleanAll(c, out.cards, out.protocol, out.closingAnswers, out.metaphors, out.memos, out.codebook,
             out.annotations, out.snapshots, out.history);
    if (anonymise) {
        // Never audio or a transcript (its speakers are names) in an anonymised export.
        out.recording.parts.clear();
        out.transcript = TranscriptRef{};
    } else {
        c(out.transcript.file);
        for (AudioPart &part : out.recording.parts)
            c(part.file, part.device);
    }
    return out;
}

} // namespace nwk
