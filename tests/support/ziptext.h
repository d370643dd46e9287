// SPDX-License-Identifier: GPL-3.0-or-later
// The text in a ZIP archive (a .qdpx) as Python's zipfile reads it: every entry, in order,
// as UTF-8, each after a line "== <name>". Python is an independent reader of the archive.
#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace nwk::testdata {

/// The archive's text; empty, with NWK_SKIP, when python3 is missing. The test fails when
/// Python cannot read the archive or a CRC does not match.
inline QString zipText(const QString &fileName)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        NWK_SKIP("python3 is not available; " << fileName.toStdString() << " is not read");
        return {};
    }
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for name in z.namelist():
    sys.stdout.buffer.write(b'== ' + name.encode() + b'\n' + z.read(name) + b'\n')
)"),
                           fileName});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace nwk::testdata
