// SPDX-License-Identifier: GPL-3.0-or-later
// The R pack's script: loads the tables with base R and igraph, draws this map with
// ggplot2/ggraph (sectors, rings, colours, labels) into a PNG and a PDF, prints counts.
#include "exportcommon.h"
#include "rpack_p.h"

#include "nwk/core/anonymise.h"

namespace nwk {

namespace {

/// An R string literal: ASCII only (\u escapes), so the script reads the same in any
/// locale.
QString rString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const char32_t c : text.toUcs4()) {
        if (c == U'"' || c == U'\\')
            out += QLatin1Char('\\') + QChar(char16_t(c));
        else if (c == U'\n')
            out += QStringLiteral("\\n");
        else if (c >= 0x20 && c < 0x7f)
            out += QChar(char16_t(c));
        else if (c == 0 || c < 0x20 || c == 0x7f)
            out += QLatin1Char(' ');
        else
            out += QStringLiteral("\\U{%1}").arg(uint(c), 0, 16);
    }
    return out + QLatin1Char('"');
}

QString rVector(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << rString(item);
    return QStringLiteral("c(") + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The fixed part of the script; the generated values come before it.
const char *kScript = R"R(
# Where the tables are: next to this script (Rscript netwerkkaart.R [output folder]).
args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(script) == 1) dirname(normalizePath(script)) else getwd()
out_dir <- commandArgs(trailingOnly = TRUE)
out_dir <- if (length(out_dir) >= 1) out_dir[1] else here
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

# A text cell that a spreadsheet would take for a formula (= + - @, tab, CR first) has a
# leading "'" in the tables unless they were written raw; the data here are without it.
unneutralise <- function(x) if (csv_neutralised) sub("^'([-=+@\t\r])", "\\1", x) else x
read_table <- function(name) {
  t <- read.csv(file.path(here, name), fileEncoding = "UTF-8", encoding = "UTF-8",
                check.names = FALSE, stringsAsFactors = FALSE, na.strings = "")
  for (column in names(t)) if (is.character(t[[column]])) t[[column]] <- unneutralise(t[[column]])
  t
}
egos <- read_table("egos.csv")
alters <- read_table("alters.csv")
aaties <- read_table("aaties.csv")
egoties <- read_table("egoties.csv")
former <- read_table("former.csv")
categories <- read_table("categories.csv")
rings <- read_table("rings.csv")
timeline <- read_table("timeline.csv") # everything timed, on the session clock

# The ring as an ordered factor, innermost first, from the ring's number (1 = innermost);
# empty rings are kept as levels.
alters$ring <- factor(ring_levels[as.integer(alters$ringNumber)], levels = ring_levels,
                      ordered = TRUE)
for (column in category_columns) alters[[column]] <- as.logical(alters[[column]])

# The network of the partners (igraph): egor's alter-alter ties between them.
suppressPackageStartupMessages(library(igraph))
graph <- graph_from_data_frame(aaties[, c(".srcID", ".tgtID")], directed = FALSE,
                               vertices = alters[, c(".altID", setdiff(names(alters), ".altID"))])

cat(sprintf("partners: %d\n", nrow(alters)))
cat(sprintf("placed partners: %d\n", sum(alters$placed)))
cat(sprintf("links between partners: %d\n", ecount(graph)))
cat(sprintf("links with the school: %d\n", nrow(egoties)))
cat(sprintf("timeline events: %d\n", nrow(timeline)))
per_ring <- table(alters$ring, useNA = "no")
for (i in seq_along(per_ring))
  cat(sprintf("ring %d (%s): %d\n", i, names(per_ring)[i], per_ring[[i]]))
cat(sprintf("no ring: %d\n", sum(is.na(alters$ring))))

# The map: sectors, rings, school, links and partners at their x and y (map units,
# y upwards; angles clockwise from 12 o'clock, as on the map).
suppressPackageStartupMessages({ library(ggplot2); library(ggraph) })
polar <- function(r, a) data.frame(x = r * sin(a * pi / 180), y = r * cos(a * pi / 180))
ring_rows <- rings[rings$kind == "ring", ]
school_radius <- rings$outerRadius[rings$kind == "school"]
rim <- max(ring_rows$outerRadius)
edge <- max(rings$outerRadius)
sectors <- data.frame(x = numeric(0), y = numeric(0), category = character(0), fill = character(0))
sectors <- do.call(rbind, c(list(sectors), lapply(seq_len(nrow(categories)), function(i) {
  a <- seq(categories$sectorStart[i], categories$sectorEnd[i], length.out = 60)
  wedge <- rbind(polar(rim, a), polar(school_radius, rev(a)))
  wedge$category <- categories$category[i]
  wedge$fill <- categories$color[i]
  wedge
})))
circle <- function(r) {
  do.call(rbind, lapply(seq_along(r), function(i) cbind(polar(r[i], seq(0, 360, length.out = 181)), ring = i)))
}
mid <- (categories$sectorStart + categories$sectorEnd) / 2
wrapped <- vapply(categories$label, function(l) paste(strwrap(l, 22), collapse = "\n"), "")
sector_labels <- cbind(polar(edge * 1.06, mid), label = wrapped,
                       hjust = ifelse(abs(sin(mid * pi / 180)) < 0.3, 0.5,
                                      ifelse(sin(mid * pi / 180) > 0, 0, 1)))
ring_labels <- cbind(polar((ring_rows$innerRadius + ring_rows$outerRadius) / 2, 0),
                     label = ring_levels[seq_len(nrow(ring_rows))])
school_disc <- polar(school_radius, seq(0, 360, length.out = 91))

placed <- !is.na(alters$x) & !is.na(alters$y)
shown <- induced_subgraph(graph, which(placed))
shapes <- c(circle = 21, square = 22, diamond = 23, triangle = 24)
marker <- categories$marker[match(V(shown)$category, categories$category)]
V(shown)$shape <- ifelse(is.na(shapes[marker]), 21, shapes[marker])
V(shown)$fill <- ifelse(is.na(V(shown)$color), "#ffffff", V(shown)$color)
spokes <- alters[match(egoties$.altID, alters$.altID), c("x", "y")]
spokes <- spokes[!is.na(spokes$x), ]

base <- if (vcount(shown) > 0) ggraph(shown, layout = "manual", x = V(shown)$x, y = V(shown)$y) else ggplot()
plot <- base +
  geom_polygon(data = sectors, aes(x, y, group = category, fill = fill),
               alpha = 0.18, colour = NA, inherit.aes = FALSE) +
  geom_path(data = circle(ring_rows$outerRadius), aes(x, y, group = ring),
            colour = "grey55", linetype = "dashed", inherit.aes = FALSE) +
  geom_path(data = circle(edge), aes(x, y, group = ring), colour = "grey35",
            inherit.aes = FALSE) +
  geom_segment(data = cbind(polar(school_radius, categories$sectorStart),
                            setNames(polar(rim, categories$sectorStart), c("xend", "yend"))),
               aes(x, y, xend = xend, yend = yend), colour = "grey55", inherit.aes = FALSE)
if (nrow(spokes) > 0)
  plot <- plot + geom_segment(data = spokes, aes(x = 0, y = 0, xend = x, yend = y),
                              colour = "grey40", linewidth = 0.3, inherit.aes = FALSE)
if (ecount(shown) > 0) plot <- plot + geom_edge_link(colour = "grey25", width = 0.5)
plot <- plot +
  geom_polygon(data = school_disc, aes(x, y), fill = "black", inherit.aes = FALSE) +
  annotate("text", x = 0, y = 0, label = egos$school[1], colour = "white", size = 3.2,
           fontface = "bold") +
  geom_text(data = ring_labels, aes(x, y, label = label), size = 2.6, colour = "grey30",
            inherit.aes = FALSE) +
  geom_text(data = sector_labels, aes(x, y, label = label, hjust = hjust), size = 3.4,
            fontface = "bold", lineheight = 0.9, inherit.aes = FALSE) +
  scale_fill_identity() +
  scale_shape_identity()
if (vcount(shown) > 0)
  plot <- plot + geom_node_point(aes(shape = shape, fill = fill), size = 3.2, colour = "grey10") +
    geom_node_text(aes(label = label), size = 2.4, repel = TRUE, max.overlaps = Inf)
plot <- plot +
  coord_fixed(xlim = c(-edge, edge) * 1.35, ylim = c(-edge, edge) * 1.2) +
  ggtitle(map_title) +
  theme_void()

png_file <- file.path(out_dir, "netwerkkaart.png")
pdf_file <- file.path(out_dir, "netwerkkaart.pdf")
# ggraph 2.1's edges use ggplot2's old `size` for lines; its deprecation note is not ours.
quietly <- function(expr) withCallingHandlers(expr, warning = function(w)
  if (grepl("linewidth", conditionMessage(w))) invokeRestart("muffleWarning"))
quietly(ggsave(png_file, plot, width = 10, height = 10, dpi = 120, bg = "white"))
quietly(ggsave(pdf_file, plot, width = 10, height = 10,
               device = if (capabilities("cairo")) cairo_pdf else "pdf"))
cat(sprintf("plot: %s\n", png_file))
cat(sprintf("plot: %s\n", pdf_file))
)R";

} // namespace

QByteArray rPackScript(const Session &session, const DataExportOptions &o)
{
    using namespace dataexport;
    const Session s = sessionForExport(session, o.anonymise);
    QString title = schoolName(s, o.anonymise);
    if (!s.meta.date.isEmpty())
        title += QStringLiteral(", ") + s.meta.date;
    QString head =
        QStringLiteral("# Netwerkkaart: the map of %1 as R tables (generated; docs/exports.md).\n"
                       "# Needs R with igraph, ggplot2 and ggraph (Debian: r-base-core,\n"
                       "# r-cran-igraph, r-cran-ggraph). Run: Rscript netwerkkaart.R [folder]\n\n")
            .arg(rString(title));
    head += QStringLiteral("map_title <- %1\n").arg(rString(title));
    head += QStringLiteral("ring_levels <- %1\n").arg(rVector(rRingLevels(s, o.language)));
    head += QStringLiteral("category_columns <- %1\n").arg(rVector(rCategoryColumns(s)));
    head += QStringLiteral("csv_neutralised <- %1\n")
                .arg(o.rawCsv ? QStringLiteral("FALSE") : QStringLiteral("TRUE"));
    return (head + QString::fromUtf8(kScript)).toUtf8();
}

} // namespace nwk
