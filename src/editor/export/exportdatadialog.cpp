// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdatadialog.h"
#include "exportmemory.h"

#include "nwk/core/dataexport.h"
#include "nwk/core/deckresolver.h"
#include "nwk/editor/sessiondocument.h"
#include "nwk/render/report.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

namespace {

QString key(const char *name)
{
    return QStringLiteral("export/data/") + QLatin1String(name);
}

/// One check box of a group: where it is stored, its text, tool tip and object name.
struct CheckSpec {
    QCheckBox **target;
    QString text;
    QString tip;
    const char *objectName;
};

/// A group box `title` with the check boxes `specs` in a column (stored in their targets).
QGroupBox *checkGroup(const QString &title, std::initializer_list<CheckSpec> specs, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *column = new QVBoxLayout(group);
    for (const CheckSpec &spec : specs) {
        auto *box = new QCheckBox(spec.text, group);
        box->setObjectName(QLatin1String(spec.objectName));
        box->setToolTip(spec.tip);
        column->addWidget(box);
        *spec.target = box;
    }
    return group;
}

QStringList knownDeckFiles()
{
    return QSettings().value(QStringLiteral("focusGroup/deckFiles")).toStringList();
}

} // namespace

ExportDataDialog::ExportDataDialog(SessionDocument *document, const Deck &deck, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_deck(deck)
{
    setWindowTitle(tr("Export Data and Report"));
    setObjectName(QStringLiteral("exportDataDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTargetRow());
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(createWhatBox());
    boxes->addWidget(createOptionsBox());
    layout->addLayout(boxes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDataDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    loadSettings();
    for (QCheckBox *box : {m_csv, m_html, m_pdf, m_odt, m_rPack})
        connect(box, &QCheckBox::toggled, this, &ExportDataDialog::updateEnabled);
    connect(m_anonymise, &QCheckBox::toggled, this, &ExportDataDialog::anonymiseToggled);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderTyped = true; });
    connect(m_baseName, &QLineEdit::textEdited, this, [this] { m_baseTyped = true; });
    connect(m_egoId, &QLineEdit::textEdited, this, [this] { m_egoTyped = true; });
    connect(m_graphml, &QCheckBox::toggled, this, &ExportDataDialog::updateEnabled);
    updateEnabled();
}

QWidget *ExportDataDialog::createTargetRow()
{
    auto *row = new QWidget(this);
    auto *form = new QFormLayout(row);
    form->setContentsMargins(0, 0, 0, 0);
    m_folder = new QLineEdit(row);
    m_folder->setObjectName(QStringLiteral("exportDataFolder"));
    m_folder->setMinimumWidth(360);
    m_folder->setToolTip(tr("The folder the files are written to (created if needed)"));
    auto *browseButton = new QPushButton(tr("Browse…"), row);
    browseButton->setObjectName(QStringLiteral("exportDataBrowse"));
    browseButton->setToolTip(tr("Choose the folder"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDataDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browseButton);
    auto *folderLabel = new QLabel(tr("&Folder:"), row);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_baseName = new QLineEdit(row);
    m_baseName->setObjectName(QStringLiteral("exportDataBaseName"));
    m_baseName->setToolTip(tr("The start of every file name, e.g. “bao1” gives bao1.graphml, "
                              "bao1-partners.csv and bao1-report.html"));
    form->addRow(tr("&Base name:"), m_baseName);
    return row;
}

QWidget *ExportDataDialog::createWhatBox()
{
    QGroupBox *box = checkGroup(
        tr("Write"),
        {{&m_graphml, tr("&GraphML (Gephi, yEd, igraph, networkx)"),
          tr("The network in one file: the school, the partners and the links"),
          "exportDataGraphml"},
         {&m_csv, tr("&CSV tables (spreadsheets, R, SPSS)"),
          tr("One table per subject: partners, links, participants, marks, missing "
             "partners, notes and quotes, …"),
          "exportDataCsv"},
         {&m_rPack, tr("&R pack (tables and a script for igraph and ggraph)"),
          tr("A folder “<base>-r” with tables for R (egor's column names) and netwerkkaart.R, "
             "which draws this map with ggplot2 and ggraph"),
          "exportDataRPack"},
         {&m_html, tr("Findings report as &HTML"),
          tr("The findings document with the map, to read in a browser"), "exportDataReportHtml"},
         {&m_pdf, tr("Findings report as &PDF"),
          tr("The findings document with the map, A4, to print or send"), "exportDataReportPdf"},
         {&m_odt, tr("Findings report as &ODT (editable)"),
          tr("The findings document with the map as an OpenDocument text, to edit in "
             "LibreOffice or Word before the member check"),
          "exportDataReportOdt"},
         {&m_qdpx, tr("&QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)"),
          tr("A REFI-QDA project (.qdpx): partners as cases, the codebook, annotations as "
             "codings, and the notes, quotes and memos as texts to code"),
          "exportDataQdpx"}},
        this);
    static_cast<QVBoxLayout *>(box->layout())->addStretch();
    return box;
}

QWidget *ExportDataDialog::createOptionsBox()
{
    QGroupBox *box = checkGroup(
        tr("Options"),
        {{&m_anonymise, tr("Anon&ymised"),
          tr("Persons under their pseudonym, participants under their role, the "
             "school under its pseudonym"),
          "exportDataAnonymise"},
         {&m_annotations, tr("Researcher's &annotations in the report"),
          tr("Add a section with the annotations made under Research"), "exportDataAnnotations"},
         {&m_bom, tr("CSV for E&xcel (byte order mark)"),
          tr("Lets Excel open the CSV files with a double-click; leave off for R"),
          "exportDataBom"},
         {&m_csvRaw, tr("CSV cells as typed (&no formula protection)"),
          tr("By default a cell that starts with = + - @ gets a leading ' so that a "
             "spreadsheet shows it as text instead of running it as a formula. "
             "Check this for tools that read the cells literally."),
          "exportDataCsvRaw"}},
        this);
    auto *column = static_cast<QVBoxLayout *>(box->layout());
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("exportDataLanguage"));
    m_language->setToolTip(tr("The language of the labels and the report's fixed texts"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("Lang&uage:"), box);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    column->addLayout(languageRow);
    m_egoId = new QLineEdit(box);
    m_egoId->setObjectName(QStringLiteral("exportDataEgoId"));
    m_egoId->setToolTip(tr("The school's id in every CSV table and in the GraphML (egoID), so "
                           "that the tables of several schools can be stacked. Default: the "
                           "school's name; anonymised, its pseudonym."));
    auto *egoRow = new QHBoxLayout;
    auto *egoLabel = new QLabel(tr("&Ego id:"), box);
    egoLabel->setBuddy(m_egoId);
    egoRow->addWidget(egoLabel);
    egoRow->addWidget(m_egoId);
    column->addLayout(egoRow);
    column->addStretch();
    return box;
}

QString ExportDataDialog::folder() const
{
    return m_folder->text().trimmed();
}

QString ExportDataDialog::baseName() const
{
    return m_baseName->text().trimmed();
}

QString ExportDataDialog::egoId() const
{
    return m_egoId->text().trimmed();
}

QString ExportDataDialog::suggestedEgoId() const
{
    const Meta &meta = m_document->session().meta;
    return (m_anonymise->isChecked() ? meta.schoolPseudonym : meta.schoolName).trimmed();
}

QString ExportDataDialog::defaultFolder() const
{
    return exportmemory::suggestedFolder("data", m_document->fileName(), m_anonymise->isChecked());
}

void ExportDataDialog::anonymiseToggled()
{
    // The suggestions follow the box; a folder or name the user gave stays.
    const bool anonymised = m_anonymise->isChecked();
    if (!m_folderTyped)
        m_folder->setText(QDir::toNativeSeparators(defaultFolder()));
    if (!m_baseTyped)
        m_baseName->setText(exportmemory::suggestedBaseName(m_document->fileName(), anonymised));
    if (!m_egoTyped)
        m_egoId->setText(suggestedEgoId());
    m_egoId->setPlaceholderText(anonymised && suggestedEgoId().isEmpty()
                                    ? tr("needed: the school has no pseudonym")
                                    : QString());
}

void ExportDataDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Export Data and Report"), folder());
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    m_folderTyped = true;
}

void ExportDataDialog::updateEnabled()
{
    m_bom->setEnabled(m_csv->isChecked());
    m_csvRaw->setEnabled(m_csv->isChecked() || m_rPack->isChecked());
    m_egoId->setEnabled(m_csv->isChecked() || m_graphml->isChecked() || m_rPack->isChecked());
    m_annotations->setEnabled(m_html->isChecked() || m_pdf->isChecked() || m_odt->isChecked());
}

Deck ExportDataDialog::deckFor(const QString &language) const
{
    if (m_deck.language == language)
        return m_deck;
    const DeckRef &ref = m_document->session().deck;
    const DeckLookup lookup =
        findDeck({ref.id, ref.version, language}, m_document->fileName(), knownDeckFiles());
    return lookup.found ? lookup.deck : m_deck;
}

QString ExportDataDialog::exportAll()
{
    m_written.clear();
    const QString dirName = folder();
    const QString base = baseName();
    if (!m_graphml->isChecked() && !m_csv->isChecked() && !m_html->isChecked() &&
        !m_pdf->isChecked() && !m_odt->isChecked() && !m_rPack->isChecked() && !m_qdpx->isChecked())
        return tr("Choose at least one thing to write.");
    if (dirName.isEmpty())
        return tr("Choose a folder to export to.");
    if (base.isEmpty())
        return tr("Give the files a base name.");
    if (base.contains(QLatin1Char('/')) || base.contains(QLatin1Char('\\')))
        return tr("The base name “%1” cannot hold a / or \\.").arg(base);
    const QDir dir(QDir::fromNativeSeparators(dirName));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return tr("Cannot create the folder “%1”.").arg(dirName);

    const Session &s = m_document->session();
    const QString language = m_language->currentData().toString();
    const Deck deck = deckFor(language);
    QString error;
    if (m_graphml->isChecked()) {
        DataExportOptions o;
        o.anonymise = m_anonymise->isChecked();
        o.language = language;
        o.egoId = egoId();
        const QString file = dir.filePath(base + QStringLiteral(".graphml"));
        error = exportGraphml(s, file, o);
        if (error.isEmpty())
            m_written.append(file);
    }
    if (error.isEmpty() && m_csv->isChecked()) {
        DataExportOptions o;
        o.anonymise = m_anonymise->isChecked();
        o.language = language;
        o.deck = &deck;
        o.byteOrderMark = m_bom->isChecked();
        o.rawCsv = m_csvRaw->isChecked();
        o.egoId = egoId();
        error = exportCsv(s, dir.path(), base, o, &m_written);
    }
    if (error.isEmpty())
        error = exportReportsAndPack(dir, base, deck, language);
    if (!error.isEmpty() && !m_written.isEmpty()) {
        QStringList names;
        for (const QString &file : std::as_const(m_written))
            names.append(QFileInfo(file).fileName());
        error += QLatin1Char('\n') +
                 tr("Written before the problem: %1").arg(names.join(QStringLiteral(", ")));
    }
    return error;
}

void ExportDataDialog::accept()
{
    const QString error = exportAll();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Data and Report"), error);
        return;
    }
    saveSettings();
    QDialog::accept();
}

void ExportDataDialog::loadSettings()
{
    const QSettings st;
    m_graphml->setChecked(st.value(key("graphml"), true).toBool());
    m_csv->setChecked(st.value(key("csv"), true).toBool());
    m_html->setChecked(st.value(key("reportHtml"), true).toBool());
    m_pdf->setChecked(st.value(key("reportPdf"), false).toBool());
    m_odt->setChecked(st.value(key("reportOdt"), false).toBool());
    m_rPack->setChecked(st.value(key("rPack"), false).toBool());
    m_qdpx->setChecked(st.value(key("qdpx"), false).toBool());
    m_anonymise->setChecked(st.value(key("anonymise"), false).toBool());
    m_annotations->setChecked(st.value(key("annotations"), false).toBool());
    m_bom->setChecked(st.value(key("byteOrderMark"), false).toBool());
    m_csvRaw->setChecked(st.value(key("csvRaw"), false).toBool());
    const int language = m_language->findData(st.value(key("language"), QStringLiteral("nl")));
    m_language->setCurrentIndex(std::max(0, language));
    anonymiseToggled(); // the folder and base name for the box's state
}

void ExportDataDialog::saveSettings() const
{
    QSettings st;
    st.setValue(key("graphml"), m_graphml->isChecked());
    st.setValue(key("csv"), m_csv->isChecked());
    st.setValue(key("reportHtml"), m_html->isChecked());
    st.setValue(key("reportPdf"), m_pdf->isChecked());
    st.setValue(key("reportOdt"), m_odt->isChecked());
    st.setValue(key("rPack"), m_rPack->isChecked());
    st.setValue(key("qdpx"), m_qdpx->isChecked());
    st.setValue(key("anonymise"), m_anonymise->isChecked());
    st.setValue(key("annotations"), m_annotations->isChecked());
    st.setValue(key("byteOrderMark"), m_bom->isChecked());
    st.setValue(key("csvRaw"), m_csvRaw->isChecked());
    st.setValue(key("language"), m_language->currentData());
    exportmemory::rememberFolder("data", m_anonymise->isChecked(), folder());
}

} // namespace nwk
