// SPDX-License-Identifier: GPL-3.0-or-later
// The data exports read by the tools researchers use (issue #22): networkx and R igraph
// read GraphML link directions through fromId/toId, R's read.csv reads the booleans as
// logical, two schools' CSVs stacked with rbind keep their egos and alters apart, and
// the documented R splitter gives back list items that hold ';'. The scripts are the ones
// docs/exports.md shows.
#include "dataexportfixture.h"
#include "externalreader.h"

#include "nwk/core/dataexport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::testdata;
using nwk::test::ReaderRun;
using nwk::test::runReader;

namespace {

/// The fixture with a one-way link from a partner to the school (li4: pa1 -> school),
/// which readers of undirected graphs return with its ends swapped.
Session sessionWithLinkToSchool()
{
    Session s = dataExportSession();
    Link l;
    l.id = QStringLiteral("li4");
    l.from = QStringLiteral("pa1");
    l.to = QStringLiteral("school");
    l.kind = LinkKind::RefersTo;
    l.direction = LinkDirection::OneWay;
    l.label = QStringLiteral("meldt leerlingen aan");
    s.links.push_back(l);
    return s;
}

void checkRun(const ReaderRun &run, const QString &expectedOut)
{
    INFO("stderr: " << run.err.toStdString());
    INFO("stdout: " << run.out.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == expectedOut);
}

} // namespace

TEST_CASE("networkx reads a one-way link to the school with its ends as drawn",
          "[dataexport][graphml][networkx][interop]")
{
    const QString python = nwk::test::python3WithNetworkx();
    if (python.isEmpty()) {
        NWK_SKIP("python3 with networkx (Debian: python3-networkx) is not available");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bao1.graphml"));
    REQUIRE(exportGraphml(sessionWithLinkToSchool(), file, {}).isEmpty());
    // The check, then the directed graph as docs/exports.md builds it.
    const QString script = QStringLiteral(R"(
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
# Parallel links (li1, li4) make it a MultiGraph, whose edge keys are the link ids.
assert g.is_multigraph()
(u, v, link), = [(u, v, d) for u, v, k, d in g.edges(keys=True, data=True) if k == 'li4']
assert link['direction'] == 'one-way'
assert (link['fromId'], link['toId']) == ('pa1', 'school'), (link['fromId'], link['toId'])

dg = nx.MultiDiGraph()
dg.add_nodes_from(g.nodes(data=True))
for u, v, d in g.edges(data=True):
    if d['type'] != 'link':
        continue
    dg.add_edge(d['fromId'], d['toId'], **d)
    if d['direction'] != 'one-way':
        dg.add_edge(d['toId'], d['fromId'], **d)
# li1 (no direction) both ways, li4 (one-way) from pa1 only
assert dg.number_of_edges('pa1', 'school') == 2 and dg.number_of_edges('school', 'pa1') == 1
assert dg.has_edge('pa1', 'pa3') and not dg.has_edge('pa3', 'pa1')
assert dg.has_edge('pa2', 'school') and dg.has_edge('school', 'pa2')
print('from', link['fromId'], 'to', link['toId'], dg.number_of_edges())
)");
    checkRun(runReader(python, QDir(dir.path()), QStringLiteral("direction.py"), script, {file}),
             QStringLiteral("from pa1 to school 6"));
}

TEST_CASE("R igraph reads a one-way link to the school with its ends as drawn",
          "[dataexport][graphml][igraph][interop]")
{
    const QString rscript = nwk::test::rscriptWithIgraph();
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript with igraph (Debian: r-base-core, r-cran-igraph) is not available");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bao1.graphml"));
    REQUIRE(exportGraphml(sessionWithLinkToSchool(), file, {}).isEmpty());
    const QString script = QStringLiteral(R"(
suppressMessages(library(igraph))
g <- read_graph(commandArgs(trailingOnly = TRUE)[1], format = "graphml")
e <- E(g)[E(g)$label %in% "meldt leerlingen aan"]
stopifnot(length(e) == 1, e$direction == "one-way")

links <- data.frame(from = E(g)$fromId, to = E(g)$toId, direction = E(g)$direction,
                    type = E(g)$type)
links <- links[links$type == "link", ]
back <- links[links$direction != "one-way", ]
back[, c("from", "to")] <- back[, c("to", "from")]
d <- graph_from_data_frame(rbind(links, back), vertices = data.frame(name = V(g)$id))
# li1 (no direction) both ways, li4 (one-way) from pa1 only
ends <- as_edgelist(d)
stopifnot(sum(ends[, 1] == "pa1" & ends[, 2] == "school") == 2)
stopifnot(sum(ends[, 1] == "school" & ends[, 2] == "pa1") == 1)
stopifnot(are_adjacent(d, "pa1", "pa3"), !are_adjacent(d, "pa3", "pa1"))
stopifnot(are_adjacent(d, "pa2", "school"), are_adjacent(d, "school", "pa2"))
cat("from", e$fromId, "to", e$toId, ecount(d), "\n")
)");
    checkRun(runReader(rscript, QDir(dir.path()), QStringLiteral("direction.R"), script, {file}),
             QStringLiteral("from pa1 to school 6"));
}

TEST_CASE("R read.csv reads the CSV booleans as logical", "[dataexport][csv][R][interop]")
{
    const QString rscript = nwk::test::rscriptWithIgraph();
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript (Debian: r-base-core, r-cran-igraph) is not available");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DataExportOptions o;
    o.anonymise = true;
    REQUIRE(exportCsv(dataExportSession(), dir.path(), QStringLiteral("bao1"), o).isEmpty());
    const QString script = QStringLiteral(R"(
p <- read.csv("bao1-partners.csv", encoding = "UTF-8")
e <- read.csv("bao1-ego.csv", encoding = "UTF-8")
stopifnot(is.logical(p$placed), is.logical(p$disputed), is.logical(e$anonymised))
stopifnot(identical(p$placed, c(TRUE, TRUE, TRUE, FALSE)))
stopifnot(identical(p$disputed, c(FALSE, TRUE, FALSE, FALSE)), isTRUE(e$anonymised))
cat("logical", sum(p$placed), sum(p$disputed), "\n")
)");
    checkRun(runReader(rscript, QDir(dir.path()), QStringLiteral("booleans.R"), script, {}),
             QStringLiteral("logical 3 1"));
}

TEST_CASE("Two schools' CSV tables stacked in R keep their egos and alters apart",
          "[dataexport][csv][R][interop][ego]")
{
    const QString rscript = nwk::test::rscriptWithIgraph();
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript (Debian: r-base-core, r-cran-igraph) is not available");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Two schools with the same partner ids (pa1 ... pa4), as every session has.
    Session a = dataExportSession();
    Session b = dataExportSession();
    b.meta.schoolName = QStringLiteral("De Regenboog");
    b.meta.schoolPseudonym = QStringLiteral("School-B");
    b.partners[0].label = QStringLiteral("CLB Noord");
    DataExportOptions o;
    o.anonymise = true;
    REQUIRE(exportCsv(a, dir.path(), QStringLiteral("a"), o).isEmpty());
    REQUIRE(exportCsv(b, dir.path(), QStringLiteral("b"), o).isEmpty());
    const QString script = QStringLiteral(R"(
stack <- function(table) rbind(read.csv(paste0("a-", table, ".csv"), encoding = "UTF-8"),
                               read.csv(paste0("b-", table, ".csv"), encoding = "UTF-8"))
ego <- stack("ego"); partners <- stack("partners"); links <- stack("links")
ties <- stack("school-links"); marks <- stack("marks")
stopifnot(!anyDuplicated(ego$egoID), setequal(ego$egoID, c("School-A", "School-B")))
stopifnot(!anyDuplicated(partners$alterUid), anyDuplicated(partners$alterID) > 0)
stopifnot(all(partners$alterUid == paste0(partners$egoID, ":", partners$alterID)))
# Joined on the unique ids, every link meets its own school's partners only.
m <- merge(links, partners, by.x = "sourceUid", by.y = "alterUid")
stopifnot(nrow(m) == nrow(links), all(m$egoID.x == m$egoID.y))
stopifnot(identical(sort(m$label.y), c("CLB", "CLB Noord")))
mk <- merge(marks, partners, by = "alterUid")
stopifnot(nrow(mk) == nrow(marks), all(mk$egoID.x == mk$egoID.y))
t <- merge(ties, partners, by.x = "targetUid", by.y = "alterUid")
stopifnot(all(t$egoID.x == t$egoID.y))
# The old ids alone mix the schools: each link meets both schools' pa1.
naive <- merge(links, partners, by.x = "Source", by.y = "alterID")
cat(nrow(ego), nrow(partners), nrow(m), nrow(naive), "\n")
)");
    checkRun(runReader(rscript, QDir(dir.path()), QStringLiteral("stack.R"), script, {}),
             QStringLiteral("2 8 2 4"));
}

TEST_CASE("The documented R splitter gives back list items that hold a semicolon",
          "[dataexport][csv][R][interop][lists]")
{
    const QString rscript = nwk::test::rscriptWithIgraph();
    if (rscript.isEmpty()) {
        NWK_SKIP("Rscript (Debian: r-base-core, r-cran-igraph) is not available");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s = dataExportSession();
    s.participants[0].role = QStringLiteral("leerkracht; ICT"); // pp1, teacher
    s.participants[1].role = QStringLiteral("zorg\\team");      // a backslash too
    DataExportOptions o;
    o.anonymise = true; // participants under their role
    REQUIRE(exportCsv(s, dir.path(), QStringLiteral("bao1"), o).isEmpty());
    // split_list as docs/exports.md gives it.
    const QString script = QStringLiteral(R"(
split_list <- function(x) {
  x <- gsub("\\\\\\\\", "\001", x)  # an escaped backslash
  x <- gsub("\\\\;", "\002", x)     # an escaped ;
  lapply(strsplit(x, ";", fixed = TRUE), function(v) chartr("\001\002", "\\;", v))
}
p <- read.csv("bao1-partners.csv", encoding = "UTF-8")
by <- split_list(p$markedBy)[[1]]
groups <- split_list(p$markedByRoleGroups)[[1]]
stopifnot(identical(by, c("leerkracht; ICT", "zorg\\team")))
stopifnot(identical(groups, c("teacher", "care")))
items <- read.csv("bao1-list-items.csv", encoding = "UTF-8")
long <- items[items$table == "partners" & items$rowId == "pa1" & items$column == "markedBy", ]
stopifnot(identical(long$value[order(long$position)], by))
cat(length(by), length(groups), nrow(long), "\n")
)");
    checkRun(runReader(rscript, QDir(dir.path()), QStringLiteral("lists.R"), script, {}),
             QStringLiteral("2 2 2"));
}

TEST_CASE("The documented Python splitter gives back list items that hold a semicolon",
          "[dataexport][csv][python][interop][lists]")
{
    const QString python = nwk::test::python3WithNetworkx();
    if (python.isEmpty()) {
        NWK_SKIP("python3 (Debian: python3, python3-networkx) is not available");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s = dataExportSession();
    s.participants[0].role = QStringLiteral("leerkracht; ICT");
    s.participants[1].role = QStringLiteral("zorg\\team");
    DataExportOptions o;
    o.anonymise = true;
    REQUIRE(exportCsv(s, dir.path(), QStringLiteral("bao1"), o).isEmpty());
    // split_list as docs/exports.md gives it, on the rows of Python's csv reader.
    const QString script = QStringLiteral(R"(
import csv

def split_list(cell):
    if not isinstance(cell, str) or cell == "":
        return []
    cell = cell.replace("\\\\", "\x01").replace("\\;", "\x02")
    return [i.replace("\x02", ";").replace("\x01", "\\") for i in cell.split(";")]

with open("bao1-partners.csv", encoding="utf-8", newline="") as f:
    rows = {r["alterID"]: r for r in csv.DictReader(f)}
by = split_list(rows["pa1"]["markedBy"])
groups = split_list(rows["pa1"]["markedByRoleGroups"])
assert by == ["leerkracht; ICT", "zorg\\team"], by
assert groups == ["teacher", "care"], groups
assert split_list(rows["pa4"]["markedBy"]) == []
print(len(by), len(groups))
)");
    checkRun(runReader(python, QDir(dir.path()), QStringLiteral("lists.py"), script, {}),
             QStringLiteral("2 2"));
}
