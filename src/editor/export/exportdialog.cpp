// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "exportmemory.h"

#include "nwk/core/filekind.h"

#include "context/editorcontext.h"

#include "nwk/editor/sessiondocument.h"
#include "nwk/render/exporters.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

namespace {

const QStringList kSuffixes = {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")};

QString key(const char *name)
{
    return QStringLiteral("export/map/") + QLatin1String(name);
}

QCheckBox *checkBox(const QString &text, const char *objectName, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1String(objectName));
    return box;
}

/// The "Show" check boxes: the option each one sets, its settings key ("export/map/..."),
/// its object name and its text, in the order of the box (two a row).
struct ContentOption {
    bool RenderOptions::*option;
    const char *key;
    const char *objectName;
    const char *text;
};
constexpr ContentOption kContentOptions[] = {
    {&RenderOptions::showLegend, "legend", "exportLegend",
     QT_TRANSLATE_NOOP("nwk::ExportDialog", "&Legend")},
    {&RenderOptions::showTitle, "title", "exportTitle",
     QT_TRANSLATE_NOOP("nwk::ExportDialog", "T&itle (school and date)")},
    {&RenderOptions::showMarks, "marks", "exportMarks",
     QT_TRANSLATE_NOOP("nwk::ExportDialog", "Importance &marks")},
    {&RenderOptions::showNotes, "notes", "exportNotes",
     QT_TRANSLATE_NOOP("nwk::ExportDialog", "&Notes (a mark on partners with notes)")},
    {&RenderOptions::showMissing, "missing", "exportMissing",
     QT_TRANSLATE_NOOP("nwk::ExportDialog", "Missing &partners")},
    {&RenderOptions::showGroups, "groups", "exportGroups",
     QT_TRANSLATE_NOOP("nwk::ExportDialog", "&Groups")},
    {&RenderOptions::showRelativePlacements, "relative", "exportRelative",
     QT_TRANSLATE_NOOP("nwk::ExportDialog", "&Relative placements")},
    {&RenderOptions::anonymise, "anonymise", "exportAnonymise",
     QT_TRANSLATE_NOOP("nwk::ExportDialog",
                       "Anon&ymised (pseudonyms for persons, roles for participants)")},
};

} // namespace

ExportDialog::ExportDialog(SessionDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export Map"));
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFileRow());
    auto *formats = new QHBoxLayout;
    formats->addWidget(m_png.box = createPngBox());
    formats->addWidget(m_pdf.box = createPdfBox());
    layout->addLayout(formats);
    layout->addWidget(createContentBox());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    loadSettings();
    m_file->setText(defaultFileName(format()));
    formatChanged();
    connect(m_file, &QLineEdit::textEdited, this, &ExportDialog::fileNameEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(anonymiseBox(), &QCheckBox::toggled, this, &ExportDialog::anonymiseToggled);
}

QWidget *ExportDialog::createFileRow()
{
    auto *row = new QWidget(this);
    auto *form = new QFormLayout(row);
    form->setContentsMargins(0, 0, 0, 0);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(row);
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setMinimumWidth(360);
    auto *browseButton = new QPushButton(tr("Browse…"), row);
    browseButton->setObjectName(QStringLiteral("exportBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    fileRow->addWidget(m_file);
    fileRow->addWidget(browseButton);
    auto *fileLabel = new QLabel(tr("&File:"), row); // addRow(text, layout) sets no buddy
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_format = new QComboBox(row);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("SVG (vector, restylable)"), QStringLiteral("svg"));
    m_format->addItem(tr("PNG (image)"), QStringLiteral("png"));
    m_format->addItem(tr("PDF (vector, one page)"), QStringLiteral("pdf"));
    form->addRow(tr("F&ormat:"), m_format);
    return row;
}

QGroupBox *ExportDialog::createPngBox()
{
    auto *box = new QGroupBox(tr("PNG size"), this);
    auto *form = new QFormLayout(box);
    m_png.byWidth = new QRadioButton(tr("&Width in pixels:"), box);
    m_png.byWidth->setObjectName(QStringLiteral("exportPngByWidth"));
    m_png.width = new QSpinBox(box);
    m_png.width->setObjectName(QStringLiteral("exportPngWidth"));
    m_png.width->setRange(200, 20000);
    m_png.width->setSingleStep(100);
    m_png.byDpi = new QRadioButton(tr("A4 wide at &DPI:"), box);
    m_png.byDpi->setObjectName(QStringLiteral("exportPngByDpi"));
    m_png.dpi = new QSpinBox(box);
    m_png.dpi->setObjectName(QStringLiteral("exportPngDpi"));
    m_png.dpi->setRange(72, 1200);
    m_png.dpi->setSingleStep(50);
    form->addRow(m_png.byWidth, m_png.width);
    form->addRow(m_png.byDpi, m_png.dpi);
    m_png.transparent = checkBox(tr("&Transparent background"), "exportTransparent", box);
    form->addRow(m_png.transparent);
    connect(m_png.byWidth, &QRadioButton::toggled, m_png.width, &QWidget::setEnabled);
    connect(m_png.byDpi, &QRadioButton::toggled, m_png.dpi, &QWidget::setEnabled);
    return box;
}

QGroupBox *ExportDialog::createPdfBox()
{
    auto *box = new QGroupBox(tr("PDF page"), this);
    auto *form = new QFormLayout(box);
    m_pdf.pageSize = new QComboBox(box);
    m_pdf.pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pdf.pageSize->addItem(QStringLiteral("A4"), QStringLiteral("A4"));
    m_pdf.pageSize->addItem(QStringLiteral("A3"), QStringLiteral("A3"));
    m_pdf.orientation = new QComboBox(box);
    m_pdf.orientation->setObjectName(QStringLiteral("exportOrientation"));
    m_pdf.orientation->addItem(tr("Landscape"), QStringLiteral("landscape"));
    m_pdf.orientation->addItem(tr("Portrait"), QStringLiteral("portrait"));
    form->addRow(tr("Page si&ze:"), m_pdf.pageSize);
    form->addRow(tr("Orient&ation:"), m_pdf.orientation);
    return box;
}

QGroupBox *ExportDialog::createContentBox()
{
    auto *box = new QGroupBox(tr("Show"), this);
    auto *grid = new QGridLayout(box);
    for (const ContentOption &c : kContentOptions)
        m_content.append(checkBox(tr(c.text), c.objectName, box));
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (int i = 0; i < m_content.size(); ++i) {
        const bool last = i + 1 == m_content.size(); // the long one: a row of its own
        grid->addWidget(m_content[i], last ? (i + 1) / 2 : i / 2, last ? 0 : i % 2, 1,
                        last ? 2 : 1);
    }
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("Lang&uage of the labels:"), box);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    grid->addLayout(languageRow, 4, 0, 1, 2);
    grid->addLayout(createLabelSizeRow(box), 5, 0, 1, 2);
    return box;
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

ExportDialog::Format ExportDialog::format() const
{
    return static_cast<Format>(std::max(0, m_format->currentIndex()));
}

QString ExportDialog::defaultFileName(Format f) const
{
    const bool anonymised = anonymiseBox()->isChecked();
    const QString session = m_document->fileName();
    return QDir(exportmemory::suggestedFolder("map", session, anonymised))
        .filePath(exportmemory::suggestedBaseName(session, anonymised) + QLatin1Char('.') +
                  kSuffixes.value(f));
}

QCheckBox *ExportDialog::anonymiseBox() const
{
    return m_content.last(); // the last of kContentOptions
}

void ExportDialog::anonymiseToggled()
{
    if (!m_fileTyped) // the suggestion follows the box; a name the user gave stays
        m_file->setText(defaultFileName(format()));
}

void ExportDialog::browse()
{
    const QStringList filters = {tr("SVG image (*.svg)"), tr("PNG image (*.png)"),
                                 tr("PDF document (*.pdf)")};
    QString filter = filters.value(format());
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Map"), fileName(), filters.join(QStringLiteral(";;")), &filter);
    if (chosen.isEmpty())
        return;
    m_file->setText(chosen);
    fileNameEdited(chosen);
}

void ExportDialog::fileNameEdited(const QString &text)
{
    m_fileTyped = true;
    // The format follows the file's extension.
    const int index =
        static_cast<int>(kSuffixes.indexOf(QFileInfo(text.trimmed()).suffix().toLower()));
    if (index >= 0 && index != m_format->currentIndex())
        m_format->setCurrentIndex(index);
}

void ExportDialog::formatChanged()
{
    m_png.box->setEnabled(format() == Png);
    m_pdf.box->setEnabled(format() == Pdf);
    m_png.width->setEnabled(m_png.byWidth->isChecked());
    m_png.dpi->setEnabled(m_png.byDpi->isChecked());
    // The file's extension follows the format (a name without a map extension gets one).
    const QString name = fileName();
    if (name.isEmpty())
        return;
    const QFileInfo info(name);
    const QString wanted = kSuffixes.value(format());
    if (info.suffix().toLower() == wanted)
        return;
    QString base = name;
    if (kSuffixes.contains(info.suffix().toLower()))
        base.chop(info.suffix().size() + 1);
    m_file->setText(base + QLatin1Char('.') + wanted);
}

RenderOptions ExportDialog::renderOptions() const
{
    RenderOptions o;
    o.language = m_language->currentData().toString();
    for (int i = 0; i < m_content.size(); ++i)
        o.*kContentOptions[i].option = m_content[i]->isChecked();
    o.transparentBackground = format() == Png && m_png.transparent->isChecked();
    return o;
}

QString ExportDialog::exportTo(const QString &file) const
{
    const Session &s = m_document->session();
    switch (format()) {
    case Svg: {
        SvgExportOptions o;
        o.render = renderOptions();
        o.labelPt = labelPt();
        return exportSvg(s, file, o);
    }
    case Png: {
        ImageExportOptions o;
        o.render = renderOptions();
        o.labelPt = labelPt();
        o.widthPx = m_png.byWidth->isChecked() ? m_png.width->value() : 0;
        o.dpi = m_png.dpi->value();
        return exportPng(s, file, o);
    }
    case Pdf: {
        PdfExportOptions o;
        o.render = renderOptions();
        o.pageSize = m_pdf.pageSize->currentIndex() == 1 ? QPageSize::A3 : QPageSize::A4;
        o.orientation =
            m_pdf.orientation->currentIndex() == 1 ? QPageLayout::Portrait : QPageLayout::Landscape;
        o.labelPt = labelPt();
        return exportPdf(s, file, o);
    }
    }
    return {};
}

void ExportDialog::accept()
{
    const QString file = fileName();
    QString error;
    if (file.isEmpty())
        error = tr("Choose a file to export the map to.");
    else if (fileKindOf(file) == FileKind::Session) // a session saved under a map's name
        error = tr("\u201c%1\u201d holds a Netwerkkaart session; the map is not written over "
                   "it. Choose another file.")
                    .arg(QDir::toNativeSeparators(file));
    else if (!confirmLabelFit())
        return;
    else
        error = exportTo(file);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Map"), error);
        return;
    }
    saveSettings();
    QDialog::accept();
}

void ExportDialog::loadSettings()
{
    const QSettings st;
    m_format->setCurrentIndex(
        std::max(0, static_cast<int>(kSuffixes.indexOf(
                        st.value(key("format"), QStringLiteral("svg")).toString()))));
    const bool byWidth = st.value(key("pngByWidth"), false).toBool();
    m_png.byWidth->setChecked(byWidth);
    m_png.byDpi->setChecked(!byWidth);
    m_png.width->setValue(st.value(key("pngWidth"), 2400).toInt());
    m_png.dpi->setValue(st.value(key("pngDpi"), 150).toInt());
    m_png.transparent->setChecked(st.value(key("transparent"), false).toBool());
    m_pdf.pageSize->setCurrentIndex(
        st.value(key("pageSize")).toString() == QLatin1String("A3") ? 1 : 0);
    m_pdf.orientation->setCurrentIndex(
        st.value(key("orientation")).toString() == QLatin1String("portrait") ? 1 : 0);
    const RenderOptions d;
    for (int i = 0; i < m_content.size(); ++i) {
        const ContentOption &c = kContentOptions[i];
        m_content[i]->setChecked(st.value(key(c.key), d.*c.option).toBool());
    }
    const int language = m_language->findData(st.value(key("language"), d.language));
    m_language->setCurrentIndex(std::max(0, language));
}

void ExportDialog::saveSettings() const
{
    QSettings st;
    st.setValue(key("format"), kSuffixes.value(format()));
    st.setValue(key("pngByWidth"), m_png.byWidth->isChecked());
    st.setValue(key("pngWidth"), m_png.width->value());
    st.setValue(key("pngDpi"), m_png.dpi->value());
    st.setValue(key("transparent"), m_png.transparent->isChecked());
    st.setValue(key("pageSize"), m_pdf.pageSize->currentData());
    st.setValue(key("orientation"), m_pdf.orientation->currentData());
    for (int i = 0; i < m_content.size(); ++i)
        st.setValue(key(kContentOptions[i].key), m_content[i]->isChecked());
    st.setValue(key("language"), m_language->currentData());
    exportmemory::rememberFolder("map", anonymiseBox()->isChecked(),
                                 QFileInfo(fileName()).absolutePath());
}

void ExportDialog::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    SessionDocument *document = context.document;
    auto *action = new QAction(tr("Export &Map…"), window);
    action->setObjectName(QStringLiteral("exportMapAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action->setToolTip(tr("Save the map as an SVG, PNG or PDF file"));
    action->setStatusTip(action->toolTip());
    context.menu(MenuId::File)->insertAction(context.action(ActionId::FileExportSeparator), action);
    context.registerAction(ActionId::ExportMap, action);
    connect(action, &QAction::triggered, window, [window, document] {
        ExportDialog dialog(document, window);
        if (dialog.exec() == QDialog::Accepted)
            window->statusBar()->showMessage(
                tr("Exported the map to %1").arg(QDir::toNativeSeparators(dialog.fileName())),
                5000);
    });
}

} // namespace nwk
