// SPDX-License-Identifier: GPL-3.0-or-later
// The session document <-> the model, both ways from the tables in sessionfields.h.
#include "io/sessionjson.h"

#include "io/sessionfields.h"
#include "nwk/core/deckresolver.h"
#include "nwk/core/sessionio.h"

namespace nwk::io {

void checkDeckId(ObjectReader &r, const QString &id)
{
    if (!id.isEmpty() && !isSafeDeckId(id))
        r.problems().warning(r.pathOf("id"),
                             QStringLiteral("\"%1\" cannot name a deck file next to the "
                                            "session (only letters, digits, '.', '-' and '_', "
                                            "not starting with '.'); it is looked for only "
                                            "among known deck files")
                                 .arg(id.left(200)));
}

std::optional<Session> sessionFromJson(const Json &document, Problems &problems)
{
    const int errorsBefore = problems.errorCount();
    Session s;
    ObjectReader r(problems, document, std::string());
    r.member("format"); // checked by the caller
    r.member("schemaVersion");
    readObject(r, s);
    if (problems.errorCount() > errorsBefore)
        return std::nullopt;
    return s;
}

Json sessionToJson(const Session &s)
{
    ObjectWriter w(s.unknown);
    w.always("format", kFormatName);
    w.always("schemaVersion", kSchemaVersion);
    writeFields(w, s);
    Json document = w.finish();
    compactHistory(document);
    return document;
}

} // namespace nwk::io
