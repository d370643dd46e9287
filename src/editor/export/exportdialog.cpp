// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

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
#include <QStandardPaths>
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
    formats->addWidget(m_pngBox = createPngBox());
    formats->addWidget(m_pdfBox = createPdfBox());
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
    m_byWidth = new QRadioButton(tr("&Width in pixels:"), box);
    m_byWidth->setObjectName(QStringLiteral("exportPngByWidth"));
    m_width = new QSpinBox(box);
    m_width->setObjectName(QStringLiteral("exportPngWidth"));
    m_width->setRange(200, 20000);
    m_width->setSingleStep(100);
    m_byDpi = new QRadioButton(tr("A4 wide at &DPI:"), box);
    m_byDpi->setObjectName(QStringLiteral("exportPngByDpi"));
    m_dpi = new QSpinBox(box);
    m_dpi->setObjectName(QStringLiteral("exportPngDpi"));
    m_dpi->setRange(72, 1200);
    m_dpi->setSingleStep(50);
    form->addRow(m_byWidth, m_width);
    form->addRow(m_byDpi, m_dpi);
    m_transparent = checkBox(tr("&Transparent background"), "exportTransparent", box);
    form->addRow(m_transparent);
    connect(m_byWidth, &QRadioButton::toggled, m_width, &QWidget::setEnabled);
    connect(m_byDpi, &QRadioButton::toggled, m_dpi, &QWidget::setEnabled);
    return box;
}

QGroupBox *ExportDialog::createPdfBox()
{
    auto *box = new QGroupBox(tr("PDF page"), this);
    auto *form = new QFormLayout(box);
    m_pageSize = new QComboBox(box);
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(QStringLiteral("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(QStringLiteral("A3"), QStringLiteral("A3"));
    m_orientation = new QComboBox(box);
    m_orientation->setObjectName(QStringLiteral("exportOrientation"));
    m_orientation->addItem(tr("Landscape"), QStringLiteral("landscape"));
    m_orientation->addItem(tr("Portrait"), QStringLiteral("portrait"));
    form->addRow(tr("Page si&ze:"), m_pageSize);
    form->addRow(tr("Orient&ation:"), m_orientation);
    return box;
}

QGroupBox *ExportDialog::createContentBox()
{
    auto *box = new QGroupBox(tr("Show"), this);
    auto *grid = new QGridLayout(box);
    m_legend = checkBox(tr("&Legend"), "exportLegend", box);
    m_title = checkBox(tr("T&itle (school and date)"), "exportTitle", box);
    m_marks = checkBox(tr("Importance &marks"), "exportMarks", box);
    m_notes = checkBox(tr("&Notes (a mark on partners with notes)"), "exportNotes", box);
    m_missing = checkBox(tr("Missing &partners"), "exportMissing", box);
    m_groups = checkBox(tr("&Groups"), "exportGroups", box);
    m_anonymise = checkBox(tr("Anon&ymised (pseudonyms for persons, roles for participants)"),
                           "exportAnonymise", box);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    grid->addWidget(m_legend, 0, 0);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_marks, 1, 0);
    grid->addWidget(m_notes, 1, 1);
    grid->addWidget(m_missing, 2, 0);
    grid->addWidget(m_groups, 2, 1);
    grid->addWidget(m_anonymise, 3, 0, 1, 2);
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
    const QString suffix = kSuffixes.value(f);
    const QString session = m_document->fileName();
    if (!session.isEmpty()) {
        const QFileInfo info(session);
        return QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix);
    }
    QString dir = QSettings().value(key("dir")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(QStringLiteral("netwerkkaart.") + suffix);
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
    // The format follows the file's extension.
    const int index =
        static_cast<int>(kSuffixes.indexOf(QFileInfo(text.trimmed()).suffix().toLower()));
    if (index >= 0 && index != m_format->currentIndex())
        m_format->setCurrentIndex(index);
}

void ExportDialog::formatChanged()
{
    m_pngBox->setEnabled(format() == Png);
    m_pdfBox->setEnabled(format() == Pdf);
    m_width->setEnabled(m_byWidth->isChecked());
    m_dpi->setEnabled(m_byDpi->isChecked());
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
    o.showLegend = m_legend->isChecked();
    o.showTitle = m_title->isChecked();
    o.showMarks = m_marks->isChecked();
    o.showNotes = m_notes->isChecked();
    o.showMissing = m_missing->isChecked();
    o.showGroups = m_groups->isChecked();
    o.anonymise = m_anonymise->isChecked();
    o.transparentBackground = format() == Png && m_transparent->isChecked();
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
        o.widthPx = m_byWidth->isChecked() ? m_width->value() : 0;
        o.dpi = m_dpi->value();
        return exportPng(s, file, o);
    }
    case Pdf: {
        PdfExportOptions o;
        o.render = renderOptions();
        o.pageSize = m_pageSize->currentIndex() == 1 ? QPageSize::A3 : QPageSize::A4;
        o.orientation =
            m_orientation->currentIndex() == 1 ? QPageLayout::Portrait : QPageLayout::Landscape;
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
    m_byWidth->setChecked(byWidth);
    m_byDpi->setChecked(!byWidth);
    m_width->setValue(st.value(key("pngWidth"), 2400).toInt());
    m_dpi->setValue(st.value(key("pngDpi"), 150).toInt());
    m_transparent->setChecked(st.value(key("transparent"), false).toBool());
    m_pageSize->setCurrentIndex(st.value(key("pageSize")).toString() == QLatin1String("A3") ? 1
                                                                                            : 0);
    m_orientation->setCurrentIndex(
        st.value(key("orientation")).toString() == QLatin1String("portrait") ? 1 : 0);
    const RenderOptions d;
    m_legend->setChecked(st.value(key("legend"), d.showLegend).toBool());
    m_title->setChecked(st.value(key("title"), d.showTitle).toBool());
    m_marks->setChecked(st.value(key("marks"), d.showMarks).toBool());
    m_notes->setChecked(st.value(key("notes"), d.showNotes).toBool());
    m_missing->setChecked(st.value(key("missing"), d.showMissing).toBool());
    m_groups->setChecked(st.value(key("groups"), d.showGroups).toBool());
    m_anonymise->setChecked(st.value(key("anonymise"), d.anonymise).toBool());
    const int language = m_language->findData(st.value(key("language"), d.language));
    m_language->setCurrentIndex(std::max(0, language));
}

void ExportDialog::saveSettings() const
{
    QSettings st;
    st.setValue(key("format"), kSuffixes.value(format()));
    st.setValue(key("pngByWidth"), m_byWidth->isChecked());
    st.setValue(key("pngWidth"), m_width->value());
    st.setValue(key("pngDpi"), m_dpi->value());
    st.setValue(key("transparent"), m_transparent->isChecked());
    st.setValue(key("pageSize"), m_pageSize->currentData());
    st.setValue(key("orientation"), m_orientation->currentData());
    st.setValue(key("legend"), m_legend->isChecked());
    st.setValue(key("title"), m_title->isChecked());
    st.setValue(key("marks"), m_marks->isChecked());
    st.setValue(key("notes"), m_notes->isChecked());
    st.setValue(key("missing"), m_missing->isChecked());
    st.setValue(key("groups"), m_groups->isChecked());
    st.setValue(key("anonymise"), m_anonymise->isChecked());
    st.setValue(key("language"), m_language->currentData());
    st.setValue(key("dir"), QFileInfo(fileName()).absolutePath());
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
