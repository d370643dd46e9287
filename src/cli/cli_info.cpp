// SPDX-License-Identifier: GPL-3.0-or-later
// `netwerkkaart-cli info FILE`: a human-readable summary of a session (or a deck).
#include "cli.h"
#include "clijson.h"
#include "infocounts.h"
#include "texttable.h"

#include "nwk/core/filekind.h"
#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"

#include <QCommandLineParser>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace nwk::cli {

namespace {

template <typename E> QString spelling(E value)
{
    return QString::fromLatin1(toString(value));
}

QString clock(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

/// "Key:  value" lines with the values aligned; empty values are left out.
void printFields(const std::vector<std::pair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &[key, value] : fields)
        if (!value.isEmpty())
            width = std::max(width, key.size() + 1);
    for (const auto &[key, value] : fields)
        if (!value.isEmpty())
            printOut((key + QLatin1Char(':')).leftJustified(width + 2) + value);
}

void printParticipants(const Session &s)
{
    if (!printSection(QStringLiteral("Participants"), s.participants.size()))
        return;
    TextTable table({QStringLiteral("Code"), QStringLiteral("Role"), QStringLiteral("Role group"),
                     QStringLiteral("Marks")});
    table.setRightAligned(3);
    for (const auto &p : s.participants) {
        const auto marks = std::count_if(s.partners.begin(), s.partners.end(),
                                         [&](const Partner &x) { return x.marks.contains(p.id); });
        table.addRow({p.code.isEmpty() ? p.id : p.code, p.role, spelling(p.roleGroup),
                      QString::number(marks)});
    }
    printTable(table);
}

void printPartners(const Session &s, const QString &language)
{
    const PartnerCounts c = countPartners(s, language);
    printOut(QString());
    printOut(QStringLiteral("Partners (%1: %2 placed, %3 unplaced)")
                 .arg(s.partners.size())
                 .arg(c.placed)
                 .arg(c.unplaced));
    QStringList header = QStringList{QStringLiteral("Category")} + c.ringLabels;
    if (c.notDiscussedColumn)
        header << QStringLiteral("not discussed");
    header << QStringLiteral("unplaced") << QStringLiteral("total");
    TextTable table(header);
    for (int i = 1; i < static_cast<int>(header.size()); ++i)
        table.setRightAligned(i);
    auto addRow = [&](const QString &label, const std::vector<int> &row) {
        QStringList cells{label};
        for (int n : row)
            cells << QString::number(n);
        table.addRow(cells);
    };
    for (qsizetype i = 0; i < c.rowIds.size(); ++i)
        addRow(c.rowLabels.at(i), c.counts[static_cast<std::size_t>(i)]);
    addRow(QStringLiteral("Total"), c.counts.back());
    printTable(table);
    printOut(QStringLiteral("Distance not discussed: %1 of %2 placed (in no ring)")
                 .arg(c.notDiscussed)
                 .arg(c.placed));
    printOut(QStringLiteral("Neutral zone (no category yet): %1").arg(c.neutralZone));
}

void printLinks(const Session &s)
{
    if (!printSection(QStringLiteral("Links"), s.links.size()))
        return;
    TextTable table({QStringLiteral("Kind"), QStringLiteral("Count")});
    table.setRightAligned(1);
    for (std::size_t k = 0; k < enumCount<LinkKind>(); ++k) {
        const auto kind = static_cast<LinkKind>(k);
        const auto n = std::count_if(s.links.begin(), s.links.end(),
                                     [&](const Link &l) { return l.kind == kind; });
        if (n > 0)
            table.addRow({spelling(kind), QString::number(n)});
    }
    printTable(table);
}

void printMissing(const Session &s, const QString &language)
{
    if (!printSection(QStringLiteral("Missing partners"), s.missingPartners.size()))
        return;
    TextTable table(
        {QStringLiteral("Label"), QStringLiteral("Category"), QStringLiteral("Status")});
    for (const auto &m : s.missingPartners) {
        const Category *c = s.category(m.category);
        table.addRow({m.label, c ? pickLabel(language, c->labelNl, c->labelEn) : m.category,
                      spelling(m.status)});
    }
    printTable(table);
}

void printCards(const Session &s)
{
    const CardCounts c = countCards(s);
    printOut(QString());
    printOut(QStringLiteral("Cards: %1 done, %2 in progress, %3 skipped, %4 total; time spent %5")
                 .arg(c.done)
                 .arg(c.inProgress)
                 .arg(c.skipped)
                 .arg(c.total)
                 .arg(clock(c.spentMs)));
    printOut(QStringLiteral("Metaphors: %1").arg(s.metaphors.size()));
    printOut(QStringLiteral("Also: %1 groups, %2 quotes, %3 memos, %4 annotations")
                 .arg(s.groups.size())
                 .arg(c.quotes)
                 .arg(s.memos.size())
                 .arg(s.annotations.size()));
}

/// The offset of a transcript on the session clock: "+0:12:30", "-0:00:05".
QString signedClock(qint64 ms)
{
    return (ms < 0 ? QStringLiteral("-") : QStringLiteral("+")) + clock(ms < 0 ? -ms : ms);
}

void printRecording(const QString &fileName, const Session &s)
{
    const RecordingCounts r = countRecording(fileName, s);
    printOut(QString());
    const QString consent = QStringLiteral("consent: %1 of %2 participants")
                                .arg(r.consented)
                                .arg(s.participants.size());
    if (r.parts == 0)
        printOut(QStringLiteral("Audio: none; %1").arg(consent));
    else
        printOut(QStringLiteral("Audio: %1 part%2, %3 recorded; %4")
                     .arg(r.parts)
                     .arg(r.parts == 1 ? QString() : QStringLiteral("s"))
                     .arg(clock(r.recordedMs), consent));
    if (!r.missingParts.isEmpty())
        printOut(QStringLiteral("  not beside the file: %1")
                     .arg(r.missingParts.join(QStringLiteral(", "))));
    if (r.transcript.isEmpty()) {
        printOut(QStringLiteral("Transcript: none"));
    } else {
        printOut(QStringLiteral("Transcript: %1%2, offset %3, %4 speaker%5 assigned")
                     .arg(r.transcript, // one call: a "%1" in the file's name stays as it is
                          r.checkedOnDisk && !r.transcriptFound
                              ? QStringLiteral(" (not beside the file)")
                              : QString(),
                          signedClock(r.transcriptOffsetMs), QString::number(r.speakers),
                          r.speakers == 1 ? QString() : QStringLiteral("s")));
    }
    printOut(QStringLiteral("Map history: %1 timed change%2")
                 .arg(r.historyEvents)
                 .arg(r.historyEvents == 1 ? QString() : QStringLiteral("s")));
}

void printSession(const QString &fileName, const Session &s, const QString &language)
{
    const Meta &m = s.meta;
    QString school = m.schoolName.isEmpty() ? QStringLiteral("(unnamed)") : m.schoolName;
    if (!m.schoolPseudonym.isEmpty())
        school += QStringLiteral(" (pseudonym: %1)").arg(m.schoolPseudonym);
    QString deck = s.deck.id;
    if (!deck.isEmpty())
        deck += QStringLiteral(" version %1 (%2)").arg(s.deck.version, s.deck.language);
    printFields({{QStringLiteral("File"), inputName(fileName)},
                 {QStringLiteral("School"), school},
                 {QStringLiteral("Level"), m.level},
                 {QStringLiteral("School type"), m.schoolType},
                 {QStringLiteral("Umbrella"), m.umbrella},
                 {QStringLiteral("Location"), m.location},
                 {QStringLiteral("Date"),
                  m.date.isEmpty() ? QStringLiteral("(none)")
                                   : (m.date + QLatin1Char(' ') + m.startTime).trimmed()},
                 {QStringLiteral("Facilitators"), m.facilitators.join(QStringLiteral(", "))},
                 {QStringLiteral("Language"), m.language},
                 {QStringLiteral("Deck"), deck},
                 {QStringLiteral("Recording"), s.recordingStarted}});
    printParticipants(s);
    printPartners(s, language);
    printLinks(s);
    printMissing(s, language);
    printCards(s);
    printRecording(fileName, s);
}

void printDeck(const QString &fileName, const Deck &d)
{
    printFields({{QStringLiteral("File"), inputName(fileName)},
                 {QStringLiteral("Deck"), d.id},
                 {QStringLiteral("Version"), d.version},
                 {QStringLiteral("Language"), d.language},
                 {QStringLiteral("Title"), d.title}});
    printOut(QString());
    printOut(QStringLiteral("Cards (%1)").arg(d.cards.size()));
    TextTable table({QStringLiteral("Phase"), QStringLiteral("Card"), QStringLiteral("Theme"),
                     QStringLiteral("Questions")});
    table.setRightAligned(0);
    table.setRightAligned(3);
    for (const auto &c : d.cards) {
        auto questions = static_cast<qsizetype>(c.mainQuestions.size());
        for (const auto &g : c.subquestions)
            questions += static_cast<qsizetype>(g.questions.size());
        table.addRow({QString::number(c.phase), c.id, c.theme, QString::number(questions)});
    }
    printTable(table);
}

} // namespace

int runInfo(const QStringList &arguments)
{
    const QString command = QStringLiteral("info");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a summary of a session: school, participants, partners per "
        "category and ring,\nlinks per kind, missing partners, cards and "
        "metaphors. Given a deck file, lists its cards. \"-\" reads standard input."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("Language of category and ring labels: nl or en (default: the "
                       "session's language)."),
        QStringLiteral("nl|en"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the summary as JSON."));
    parser.addOptions({lang, json});
    QString fileName;
    if (const auto done =
            parseOneFileCommand(parser, command, arguments, QStringLiteral("file"), fileName))
        return *done;
    QString language = parser.value(lang);
    if (parser.isSet(lang) && language != QLatin1String("nl") && language != QLatin1String("en"))
        return usageError(command,
                          QStringLiteral("--lang must be nl or en, not '%1'").arg(language));

    QString error;
    const auto bytes = readInputFile(fileName, error);
    if (!bytes) {
        printErr(error);
        return ExitFailure;
    }
    if (detectFileKind(*bytes) == FileKind::Deck) {
        const DeckReadResult result = parseDeck(*bytes);
        for (const auto &d : result.diagnostics)
            printErr(locatedMessage(fileName, d));
        if (!result.deck)
            return ExitFailure;
        if (parser.isSet(json))
            printJson(deckInfoJson(fileName, *result.deck));
        else
            printDeck(fileName, *result.deck);
        return ExitOk;
    }
    const auto session = sessionFromBytes(fileName, *bytes);
    if (!session)
        return ExitFailure;
    if (language.isEmpty())
        language = session->meta.language == QLatin1String("en") ? QStringLiteral("en")
                                                                 : QStringLiteral("nl");
    if (parser.isSet(json))
        printJson(sessionInfoJson(fileName, *session, language));
    else
        printSession(fileName, *session, language);
    return ExitOk;
}

} // namespace nwk::cli
