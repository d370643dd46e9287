// SPDX-License-Identifier: GPL-3.0-or-later
// `info --json`: the summary of a session or deck as plain Qt values (printJson()).
// The same figures as the text form (cli_info.cpp), with ids beside every label.
#include "cli.h"
#include "clijson.h"
#include "infocounts.h"

#include <algorithm>

namespace nwk::cli {

namespace {

template <typename E> QString spelling(E value)
{
    return QString::fromLatin1(toString(value));
}

QVariantList participantsJson(const Session &s)
{
    QVariantList list;
    for (const auto &p : s.participants) {
        const auto marks = std::count_if(s.partners.begin(), s.partners.end(),
                                         [&](const Partner &x) { return x.marks.contains(p.id); });
        list << QVariantMap{{QStringLiteral("id"), p.id},
                            {QStringLiteral("code"), p.code},
                            {QStringLiteral("role"), p.role},
                            {QStringLiteral("roleGroup"), spelling(p.roleGroup)},
                            {QStringLiteral("marks"), static_cast<int>(marks)}};
    }
    return list;
}

QVariantMap partnersJson(const Session &s, const QString &language)
{
    const PartnerCounts c = countPartners(s, language);
    const auto rings = static_cast<std::size_t>(c.ringLabels.size());
    auto rowJson = [&](const std::vector<int> &row) {
        QVariantList byRing;
        for (std::size_t i = 0; i < rings; ++i)
            byRing << row[i];
        const std::size_t unplaced = rings + (c.notDiscussedColumn ? 1 : 0);
        return QVariantMap{
            {QStringLiteral("byRing"), byRing},
            {QStringLiteral("distanceNotDiscussed"), c.notDiscussedColumn ? row[rings] : 0},
            {QStringLiteral("unplaced"), row[unplaced]},
            {QStringLiteral("total"), row[unplaced + 1]}};
    };
    QVariantList rows;
    for (qsizetype i = 0; i < c.rowIds.size(); ++i) {
        QVariantMap row = rowJson(c.counts[static_cast<std::size_t>(i)]);
        const QString &id = c.rowIds.at(i);
        const bool neutral = id == QLatin1String("\n");
        row.insert(QStringLiteral("categoryId"), neutral || id.isEmpty() ? QVariant() : id);
        row.insert(QStringLiteral("neutralZone"), neutral);
        row.insert(QStringLiteral("label"), c.rowLabels.at(i));
        rows << row;
    }
    QVariantMap totals = rowJson(c.counts.back());
    totals.insert(QStringLiteral("placed"), c.placed);
    totals.insert(QStringLiteral("neutralZone"), c.neutralZone);
    return {{QStringLiteral("rings"), QVariant(c.ringLabels)},
            {QStringLiteral("byCategory"), rows},
            {QStringLiteral("totals"), totals}};
}

QVariantMap linksJson(const Session &s)
{
    QVariantMap byKind;
    for (std::size_t k = 0; k < enumCount<LinkKind>(); ++k) {
        const auto kind = static_cast<LinkKind>(k);
        byKind.insert(spelling(kind), static_cast<int>(std::count_if(
                                          s.links.begin(), s.links.end(),
                                          [&](const Link &l) { return l.kind == kind; })));
    }
    return {{QStringLiteral("total"), static_cast<int>(s.links.size())},
            {QStringLiteral("byKind"), byKind}};
}

QVariantList missingJson(const Session &s, const QString &language)
{
    QVariantList list;
    for (const auto &m : s.missingPartners) {
        const Category *c = s.category(m.category);
        list << QVariantMap{{QStringLiteral("label"), m.label},
                            {QStringLiteral("categoryId"), m.category},
                            {QStringLiteral("category"),
                             c ? pickLabel(language, c->labelNl, c->labelEn) : m.category},
                            {QStringLiteral("status"), spelling(m.status)}};
    }
    return list;
}

} // namespace

QVariantMap sessionInfoJson(const QString &fileName, const Session &s, const QString &language)
{
    const Meta &m = s.meta;
    const CardCounts cards = countCards(s);
    const RecordingCounts r = countRecording(fileName, s);
    QVariantMap audio{{QStringLiteral("parts"), r.parts},
                      {QStringLiteral("recordedMs"), r.recordedMs},
                      {QStringLiteral("consented"), r.consented}};
    if (r.checkedOnDisk)
        audio.insert(QStringLiteral("missingParts"), QVariant(r.missingParts));
    QVariantMap transcript{{QStringLiteral("file"), r.transcript},
                           {QStringLiteral("offsetMs"), r.transcriptOffsetMs},
                           {QStringLiteral("speakersAssigned"), r.speakers}};
    if (r.checkedOnDisk && !r.transcript.isEmpty())
        transcript.insert(QStringLiteral("found"), r.transcriptFound);
    return {
        {QStringLiteral("file"), inputName(fileName)},
        {QStringLiteral("kind"), QStringLiteral("session")},
        {QStringLiteral("school"), m.schoolName},
        {QStringLiteral("schoolPseudonym"), m.schoolPseudonym},
        {QStringLiteral("level"), m.level},
        {QStringLiteral("schoolType"), m.schoolType},
        {QStringLiteral("umbrella"), m.umbrella},
        {QStringLiteral("location"), m.location},
        {QStringLiteral("date"), m.date},
        {QStringLiteral("startTime"), m.startTime},
        {QStringLiteral("facilitators"), QVariant(m.facilitators)},
        {QStringLiteral("language"), m.language},
        {QStringLiteral("deck"), QVariantMap{{QStringLiteral("id"), s.deck.id},
                                             {QStringLiteral("version"), s.deck.version},
                                             {QStringLiteral("language"), s.deck.language}}},
        {QStringLiteral("recordingStarted"), s.recordingStarted},
        {QStringLiteral("participants"), participantsJson(s)},
        {QStringLiteral("partners"), partnersJson(s, language)},
        {QStringLiteral("links"), linksJson(s)},
        {QStringLiteral("missingPartners"), missingJson(s, language)},
        {QStringLiteral("cards"), QVariantMap{{QStringLiteral("done"), cards.done},
                                              {QStringLiteral("inProgress"), cards.inProgress},
                                              {QStringLiteral("skipped"), cards.skipped},
                                              {QStringLiteral("total"), cards.total},
                                              {QStringLiteral("spentMs"), cards.spentMs}}},
        {QStringLiteral("metaphors"), static_cast<int>(s.metaphors.size())},
        {QStringLiteral("groups"), static_cast<int>(s.groups.size())},
        {QStringLiteral("quotes"), cards.quotes},
        {QStringLiteral("memos"), static_cast<int>(s.memos.size())},
        {QStringLiteral("annotations"), static_cast<int>(s.annotations.size())},
        {QStringLiteral("audio"), audio},
        {QStringLiteral("transcript"), transcript},
        {QStringLiteral("historyEvents"), r.historyEvents},
    };
}

QVariantMap deckInfoJson(const QString &fileName, const Deck &d)
{
    QVariantList cards;
    for (const auto &c : d.cards) {
        auto questions = static_cast<int>(c.mainQuestions.size());
        for (const auto &g : c.subquestions)
            questions += static_cast<int>(g.questions.size());
        cards << QVariantMap{{QStringLiteral("phase"), c.phase},
                             {QStringLiteral("id"), c.id},
                             {QStringLiteral("theme"), c.theme},
                             {QStringLiteral("questions"), questions}};
    }
    return {{QStringLiteral("file"), inputName(fileName)},
            {QStringLiteral("kind"), QStringLiteral("deck")},
            {QStringLiteral("id"), d.id},
            {QStringLiteral("version"), d.version},
            {QStringLiteral("language"), d.language},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("cards"), cards}};
}

} // namespace nwk::cli
