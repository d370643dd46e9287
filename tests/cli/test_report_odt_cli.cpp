// SPDX-License-Identifier: GPL-3.0-or-later
// export -o NAME.odt: the findings report as ODT, chosen by the extension; two runs give
// the same bytes.
#include "clitest.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

TEST_CASE("export -o report.odt writes the findings report as ODT, the same bytes every run",
          "[cli][export][odt]")
{
    QTemporaryDir dir;
    const QString example = QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk");
    QByteArray first;
    for (const char *name : {"verslag.odt", "nog-eens.odt"}) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        const CliResult r = runCli({QStringLiteral("export"), example, QStringLiteral("-o"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("(findings report, ODT)")));
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.startsWith("PK"));
        CHECK(bytes.mid(30, 8) == QByteArray("mimetype"));
        if (first.isEmpty())
            first = bytes;
        else
            CHECK(bytes == first); // a process of its own each time: its own hash seed
    }
}
