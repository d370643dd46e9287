// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli export to REFI-QDA (.qdpx): the example session's project validates
// against the standard's schema, a re-export is byte-identical, --out-dir names it.
#include "clitest.h"
#include "examplesession.h"
#include "ziptext.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;
using namespace nwk::testdata;

namespace {

QByteArray bytesOf(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("export -o NAME.qdpx writes a REFI-QDA project that validates, the same bytes each run",
          "[cli][export][qdpx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("bao1.qdpx"));
    const QString second = dir.filePath(QStringLiteral("again.qdpx"));
    for (const QString &out : {first, second}) {
        const CliResult r =
            runCli({QStringLiteral("export"), exampleSessionFile(), QStringLiteral("-o"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("wrote %1 (REFI-QDA project, ").arg(out)));
    }
    const QByteArray archive = bytesOf(first);
    CHECK(archive.startsWith("PK\x03\x04"));
    CHECK(bytesOf(second) == archive);

    const QString text = zipText(first);
    if (text.isEmpty())
        return;
    // project.qde first, then the sources; each source's text file is in the archive.
    REQUIRE(text.startsWith(QStringLiteral("== project.qde\n")));
    const qsizetype end = text.indexOf(QStringLiteral("\n== sources/"));
    REQUIRE(end > 0);
    const QString project = text.mid(15, end - 15);
    CHECK(project.count(QStringLiteral("<TextSource ")) ==
          text.count(QStringLiteral("\n== sources/")));
    CHECK(project.contains(QStringLiteral("<Case ")));

    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty()) {
        NWK_SKIP("xmllint (Debian: libxml2-utils) is not available; the schema is not checked");
        return;
    }
    const QString qde = dir.filePath(QStringLiteral("project.qde"));
    QFile f(qde);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(project.toUtf8());
    f.close();
    QProcess lint;
    lint.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                         QStringLiteral(NWK_TEST_DATA "/refi-qda/Project-mrt2019.xsd"), qde});
    REQUIRE(lint.waitForFinished(60000));
    INFO(QString::fromUtf8(lint.readAllStandardError()).toStdString());
    CHECK(lint.exitCode() == 0);
}

TEST_CASE("export --out-dir --format qdpx names the project after the session",
          "[cli][export][qdpx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CliResult r =
        runCli({QStringLiteral("export"), exampleSessionFile(), QStringLiteral("--out-dir"),
                dir.path(), QStringLiteral("--format"), QStringLiteral("qdpx")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("basisschool-1.qdpx"));
    CHECK(QFile::exists(out));
    CHECK(r.err.contains(QStringLiteral("wrote %1 (REFI-QDA project").arg(out)));
}
