// SPDX-License-Identifier: GPL-3.0-or-later
// Link labels stay off the partners' labels (issue #21: on the example they covered
// partner names). Read from the SVG export of the bundled example, which draws what every
// other export draws.
#include "../support/examplesession.h"
#include "svg_inspect.h"

#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

using namespace nwk;

TEST_CASE("On the example no link label covers a partner's or a ghost's label", "[render][labels]")
{
    const Session s = testdata::exampleSession();
    const test::SvgDocument svg = test::inspectSvg(renderMapSvg(s, RenderOptions{}));
    REQUIRE(svg.wellFormed);
    std::vector<std::pair<QString, QRectF>> linkLabels, partnerLabels;
    for (const test::SvgGroup &g : svg.groups) {
        const QRectF box = test::labelBox(g);
        if (box.isNull())
            continue;
        if (g.id.startsWith(QLatin1String("link-")))
            linkLabels.emplace_back(g.text(), box);
        else if (g.id.startsWith(QLatin1String("partner-")) ||
                 g.id.startsWith(QLatin1String("missing-")))
            partnerLabels.emplace_back(g.text(), box);
    }
    REQUIRE(linkLabels.size() >= 5);
    REQUIRE(partnerLabels.size() >= 20);
    QStringList covered;
    for (const auto &[link, lb] : linkLabels)
        for (const auto &[partner, pb] : partnerLabels)
            if (test::overlaps(lb, pb))
                covered.append(
                    QStringLiteral("\u201c%1\u201d over \u201c%2\u201d").arg(link, partner));
    INFO(covered.join(QLatin1Char('\n')).toStdString());
    CHECK(covered.isEmpty());
}
