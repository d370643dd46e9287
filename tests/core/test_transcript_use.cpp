// SPDX-License-Identifier: GPL-3.0-or-later
// A read transcript on the session clock, searched and anonymised, and the limits of the
// reader (docs/recording.md, "Transcripts").
#include "nwk/core/transcript.h"

#include <catch2/catch.hpp>

using namespace nwk;

namespace {

Transcript sample()
{
    Transcript t;
    t.format = TranscriptFormat::WebVtt;
    t.cues = {
        TranscriptCue{1000, 4000, QStringLiteral("Anna Peeters"),
                      QStringLiteral("De école in\nde  buurt")},
        TranscriptCue{5000, 9000, QStringLiteral("Bram"), QStringLiteral("Het CLB helpt")},
        TranscriptCue{9000, 12000, QString(), QStringLiteral("(gelach)")},
        TranscriptCue{12000, 15000, QStringLiteral("Anna Peeters"), QStringLiteral("Ja, Bram.")},
        TranscriptCue{15000, 16000, QStringLiteral("Chloë"), QStringLiteral("Zeker")},
    };
    return t;
}

} // namespace

TEST_CASE("A transcript is shifted onto the session clock by its offset", "[transcript]")
{
    const Transcript t = sample();
    const Transcript later = t.shifted(60'000);
    REQUIRE(later.cues.size() == t.cues.size());
    CHECK(later.cues[0].startMs == 61'000);
    CHECK(later.cues[0].endMs == 64'000);
    CHECK(later.cues[4].endMs == 76'000);
    CHECK(later.cues[1].text == t.cues[1].text);
    CHECK(later.shifted(-60'000) == t);
    CHECK(cuesBeforeStart(later).empty());
    CHECK(beforeStartWarning(later).isEmpty());

    const Transcript earlier = t.shifted(-6'000);
    CHECK(earlier.cues[0].startMs == -5'000);
    CHECK(cuesBeforeStart(earlier) == std::vector<int>{0, 1});
    CHECK(beforeStartWarning(earlier) ==
          QStringLiteral("2 of 5 cues start before the session clock's start (the first, cue 1, "
                         "0:00:05 before it): check the offset"));
}

TEST_CASE("Searching a transcript ignores case, accents and white space", "[transcript]")
{
    const Transcript t = sample();
    CHECK(findCues(t, QStringLiteral("ECOLE")) == std::vector<int>{0});
    CHECK(findCues(t, QStringLiteral("école in de buurt")) == std::vector<int>{0});
    CHECK(findCues(t, QStringLiteral("chloe")) == std::vector<int>{4}); // the speaker
    CHECK(findCues(t, QStringLiteral("bram")) == std::vector<int>{1, 3});
    CHECK(findCues(t, QStringLiteral("clb")) == std::vector<int>{1});
    CHECK(findCues(t, QStringLiteral("politie")).empty());
    CHECK(findCues(t, QStringLiteral("  ")).empty());
    CHECK(findCues(t, QString()).empty());
}

TEST_CASE("Speakers are listed once and replaced by roles or numbers", "[transcript]")
{
    const Transcript t = sample();
    CHECK(transcriptSpeakers(t) == QStringList{QStringLiteral("Anna Peeters"),
                                               QStringLiteral("Bram"), QStringLiteral("Chloë")});

    const Transcript numbered = anonymisedTranscript(t);
    QStringList speakers;
    for (const TranscriptCue &c : numbered.cues)
        speakers << c.speaker;
    CHECK(speakers == QStringList{QStringLiteral("Speaker 1"), QStringLiteral("Speaker 2"),
                                  QString(), QStringLiteral("Speaker 1"),
                                  QStringLiteral("Speaker 3")});
    CHECK(numbered.cues[1].text == t.cues[1].text);
    CHECK(numbered.cues[1].startMs == t.cues[1].startMs);

    const QMap<QString, QString> roles{{QStringLiteral("Bram"), QStringLiteral("Leerkracht")},
                                       {QStringLiteral("Chloë"), QStringLiteral("  ")}};
    const Transcript withRoles = anonymisedTranscript(t, roles);
    CHECK(withRoles.cues[0].speaker == QStringLiteral("Speaker 1"));
    CHECK(withRoles.cues[1].speaker == QStringLiteral("Leerkracht"));
    CHECK(withRoles.cues[4].speaker == QStringLiteral("Speaker 3")); // a blank role: a number
    CHECK(transcriptSpeakers(withRoles) == QStringList{QStringLiteral("Speaker 1"),
                                                       QStringLiteral("Leerkracht"),
                                                       QStringLiteral("Speaker 3")});
}

TEST_CASE("Transcripts over the size, line or cue limits are refused with a message",
          "[transcript]")
{
    const TranscriptReadResult large =
        readTranscript(QByteArray(kMaxTranscriptBytes + 1, 'a'), QStringLiteral("groot.srt"));
    CHECK_FALSE(large.transcript.has_value());
    CHECK(large.messages() ==
          QStringList{QStringLiteral("groot.srt: the file is larger than 16 MiB, the most a "
                                     "transcript may have")});

    QByteArray longLine = "[00:00:01] ";
    longLine += QByteArray(kMaxTranscriptLineChars, 'x');
    const TranscriptReadResult wide =
        readTranscript("[00:00:00] kort\n" + longLine, QStringLiteral("breed.txt"));
    CHECK_FALSE(wide.transcript.has_value());
    CHECK(wide.messages() ==
          QStringList{QStringLiteral("breed.txt:2: the line is longer than 10000 characters")});

    QByteArray many;
    for (int i = 0; i <= kMaxTranscriptCues; ++i)
        many += "[00:00:01] x\n";
    const TranscriptReadResult counted = readTranscript(many, QStringLiteral("veel.txt"));
    CHECK_FALSE(counted.transcript.has_value());
    CHECK(counted.messages() ==
          QStringList{QStringLiteral("veel.txt:%1: more than %2 cues: the transcript is too "
                                     "long to read")
                          .arg(kMaxTranscriptCues + 1)
                          .arg(kMaxTranscriptCues)});
    many.chop(13); // exactly at the limit: read
    CHECK(readTranscript(many, QStringLiteral("veel.txt")).transcript->cues.size() ==
          std::size_t(kMaxTranscriptCues));
}

TEST_CASE("A transcript of many broken cues gives a hundred warnings, not one per cue",
          "[transcript]")
{
    QByteArray bytes = "1\n00:00:01,000 --> 00:00:02,000\nGoed\n";
    for (int i = 0; i < 500; ++i)
        bytes += "\n2\n00:00:05,000 --> 00:00:04,000\nKapot\n";
    const TranscriptReadResult r = readTranscript(bytes, QStringLiteral("kapot.srt"));
    REQUIRE(r.transcript.has_value());
    CHECK(r.transcript->cues.size() == 1);
    REQUIRE(r.diagnostics.size() == 100);
    CHECK(r.messages().back() ==
          QStringLiteral("kapot.srt:402: warning: end time 00:00:04,000 is before start time "
                         "00:00:05,000; the cue is skipped (further warnings are not listed)"));
}
