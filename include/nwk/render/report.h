// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report: one self-contained HTML document (map inline as SVG) and a
// vector PDF (A4 portrait: the map on page 1, then the text), structured as the study's
// findings documents. Which card feeds which section comes from the deck
// (DeckCard::reportSection, Deck::reportSections). Quotes carry roles, never names.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/core/session.h"
#include "nwk/render/mappainter.h"

#include <QString>

namespace nwk {

struct ReportOptions {
    RenderOptions map;                       ///< how the map is drawn
    bool anonymise = false;                  ///< pseudonyms and roles; refuses without pseudonyms
    QString language = QStringLiteral("nl"); ///< fixed texts: "nl" or "en"
    bool includeAnnotations = false;         ///< add the researcher's annotations section
};

/// The whole HTML document (UTF-8, inline CSS and SVG, no external references).
/// Does not check anonymisation problems: exportReportHtml/exportReportPdf do.
QString reportHtml(const Session &s, const Deck &deck, const ReportOptions &o);

/// Each returns an empty string on success, or a message naming the file and the
/// problem (e.g. each missing pseudonym when anonymising). Files are written atomically.
QString exportReportHtml(const Session &s, const Deck &deck, const QString &fileName,
                         const ReportOptions &o);
QString exportReportPdf(const Session &s, const Deck &deck, const QString &fileName,
                        const ReportOptions &o);
/// The report as an OpenDocument text (.odt, QTextDocumentWriter) to edit in LibreOffice
/// or Word: the PDF's text with real headings, the map as a picture after the profile.
QString exportReportOdt(const Session &s, const Deck &deck, const QString &fileName,
                        const ReportOptions &o);

} // namespace nwk
