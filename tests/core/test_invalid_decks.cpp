// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile deck files: each gives its own located message, never a crash or a deck.
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace nwk;

TEST_CASE("every malformed deck file gives its located message", "[io][deck][corpus]")
{
    const QString dir = QStringLiteral(NWK_TEST_DATA "/invalid-decks/");
    QFile manifest(dir + QStringLiteral("expected.tsv"));
    REQUIRE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList listed;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QString file = line.section(QLatin1Char('\t'), 0, 0);
        const QString expected = line.section(QLatin1Char('\t'), 1);
        listed << file;
        const DeckReadResult r = readDeckFile(dir + file);
        QStringList messages;
        for (const Diagnostic &d : r.diagnostics)
            messages << d.toString();
        INFO(file.toStdString() << ": " << messages.join(QStringLiteral(" | ")).toStdString());
        CHECK_FALSE(r.deck.has_value());
        CHECK(messages.join(QLatin1Char('\n')).contains(expected));
    }
    // Every file of the folder is in the manifest (none is silently skipped).
    const QStringList present =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    listed.sort();
    CHECK(present == listed);
    CHECK(listed.size() >= 15);
}
