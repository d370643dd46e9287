// SPDX-License-Identifier: GPL-3.0-or-later
// sessionForExport(): the one copy of the session every export draws (anonymise.h).
// Each text member of the model is listed here once; a member left out would reach
// the exports as typed (tests/core/test_anonymise.cpp fills every member with names).
#include "nwk/core/anonymise.h"

#include "namereplacer.h"

#include <optional>

namespace nwk {

namespace {

/// What happens to every text: bidi controls out, names replaced when anonymising.
struct Cleaner {
    std::optional<detail::NameReplacer> names; ///< when anonymising

    bool anonymise() const { return names.has_value(); }
    void operator()(QString &text) const
    {
        text = withoutBidiControls(text);
        if (names && !text.isEmpty())
            text = names->apply(text);
    }
    void operator()(QStringList &texts) const
    {
        for (QString &t : texts)
            (*this)(t);
    }
};

void clean(const Cleaner &c, Category &x)
{
    c(x.labelNl);
    c(x.labelEn);
    c(x.letter);
    c(x.note);
}

void clean(const Cleaner &c, Ring &x)
{
    c(x.labelNl);
    c(x.labelEn);
}

void clean(const Cleaner &c, Participant &x)
{
    c(x.code);
    c(x.role);
    c(x.note);
}

void clean(const Cleaner &c, Partner &x)
{
    c(x.notes);
    if (c.anonymise() && x.kind == PartnerKind::Person) {
        // The pseudonym is what stands for the names: never replaced itself.
        x.pseudonym = withoutBidiControls(x.pseudonym);
        x.label = exportPartnerLabel(x, true);
        x.fullName.clear();
        return;
    }
    c(x.label);
    c(x.fullName);
    c(x.pseudonym);
}

void clean(const Cleaner &c, Link &x)
{
    c(x.label);
    c(x.note);
}

void clean(const Cleaner &c, Group &x)
{
    c(x.label);
    c(x.note);
}

void clean(const Cleaner &c, MissingPartner &x)
{
    c(x.label);
    c(x.note);
}

void clean(const Cleaner &c, Quote &x)
{
    c(x.text);
}

void clean(const Cleaner &c, QuestionNote &x)
{
    c(x.text);
}

template <typename T> void cleanAll(const Cleaner &c, std::vector<T> &items)
{
    for (T &x : items)
        clean(c, x);
}

void clean(const Cleaner &c, CardProgress &x)
{
    cleanAll(c, x.notes);
    cleanAll(c, x.quotes);
}

void clean(const Cleaner &c, ProtocolStepState &x)
{
    c(x.note);
}

void clean(const Cleaner &c, ClosingAnswer &x)
{
    c(x.text);
}

void clean(const Cleaner &c, Metaphor &x)
{
    c(x.text);
}

void clean(const Cleaner &c, Memo &x)
{
    c(x.text);
}

void clean(const Cleaner &c, Code &x)
{
    c(x.label);
    c(x.description);
}

void clean(const Cleaner &c, Annotation &x)
{
    c(x.memo);
    c(x.author);
    c(x.created);
}

/// The map data of a session or of a snapshot.
template <typename MapData> void cleanMap(const Cleaner &c, MapData &x)
{
    cleanAll(c, x.categories);
    cleanAll(c, x.rings);
    cleanAll(c, x.participants);
    cleanAll(c, x.partners);
    cleanAll(c, x.links);
    cleanAll(c, x.groups);
    cleanAll(c, x.missingPartners);
}

void clean(const Cleaner &c, Snapshot &x)
{
    c(x.name);
    c(x.created);
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
        c(x.schoolName);
        c(x.facilitators);
    }
    for (QString *text : {&x.level, &x.schoolType, &x.umbrella, &x.location, &x.date, &x.startTime,
                          &x.notes, &x.created, &x.modified, &x.appVersion})
        c(*text);
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
    cleanAll(c, out.cards);
    cleanAll(c, out.protocol);
    cleanAll(c, out.closingAnswers);
    cleanAll(c, out.metaphors);
    cleanAll(c, out.memos);
    cleanAll(c, out.codebook);
    cleanAll(c, out.annotations);
    cleanAll(c, out.snapshots);
    return out;
}

} // namespace nwk
