// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli never writes over what it reads: inputs, session files, device nodes and
// FIFOs are safe from a mistyped command line (docs/data-safety.md, "Outputs of the CLI").
#include "clitest.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace nwk;
using namespace nwk::clitest;

namespace {

struct Sessions {
    QTemporaryDir dir;
    QString a, b, c;
    QByteArray aBytes;
    Sessions()
    {
        REQUIRE(dir.isValid());
        a = dir.filePath(QStringLiteral("a.nwk"));
        b = dir.filePath(QStringLiteral("b.nwk"));
        c = dir.filePath(QStringLiteral("c.nwk"));
        for (const QString &f : {a, b, c})
            REQUIRE(writeSessionFile(sampleSession(), f).isEmpty());
        aBytes = bytesOf(a);
    }
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
    static QByteArray bytesOf(const QString &fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

mode_t modeOf(const QString &fileName)
{
    struct stat st {};
    REQUIRE(::lstat(QFile::encodeName(fileName).constData(), &st) == 0);
    return st.st_mode;
}

/// A character device like /dev/full (1, 7) in `dir` when this process may make one
/// (root), else /dev/full itself, which an unprivileged process cannot replace anyway.
QString fullDevice(const QTemporaryDir &dir)
{
    const QString node = dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return node;
    REQUIRE(::geteuid() != 0); // root must be able to make the node (else /dev/full is at risk)
    return QStringLiteral("/dev/full");
}

} // namespace

TEST_CASE("compare --csv before the files refuses to write the CSV over a session", "[cli][safety]")
{
    Sessions s;
    // The user meant three sessions; the parser takes a.nwk as the CSV's name.
    const CliResult r = runCli({QStringLiteral("compare"), QStringLiteral("--csv"), s.a, s.b, s.c});
    CHECK(r.normalExit);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("refusing to write over a Netwerkkaart session")));
    CHECK(r.err.contains(s.a));
    CHECK(r.out.isEmpty()); // nothing compared either
    CHECK(Sessions::bytesOf(s.a) == s.aBytes);
}

TEST_CASE("compare --csv refuses an input and a .nwk name, and --force allows them",
          "[cli][safety]")
{
    Sessions s;
    const QString synonyms = s.path("synonyms.json");
    REQUIRE(writeText(synonyms, R"({"format":"netwerkkaart-synonyms","synonyms":[]})"));
    const QByteArray synonymBytes = Sessions::bytesOf(synonyms);

    CliResult r = runCli({QStringLiteral("compare"), s.a, s.b, QStringLiteral("--synonyms"),
                          synonyms, QStringLiteral("--csv"), synonyms});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("refusing to write over an input file")));
    CHECK(Sessions::bytesOf(synonyms) == synonymBytes);

    const QString named = s.path("table.nwk");
    r = runCli({QStringLiteral("compare"), s.a, s.b, QStringLiteral("--csv"), named});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("refusing to write a file named .nwk")));
    CHECK_FALSE(QFileInfo::exists(named));

    r = runCli({QStringLiteral("compare"), s.a, s.b, QStringLiteral("--csv"), named,
                QStringLiteral("--force")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(Sessions::bytesOf(named).startsWith("Category,Measure"));
}

TEST_CASE("export -o onto its own session file is refused and leaves it byte-identical",
          "[cli][safety]")
{
    Sessions s;
    const CliResult r = runCli({QStringLiteral("export"), s.a, QStringLiteral("-o"), s.a,
                                QStringLiteral("--format"), QStringLiteral("svg")});
    CHECK(r.normalExit);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("refusing to write over an input file")));
    CHECK(r.err.contains(QStringLiteral("nothing exported")));
    CHECK(Sessions::bytesOf(s.a) == s.aBytes);

    // The same file through another name (a symbolic link) is still the input.
    const QString link = s.path("link.svg");
    REQUIRE(QFile::link(s.a, link));
    const CliResult viaLink = runCli({QStringLiteral("export"), s.a, QStringLiteral("-o"), link});
    CHECK(viaLink.exitCode == 1);
    CHECK(Sessions::bytesOf(s.a) == s.aBytes);
}

TEST_CASE("export --out-dir checks every output before writing any", "[cli][safety]")
{
    Sessions s;
    const QString out = s.path("out");
    REQUIRE(QDir().mkpath(out));
    // b's PNG would land on a file that holds a session (saved under a wrong name).
    const QString victim = QDir(out).filePath(QStringLiteral("b.png"));
    REQUIRE(QFile::copy(s.b, victim));
    const QByteArray victimBytes = Sessions::bytesOf(victim);

    const CliResult r =
        runCli({QStringLiteral("export"), s.a, s.b, QStringLiteral("--out-dir"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(victim + QStringLiteral(": refusing to write over a Netwerkkaart "
                                                 "session")));
    CHECK(Sessions::bytesOf(victim) == victimBytes);
    // Nothing at all was written: not a's outputs either, although they come first.
    CHECK(QDir(out).entryList(QDir::Files) == QStringList{QStringLiteral("b.png")});

    const CliResult forced = runCli({QStringLiteral("export"), s.a, s.b,
                                     QStringLiteral("--out-dir"), out, QStringLiteral("--force")});
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(Sessions::bytesOf(victim).startsWith("\x89PNG"));
}

TEST_CASE("export to a character device writes into it and never replaces the node",
          "[cli][safety]")
{
    Sessions s;
    const QString full = fullDevice(s.dir);
    const CliResult r = runCli({QStringLiteral("export"), s.a, QStringLiteral("-o"), full,
                                QStringLiteral("--format"), QStringLiteral("svg")});
    CHECK(r.normalExit);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("No space left on device")));
    CHECK_FALSE(r.err.contains(QStringLiteral("wrote")));
    CHECK(S_ISCHR(modeOf(full)));

    const CliResult null =
        runCli({QStringLiteral("export"), s.a, QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("--format"), QStringLiteral("png")});
    INFO(null.err.toStdString());
    CHECK(null.exitCode == 0);
    CHECK(S_ISCHR(modeOf(QStringLiteral("/dev/null"))));
}

TEST_CASE("export to a FIFO streams into it, a FIFO nobody reads is refused at once",
          "[cli][safety]")
{
    Sessions s;
    const QString fifo = s.path("map.fifo");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    // Nobody reads: refused, not waited for.
    const CliResult alone = runCli({QStringLiteral("export"), s.a, QStringLiteral("-o"), fifo,
                                    QStringLiteral("--format"), QStringLiteral("svg")});
    CHECK(alone.normalExit);
    CHECK(alone.exitCode == 1);
    CHECK(alone.err.contains(QStringLiteral("no program is reading from it")));
    CHECK(S_ISFIFO(modeOf(fifo)));

    // A reader (this test, with its end open before the export starts): it gets the SVG.
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(fd >= 0);
    QProcess cli;
    cli.start(QStringLiteral(NWK_CLI_PATH),
              {QStringLiteral("export"), s.a, QStringLiteral("-o"), fifo,
               QStringLiteral("--format"), QStringLiteral("svg")});
    REQUIRE(cli.waitForStarted());
    QByteArray svg;
    char buffer[65536];
    bool finished = false;
    QDeadlineTimer deadline(60000); // a bound for a broken build, not a performance limit
    while (!deadline.hasExpired()) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            svg.append(buffer, n);
            continue;
        }
        if (finished && n == 0)
            break; // the writer is gone and everything was read
        finished = finished || cli.waitForFinished(20);
    }
    ::close(fd);
    INFO(cli.readAllStandardError().toStdString());
    CHECK(cli.exitStatus() == QProcess::NormalExit);
    CHECK(cli.exitCode() == 0);
    CHECK(svg.startsWith("<?xml"));
    CHECK(svg.trimmed().endsWith("</svg>"));
    CHECK(S_ISFIFO(modeOf(fifo)));
}

TEST_CASE("export -o - writes the map to standard output", "[cli][safety]")
{
    Sessions s;
    const CliResult r =
        runCli({QStringLiteral("export"), s.a, QStringLiteral("-o"), QStringLiteral("-"),
                QStringLiteral("--format"), QStringLiteral("svg")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("<?xml")));
    CHECK(r.out.trimmed().endsWith(QStringLiteral("</svg>")));
    CHECK(r.err.contains(QStringLiteral("wrote standard output (SVG)")));
    CHECK_FALSE(QFileInfo::exists(s.path("-")));

    const CliResult noFormat =
        runCli({QStringLiteral("export"), s.a, QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(noFormat.exitCode == 2);
    CHECK(noFormat.err.contains(QStringLiteral("--format")));
}

TEST_CASE("CLI output escapes control characters from the file", "[cli][safety]")
{
    Sessions s;
    Session session = sampleSession();
    // An OSC title change, a colour, a carriage return and a bidi override in the name.
    session.meta.schoolName =
        QStringLiteral("Evil\x1B]0;pwned\x07School\x1B[31m\rX\u202Eexe.nwk\u009B2J");
    const QString evil = s.path("evil.nwk");
    REQUIRE(writeSessionFile(session, evil).isEmpty());

    const CliResult info = runCli({QStringLiteral("info"), evil});
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    for (const QString &text : {info.out, info.err}) {
        CHECK_FALSE(text.contains(QChar(0x1B)));
        CHECK_FALSE(text.contains(QChar(0x07)));
        CHECK_FALSE(text.contains(QChar(u'\r')));
        CHECK_FALSE(text.contains(QChar(0x202E)));
        CHECK_FALSE(text.contains(QChar(0x9B)));
    }
    CHECK(info.out.contains(
        QStringLiteral("Evil\\x1B]0;pwned\\x07School\\x1B[31m\\x0DX\\u202Eexe.nwk\\x9B2J")));

    // validate echoes ids from the file in its messages.
    const QString broken = s.path("broken.nwk");
    REQUIRE(writeText(broken, Sessions::bytesOf(evil).replace(
                                  "\"links\": [", "\"links\": [{\"id\": \"l\\u001b[2Jx\", "
                                                  "\"from\": \"nope\\u001b]0;t\\u0007\", "
                                                  "\"to\": \"school\"},")));
    const CliResult validate = runCli({QStringLiteral("validate"), broken});
    CHECK(validate.exitCode == 1);
    CHECK_FALSE(validate.out.contains(QChar(0x1B)));
    CHECK_FALSE(validate.err.contains(QChar(0x1B)));
    CHECK((validate.out + validate.err).contains(QStringLiteral("\\x1B")));
}
