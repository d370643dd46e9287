// SPDX-License-Identifier: GPL-3.0-or-later
// Broken transcripts: every problem is named with the file and the line. A broken cue is
// skipped with a warning; a file that is no transcript, or over a limit, is refused.
#include "nwk/core/transcript.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace nwk;

namespace {

/// The messages of reading `bytes` as `name`, and whether a transcript came out.
QStringList messagesOf(const QByteArray &bytes, const QString &name, bool &read)
{
    const TranscriptReadResult r = readTranscript(bytes, name);
    read = r.transcript.has_value();
    return r.messages();
}

} // namespace

TEST_CASE("An SRT cue whose end is before its start is skipped with a located warning",
          "[transcript]")
{
    bool read = false;
    const QStringList messages =
        messagesOf("1\n00:00:01,000 --> 00:00:02,000\nEen\n\n"
                   "2\n00:01:05,000 --> 00:01:02,000\nTwee\n\n3\n00:01:06,000 --> 00:01:07,000\n"
                   "Drie\n",
                   QStringLiteral("interview.srt"), read);
    CHECK(read);
    CHECK(messages == QStringList{QStringLiteral(
                          "interview.srt:6: warning: end time 00:01:02,000 is before start time "
                          "00:01:05,000; the cue is skipped")});
    CHECK(readTranscript("1\n00:00:01,000 --> 00:00:02,000\nEen\n\n"
                         "2\n00:01:05,000 --> 00:01:02,000\nTwee\n",
                         QStringLiteral("i.srt"))
              .transcript->cues.size() == 1);
}

TEST_CASE("Invalid SRT and WebVTT cue times are named with their line", "[transcript]")
{
    bool read = false;
    CHECK(messagesOf("1\n00:00:01,000 --> 00:00:02,000\nEen\n\n2\n00:75:00,000 --> 00:76:00,000\n"
                     "Twee\n\n3\nDrie zonder tijd\n\n4\n00:00:09,000 -> 00:00:10,000\nVier\n\n"
                     "5\n00:00:11,000 --> \nVijf\n",
                     QStringLiteral("a.srt"), read) ==
          QStringList{
              QStringLiteral("a.srt:6: warning: invalid time \"00:75:00,000\" (expected "
                             "hh:mm:ss,mmm); the cue is skipped"),
              QStringLiteral("a.srt:10: warning: expected a cue time \"hh:mm:ss,mmm --> "
                             "hh:mm:ss,mmm\", found \"Drie zonder tijd\"; the cue is skipped"),
              QStringLiteral("a.srt:13: warning: expected a cue time \"hh:mm:ss,mmm --> "
                             "hh:mm:ss,mmm\", found \"00:00:09,000 -> 00:00:10,000\"; the cue "
                             "is skipped"),
              QStringLiteral("a.srt:17: warning: cannot read the cue time \"00:00:11,000 -->\" "
                             "(expected \"hh:mm:ss,mmm --> hh:mm:ss,mmm\"); the cue is skipped"),
          });
    CHECK(read);
    CHECK(messagesOf("WEBVTT\n\n00:00.000 --> 00:02.000\n\n00:03.000 --> 00:02.000\nB\n\n"
                     "00:04.000 --> 00:05.000\nC\n",
                     QStringLiteral("b.vtt"), read) ==
          QStringList{
              QStringLiteral("b.vtt:3: warning: the cue has no text; it is skipped"),
              QStringLiteral("b.vtt:5: warning: end time 00:02.000 is before start time "
                             "00:03.000; the cue is skipped"),
          });
    CHECK(read);
}

TEST_CASE("An SRT file with a title or a broken first cue is read from its first good cue",
          "[transcript]")
{
    const TranscriptReadResult r =
        readTranscript("Interview school A\n\n1\n00:00:01 -> 00:00:02\nEen\n\n"
                       "2\n00:00:03,000 --> 00:00:04,000\nTwee\n",
                       QStringLiteral("titel.srt"));
    CHECK(r.messages() ==
          QStringList{QStringLiteral("titel.srt:1: warning: expected a cue time \"hh:mm:ss,mmm --> "
                                     "hh:mm:ss,mmm\", found \"Interview school A\"; the cue is "
                                     "skipped"),
                      QStringLiteral("titel.srt:4: warning: expected a cue time \"hh:mm:ss,mmm --> "
                                     "hh:mm:ss,mmm\", found \"00:00:01 -> 00:00:02\"; the cue is "
                                     "skipped")});
    REQUIRE(r.transcript.has_value());
    CHECK(r.transcript->format == TranscriptFormat::Srt);
    CHECK(r.transcript->cues ==
          std::vector<TranscriptCue>{TranscriptCue{3000, 4000, {}, QStringLiteral("Twee")}});
}

TEST_CASE("Broken stamps in stamped text are named, and the cue before runs on", "[transcript]")
{
    const TranscriptReadResult r =
        readTranscript("[00:00:05] Anna: een\n[00:61:00] Bram: kapot\nnog kapot\n"
                       "[00:00:10] Bram: twee\n[00:00:08] Anna: terug in de tijd\n"
                       "[00:00:20]\n[00:00:30] Anna: drie\n",
                       QStringLiteral("notes.txt"));
    CHECK(r.messages() ==
          QStringList{
              QStringLiteral("notes.txt:2: warning: invalid time stamp [00:61:00] (expected "
                             "[hh:mm:ss] or [mm:ss]); the cue is skipped"),
              QStringLiteral("notes.txt:5: warning: time stamp [00:00:08] is before the one "
                             "before it, [00:00:10]; the cue is skipped"),
              QStringLiteral("notes.txt:6: warning: the time stamp [00:00:20] has no text; it "
                             "is skipped"),
          });
    REQUIRE(r.transcript.has_value());
    const std::vector<TranscriptCue> expected = {
        TranscriptCue{5000, 10000, QStringLiteral("Anna"), QStringLiteral("een")},
        TranscriptCue{10000, 20000, QStringLiteral("Bram"), QStringLiteral("twee")},
        TranscriptCue{30000, 30000, QStringLiteral("Anna"), QStringLiteral("drie")},
    };
    CHECK(r.transcript->cues == expected);
}

TEST_CASE("A file that is no transcript is refused with a located error", "[transcript]")
{
    bool read = true;
    CHECK(messagesOf("\n\nDit is gewoon een verslag.\nZonder tijden.\n",
                     QStringLiteral("verslag.txt"), read) ==
          QStringList{QStringLiteral(
              "verslag.txt:3: not a transcript this program reads: expected SRT (a cue number, "
              "then \"00:00:01,000 --> 00:00:04,000\"), WebVTT (\"WEBVTT\" on the first line) or "
              "text with [hh:mm:ss] stamps at the lines' starts")});
    CHECK_FALSE(read);
    CHECK(messagesOf("\xEF\xBB\xBF \r\n\r\n", QStringLiteral("leeg.srt"), read) ==
          QStringList{QStringLiteral("leeg.srt: the file is empty: no transcript cues")});
    CHECK_FALSE(read);
    CHECK(messagesOf("1\n00:00:01,000 --> 00:00:00,000\nA\n", QStringLiteral("x.srt"), read) ==
          QStringList{QStringLiteral("x.srt:2: warning: end time 00:00:00,000 is before start "
                                     "time 00:00:01,000; the cue is skipped"),
                      QStringLiteral("x.srt: no readable transcript cues in the file")});
    CHECK_FALSE(read);
}

TEST_CASE("Bytes that are not UTF-8 text are refused at their line", "[transcript]")
{
    bool read = true;
    CHECK(messagesOf("1\n00:00:01,000 --> 00:00:02,000\nCaf\xE9\n", QStringLiteral("latin1.srt"),
                     read) ==
          QStringList{QStringLiteral(
              "latin1.srt:3: the text is not UTF-8 (save the transcript as UTF-8)")});
    CHECK_FALSE(read);
    CHECK(messagesOf(QByteArray("WEBVTT\n\x00\x01", 9), QStringLiteral("bin.vtt"), read) ==
          QStringList{QStringLiteral("bin.vtt:2: a NUL byte: this is not a text file")});
    CHECK_FALSE(read);
}

TEST_CASE("A transcript file that cannot be read names the file", "[transcript]")
{
    QTemporaryDir dir;
    const TranscriptReadResult r = readTranscriptFile(dir.filePath(QStringLiteral("weg.srt")));
    CHECK_FALSE(r.transcript.has_value());
    CHECK(r.messages() ==
          QStringList{QStringLiteral("weg.srt: cannot open \"%1\": the file does not exist")
                          .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("weg.srt"))))});
}
