// SPDX-License-Identifier: GPL-3.0-or-later
// Tooltips show the session's text as written: a label that looks like HTML is not
// rendered as HTML (no bold, no images fetched, no text hidden in tags).
#include "marksfixture.h"

#include <catch2/catch.hpp>

#include <QTextDocument>

using namespace nwk;
using namespace nwk::test;

namespace {

/// What a tooltip shows: Qt renders text that might be rich text as HTML.
QString shownText(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

const QString kHtmlLabel = QStringLiteral("<b>Hoge</b>school <img src=\"x\"> & <i>co</i>");

} // namespace

TEST_CASE("Tooltips show labels that look like HTML exactly as written", "[tooltips]")
{
    Session s = sessionWithParticipants();
    s.partners[2].label = kHtmlLabel;
    s.partners[2].marks = {QStringLiteral("p2")};
    s.participants[1].code = QStringLiteral("<u>P2</u>");
    MissingPartner ghost;
    ghost.id = QStringLiteral("mp1");
    ghost.label = QStringLiteral("<h1>Gemeente</h1>");
    s.missingPartners = {ghost};
    REQUIRE(Qt::mightBeRichText(kHtmlLabel)); // else this test would prove nothing
    SessionFile file(s);
    DockWindow w(file.path);

    auto *tree = w.child<QTreeWidget>("priorityDock", "priorityTree");
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *item = tree->topLevelItem(0);
    CHECK(shownText(item->toolTip(0)) == kHtmlLabel);
    CHECK(shownText(item->toolTip(2)).contains(QStringLiteral("<u>P2</u>")));

    auto *table = w.child<QTableView>("missingDock", "missingTable");
    const QString tip = table->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    CHECK(shownText(tip) == QStringLiteral("<h1>Gemeente</h1>"));
    // Plain text stays plain: no markup added where none is needed.
    CHECK(table->model()->index(0, 0).data(Qt::DisplayRole).toString() ==
          QStringLiteral("<h1>Gemeente</h1>"));
}
