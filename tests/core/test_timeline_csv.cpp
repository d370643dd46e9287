// SPDX-License-Identifier: GPL-3.0-or-later
// The data exports' timeline table (issue #26, item 5): every timed thing of a session on its
// clock, one row each, read back by R's read.csv; formulas neutralised as in the other tables;
// anonymised, no audio part, participant ids only and texts anonymised as the quotes are.
#include "externalreader.h"

#include "nwk/core/dataexport.h"
#include "nwk/core/rpack.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace nwk;
using nwk::test::ReaderRun;
using nwk::test::runReader;

namespace {

/// A small recorded session: a card from 0:00 to 50:00, an audio part, a participant who
/// joined at 0:05, a partner added to the map at 0:45, a memo at 2:05, a quote at 41:12.
Session timedSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("De Linde");
    s.meta.schoolPseudonym = QStringLiteral("School-L");
    Participant p;
    p.id = QStringLiteral("pp1");
    p.code = QStringLiteral("P1");
    p.role = QStringLiteral("directeur");
    p.joinedMs = 5000;
    s.participants.push_back(p);
    Partner ann;
    ann.id = QStringLiteral("pa1");
    ann.label = QStringLiteral("Juf Ann");
    ann.kind = PartnerKind::Person;
    ann.pseudonym = QStringLiteral("Leerkracht A");
    ann.category = s.categories[0].id;
    s.partners.push_back(ann);
    MapEvent added;
    added.atMs = 45000;
    added.kind = MapObjectKind::Partner;
    added.id = ann.id;
    added.partner = ann;
    s.history.push_back(added);
    CardProgress card;
    card.cardId = QStringLiteral("wie");
    card.startedMs = 0;
    card.endedMs = 3000000;
    Quote q;
    q.id = QStringLiteral("qu1");
    q.text = QStringLiteral("=Juf Ann helpt, zegt \"iedereen\"");
    q.participantId = p.id;
    q.atMs = 2472000;
    card.quotes.push_back(q);
    s.cards.push_back(card);
    Memo memo;
    memo.id = QStringLiteral("mo1");
    memo.text = QStringLiteral("Sfeer goed, Juf Ann lacht");
    memo.atMs = 125000;
    s.memos.push_back(memo);
    s.recording.parts.push_back(
        {QStringLiteral("linde.audio/part-001.wav"), 0, 90000, QStringLiteral("USB"), {}});
    s.transcript.file = QStringLiteral("linde.srt");
    s.transcript.speakers.push_back({QStringLiteral("Ann Peeters"), p.id, {}});
    return s;
}

/// The R script: reads the table as researchers do, prints one line per row.
const char *kReadTimeline = R"(
t <- read.csv(commandArgs(trailingOnly = TRUE)[1], encoding = "UTF-8",
              stringsAsFactors = FALSE, na.strings = "")
stopifnot(is.numeric(t$atMs), is.numeric(t$endMs))
for (i in seq_len(nrow(t))) with(t[i, ], cat(paste(egoID, atMs, endMs, time, kind, change,
  objectKind, objectId, cardId, participantId, text, sep = "|"), "\n", sep = ""))
)";

ReaderRun readInR(const QString &rscript, const QTemporaryDir &dir, const QString &csv)
{
    return runReader(rscript, QDir(dir.path()), QStringLiteral("timeline.R"),
                     QString::fromLatin1(kReadTimeline), {csv});
}

} // namespace

TEST_CASE("the timeline table has a row per timed thing, read by R's read.csv",
          "[dataexport][csv][timeline][R][interop]")
{
    const QString rscript = nwk::test::readerProgram(QStringLiteral("Rscript"),
                                                     {QStringLiteral("-e"), QStringLiteral("1")});
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript (Debian: r-base-core) is not available");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DataExportOptions o;
    o.rawCsv = true; // R reads the cells as they are
    REQUIRE(exportCsv(timedSession(), dir.path(), QStringLiteral("linde"), o).isEmpty());
    const ReaderRun run = readInR(rscript, dir, QStringLiteral("linde-timeline.csv"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts) ==
          QStringList{
              QStringLiteral("De Linde|0|3000000|0:00:00|card|NA|NA|wie|wie|NA|NA"),
              QStringLiteral("De Linde|0|90000|0:00:00|audio-part|NA|NA|linde.audio/part-001.wav|"
                             "NA|NA|NA"),
              QStringLiteral("De Linde|5000|NA|0:00:05|joined|NA|NA|pp1|wie|pp1|directeur"),
              QStringLiteral("De Linde|45000|NA|0:00:45|map-change|added|partner|pa1|wie|NA|"
                             "Juf Ann"),
              QStringLiteral("De Linde|125000|NA|0:02:05|memo|NA|NA|mo1|wie|NA|Sfeer goed, Juf "
                             "Ann lacht"),
              QStringLiteral("De Linde|2472000|NA|0:41:12|quote|NA|NA|qu1|wie|pp1|=Juf Ann helpt, "
                             "zegt \"iedereen\""),
          });
}

TEST_CASE("the anonymised timeline table has no audio, participant ids only and anonymised "
          "texts",
          "[dataexport][csv][timeline][anonymise]")
{
    DataExportOptions o;
    o.anonymise = true;
    const QString csv = QString::fromUtf8(csvTable(timedSession(), CsvTable::Timeline, o));
    CHECK(csv.startsWith(QStringLiteral("egoID,atMs,endMs,time,endTime,kind,change,objectKind,"
                                        "objectId,cardId,participantId,text\r\n")));
    CHECK(csv.contains(QStringLiteral(
        "School-L,2472000,,0:41:12,,quote,,,qu1,wie,pp1,\"'=Leerkracht A helpt, zegt "
        "\"\"iedereen\"\"\"\r\n")));
    CHECK(csv.contains(QStringLiteral("School-L,45000,,0:00:45,,map-change,added,partner,pa1,wie,"
                                      ",Leerkracht A\r\n")));
    for (const char *absent : {"Ann", "Linde", "linde", "audio", ".wav", "P1", "USB"})
        CHECK_FALSE(csv.contains(QLatin1String(absent)));
    CHECK(csv.count(QStringLiteral("\r\n")) == 6); // header and five rows: no audio part

    // The R pack has the same table with egor's ego column.
    const QString pack = QString::fromUtf8(rPackTable(timedSession(), RPackTable::Timeline, o));
    CHECK(pack.startsWith(QStringLiteral(".egoID,atMs,endMs,")));
    CHECK(pack.count(QStringLiteral("\r\n")) == 6);
}
