// SPDX-License-Identifier: GPL-3.0-or-later
// `export --relative` draws the relative placements (schema 3); without it they are left out.
#include "../render/svg_inspect.h"
#include "clitest.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

TEST_CASE("export --relative draws the relative placements as labelled arrows", "[cli][schema3]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s = sampleSession();
    REQUIRE(s.partners.size() >= 2);
    REQUIRE(s.partners[0].placement);
    REQUIRE(s.partners[1].placement);
    RelativePlacement rp;
    rp.id = QStringLiteral("r1");
    rp.partnerId = s.partners[0].id;
    rp.referenceId = s.partners[1].id;
    rp.relation = RelativeRelation::Closer;
    s.relativePlacements.push_back(rp);
    const QString session = dir.filePath(QStringLiteral("relative.nwk"));
    REQUIRE(writeSessionFile(s, session).isEmpty());
    auto svg = [&](const QString &name, const QStringList &extra) {
        const QString out = dir.filePath(name);
        const CliResult r =
            runCli(QStringList{QStringLiteral("export"), session, QStringLiteral("--lang"),
                               QStringLiteral("en"), QStringLiteral("-o"), out} +
                   extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return test::inspectSvg(f.readAll());
    };
    const test::SvgDocument plain = svg(QStringLiteral("plain.svg"), {});
    CHECK_FALSE(plain.group(QStringLiteral("relative-r1")));
    const test::SvgDocument drawn =
        svg(QStringLiteral("drawn.svg"), {QStringLiteral("--relative")});
    const test::SvgGroup *arrow = drawn.group(QStringLiteral("relative-r1"));
    REQUIRE(arrow);
    CHECK(arrow->text() == QStringLiteral("closer than"));
    CHECK(drawn.group(QStringLiteral("legend-symbol-relative")));
}
