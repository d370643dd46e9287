// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden benchmark of layoutLabels (run: test_render "[.bench]"). No timing assertions.
// With NWK_BENCH_DUMP=<file> the placements are written to that file, to compare runs.
#include "render_fixtures.h"

#include "nwk/render/mappainter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <iostream>

using namespace nwk;

namespace {

/// `n` partners over every sector and ring, realistic long labels, marks, ghosts, a group.
Session benchSession(int n)
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Grote school");
    s.participants = {
        test::participant("pt1", "P1", "leerkracht", RoleGroup::Teacher),
        test::participant("pt2", "P2", "directeur", RoleGroup::Management),
        test::participant("pt3", "P3", "zorg", RoleGroup::Care),
    };
    static const char *const labels[] = {
        "Pedagogische begeleidingsdienst",
        "CLB",
        "Ondersteuningsnetwerk Antwerpen-Noord",
        "Revalidatiecentrum voor kinderen met een motorische beperking",
        "Ouders",
        "Huiswerkbegeleiding door studenten",
        "Scholengemeenschap",
        "Organisatie die vakantiekampen verzorgt",
    };
    unsigned state = 4242u;
    auto next = [&state]() {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % 10000 / 10000.0;
    };
    for (int i = 0; i < n; ++i) {
        const Category &c = s.categories[static_cast<std::size_t>(i) % s.categories.size()];
        const QString label =
            QString::fromUtf8(labels[i % 8]) + QStringLiteral(" ") + QString::number(i + 1);
        Partner &p = test::addPartner(s, QStringLiteral("pa%1").arg(i + 1), label, c.id,
                                      0.05 + 0.93 * next(), 0.03 + 0.94 * next());
        if (i % 7 == 0)
            p.marks = {QStringLiteral("pt1"), QStringLiteral("pt3")};
    }
    for (int i = 0; i < 6; ++i) {
        MissingPartner m;
        m.id = QStringLiteral("mp%1").arg(i + 1);
        m.label = QStringLiteral("Ontbrekende partner %1").arg(i + 1);
        m.category = s.categories[static_cast<std::size_t>(i)].id;
        s.missingPartners.push_back(m);
    }
    Group g;
    g.id = QStringLiteral("gr1");
    g.label = QStringLiteral("Zorgteam");
    g.members = {QStringLiteral("pa3"), QStringLiteral("pa10"), QStringLiteral("pa17")};
    s.groups = {g};
    return s;
}

void dump(QTextStream &out, const char *name, const LabelPlacements &l)
{
    QStringList keys = l.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : keys) {
        const QRectF r = l.value(k);
        out << name << ' ' << k << ' ' << QString::number(r.x(), 'g', 17) << ' '
            << QString::number(r.y(), 'g', 17) << ' ' << QString::number(r.width(), 'g', 17) << ' '
            << QString::number(r.height(), 'g', 17) << '\n';
    }
}

/// The fastest of `reps` runs (the machine may be busy with other work).
template <typename F> double timeMs(F f, int reps)
{
    double best = 1e300;
    for (int i = 0; i < reps; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return best;
}

} // namespace

TEST_CASE("layoutLabels benchmark", "[.bench]")
{
    const MapPainter painter;
    const MapPainter contrast(MapStyle::highContrast());
    RenderOptions hc;
    hc.highContrast = true;
    struct Case {
        const char *name;
        Session s;
    };
    const Case cases[] = {{"bench100", benchSession(100)},
                          {"bench300", benchSession(300)},
                          {"crowded50", test::crowdedSession()},
                          {"realistic", test::realisticSession()}};
    QFile file(qEnvironmentVariable("NWK_BENCH_DUMP"));
    const bool dumping = !file.fileName().isEmpty() && file.open(QIODevice::WriteOnly);
    QTextStream out(&file);
    for (const Case &c : cases) {
        LabelPlacements l;
        const double ms = timeMs([&] { l = painter.layoutLabels(c.s, RenderOptions{}); }, 10);
        std::cout << c.name << ": layoutLabels " << ms << " ms, best of 10 (" << l.size()
                  << " labels)\n";
        CHECK(l.size() > 0);
        if (dumping) {
            dump(out, c.name, l);
            dump(out, c.name, painter.layoutMissingLabels(c.s, RenderOptions{}));
            dump(out, c.name, contrast.layoutLabels(c.s, hc));
        }
    }
}
