// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Data and Report…: the session's data for analysis tools (GraphML, CSV
// tables; nwk/core/dataexport.h; the R pack, nwk/core/rpack.h), the findings report (HTML,
// PDF, ODT; nwk/render/report.h) and a REFI-QDA project (nwk/core/qdpx.h) into one folder
// under one base name, with the same file names as the command line ("<base>.graphml",
// "<base>-<table>.csv", "<base>-r/", "<base>-report.html", "<base>-report.pdf",
// "<base>-report.odt", "<base>.qdpx").
// The choices are remembered between sessions (QSettings, "export/data/..."), the folder
// per plain vs anonymised; anonymised exports get a base name ending in "-anonymised".
#pragma once

#include "nwk/core/deck.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDir;
class QLineEdit;

namespace nwk {

class EditorContext;
class SessionDocument;

class ExportDataDialog : public QDialog {
    Q_OBJECT

public:
    /// `deck` is the session's deck as the cards panel shows it (feeds the report and
    /// the notes table); a deck of the same id in the chosen language is preferred.
    ExportDataDialog(SessionDocument *document, const Deck &deck, QWidget *parent = nullptr);

    /// Adds File > Export Data and Report… (Ctrl+Shift+E) after File > Export Map…
    /// (else before the main window's export separator).
    static void install(EditorContext &context);

    QString folder() const;
    QString baseName() const;
    /// The ego id the data exports get (DataExportOptions::egoId); empty = the default.
    QString egoId() const;
    /// The files the last successful export wrote.
    QStringList written() const { return m_written; }

public Q_SLOTS:
    /// Writes the chosen files; on failure shows the exporter's message and stays open.
    void accept() override;

private:
    QWidget *createTargetRow();
    QWidget *createWhatBox();
    QWidget *createOptionsBox();
    /// The last folder of plain or anonymised exports, else the session's (exportmemory.h).
    QString defaultFolder() const;
    /// Suggests the folder and base name ("-anonymised" when anonymised) for the box's
    /// state, leaving a folder or name the user typed or chose.
    void anonymiseToggled();
    void browse();
    void updateEnabled();
    /// The ego id suggested for the Anonymised box's state: the school's pseudonym when
    /// anonymised (empty when it has none: the export then asks for one), else its name.
    QString suggestedEgoId() const;
    /// The deck for the report: the session's, in the chosen language when one is found.
    Deck deckFor(const QString &language) const;
    QString exportAll();
    /// The findings reports (HTML, PDF, ODT) and the R pack that are checked
    /// (exportdatadialog_reports.cpp); appends to m_written, returns the first error.
    QString exportReportsAndPack(const QDir &dir, const QString &base, const Deck &deck,
                                 const QString &language);
    void loadSettings();
    void saveSettings() const;

    SessionDocument *m_document;
    Deck m_deck;
    QStringList m_written;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_baseName = nullptr;
    bool m_folderTyped = false; ///< the user typed or chose the folder
    bool m_baseTyped = false;   ///< the user typed the base name
    bool m_egoTyped = false;    ///< the user typed the ego id
    QCheckBox *m_graphml = nullptr;
    QCheckBox *m_csv = nullptr;
    QCheckBox *m_html = nullptr;
    QCheckBox *m_pdf = nullptr;
    QCheckBox *m_odt = nullptr;
    QCheckBox *m_rPack = nullptr;
    QCheckBox *m_qdpx = nullptr; ///< REFI-QDA project (nwk/core/qdpx.h)
    QCheckBox *m_anonymise = nullptr;
    QCheckBox *m_annotations = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_csvRaw = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_egoId = nullptr;
};

} // namespace nwk
