// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Map…: the map as an SVG, PNG or PDF file, drawn by the same
// MapPainter from the document's session (never the live scene), with the options
// of the export (size, page, what is shown, anonymised, language). The choices are
// remembered between sessions (QSettings, "export/map/..."), the folder
// per plain vs anonymised.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLayout;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QDoubleSpinBox;

namespace nwk {

class EditorContext;
class SessionDocument;
struct RenderOptions;

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    enum Format { Svg, Png, Pdf };

    explicit ExportDialog(SessionDocument *document, QWidget *parent = nullptr);

    /// Adds File > Export Map… (Ctrl+E, ActionId::ExportMap) before the export separator.
    static void install(EditorContext &context);

    QString fileName() const;
    Format format() const;

public Q_SLOTS:
    /// Writes the file; on failure shows the exporter's message and stays open.
    void accept() override;

private:
    QWidget *createFileRow();
    QGroupBox *createPngBox();
    QGroupBox *createPdfBox();
    QGroupBox *createContentBox();
    /// "Label size: [8 pt]" (exportdialog_labels.cpp).
    QLayout *createLabelSizeRow(QWidget *parent);
    /// The file name for `format`: the last folder used for plain or anonymised maps
    /// (else the session's) and the session's name, "-anonymised" when anonymised, with
    /// the format's extension (exportmemory.h).
    QString defaultFileName(Format format) const;
    QCheckBox *anonymiseBox() const;
    /// Re-suggests the file for the new state unless the user typed or chose one.
    void anonymiseToggled();
    void browse();
    void fileNameEdited(const QString &text);
    void formatChanged();
    RenderOptions renderOptions() const;
    QString exportTo(const QString &fileName) const;
    /// The least label size on the page, points (exportdialog_labels.cpp).
    double labelPt() const;
    /// When the map's labels cannot all be placed at that size on an A4 page, proposes
    /// A3 (and switches to it when the user agrees). False when the user cancels.
    bool confirmLabelFit();
    void loadSettings();
    void saveSettings() const;

    SessionDocument *m_document;
    QLineEdit *m_file = nullptr;
    bool m_fileTyped = false; ///< the user typed or browsed to the file name
    QComboBox *m_format = nullptr;
    /// The PNG box: size by width or by resolution, and the background.
    struct PngBox {
        QGroupBox *box = nullptr;
        QRadioButton *byWidth = nullptr, *byDpi = nullptr;
        QSpinBox *width = nullptr, *dpi = nullptr;
        QCheckBox *transparent = nullptr;
    } m_png;
    /// The PDF box: the page and the least label size on it.
    struct PdfBox {
        QGroupBox *box = nullptr;
        QComboBox *pageSize = nullptr, *orientation = nullptr;
        QDoubleSpinBox *labelSize = nullptr;
    } m_pdf;
    /// The "Show" box: one check box per entry of kContentOptions (exportdialog.cpp),
    /// in that order, and the language of the labels.
    QList<QCheckBox *> m_content;
    QComboBox *m_language = nullptr;
};

} // namespace nwk
