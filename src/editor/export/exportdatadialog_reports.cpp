// SPDX-License-Identifier: GPL-3.0-or-later
// Export Data and Report: the findings reports (HTML, PDF, ODT), the REFI-QDA project and the
// R pack.
#include "exportdatadialog.h"

#include "nwk/core/qdpx.h"
#include "nwk/core/rpack.h"
#include "nwk/editor/sessiondocument.h"
#include "nwk/render/report.h"

#include <QCheckBox>
#include <QDir>

namespace nwk {

QString ExportDataDialog::exportReportsAndPack(const QDir &dir, const QString &base,
                                               const Deck &deck, const QString &language)
{
    const Session &s = m_document->session();
    ReportOptions r;
    r.map.language = language;
    r.map.anonymise = m_anonymise->isChecked();
    r.anonymise = m_anonymise->isChecked();
    r.language = language;
    r.includeAnnotations = m_annotations->isChecked();
    using Exporter =
        QString (*)(const Session &, const Deck &, const QString &, const ReportOptions &);
    const struct {
        QCheckBox *box;
        const char *suffix;
        Exporter exporter;
    } reports[] = {{m_html, "-report.html", exportReportHtml},
                   {m_pdf, "-report.pdf", exportReportPdf},
                   {m_odt, "-report.odt", exportReportOdt}};
    for (const auto &report : reports) {
        if (!report.box->isChecked())
            continue;
        const QString file = dir.filePath(base + QLatin1String(report.suffix));
        if (QString error = report.exporter(s, deck, file, r); !error.isEmpty())
            return error;
        m_written.append(file);
    }
    DataExportOptions o;
    o.anonymise = m_anonymise->isChecked();
    o.language = language;
    o.rawCsv = m_csvRaw->isChecked();
    o.egoId = egoId();
    o.deck = &deck;
    if (m_qdpx->isChecked()) {
        const QString file = dir.filePath(base + QStringLiteral(".qdpx"));
        if (QString error = exportQdpx(s, file, o); !error.isEmpty())
            return error;
        m_written.append(file);
    }
    if (m_rPack->isChecked())
        return exportRPack(s, dir.filePath(base + QStringLiteral("-r")), o, &m_written);
    return {};
}

} // namespace nwk
