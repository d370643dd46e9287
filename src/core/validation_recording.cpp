// SPDX-License-Identifier: GPL-3.0-or-later
// validate() for what the recording adds to a session (recording.h): the audio parts and
// who consented, the transcript's file, and the map's history (MapEvent).
#include "validationchecker.h"

namespace nwk::validation {

namespace {

/// A file beside the session: relative, '/'-separated, never leaving the session's folder.
void checkSideFile(Checker &c, const QString &file, const Path &path)
{
    if (file.isEmpty()) {
        c.error(path, QStringLiteral("missing file name"));
        return;
    }
    const bool absolute = file.startsWith(QLatin1Char('/')) || file.contains(QLatin1Char('\\')) ||
                          (file.size() > 1 && file.at(1) == QLatin1Char(':'));
    const QStringList parts = file.split(QLatin1Char('/'));
    if (absolute || parts.contains(QStringLiteral("..")) || parts.contains(QString()))
        c.error(path, QStringLiteral("\"%1\" is not a relative path inside the session's folder")
                          .arg(file.left(200)));
}

void checkParts(Checker &c, const Recording &r)
{
    const Path partsPath(Path("recording"), "parts");
    qint64 previousEnd = 0;
    for (std::size_t i = 0; i < r.parts.size(); ++i) {
        const AudioPart &part = r.parts[i];
        const Path base(partsPath, i);
        checkSideFile(c, part.file, Path(base, "file"));
        if (part.startMs < 0)
            c.error(Path(base, "startMs"), QStringLiteral("negative time"));
        if (part.durationMs < 0)
            c.error(Path(base, "durationMs"), QStringLiteral("negative duration"));
        if (part.startMs < previousEnd)
            c.error(
                Path(base, "startMs"),
                QStringLiteral("starts before the part before it ends (%1 ms)").arg(previousEnd));
        previousEnd = std::max(previousEnd, part.startMs + std::max<qint64>(0, part.durationMs));
    }
}

/// The member of a MapEvent that holds a value, by kind; -1 when none, -2 when several.
int valueKind(const MapEvent &e)
{
    const bool set[] = {e.partner.has_value(), e.link.has_value(), e.group.has_value(),
                        e.missingPartner.has_value(), e.relativePlacement.has_value()};
    int found = -1;
    for (int i = 0; i < 5; ++i) {
        if (set[i])
            found = found == -1 ? i : -2;
    }
    return found;
}

const QString *valueId(const MapEvent &e)
{
    if (e.partner)
        return &e.partner->id;
    if (e.link)
        return &e.link->id;
    if (e.group)
        return &e.group->id;
    if (e.missingPartner)
        return &e.missingPartner->id;
    if (e.relativePlacement)
        return &e.relativePlacement->id;
    return nullptr;
}

void checkEvent(Checker &c, const MapEvent &e, const Path &base, qint64 previousMs)
{
    if (e.atMs < 0)
        c.error(Path(base, "atMs"), QStringLiteral("negative time"));
    else if (e.atMs < previousMs)
        c.error(Path(base, "atMs"),
                QStringLiteral("earlier than the event before it (%1 ms)").arg(previousMs));
    if (e.id.isEmpty())
        c.error(Path(base, "id"), QStringLiteral("empty id"));
    const int kind = valueKind(e);
    const QString kindName = QString::fromLatin1(toString(e.kind));
    if (e.removed) {
        if (kind != -1)
            c.error(base, QStringLiteral("a removal holds no value"));
        return;
    }
    if (kind != static_cast<int>(e.kind)) {
        c.error(base, QStringLiteral("needs exactly one value, its \"%1\"").arg(kindName));
        return;
    }
    if (const QString *id = valueId(e); id && *id != e.id)
        c.error(base, QStringLiteral("the value's id \"%1\" is not the event's id \"%2\"")
                          .arg(id->left(200), e.id.left(200)));
}

} // namespace

void checkRecording(Checker &c, const Session &s, const KnownIds &k)
{
    checkParts(c, s.recording);
    c.refs(s.recording.consentedBy, k.participants, Path(Path("recording"), "consentedBy"),
           "participant");
    if (s.recording.stoppedMs != -1)
        c.time(s.recording.stoppedMs, Path(Path("recording"), "stoppedMs"));
    if (!s.transcript.file.isEmpty() || !s.transcript.speakers.empty())
        checkSideFile(c, s.transcript.file, Path(Path("transcript"), "file"));
    const Path speakersPath(Path("transcript"), "speakers");
    for (std::size_t i = 0; i < s.transcript.speakers.size(); ++i)
        c.ref(s.transcript.speakers[i].participantId, k.participants,
              Path(Path(speakersPath, i), "participantId"), "participant", true);
    const Path historyPath("history");
    qint64 previousMs = 0;
    for (std::size_t i = 0; i < s.history.size(); ++i) {
        checkEvent(c, s.history[i], Path(historyPath, i), previousMs);
        previousMs = std::max(previousMs, s.history[i].atMs);
    }
}

} // namespace nwk::validation
