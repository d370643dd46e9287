// SPDX-License-Identifier: GPL-3.0-or-later
// Eleven schools for the comparison: the bundled example, renamed, with its CLB,
// ondersteuningsnetwerk and pedagogische begeleiding written as schools write them
// ("CLB (contactpersoon)", "ONW", "PBD", ...), some labels made the school's own and
// some distances changed, so that the maps differ.
#pragma once

#include "examplesession.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>

namespace nwk::test {

/// Points the config folder (where the comparison's synonyms.json lives) at a temporary
/// folder for its lifetime.
struct CompareConfigHome {
    QTemporaryDir dir;
    QByteArray old = qgetenv("XDG_CONFIG_HOME");
    CompareConfigHome()
    {
        REQUIRE(dir.isValid());
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    }
    ~CompareConfigHome()
    {
        if (old.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", old);
    }
};

struct ElevenSchools {
    static constexpr int kCount = 11;
    QTemporaryDir dir;
    QStringList files;
    QStringList names{"De Regenboog",  "Sint-Jozef",     "Het Klavertje", "De Wereldbol",
                      "De Zonnebloem", "Atheneum Noord", "Sint-Lodewijk", "De Kleine Prins",
                      "Mozaïek",       "De Linde",       "Ter Heide"};

    ElevenSchools()
    {
        REQUIRE(dir.isValid());
        const Session example = testdata::exampleSession();
        const QStringList clb{"CLB", "CLB (contactpersoon)", "Vrij CLB", "C.L.B.",
                              "centrum voor leerlingenbegeleiding"};
        const QStringList onw{"Ondersteuningsnetwerk (ONW)", "ONW", "ondersteuningsnetwerk"};
        const QStringList pb{"Pedagogische begeleiding", "PBD", "DPB", "pedagogisch begeleider"};
        for (int k = 0; k < kCount; ++k) {
            Session s = example;
            s.meta.schoolName = names.at(k);
            s.meta.schoolPseudonym = QStringLiteral("School %1").arg(k + 1);
            for (std::size_t i = 0; i < s.partners.size(); ++i) {
                Partner &p = s.partners[i];
                if (p.label == QLatin1String("CLB"))
                    p.label = clb.at(k % clb.size());
                else if (p.label == QLatin1String("Ondersteuningsnetwerk"))
                    p.label = onw.at(k % onw.size());
                else if (p.label == QLatin1String("Pedagogische begeleiding"))
                    p.label = pb.at(k % pb.size());
                else if ((static_cast<int>(i) + k) % 5 == 0)
                    p.label += QStringLiteral(" %1").arg(k + 1); // this school's own
                if (p.placement && p.placement->distanceKind == DistanceKind::Ring) {
                    const double step = 0.04 * ((static_cast<int>(i) * 7 + k) % 5 - 2);
                    p.placement->distance = std::clamp(p.placement->distance + step, 0.05, 0.95);
                }
            }
            files << dir.filePath(QStringLiteral("school%1.nwk").arg(k + 1));
            const QString error = writeSessionFile(s, files.back());
            INFO(error.toStdString());
            REQUIRE(error.isEmpty());
        }
    }
};

} // namespace nwk::test
