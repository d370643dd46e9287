// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever the editor saves, it can open again: preserved unknown content nested deep
// is written compactly, and a session whose file would exceed the reader's limits is
// refused (message naming the file and the limit; the old file byte-identical; the
// autosave copy is refused the same way).
#include "deepjson.h"
#include "readfile.h"
#include "test_autosave_support.h"

#include "nwk/core/readlimits.h"
#include "nwk/editor/autosaver.h"

using namespace nwk;
using namespace nwk::test;

namespace {

/// The sample session plus an unknown top-level key holding `count` arrays nested
/// `depth` deep, as another tool might have written it.
QByteArray withDeepUnknownKey(int count, int depth)
{
    return testdata::withUnknownKey(serializeSession(sampleSession()),
                                    testdata::nestedArrays(count, depth));
}

} // namespace

TEST_CASE("A session with deeply nested unknown content is saved so that it opens again",
          "[safe-save][limits]")
{
    SessionFile file;
    {
        QFile f(file.path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(withDeepUnknownKey(1100, 190)); // ~420 KB; indented it would be ~75 MB
    }
    SessionDocument doc;
    REQUIRE(!hasErrors(doc.load(file.path)));
    renamePartner(doc, "pa1", "CLB Gent");
    REQUIRE(doc.save().isEmpty());

    CHECK(QFileInfo(file.path).size() < 1024 * 1024);
    const SessionReadResult again = readSessionFile(file.path); // what Open does
    INFO((again.diagnostics.empty() ? QString() : again.diagnostics.front().toString())
             .toStdString());
    REQUIRE(again.session);
    CHECK(again.session->partner(QStringLiteral("pa1"))->label == QStringLiteral("CLB Gent"));
    CHECK(testdata::fileBytes(file.path).contains("\"x-deep\": [[[[[[")); // kept, on one line

    // And its recovery copy opens too.
    QTemporaryDir recovery;
    Autosaver saver(&doc, recovery.path());
    renamePartner(doc, "pa1", "CLB Brugge");
    REQUIRE(saver.saveNow().isEmpty());
    CHECK(readSessionFile(saver.recoveryFile()).session.has_value());
}

TEST_CASE("A save whose file would exceed the read limit is refused, the old file kept",
          "[safe-save][limits]")
{
    SessionFile file;
    const QByteArray oldBytes = file.bytes();
    SessionDocument doc;
    REQUIRE(!hasErrors(doc.load(file.path)));
    // A valid session of more than 64 MiB: 70 partners with the longest notes allowed.
    Session big = doc.session();
    const QString notes(1000000, QLatin1Char('n'));
    for (int i = 0; i < 70; ++i) {
        Partner p = big.partners.front();
        p.id = QStringLiteral("big%1").arg(i);
        p.notes = notes;
        big.partners.push_back(p);
    }
    doc.reset(big, file.path);
    doc.markUnsaved(); // modified, as after the edits that made it

    const QString error = doc.save();
    CHECK(error.contains(QDir::toNativeSeparators(file.path)));
    CHECK(error.contains(QStringLiteral("at most %1 MiB").arg(kMaxInputFileBytes / 1024 / 1024)));
    CHECK(file.bytes() == oldBytes);
    CHECK(doc.isModified()); // the work is still open

    QTemporaryDir recovery;
    Autosaver saver(&doc, recovery.path());
    const QString autosaveError = saver.saveNow();
    CHECK(autosaveError.contains(QStringLiteral("at most 64 MiB")));
    CHECK(saver.lastError() == autosaveError); // shown by the autosave warning
    CHECK_FALSE(QFile::exists(saver.recoveryFile()));
}
