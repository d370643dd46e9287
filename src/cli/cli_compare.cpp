// SPDX-License-Identifier: GPL-3.0-or-later
// `netwerkkaart-cli measures FILE` and `netwerkkaart-cli compare FILE... [--csv OUT]`:
// the network measures of one session, and several sessions side by side
// (definitions: docs/measures.md).
#include "cli.h"
#include "clijson.h"
#include "texttable.h"

#include "nwk/core/comparison.h"
#include "nwk/core/measures.h"

#include <QCommandLineParser>
#include <QDir>

namespace nwk::cli {

namespace {

/// "2 (67%)": a count and its share of all partners.
QString withShare(int part, int whole)
{
    const auto fraction = share(part, whole);
    if (!fraction)
        return QString::number(part);
    return QStringLiteral("%1 (%2%)").arg(part).arg(qRound(*fraction * 100.0));
}

/// Marks (ranked), votes without names, and the researchers' inferences apart.
void printPriority(const Measures &m)
{
    printOut(QString());
    if (m.priority.empty()) {
        printOut(QStringLiteral("Priority: no partner has marks"));
    } else {
        printOut(QStringLiteral("Priority"));
        TextTable priority(
            {QStringLiteral("Rank"), QStringLiteral("Partner"), QStringLiteral("Marks")});
        priority.setRightAligned(0);
        priority.setRightAligned(2);
        for (const auto &r : m.priority)
            priority.addRow({QString::number(r.rank), r.label, QString::number(r.marks)});
        printTable(priority);
    }
    if (!m.voted.empty()) {
        printOut(QString());
        printOut(QStringLiteral("Votes (voters not named)"));
        QStringList header{QStringLiteral("Partner"), QStringLiteral("Count")};
        for (std::size_t g = 0; g < enumCount<RoleGroup>(); ++g) {
            const std::string_view name = EnumNames<RoleGroup>::names[g];
            header << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        }
        header << QStringLiteral("Total") << QStringLiteral("As said");
        TextTable votes(header);
        for (const auto &v : m.voted) {
            QStringList cells{v.label, v.voteCount < 0 ? formatMeasure(std::nullopt)
                                                       : QString::number(v.voteCount)};
            for (int n : v.byRoleGroup)
                cells << QString::number(n);
            cells << QString::number(v.votes) << v.voteText;
            votes.addRow(cells);
        }
        printTable(votes);
    }
    if (!m.inferred.empty()) {
        printOut(QString());
        printOut(QStringLiteral("Researcher-inferred priorities (not counted above)"));
        TextTable inferred(
            {QStringLiteral("Partner"), QStringLiteral("Marks"), QStringLiteral("Votes")});
        for (const auto &r : m.inferred)
            inferred.addRow({r.label, QString::number(r.marks), QString::number(r.votes)});
        printTable(inferred);
    }
}

void printMeasures(const QString &fileName, const Session &s)
{
    const Measures m = computeMeasures(s);
    printOut(QStringLiteral("File:    %1").arg(inputName(fileName)));
    printOut(QStringLiteral("School:  %1").arg(sessionColumnName(s, fileName)));
    printOut(QString());
    TextTable global({QStringLiteral("Measure"), QStringLiteral("Value")});
    const auto row = [&](const QString &name, const QString &value) {
        global.addRow({name, value});
    };
    row(QStringLiteral("Partners"),
        QStringLiteral("%1 (%2 placed)").arg(m.partners).arg(m.placedPartners));
    row(QStringLiteral("Distance not discussed"), QStringLiteral("%1 of %2 placed (in no ring)")
                                                      .arg(m.distanceNotDiscussed)
                                                      .arg(m.placedPartners));
    row(QStringLiteral("On or in the school"), QString::number(m.onOrInSchool));
    row(QStringLiteral("Mean distance (stated)"), formatMeasure(m.meanDistance));
    row(QStringLiteral("No category yet (neutral zone)"), QString::number(m.neutralZone));
    row(QStringLiteral("Disputed"), QString::number(m.disputed));
    row(QStringLiteral("Marks (participants)"), QString::number(m.marks));
    row(QStringLiteral("Votes (voters not named)"), QString::number(m.votes));
    row(QStringLiteral("Researcher-inferred priorities"), QString::number(m.inferred.size()));
    row(QStringLiteral("Links"), QString::number(m.links));
    row(QStringLiteral("Partner-partner ties"), QString::number(m.partnerTies));
    row(QStringLiteral("Partners linked to the school"), QString::number(m.schoolLinks));
    row(QStringLiteral("Formal"), withShare(m.formal, m.partners));
    row(QStringLiteral("Informal"), withShare(m.informal, m.partners));
    row(QStringLiteral("Formality unknown"), withShare(m.unknownFormality, m.partners));
    row(QStringLiteral("Internal"), withShare(m.internal, m.partners));
    row(QStringLiteral("External"), withShare(m.external, m.partners));
    row(QStringLiteral("Internal and external"), withShare(m.bothScopes, m.partners));
    row(QStringLiteral("Density (with school)"), formatMeasure(m.densityWithSchool));
    row(QStringLiteral("Density (without school)"), formatMeasure(m.densityWithoutSchool));
    row(QStringLiteral("Isolates"), QString::number(m.isolates));
    row(QStringLiteral("Components (with school)"), QString::number(m.componentsWithSchool));
    row(QStringLiteral("Components (without school)"), QString::number(m.componentsWithoutSchool));
    row(QStringLiteral("School effective size"), formatMeasure(m.school.effectiveSize));
    row(QStringLiteral("School constraint"), formatMeasure(m.school.constraint));
    printTable(global);

    printOut(QString());
    printOut(QStringLiteral("Per category"));
    TextTable categories({QStringLiteral("Category"), QStringLiteral("Partners"),
                          QStringLiteral("Links"), QStringLiteral("Formal"),
                          QStringLiteral("Informal"), QStringLiteral("Internal"),
                          QStringLiteral("External"), QStringLiteral("Marks")});
    for (int i = 1; i < 8; ++i)
        categories.setRightAligned(i);
    for (const auto &c : m.categories)
        categories.addRow({c.label, QString::number(c.partners), QString::number(c.links),
                           QString::number(c.formal), QString::number(c.informal),
                           QString::number(c.internal), QString::number(c.external),
                           QString::number(c.marks)});
    printTable(categories);

    printOut(QString());
    printOut(QStringLiteral("Per ring"));
    TextTable rings({QStringLiteral("Ring"), QStringLiteral("Partners"), QStringLiteral("Links")});
    rings.setRightAligned(1);
    rings.setRightAligned(2);
    for (const auto &r : m.rings)
        rings.addRow({r.label, QString::number(r.partners), QString::number(r.links)});
    printTable(rings);
    printOut(QStringLiteral("Distance not discussed: %1 of %2 placed (in no ring)")
                 .arg(m.distanceNotDiscussed)
                 .arg(m.placedPartners));

    printOut(QString());
    printOut(QStringLiteral("Partners"));
    TextTable partners({QStringLiteral("Partner"), QStringLiteral("Degree"),
                        QStringLiteral("Effective size"), QStringLiteral("Constraint"),
                        QStringLiteral("Marks")});
    for (int i = 1; i < 5; ++i)
        partners.setRightAligned(i);
    for (const auto &p : m.partnerMeasures)
        partners.addRow({p.label, QString::number(p.degree),
                         formatMeasure(p.brokerage.effectiveSize),
                         formatMeasure(p.brokerage.constraint), QString::number(p.marks)});
    printTable(partners);

    printPriority(m);
}

/// The comparison as text tables on standard output.
void printComparison(const ComparisonTable &table)
{
    TextTable text(table.header());
    for (int i = 2; i < static_cast<int>(table.header().size()); ++i)
        text.setRightAligned(i);
    for (const auto &row : table.measureCells())
        text.addRow(row);
    printTable(text);

    if (!printSection(QStringLiteral("Recurring partners"), table.recurring.size()))
        return;
    printOut(QStringLiteral("Matched labels per school; the CSV has them as \"Recurring partner\" "
                            "rows."));
    TextTable recurring(QStringList{QStringLiteral("Partner"), QStringLiteral("Schools")} +
                        table.schools);
    recurring.setRightAligned(1);
    for (const auto &r : table.recurring) {
        // Internal actors are matched apart: "Ouders (internal)" is not "Ouders".
        QStringList cells{r.internal ? QStringLiteral("%1 (internal)").arg(r.label) : r.label,
                          QString::number(r.schools)};
        for (const auto &labels : r.labels)
            cells << (labels.isEmpty() ? formatMeasure(std::nullopt)
                                       : labels.join(QStringLiteral("; ")));
        recurring.addRow(cells);
    }
    printTable(recurring);
}

} // namespace

int runMeasures(const QStringList &arguments)
{
    const QString command = QStringLiteral("measures");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the network measures of a session: counts per category and "
                       "ring, shares,\ndensity, isolates, components, brokerage, priority "
                       "(see docs/measures.md). \"-\" reads standard input."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the measures as JSON."));
    parser.addOption(json);
    QString file;
    if (const auto done =
            parseOneFileCommand(parser, command, arguments, QStringLiteral("session file"), file))
        return *done;
    const auto session = loadSession(file);
    if (!session)
        return ExitFailure;
    if (parser.isSet(json))
        printJson(measuresJson(file, *session));
    else
        printMeasures(file, *session);
    return ExitOk;
}

namespace {

/// Why the CSV may not be written (checked before anything is read: `compare --csv a.nwk
/// b.nwk` must not eat a.nwk); printed. False when it is refused.
bool csvMayBeWritten(const QString &csvFile, QStringList inputs,
                     const std::optional<QString> &synonymsFile, bool force)
{
    if (synonymsFile)
        inputs << *synonymsFile;
    const QString refusal = outputRefusal(csvFile, inputs, force);
    if (refusal.isEmpty())
        return true;
    printErr(refusal);
    printErr(QStringLiteral("nothing compared"));
    return false;
}

/// The built-in synonyms, or those of `fileName` when given; nullopt (reported) when that
/// file cannot be read.
std::optional<SynonymList> readSynonyms(const std::optional<QString> &fileName)
{
    if (!fileName)
        return defaultSynonyms();
    const SynonymsReadResult read = readSynonymsFile(*fileName);
    for (const auto &d : read.diagnostics)
        printErr(locatedMessage(*fileName, d));
    return read.synonyms;
}

/// Every session, named for its column; nullopt when any cannot be loaded (each reported).
std::optional<std::vector<NamedSession>> loadSessions(const QStringList &files)
{
    std::vector<NamedSession> sessions;
    bool failed = false;
    for (const auto &file : files) {
        auto session = loadSession(file);
        if (!session) {
            failed = true;
            continue;
        }
        sessions.push_back({sessionColumnName(*session, file), std::move(*session)});
    }
    if (failed)
        return std::nullopt;
    return sessions;
}

/// Writes the CSV to `out` (a file or standard output); false (reported) when it fails.
bool writeComparisonCsv(const QString &out, const ComparisonTable &table, bool raw)
{
    const QString error = deliverOutput(out, comparisonCsv(table, raw));
    if (!error.isEmpty()) {
        printErr(error);
        return false;
    }
    printErr(QStringLiteral("wrote %1")
                 .arg(isStandardOutput(out) ? QStringLiteral("standard output")
                                            : QDir::toNativeSeparators(out)));
    return true;
}

} // namespace

int runCompare(const QStringList &arguments)
{
    const QString command = QStringLiteral("compare");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compares sessions: a row per category and measure, a column per "
                       "school, then the\npartners that recur across schools (labels "
                       "matched ignoring case, spaces, punctuation\nand accents, and by "
                       "synonyms)."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Also write the table as CSV (RFC 4180) to OUT."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption synonyms(
        QStringLiteral("synonyms"),
        QStringLiteral("Synonyms file (docs/file-format.md); default: the built-in list."),
        QStringLiteral("FILE"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QStringLiteral("Write the CSV even over an input file, a Netwerkkaart session or a file "
                       "named .nwk (refused otherwise)."));
    const QCommandLineOption csvRaw(
        QStringList{QStringLiteral("csv-raw"), QStringLiteral("raw-csv")},
        QStringLiteral("Write the CSV's cells as they are: no leading ' before school names and "
                       "labels that start with = + - @ (see docs/exports.md)."));
    parser.addOptions({csv, csvRaw, synonyms, force});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Two or more sessions (.nwk)."),
                                 QStringLiteral("FILE..."));
    if (const auto done = parseCommand(parser, command, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2)
        return usageError(command, QStringLiteral("give at least two session files"));
    if (parser.isSet(csv) && parser.value(csv).isEmpty())
        return usageError(command, QStringLiteral("--csv needs a file name"));
    const std::optional<QString> synonymsFile =
        parser.isSet(synonyms) ? std::optional(parser.value(synonyms)) : std::nullopt;
    if (parser.isSet(csv) &&
        !csvMayBeWritten(parser.value(csv), files, synonymsFile, parser.isSet(force)))
        return ExitFailure;
    const std::optional<SynonymList> list = readSynonyms(synonymsFile);
    if (!list)
        return ExitFailure;
    const std::optional<std::vector<NamedSession>> sessions = loadSessions(files);
    if (!sessions)
        return ExitFailure;
    const ComparisonTable table = compareSessions(*sessions, *list);
    // With --csv -, standard output carries the CSV alone.
    if (!(parser.isSet(csv) && isStandardOutput(parser.value(csv))))
        printComparison(table);

    if (parser.isSet(csv) && !writeComparisonCsv(parser.value(csv), table, parser.isSet(csvRaw)))
        return ExitFailure;
    return ExitOk;
}

} // namespace nwk::cli
