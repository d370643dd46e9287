// SPDX-License-Identifier: GPL-3.0-or-later
// Dutch keeps map and card apart (docs/translations.md, glossary): the map is the
// "netwerkkaart", a conversation card a "gesprekskaart"; "kaart" alone means either and is
// not used. Read from the .ts the program is built with.
#include "tsfile.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace nwk::test;

namespace {

TsFile dutch()
{
    return readTsFile(QStringLiteral(NWK_SOURCE_DIR "/resources/translations/netwerkkaart_nl.ts"));
}

/// A text as shown: without its accelerators ("Netwerk&kaart" reads "Netwerkkaart").
QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

QString translation(const TsMessage &m)
{
    return shown(m.forms.join(QLatin1Char(' ')));
}

bool mentions(const TsMessage &m, const char *pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(shown(m.source)).hasMatch();
}

void requireNone(const QStringList &problems, const char *what)
{
    INFO(what << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("Dutch never says \"kaart\" alone: it would mean the map or a card", "[i18n]")
{
    const TsFile ts = dutch();
    REQUIRE(ts.error.isEmpty());
    REQUIRE(ts.messages.size() > 100);
    // "kaart", "Kaart", "kaarten" as a word; compounds (netwerkkaart, gesprekskaart,
    // kaartenset) are clear.
    const QRegularExpression bare(QStringLiteral("(?<![\\w-])kaart(en)?(?![\\w-])"),
                                  QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    for (const TsMessage &m : ts.messages)
        if (bare.match(translation(m)).hasMatch())
            problems.append(m.describe() + QStringLiteral(" → ") + translation(m));
    requireNone(problems, "translations with a bare \"kaart\"");
}

TEST_CASE("Dutch calls a card a gesprekskaart and the map a netwerkkaart", "[i18n]")
{
    const TsFile ts = dutch();
    REQUIRE(ts.error.isEmpty());
    QStringList cards, maps;
    int cardTexts = 0, mapTexts = 0;
    for (const TsMessage &m : ts.messages) {
        const bool card = mentions(m, "\\bcards?\\b");
        const bool map = mentions(m, "\\bmaps?\\b");
        const QString nl = translation(m).toLower();
        if (card) {
            ++cardTexts;
            if (!nl.contains(QLatin1String("gesprekskaart")))
                cards.append(m.describe() + QStringLiteral(" → ") + translation(m));
        }
        if (map && !card) {
            ++mapTexts;
            if (nl.contains(QLatin1String("gesprekskaart")))
                maps.append(m.describe() + QStringLiteral(" → ") + translation(m));
        }
    }
    CHECK(cardTexts > 20);
    CHECK(mapTexts > 20);
    requireNone(cards, "card texts whose Dutch does not say \"gesprekskaart\"");
    requireNone(maps, "map texts whose Dutch says \"gesprekskaart\"");
}
