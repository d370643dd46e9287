// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli export: the same session gives the same PDF bytes, run after run
// (issue #22: the creation time and the order of the fonts, which followed Qt's per-process
// random hash seed, made every run differ).
#include "../support/examplesession.h"
#include "clitest.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

using namespace nwk;
using namespace nwk::clitest;

namespace {

QByteArray exportedBytes(const QString &out, const QString &format)
{
    const CliResult r = runCli({QStringLiteral("export"), nwk::testdata::exampleSessionFile(),
                                QStringLiteral("--format"), format, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.normalExit);
    REQUIRE(r.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("export: map and report PDFs are byte-identical from run to run", "[cli][export][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *format : {"pdf", "report-pdf"}) {
        INFO(format);
        const QString f = QString::fromLatin1(format);
        const QByteArray first = exportedBytes(dir.filePath(f + QStringLiteral("-1.pdf")), f);
        REQUIRE(first.startsWith("%PDF-"));
        // Later, in other processes (each with its own hash seed).
        for (int run = 2; run <= 4; ++run) {
            QThread::msleep(run == 2 ? 1100 : 0);
            INFO("run " << run);
            CHECK(exportedBytes(dir.filePath(f + QStringLiteral("-%1.pdf").arg(run)), f) == first);
        }
    }
}
