// SPDX-License-Identifier: GPL-3.0-or-later
// The session file: bytes -> (parse, migrate, convert, validate) -> Session, and back.
#include "nwk/core/sessionio.h"

#include "nwk/core/atomicfile.h"
#include "nwk/core/limits.h"
#include "nwk/core/readlimits.h"
#include "nwk/core/validation.h"

#include "io/jsonutil.h"
#include "io/migrations.h"
#include "io/sessionjson.h"

#include <QDir>

#include <algorithm>

namespace nwk {

using io::Json;

namespace io {

/// Checks "format" and "schemaVersion" of a session document; returns the version or 0.
static int checkHeader(const Json &doc, Problems &problems)
{
    const auto format = doc.find("format");
    if (format == doc.end()) {
        problems.error("/format",
                       QStringLiteral("missing; this is not a Netwerkkaart session file"));
        return 0;
    }
    if (!format->is_string()) {
        problems.error("/format", QStringLiteral("expected the string \"%1\", found %2")
                                      .arg(QLatin1String(kFormatName), describeType(*format)));
        return 0;
    }
    const auto &name = format->get_ref<const std::string &>();
    if (name == kDeckFormatName) {
        problems.error("/format", QStringLiteral("this is a conversation-card deck file "
                                                 "(\"%1\"), not a session")
                                      .arg(QLatin1String(kDeckFormatName)));
        return 0;
    }
    if (name != kFormatName) {
        problems.error("/format", QStringLiteral("expected \"%1\", found \"%2\"; this is not a "
                                                 "Netwerkkaart session file")
                                      .arg(QLatin1String(kFormatName), qs(name).left(200)));
        return 0;
    }
    const auto version = doc.find("schemaVersion");
    if (version == doc.end()) {
        problems.error("/schemaVersion", QStringLiteral("missing"));
        return 0;
    }
    if (!version->is_number_integer()) {
        problems.error(
            "/schemaVersion",
            version->is_number()
                ? notAnIntegerMessage(version->get<double>())
                : QStringLiteral("expected an integer, found %1").arg(describeType(*version)));
        return 0;
    }
    // Clamped: the number only decides between "newer", "migrate" and "unknown".
    int v = 0;
    QString text;
    if (version->is_number_unsigned()) {
        const auto u = version->get<std::uint64_t>();
        text = QString::number(u);
        v = static_cast<int>(std::min<std::uint64_t>(u, 1000000));
    } else {
        const auto i = version->get<std::int64_t>();
        text = QString::number(i);
        v = static_cast<int>(std::clamp<std::int64_t>(i, -1000000, 1000000));
    }
    if (v > kSchemaVersion) {
        problems.error("/schemaVersion",
                       QStringLiteral("the file was written by a newer version of Netwerkkaart "
                                      "(schema %1); this version reads up to %2")
                           .arg(text)
                           .arg(kSchemaVersion));
        return v;
    }
    if (v < 1) {
        problems.error("/schemaVersion", QStringLiteral("unknown schema version %1").arg(text));
        return v;
    }
    return v;
}

} // namespace io

SessionReadResult parseSession(const QByteArray &bytes)
{
    SessionReadResult result;
    io::Problems problems(result.diagnostics);
    io::guardedRead(problems, result.session, [&] {
        std::optional<Json> doc = io::parseJsonObject(bytes, problems, &sessionLimits());
        if (doc) {
            result.fileSchemaVersion = io::checkHeader(*doc, problems);
            if (!problems.hasErrors() && result.fileSchemaVersion < kSchemaVersion)
                doc = io::migrate(std::move(*doc), result.fileSchemaVersion, problems);
        }
        if (doc && !problems.hasErrors())
            io::expandHistory(*doc, problems);
        if (doc && !problems.hasErrors()) {
            std::optional<Session> session = io::sessionFromJson(*doc, problems);
            if (session) {
                for (Diagnostic &d : validate(*session))
                    problems.add(std::move(d));
                if (!problems.hasErrors())
                    result.session = std::move(session);
            }
        }
    });
    return result;
}

static SessionReadResult ioError(const QString &message)
{
    return io::readFailure<SessionReadResult>(message);
}

SessionReadResult readSessionFile(const QString &fileName)
{
    if (fileName.isEmpty())
        return ioError(QStringLiteral("cannot open the session: no file name given"));
    return io::readInputFileWith(fileName, parseSession);
}

QByteArray serializeSession(const Session &session)
{
    return io::dumpCanonical(io::sessionToJson(session));
}

QString readLimitProblem(const QByteArray &bytes)
{
    return io::readLimitProblem(bytes);
}

QString writeSessionFile(const Session &session, const QString &fileName)
{
    if (fileName.isEmpty())
        return QStringLiteral("cannot save the session: no file name given");
    const QByteArray bytes = serializeSession(session);
    if (const QString limit = readLimitProblem(bytes); !limit.isEmpty())
        return QStringLiteral("cannot save \"%1\": %2; the file was not written")
            .arg(QDir::toNativeSeparators(fileName), limit);
    return writeFileAtomically(fileName, bytes);
}

} // namespace nwk
