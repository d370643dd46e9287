// SPDX-License-Identifier: GPL-3.0-or-later
// `export --label-size PT`: print-grade labels, and the warning (naming the page and
// proposing A3) when labels cannot all be placed at that size; the file is still written.
#include "clitest.h"

#include "../render/crowded_fixture.h"

#include "../support/readfile.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

TEST_CASE("export --label-size: a map that cannot fit at A4 warns, proposes A3 and is written",
          "[cli][export][labels]")
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("druk.nwk"));
    Session crowded = test::crowdedRealisticSession();
    crowded.missingPartners.pop_back(); // of a category the session lacks: a file refuses it
    REQUIRE(writeSessionFile(crowded, session).isEmpty());
    for (const char *format : {"pdf", "svg"}) {
        const QString out = dir.filePath(QStringLiteral("kaart.") + QString::fromLatin1(format));
        const CliResult r = runCli({QStringLiteral("export"), session, QStringLiteral("-o"), out,
                                    QStringLiteral("--label-size"), QStringLiteral("14")});
        INFO(format << ": " << r.err.toStdString());
        REQUIRE(r.normalExit);
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).size() > 0);
        const QStringList warnings = linesStartingWith(r.err, QStringLiteral("warning"));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().contains(QStringLiteral("at 14 pt on A4")));
        CHECK(warnings.first().contains(QStringLiteral("A3")));
        if (QByteArrayView(format) == "svg") {
            // The warning counts the labels of the key in the file written (the export's
            // own fit, not another layout's).
            const QRegularExpressionMatch count =
                QRegularExpression(QStringLiteral("(\\d+) label\\(s\\) cannot be placed"))
                    .match(warnings.first());
            REQUIRE(count.hasMatch());
            const QByteArray svg = nwk::testdata::fileBytes(out);
            CHECK(svg.count("class=\"key-entry\"") == count.captured(1).toInt());
        }
    }
}

TEST_CASE("export --label-size: a small map fits without a warning, bad sizes are refused",
          "[cli][export][labels]")
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("klein.nwk"));
    REQUIRE(writeSessionFile(sampleSession(), session).isEmpty());
    const QString out = dir.filePath(QStringLiteral("kaart.pdf"));
    const CliResult r = runCli({QStringLiteral("export"), session, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("cannot be placed")));
    const CliResult bad = runCli({QStringLiteral("export"), session, QStringLiteral("-o"), out,
                                  QStringLiteral("--label-size"), QStringLiteral("2")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("--label-size must be a number of points from 4 to 72")));
}
