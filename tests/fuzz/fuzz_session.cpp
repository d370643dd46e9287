// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the two loaders that read files users exchange: sessions
// and decks. Built only with clang and -DNWK_FUZZ=ON (scripts/fuzz.sh).
//
// Every input must be answered with a result, never a crash, a hang, a leak or
// undefined behaviour. A parsed session must also serialise, parse back and
// serialise to the same bytes (the loader's promise to keep files stable).
#include "nwk/core/measures.h"
#include "nwk/core/sessionio.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const nwk::SessionReadResult session = nwk::parseSession(bytes);
    if (session.session) {
        (void)nwk::computeMeasures(*session.session); // every readable session can be measured
        const QByteArray once = nwk::serializeSession(*session.session);
        const nwk::SessionReadResult again = nwk::parseSession(once);
        if (!again.session || nwk::serializeSession(*again.session) != once)
            std::abort(); // a file we wrote must read back to the same bytes
    }

    const nwk::DeckReadResult deck = nwk::parseDeck(bytes);
    if (deck.deck) {
        const QByteArray once = nwk::serializeDeck(*deck.deck);
        const nwk::DeckReadResult again = nwk::parseDeck(once);
        if (!again.deck || nwk::serializeDeck(*again.deck) != once)
            std::abort();
    }
    return 0;
}
