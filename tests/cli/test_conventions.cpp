// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli's conventions (#22 item 11): "-" reads standard input, --json output of
// info, validate and measures, every command named when one is unknown, "wrote" messages
// on standard error only.
#include "clitest.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

namespace {

QJsonDocument parsed(const CliResult &r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("'-' as the input reads the session from standard input", "[cli][conventions]")
{
    const QByteArray bytes = serializeSession(sampleSession());

    const CliResult info = runCliWithInput({QStringLiteral("info"), QStringLiteral("-")}, bytes);
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.startsWith(QStringLiteral("File:")));
    CHECK(info.out.contains(QStringLiteral("<stdin>")));
    CHECK(info.out.contains(QStringLiteral("Partners (7: 6 placed, 1 unplaced)")));

    const CliResult valid =
        runCliWithInput({QStringLiteral("validate"), QStringLiteral("-")}, bytes);
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.trimmed() == QStringLiteral("<stdin>: OK"));

    const CliResult broken =
        runCliWithInput({QStringLiteral("validate"), QStringLiteral("-")}, "{\"x\":\n");
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.startsWith(QStringLiteral("<stdin>:2:1: invalid JSON")));

    // Standard input can be read once: a second "-" is an error, not an empty session.
    const CliResult twice = runCliWithInput(
        {QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("-")}, bytes);
    CHECK(twice.exitCode == 1);
    CHECK(twice.out.contains(QStringLiteral("<stdin>: standard input can be read only once")));

    // export - -o -: a pipe in, a pipe out.
    const CliResult svg =
        runCliWithInput({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("-o"),
                         QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("svg")},
                        bytes);
    INFO(svg.err.toStdString());
    CHECK(svg.exitCode == 0);
    CHECK(svg.out.startsWith(QStringLiteral("<?xml")));
    CHECK(svg.out.contains(QStringLiteral("Sint-Jozefschool")));

    // --out-dir names the outputs of standard input "stdin".
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CliResult out =
        runCliWithInput({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--out-dir"),
                         dir.path(), QStringLiteral("--format"), QStringLiteral("graphml")},
                        bytes);
    CHECK(out.exitCode == 0);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("stdin.graphml"))));
}

TEST_CASE("export -o /dev/stdout writes into the pipe it is", "[cli][conventions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(sampleSession(), file).isEmpty());
    const CliResult r =
        runCli({QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("/dev/stdout"),
                QStringLiteral("--format"), QStringLiteral("graphml")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("<?xml")));
    CHECK(r.out.contains(QStringLiteral("<graphml")));
}

TEST_CASE("info --json gives the summary's figures with their ids", "[cli][conventions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    const Session s = sampleSession();
    REQUIRE(writeSessionFile(s, file).isEmpty());
    const CliResult r = runCli({QStringLiteral("info"), QStringLiteral("--json"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = parsed(r).object();
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("session"));
    CHECK(o.value(QStringLiteral("school")).toString() == QStringLiteral("Sint-Jozefschool"));
    CHECK(o.value(QStringLiteral("schoolPseudonym")).toString() == QStringLiteral("School-A"));
    const QJsonArray participants = o.value(QStringLiteral("participants")).toArray();
    REQUIRE(participants.size() == 3);
    CHECK(participants.at(1).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("P2"));
    const QJsonObject partners = o.value(QStringLiteral("partners")).toObject();
    const QJsonObject totals = partners.value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("total")).toInt() == 7);
    CHECK(totals.value(QStringLiteral("placed")).toInt() == 6);
    CHECK(totals.value(QStringLiteral("unplaced")).toInt() == 1);
    CHECK(partners.value(QStringLiteral("rings")).toArray().size() ==
          static_cast<qsizetype>(s.rings.size()));
    const QJsonArray rows = partners.value(QStringLiteral("byCategory")).toArray();
    CHECK(rows.at(0).toObject().value(QStringLiteral("categoryId")).toString() ==
          s.categories.front().id);
    CHECK(o.value(QStringLiteral("links")).toObject().value(QStringLiteral("total")).toInt() == 4);
    CHECK(o.value(QStringLiteral("missingPartners")).toArray().size() == 2);
    CHECK(o.value(QStringLiteral("metaphors")).toInt() == 2);
    // Nothing but the JSON on standard output.
    CHECK(r.out.trimmed().endsWith(QLatin1Char('}')));
}

TEST_CASE("info --json of a deck lists its cards", "[cli][conventions]")
{
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    const CliResult r =
        runCliWithInput({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("-")},
                        serializeDeck(deck));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = parsed(r).object();
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("deck"));
    CHECK(o.value(QStringLiteral("id")).toString() == deck.id);
    CHECK(o.value(QStringLiteral("cards")).toArray().size() ==
          static_cast<qsizetype>(deck.cards.size()));
}

TEST_CASE("validate --json gives one verdict per file with located problems", "[cli][conventions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.nwk"));
    REQUIRE(writeSessionFile(sampleSession(), good).isEmpty());
    Session bad = sampleSession();
    bad.links.front().to = QStringLiteral("pa99");
    const QString badFile = dir.filePath(QStringLiteral("bad.nwk"));
    REQUIRE(writeText(badFile, serializeSession(bad)));
    const QString missing = dir.filePath(QStringLiteral("missing.nwk"));

    const CliResult r =
        runCli({QStringLiteral("validate"), QStringLiteral("--json"), good, badFile, missing});
    CHECK(r.exitCode == 1);
    const QJsonArray verdicts = parsed(r).array();
    REQUIRE(verdicts.size() == 3);
    CHECK(verdicts.at(0).toObject().value(QStringLiteral("valid")).toBool());
    CHECK(verdicts.at(0).toObject().value(QStringLiteral("problems")).toArray().isEmpty());
    const QJsonObject b = verdicts.at(1).toObject();
    CHECK_FALSE(b.value(QStringLiteral("valid")).toBool());
    CHECK(b.value(QStringLiteral("file")).toString() == badFile);
    const QJsonObject problem = b.value(QStringLiteral("problems")).toArray().at(0).toObject();
    CHECK(problem.value(QStringLiteral("path")).toString() == QStringLiteral("/links/0/to"));
    CHECK(problem.value(QStringLiteral("severity")).toString() == QStringLiteral("error"));
    CHECK(problem.value(QStringLiteral("message")).toString().contains(QStringLiteral("pa99")));
    const QJsonObject m = verdicts.at(2).toObject();
    CHECK(m.value(QStringLiteral("kind")).isNull());
    CHECK(m.value(QStringLiteral("problems"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .endsWith(QStringLiteral("no such file")));
}

TEST_CASE("measures --json states every share with its denominator", "[cli][conventions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(sampleSession(), file).isEmpty());
    const CliResult r = runCli({QStringLiteral("measures"), QStringLiteral("--json"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = parsed(r).object();
    CHECK(o.value(QStringLiteral("partners")).toInt() == 7);
    CHECK(o.value(QStringLiteral("links")).toInt() == 4);
    const QJsonObject unknown = o.value(QStringLiteral("formalityUnknown")).toObject();
    CHECK(unknown.value(QStringLiteral("of")).toInt() == 7);
    const int formal =
        o.value(QStringLiteral("formal")).toObject().value(QStringLiteral("count")).toInt();
    const int informal =
        o.value(QStringLiteral("informal")).toObject().value(QStringLiteral("count")).toInt();
    CHECK(formal + informal + unknown.value(QStringLiteral("count")).toInt() == 7);
    CHECK(o.value(QStringLiteral("partnerMeasures")).toArray().size() == 7);
    // An unset measure is null, never 0.
    Session empty = newSession();
    const CliResult e =
        runCliWithInput({QStringLiteral("measures"), QStringLiteral("--json"), QStringLiteral("-")},
                        serializeSession(empty));
    REQUIRE(e.exitCode == 0);
    const QJsonObject eo = parsed(e).object();
    CHECK(eo.value(QStringLiteral("densityWithSchool")).isNull());
    CHECK(eo.value(QStringLiteral("formal")).toObject().value(QStringLiteral("share")).isNull());
}

TEST_CASE("an unknown command is answered with every command", "[cli][conventions]")
{
    const CliResult r = runCli({QStringLiteral("draw")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(
        QStringLiteral("unknown command 'draw'; commands: validate, info, export, measures, "
                       "compare, archive")));
}

TEST_CASE("'wrote' messages go to standard error, results alone to standard output",
          "[cli][conventions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(sampleSession(), file).isEmpty());
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    const CliResult e = runCli({QStringLiteral("export"), file, QStringLiteral("-o"), svg});
    CHECK(e.exitCode == 0);
    CHECK(e.out.isEmpty());
    CHECK(e.err.contains(QStringLiteral("wrote %1 (SVG)").arg(svg)));

    const CliResult csv = runCli({QStringLiteral("export"), file, QStringLiteral("--out-dir"),
                                  dir.path(), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.isEmpty());
    CHECK(csv.err.contains(QStringLiteral("wrote ")));

    const CliResult pack = runCli({QStringLiteral("export"), file, QStringLiteral("--out-dir"),
                                   dir.path(), QStringLiteral("--format"), QStringLiteral("r")});
    CHECK(pack.exitCode == 0);
    CHECK(pack.out.isEmpty());
    CHECK(pack.err.contains(QStringLiteral("wrote %1 (R pack)")
                                .arg(QDir(dir.filePath(QStringLiteral("school-r")))
                                         .filePath(QStringLiteral("netwerkkaart.R")))));

    const QString table = dir.filePath(QStringLiteral("compare.csv"));
    const CliResult c =
        runCli({QStringLiteral("compare"), file, file, QStringLiteral("--csv"), table});
    CHECK(c.exitCode == 0);
    CHECK(c.err.contains(QStringLiteral("wrote %1").arg(table)));
    CHECK_FALSE(c.out.contains(QStringLiteral("rote ")));
}
