// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report as an editable OpenDocument text: the HTML the PDF lays out (same
// sections, partner lists and quotes), read into a QTextDocument with the map as a
// picture, written by QTextDocumentWriter ("odf").
#include "report_p.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"
#include "nwk/render/exporters.h"

#include "nwk/core/zipwriter.h"
#include "pdfoutput.h"
#include "render_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace nwk {

namespace {

const char *kOdtCss = R"(
p.subtitle { font-size: 12pt; color: #555555; }
p.question { font-style: italic; color: #444444; }
p.muted, span.muted, span.role, span.time, p.caption { color: #666666; }
blockquote { margin-left: 22px; font-style: italic; }
span.role, span.time { font-style: normal; }
th { background-color: #eeeeee; }
)";

/// The picture's name inside the document (QTextDocument resource, Pictures/ in the .odt).
const QString kMapPicture = QStringLiteral("netwerkkaart-map.png");
constexpr int kMapWidthPx = 1600; ///< the picture's pixels
constexpr int kMapShownPx = 640;  ///< its width on the page (about 17 cm)

QString msg(const char *text)
{
    return QCoreApplication::translate("nwk::export", text);
}

/// The map as a picture, as the map exports draw it for this report.
QImage mapPicture(const Session &s, const ReportOptions &o)
{
    ImageExportOptions io;
    io.render = o.map;
    io.render.language = o.language;
    io.render.anonymise = o.anonymise;
    io.widthPx = kMapWidthPx;
    return renderMapImage(s, io);
}

/// The outline level of each paragraph style that Qt's ODF writer gives the document's
/// headings ("p<block format index>").
QHash<QByteArray, int> headingStyles(const QTextDocument &doc)
{
    QHash<QByteArray, int> levels;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (const int level = b.blockFormat().headingLevel(); level > 0)
            levels.insert("p" + QByteArray::number(b.blockFormatIndex()), level);
    return levels;
}

/// content.xml with the headings' paragraphs as headings: Qt's writer makes every block a
/// <text:p>, so LibreOffice's navigator and Word's outline would see no headings.
QByteArray withHeadings(const QByteArray &content, const QHash<QByteArray, int> &levels)
{
    static const QByteArray open = "<text:p text:style-name=\"";
    QByteArray out;
    out.reserve(content.size() + 1024);
    qsizetype pos = 0;
    for (qsizetype at = content.indexOf(open); at >= 0; at = content.indexOf(open, pos)) {
        const qsizetype nameEnd = content.indexOf('"', at + open.size());
        const qsizetype tagEnd = content.indexOf('>', at);
        const int level = levels.value(content.mid(at + open.size(), nameEnd - at - open.size()));
        const qsizetype close = content.indexOf("</text:p>", tagEnd);
        if (level <= 0 || nameEnd < 0 || tagEnd < 0 || content.at(tagEnd - 1) == '/' || close < 0) {
            out += content.mid(pos, at + open.size() - pos);
            pos = at + open.size();
            continue;
        }
        out += content.mid(pos, at - pos);
        out += "<text:h text:outline-level=\"" + QByteArray::number(level) + "\"";
        out += content.mid(at + 7, close - at - 7); // from " text:style-name" on
        out += "</text:h>";
        pos = close + 9;
    }
    out += content.mid(pos);
    return out;
}

/// The document as ODT bytes: Qt's ODF writer, then real headings; empty on failure.
QByteArray odtBytes(QTextDocument &doc)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    // Qt's writer lists the styles in the order of a QSet: a fixed hash seed keeps the
    // bytes the same from run to run.
    const detail::StablePdfScope stable;
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc))
        return {};
    buffer.close();
    const auto entries = readZipArchive(data);
    if (!entries)
        return {};
    // The same entries, content.xml with headings; "mimetype" first and stored, as ODF
    // wants; every entry dated 1980-01-01, so the same report gives the same bytes.
    ZipWriter zip;
    for (const ZipEntry &e : *entries) {
        const bool mimetype = e.name == QLatin1String("mimetype");
        const QByteArray bytes = e.name == QLatin1String("content.xml")
                                     ? withHeadings(e.data, headingStyles(doc))
                                     : e.data;
        if (!zip.addFile(e.name, bytes,
                         mimetype ? ZipWriter::Method::Store : ZipWriter::Method::Deflate)
                 .isEmpty())
            return {};
    }
    return zip.archive();
}

} // namespace

QString exportReportOdt(const Session &session, const Deck &deck, const QString &fileName,
                        const ReportOptions &o)
{
    const QString refused = report::refuseAnonymised(session, fileName, o);
    if (!refused.isEmpty())
        return refused;
    // Everything the report shows comes from this copy (names replaced when anonymising).
    const Session s = sessionForExport(session, o.anonymise);
    report::Context c = report::makeContext(s, deck, o, true);

    QTextDocument doc;
    const QImage map = mapPicture(s, o);
    if (!map.isNull()) {
        doc.addResource(QTextDocument::ImageResource, QUrl(kMapPicture), map);
        const int height = map.height() * kMapShownPx / std::max(1, map.width());
        c.figureHtml =
            QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" /></p>\n"
                           "<p class=\"caption\">%4</p>\n")
                .arg(kMapPicture)
                .arg(kMapShownPx)
                .arg(height)
                .arg(report::esc(
                    c.t(report::Text::MapFigure).arg(detail::schoolDisplayName(s, c.names))));
    }
    const QString title = c.t(report::Text::DocumentTitle) + QStringLiteral(": ") +
                          detail::schoolDisplayName(s, c.names);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.setDefaultStyleSheet(QString::fromUtf8(kOdtCss));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(report::reportBody(c)));

    const QByteArray data = odtBytes(doc);
    if (data.isEmpty())
        return msg("Cannot write %1: the ODT could not be made").arg(fileName);
    return writeFileAtomically(fileName, data);
}

} // namespace nwk
