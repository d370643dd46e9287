// SPDX-License-Identifier: GPL-3.0-or-later
// countPartners(): a session's partners per category and ring, for `info`.
#include "infocounts.h"

#include "nwk/core/deck.h"
#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace nwk::cli {

namespace {

/// The column of a partner in the partners table: its ring, `notDiscussed` or `unplaced`.
int partnerColumn(const Partner &p, const MapGeometry &geometry, int notDiscussed, int unplaced)
{
    if (!p.placement)
        return unplaced;
    if (!p.placement->distanceDiscussed())
        return notDiscussed;
    if (geometry.ringCount <= 0)
        return unplaced;
    if (p.placement->distanceKind != DistanceKind::Ring) // on or in the school: distance 0
        return 0;
    return std::clamp(geometry.ringAt(p.placement->distance), 0, geometry.ringCount - 1);
}

/// Rows: the categories in sector order, then "(no category yet)" for the neutral zone,
/// then partners without or with unknown category. Row ids: the neutral zone is "\n".
void partnerRows(const Session &s, const QString &language, PartnerCounts &c)
{
    for (const auto &category : s.categories) {
        c.rowLabels << pickLabel(language, category.labelNl, category.labelEn);
        c.rowIds << category.id;
    }
    for (const auto &p : s.partners) {
        const QString id = p.neutralZone ? QStringLiteral("\n") : p.category;
        if (c.rowIds.contains(id))
            continue;
        c.rowIds << id;
        c.rowLabels << (p.neutralZone ? QStringLiteral("(no category yet)")
                        : p.category.isEmpty()
                            ? QStringLiteral("(no category)")
                            : QStringLiteral("(unknown \"%1\")").arg(p.category));
    }
}

} // namespace

QString pickLabel(const QString &language, const QString &nl, const QString &en)
{
    if (language == QLatin1String("en"))
        return en.isEmpty() ? nl : en;
    return nl.isEmpty() ? en : nl;
}

CardCounts countCards(const Session &s)
{
    // The total is the deck's cards (when the built-in deck is the session's) plus any
    // other card the session has progress for.
    QSet<QString> ids;
    const Deck deck = builtinDeck(s.deck.language);
    if (!s.deck.id.isEmpty() && deck.id == s.deck.id)
        for (const auto &c : deck.cards)
            ids.insert(c.id);
    CardCounts counts;
    for (const auto &c : s.cards) {
        ids.insert(c.cardId);
        counts.done += c.status == CardStatus::Done ? 1 : 0;
        counts.inProgress += c.status == CardStatus::InProgress ? 1 : 0;
        counts.skipped += c.status == CardStatus::Skipped ? 1 : 0;
        counts.spentMs += std::max<qint64>(0, c.spentMs);
        counts.quotes += static_cast<int>(c.quotes.size());
    }
    counts.total = static_cast<int>(ids.size());
    return counts;
}

PartnerCounts countPartners(const Session &s, const QString &language)
{
    PartnerCounts c;
    const MapGeometry geometry = MapGeometry::forSession(s);
    const int rings = geometry.ringCount;
    for (int i = 0; i < rings; ++i) {
        const auto index = static_cast<std::size_t>(i);
        const QString label = index < s.rings.size() ? pickLabel(language, s.rings[index].labelNl,
                                                                 s.rings[index].labelEn)
                                                     : QString();
        c.ringLabels << (label.isEmpty() ? QStringLiteral("ring %1").arg(i + 1) : label);
    }
    for (const auto &p : s.partners) {
        c.notDiscussed += p.placement && !p.placement->distanceDiscussed() ? 1 : 0;
        c.neutralZone += p.neutralZone ? 1 : 0;
        c.unplaced += p.placement ? 0 : 1;
    }
    c.placed = static_cast<int>(s.partners.size()) - c.unplaced;
    // A "not discussed" column only when there is such a partner: it is never a ring.
    c.notDiscussedColumn = c.notDiscussed > 0;
    const int notDiscussedColumn = c.notDiscussedColumn ? rings : -1;
    const int unplacedColumn = rings + (c.notDiscussedColumn ? 1 : 0);
    const int totalColumn = unplacedColumn + 1;

    partnerRows(s, language, c);
    c.counts.assign(static_cast<std::size_t>(c.rowIds.size() + 1),
                    std::vector<int>(static_cast<std::size_t>(totalColumn + 1), 0));
    auto &totals = c.counts.back();
    for (const auto &p : s.partners) {
        const QString id = p.neutralZone ? QStringLiteral("\n") : p.category;
        auto &row = c.counts[static_cast<std::size_t>(c.rowIds.indexOf(id))];
        const int column = partnerColumn(p, geometry, notDiscussedColumn, unplacedColumn);
        for (auto *r : {&row, &totals}) {
            ++(*r)[static_cast<std::size_t>(column)];
            ++(*r)[static_cast<std::size_t>(totalColumn)];
        }
    }
    return c;
}

RecordingCounts countRecording(const QString &fileName, const Session &s)
{
    RecordingCounts c;
    c.checkedOnDisk = fileName != QLatin1String("-");
    const QDir folder = QFileInfo(fileName).absoluteDir();
    for (const AudioPart &part : s.recording.parts) {
        ++c.parts;
        c.recordedMs += std::max<qint64>(0, part.durationMs);
        if (c.checkedOnDisk && !QFileInfo(folder.filePath(part.file)).isFile())
            c.missingParts.append(part.file);
    }
    for (const Participant &p : s.participants)
        c.consented += s.recording.consentedBy.contains(p.id) ? 1 : 0;
    c.transcript = s.transcript.file;
    c.transcriptFound = c.checkedOnDisk && !c.transcript.isEmpty() &&
                        QFileInfo(folder.filePath(c.transcript)).isFile();
    c.transcriptOffsetMs = s.transcript.offsetMs;
    for (const TranscriptSpeaker &speaker : s.transcript.speakers)
        c.speakers += speaker.participantId.isEmpty() ? 0 : 1;
    c.historyEvents = static_cast<int>(s.history.size());
    return c;
}

} // namespace nwk::cli
