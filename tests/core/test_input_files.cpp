// SPDX-License-Identifier: GPL-3.0-or-later
// Every reader of the core (session, deck, codebook, synonyms) takes its file the same
// way: a missing file, a folder and an unreadable file are refused with a message that
// names the file, and nothing is read.
#include "ordinaryuser.h"

#include "nwk/core/codebookio.h"
#include "nwk/core/comparison.h"
#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace nwk;

namespace {

/// The diagnostics of each reader for one path.
std::vector<std::pair<const char *, std::vector<Diagnostic>>> readAll(const QString &path)
{
    return {{"session", readSessionFile(path).diagnostics},
            {"deck", readDeckFile(path).diagnostics},
            {"codebook", readCodebookFile(path).diagnostics},
            {"synonyms", readSynonymsFile(path).diagnostics}};
}

void requireRefused(const QString &path, const QString &reason)
{
    for (const auto &[reader, diagnostics] : readAll(path)) {
        INFO(reader);
        REQUIRE(diagnostics.size() == 1);
        const QString &message = diagnostics.front().message;
        CHECK(message.contains(QDir::toNativeSeparators(path)));
        CHECK(message.contains(reason));
    }
}

} // namespace

TEST_CASE("Every reader refuses a missing file, a folder and an unreadable file alike", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    requireRefused(dir.filePath(QStringLiteral("nowhere.json")),
                   QStringLiteral("the file does not exist"));
    requireRefused(dir.path(), QStringLiteral("it is a folder, not a file"));

    const QString locked = dir.filePath(QStringLiteral("locked.json"));
    QFile f(locked);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    REQUIRE(f.setPermissions(QFileDevice::WriteOwner));
    {
        // As root (CI), acting as the user nobody: root would read it anyway.
        nwk::test::OrdinaryUser user({dir.path(), locked});
        REQUIRE(nwk::test::denied(locked, R_OK));
        requireRefused(locked, QStringLiteral("cannot open"));
    }

    // A readable file gets through to the parser, whose messages are its own.
    const QString notJson = dir.filePath(QStringLiteral("list.json"));
    QFile g(notJson);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write("[1, 2]");
    g.close();
    for (const auto &[reader, diagnostics] : readAll(notJson)) {
        INFO(reader);
        REQUIRE_FALSE(diagnostics.empty());
        CHECK(diagnostics.front().message.contains(
            QStringLiteral("expected a JSON object at the top level, found an array")));
    }
}
