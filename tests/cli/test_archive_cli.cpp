// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli archive: the ZIP unpacks with python3's zipfile and `unzip -t`, its
// SHA256SUMS passes `sha256sum -c`, the session inside is the saved one byte for byte; a
// missing part, --anonymise, no output and standard input are refused with their exit codes.
#include "clitest.h"
#include "skip.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

namespace {

QByteArray bytesOf(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// school.nwk with two audio parts and a transcript beside it in `dir`.
QString recordedSessionFile(const QTemporaryDir &dir)
{
    Session s = sampleSession();
    s.recording.parts.push_back(
        {QStringLiteral("school.audio/part-001.wav"), 0, 4000, QString(), {}});
    s.recording.parts.push_back(
        {QStringLiteral("school.audio/part-002.wav"), 9000, 2000, QString(), {}});
    s.transcript.file = QStringLiteral("school.vtt");
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(s, file).isEmpty());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("school.audio")));
    QByteArray wav("RIFF");
    for (int i = 0; i < 50000; ++i)
        wav.append(char((i * 7919) % 251));
    REQUIRE(writeText(dir.filePath(QStringLiteral("school.audio/part-001.wav")), wav));
    REQUIRE(writeText(dir.filePath(QStringLiteral("school.audio/part-002.wav")), wav.left(999)));
    REQUIRE(writeText(dir.filePath(QStringLiteral("school.vtt")),
                      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hallo\n"));
    return file;
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, const QString &folder)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    Run r;
    if (p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

} // namespace

TEST_CASE("archive -o OUT.zip unpacks, its sums check and it holds the session byte for byte",
          "[cli][archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = recordedSessionFile(dir);
    const QString zip = dir.filePath(QStringLiteral("school-archive.zip"));
    const CliResult r = runCli({QStringLiteral("archive"), session, QStringLiteral("-o"), zip});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("wrote %1 (archive: 6 files)").arg(zip)));

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (python.isEmpty() || sha256sum.isEmpty())
        NWK_SKIP("python3 and sha256sum are needed to check the archive");
    const QString unpacked = dir.filePath(QStringLiteral("unpacked"));
    const Run extract = run(python,
                            {QStringLiteral("-c"),
                             QStringLiteral("import sys, zipfile\n"
                                            "z = zipfile.ZipFile(sys.argv[1])\n"
                                            "assert z.testzip() is None\n"
                                            "print('\\n'.join(z.namelist()))\n"
                                            "z.extractall(sys.argv[2])\n"),
                             zip, unpacked},
                            dir.path());
    INFO(extract.output.toStdString());
    REQUIRE(extract.exitCode == 0);
    CHECK(extract.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral("school.nwk"), QStringLiteral("school.audio/part-001.wav"),
                      QStringLiteral("school.audio/part-002.wav"), QStringLiteral("school.vtt"),
                      QStringLiteral("manifest.json"), QStringLiteral("SHA256SUMS")});
    CHECK(bytesOf(QDir(unpacked).filePath(QStringLiteral("school.nwk"))) == bytesOf(session));

    const Run check =
        run(sha256sum, {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, unpacked);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.output.contains(QStringLiteral("school.audio/part-002.wav: OK")));
    CHECK(check.output.contains(QStringLiteral("manifest.json: OK")));

    if (const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        !unzip.isEmpty()) {
        const Run test = run(unzip, {QStringLiteral("-t"), zip}, dir.path());
        INFO(test.output.toStdString());
        CHECK(test.exitCode == 0);
        CHECK(test.output.contains(QStringLiteral("No errors detected")));
    }
}

TEST_CASE("archive refuses a missing audio part with exit code 1 and writes nothing",
          "[cli][archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = recordedSessionFile(dir);
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("school.audio/part-001.wav"))));
    const QString zip = dir.filePath(QStringLiteral("out.zip"));
    const CliResult r = runCli({QStringLiteral("archive"), session, QStringLiteral("-o"), zip});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(
        QStringLiteral("audio part \"school.audio/part-001.wav\" is missing (no file %1)")
            .arg(dir.filePath(QStringLiteral("school.audio/part-001.wav")))));
    CHECK(r.err.contains(QStringLiteral("give --allow-missing")));
    CHECK(r.err.contains(QStringLiteral("nothing archived")));
    CHECK_FALSE(QFileInfo::exists(zip));

    const CliResult allowed = runCli({QStringLiteral("archive"), session, QStringLiteral("-o"), zip,
                                      QStringLiteral("--allow-missing")});
    CHECK(allowed.exitCode == 0);
    CHECK(allowed.err.contains(
        QStringLiteral("warning: \"school.audio/part-001.wav\" is missing: archived without it")));
    CHECK(allowed.err.contains(QStringLiteral("(archive: 5 files)")));
}

TEST_CASE("archive refuses --anonymise, a missing -o and standard input with exit code 2",
          "[cli][archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = recordedSessionFile(dir);
    const QString zip = dir.filePath(QStringLiteral("out.zip"));
    const CliResult anon = runCli({QStringLiteral("archive"), session, QStringLiteral("-o"), zip,
                                   QStringLiteral("--anonymise")});
    CHECK(anon.exitCode == 2);
    CHECK(anon.err.contains(QStringLiteral("the archive is never anonymised")));
    CHECK_FALSE(QFileInfo::exists(zip));

    const CliResult noOut = runCli({QStringLiteral("archive"), session});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("no output given (-o OUT.zip)")));

    const CliResult stdinInput =
        runCliWithInput({QStringLiteral("archive"), QStringLiteral("-"), QStringLiteral("-o"), zip},
                        bytesOf(session));
    CHECK(stdinInput.exitCode == 2);
    CHECK(stdinInput.err.contains(QStringLiteral("not standard input")));

    const CliResult nwk = runCli({QStringLiteral("archive"), session, QStringLiteral("-o"),
                                  dir.filePath(QStringLiteral("copy.nwk"))});
    CHECK(nwk.exitCode == 1);
    CHECK(nwk.err.contains(QStringLiteral("refusing to write a file named .nwk")));

    const CliResult overPart = runCli({QStringLiteral("archive"), session, QStringLiteral("-o"),
                                       dir.filePath(QStringLiteral("school.audio/part-002.wav"))});
    CHECK(overPart.exitCode == 1);
    CHECK(overPart.err.contains(QStringLiteral("refusing to write over an input file")));
}
