// SPDX-License-Identifier: GPL-3.0-or-later
// Reading transcripts (issue #26, item 4): SRT, WebVTT and text with [hh:mm:ss] stamps,
// as a researcher's transcription tools write them (docs/recording.md, "Transcripts").
#include "nwk/core/transcript.h"

#include <catch2/catch.hpp>

using namespace nwk;

namespace {

TranscriptCue cue(qint64 start, qint64 end, const QString &speaker, const QString &text)
{
    return TranscriptCue{start, end, speaker, text};
}

Transcript readOk(const QByteArray &bytes, const QString &name = QStringLiteral("t.srt"))
{
    const TranscriptReadResult r = readTranscript(bytes, name);
    INFO(r.messages().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.transcript.has_value());
    CHECK(r.diagnostics.empty());
    return *r.transcript;
}

} // namespace

TEST_CASE("An SRT file with BOM and CRLF gives its cues with speakers and without tags",
          "[transcript]")
{
    const TranscriptReadResult r =
        readTranscriptFile(QStringLiteral(NWK_TEST_DATA "/transcripts/interview.srt"));
    INFO(r.messages().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.transcript.has_value());
    CHECK(r.diagnostics.empty());
    CHECK(r.transcript->format == TranscriptFormat::Srt);
    const std::vector<TranscriptCue> expected = {
        cue(1000, 4500, QStringLiteral("Interviewer"),
            QStringLiteral("Met wie werken jullie samen?")),
        cue(5000, 9250, QStringLiteral("Leerkracht 2"),
            QStringLiteral("Vooral met het CLB,\nen met de buurtwerking.")),
        cue(3723004, 3725000, QString(), QStringLiteral("Dat was om 10:30 begonnen.")),
    };
    CHECK(r.transcript->cues == expected);
}

TEST_CASE("SRT without cue numbers, with a point for the milliseconds and font tags",
          "[transcript]")
{
    const Transcript t =
        readOk("00:00:01.000-->00:00:02.000\n<font color=\"red\">{\\an8}Hallo</font>"
               "\n\n00:00:03,000 --> 00:00:04,000 X1:10 X2:20\nDag\n");
    const std::vector<TranscriptCue> expected = {cue(1000, 2000, {}, QStringLiteral("Hallo")),
                                                 cue(3000, 4000, {}, QStringLiteral("Dag"))};
    CHECK(t.cues == expected);
}

TEST_CASE("A speaker prefix is only read from a short capitalised name before a colon",
          "[transcript]")
{
    const Transcript t = readOk("1\n00:00:01,000 --> 00:00:02,000\nMevr. Peeters: ja\n\n"
                                "2\n00:00:02,000 --> 00:00:03,000\nzie: dit is geen spreker\n\n"
                                "3\n00:00:03,000 --> 00:00:04,000\nDit is een hele lange zin: "
                                "geen spreker\n\n"
                                "4\n00:00:04,000 --> 00:00:05,000\nOm 10:30 begint het\n\n"
                                "5\n00:00:05,000 --> 00:00:06,000\nBRAM:\nop de volgende regel\n\n"
                                "6\n00:00:06,000 --> 00:00:07,000\nAlleen:\n");
    REQUIRE(t.cues.size() == 6);
    CHECK(t.cues[0].speaker == QStringLiteral("Mevr. Peeters"));
    CHECK(t.cues[0].text == QStringLiteral("ja"));
    CHECK(t.cues[1].speaker.isEmpty());
    CHECK(t.cues[2].speaker.isEmpty());
    CHECK(t.cues[2].text == QStringLiteral("Dit is een hele lange zin: geen spreker"));
    CHECK(t.cues[3].speaker.isEmpty());
    CHECK(t.cues[4].speaker == QStringLiteral("BRAM"));
    CHECK(t.cues[4].text == QStringLiteral("op de volgende regel"));
    CHECK(t.cues[5].speaker.isEmpty()); // nothing after the colon: text, not a speaker
    CHECK(t.cues[5].text == QStringLiteral("Alleen:"));
}

TEST_CASE("A WebVTT file skips its header, NOTE and STYLE blocks and reads voice tags",
          "[transcript]")
{
    const TranscriptReadResult r =
        readTranscriptFile(QStringLiteral(NWK_TEST_DATA "/transcripts/interview.vtt"));
    INFO(r.messages().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.transcript.has_value());
    CHECK(r.diagnostics.empty());
    CHECK(r.transcript->format == TranscriptFormat::WebVtt);
    const std::vector<TranscriptCue> expected = {
        cue(1000, 4500, QStringLiteral("Interviewer"),
            QStringLiteral("Met wie werken jullie samen?")),
        cue(5000, 3609250, QStringLiteral("Anna Peeters"),
            QStringLiteral("Vooral met het CLB & de school.\nEn met de buurtwerking.")),
        cue(10000, 12000, QString(), QStringLiteral("Zonder stem.")),
    };
    CHECK(r.transcript->cues == expected);
}

TEST_CASE("WebVTT with CRLF, a REGION block, timestamps inside the cue and a prefix speaker",
          "[transcript]")
{
    const Transcript t = readOk("WEBVTT\r\n\r\nREGION\r\nid:left width:40%\r\n\r\n"
                                "00:00:01.500 --> 00:00:03.000 region:left\r\n"
                                "Bram: dat <00:00:02.000>klopt &lt;zeker&gt;\r\n",
                                QStringLiteral("t.vtt"));
    REQUIRE(t.cues.size() == 1);
    CHECK(t.cues[0] ==
          cue(1500, 3000, QStringLiteral("Bram"), QStringLiteral("dat klopt <zeker>")));
}

TEST_CASE("Text with stamps: a stamp starts a cue that runs to the next stamp", "[transcript]")
{
    const TranscriptReadResult r =
        readTranscriptFile(QStringLiteral(NWK_TEST_DATA "/transcripts/interview.txt"));
    CHECK(r.transcript.has_value());
    CHECK(r.transcript->format == TranscriptFormat::StampedText);
    // The title line before the first stamp is skipped, with a warning.
    CHECK(r.messages() ==
          QStringList{QStringLiteral(
              "interview.txt:1: warning: text before the first time stamp is skipped")});
    const std::vector<TranscriptCue> expected = {
        cue(1000, 5000, QStringLiteral("Interviewer"),
            QStringLiteral("Met wie werken jullie samen?")),
        cue(5000, 3723000, QStringLiteral("Anna"),
            QStringLiteral("Vooral met het CLB.\nEn met de buurtwerking.")),
        cue(3723000, 3723000, QString(), QStringLiteral("We stoppen hier.")),
    };
    CHECK(r.transcript->cues == expected);
}

TEST_CASE("Stamped text with a BOM, CRLF, a speaker on its own line and text in brackets",
          "[transcript]")
{
    const Transcript t =
        readOk("\xEF\xBB\xBF[00:00:10] Anna:\r\n[lacht] ja hoor\r\n[3] zie bijlage\r\n"
               "  [00:00:12.5] Bram: nee\r\n",
               QStringLiteral("t.txt"));
    const std::vector<TranscriptCue> expected = {
        cue(10000, 12500, QStringLiteral("Anna"),
            QStringLiteral("[lacht] ja hoor\n[3] zie bijlage")),
        cue(12500, 12500, QStringLiteral("Bram"), QStringLiteral("nee"))};
    CHECK(t.format == TranscriptFormat::StampedText);
    CHECK(t.cues == expected);
}
