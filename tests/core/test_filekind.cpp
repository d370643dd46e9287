// SPDX-License-Identifier: GPL-3.0-or-later
// fileKindOf(): what an existing file on disk is, by its top-level "format" (writers use it
// never to write over a session). A file that cannot be a JSON object is Unknown from its
// first character on; one that starts as an object is read as before.
#include "nwk/core/filekind.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace nwk;

namespace {

QString written(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("fileKindOf tells sessions and decks from exports and other files", "[filekind]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray session = R"({"format": "netwerkkaart-session", "schemaVersion": 3})";
    const QByteArray deck = R"({"cards": [], "format": "netwerkkaart-deck"})";

    CHECK(fileKindOf(written(dir, "s.nwk", session)) == FileKind::Session);
    CHECK(fileKindOf(written(dir, "d.json", deck)) == FileKind::Deck);
    // A byte order mark and white space before the object, also past the first 4 KiB.
    CHECK(fileKindOf(written(dir, "bom.nwk", "\xEF\xBB\xBF \r\n\t" + session)) ==
          FileKind::Session);
    CHECK(fileKindOf(written(dir, "spaces.nwk", QByteArray(10000, ' ') + session)) ==
          FileKind::Session);
    // The "format" may come after megabytes of partners.
    const QByteArray late = R"({"partners": [")" + QByteArray(3 * 1024 * 1024, 'x') +
                            R"("], "format": "netwerkkaart-session"})";
    CHECK(fileKindOf(written(dir, "late.nwk", late)) == FileKind::Session);

    CHECK(fileKindOf(written(dir, "map.svg", "<?xml version=\"1.0\"?>\n<svg/>")) ==
          FileKind::Unknown);
    CHECK(fileKindOf(written(dir, "array.json", "[" + session + "]")) == FileKind::Unknown);
    CHECK(fileKindOf(written(dir, "empty", "")) == FileKind::Unknown);
    CHECK(fileKindOf(written(dir, "blank", QByteArray(5000, '\n'))) == FileKind::Unknown);
    CHECK(fileKindOf(written(dir, "half", R"({"format": "netwerkkaart-ses)")) == FileKind::Unknown);
    CHECK(fileKindOf(dir.filePath(QStringLiteral("missing.nwk"))) == FileKind::Unknown);
    CHECK(fileKindOf(dir.path()) == FileKind::Unknown);
}
