// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever is written can be read again: preserved unknown arrays and objects are
// written on one line (their size does not grow with their depth), and bytes beyond
// the readers' limits are refused before anything is written.
#include "deepjson.h"

#include "readfile.h"

#include <catch2/catch.hpp>

#include "nwk/core/readlimits.h"
#include "nwk/core/sessionio.h"
#include "nwk/core/validation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace nwk;

namespace {

/// A small valid session with an unknown top-level key holding `value`.
QByteArray withUnknownKey(const QByteArray &value)
{
    Session s = newSession();
    Partner p;
    p.id = QStringLiteral("pa1");
    p.label = QStringLiteral("CLB");
    s.partners.push_back(p);
    return testdata::withUnknownKey(serializeSession(s), value);
}

} // namespace

TEST_CASE("unknown arrays and objects nested deep are written compactly and read back",
          "[io][unknown][limits]")
{
    // 1100 arrays nested 190 deep (the probe's file): about 420 KB as read; indented,
    // they would grow to over 70 MB, past the 64 MiB the reader accepts.
    const QByteArray input = withUnknownKey(testdata::nestedArrays(1100, 190));
    REQUIRE(input.size() > 400 * 1000);
    const SessionReadResult read = parseSession(input);
    REQUIRE(read.session);

    const QByteArray out = serializeSession(*read.session);
    CHECK(out.size() < input.size() + 10 * 1000);
    CHECK(readLimitProblem(out).isEmpty());
    CHECK(out.contains("\"x-deep\": [[[[[[")); // one line: no indentation inside
    const SessionReadResult again = parseSession(out);
    REQUIRE(again.session);
    CHECK(*again.session == *read.session);
    CHECK(serializeSession(*again.session) == out);
}

TEST_CASE("readLimitProblem names the limit the reader would refuse", "[io][limits]")
{
    CHECK(readLimitProblem(QByteArray(100, ' ')).isEmpty());
    CHECK(readLimitProblem(QByteArray(kMaxInputDepth, '[') + QByteArray(kMaxInputDepth, ']'))
              .isEmpty());
    const QString deep =
        readLimitProblem(QByteArray(kMaxInputDepth + 1, '[') + QByteArray(kMaxInputDepth + 1, ']'));
    CHECK(deep.contains(QStringLiteral("nested deeper than 200 levels")));
    // Brackets inside strings do not count, as in the reader.
    CHECK(readLimitProblem("[\"" + QByteArray(300, '[') + "\"]").isEmpty());
    const QString big = readLimitProblem(QByteArray(kMaxInputFileBytes + 1, ' '));
    CHECK(big.contains(QStringLiteral("64.0 MiB")));
    CHECK(big.contains(QStringLiteral("at most 64 MiB")));
}

TEST_CASE("writeSessionFile refuses what the reader would refuse and keeps the old file",
          "[io][limits]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(newSession(), path).isEmpty());
    const QByteArray old = testdata::fileBytes(path);

    SECTION("larger than 64 MiB: 70 partners with the longest notes allowed")
    {
        Session big = newSession();
        const QString notes(1000000, QLatin1Char('x')); // the documented maximum, shared
        for (int i = 0; i < 70; ++i) {
            Partner p;
            p.id = QStringLiteral("pa%1").arg(i);
            p.label = p.id;
            p.notes = notes;
            big.partners.push_back(p);
        }
        REQUIRE_FALSE(hasErrors(validate(big)));           // a valid session ...
        const QString error = writeSessionFile(big, path); // ... too large to open again
        CHECK(error.contains(QDir::toNativeSeparators(path)));
        CHECK(error.contains(QStringLiteral("at most 64 MiB")));
    }
    SECTION("nested deeper than 200 levels")
    {
        Session deep = newSession();
        Partner p;
        p.id = QStringLiteral("pa1");
        p.label = QStringLiteral("CLB");
        // Inside a partner (3 levels down), 199 more are too many for the file.
        p.unknown.json = "{\"x\":" + std::string(199, '[') + std::string(199, ']') + "}";
        deep.partners.push_back(p);
        const QString error = writeSessionFile(deep, path);
        CHECK(error.contains(QDir::toNativeSeparators(path)));
        CHECK(error.contains(QStringLiteral("nested deeper than 200 levels")));
    }
    CHECK(testdata::fileBytes(path) == old);
}
