// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog's print-grade labels: the label size, and the proposal of A3 when the
// labels cannot all be placed at that size on A4 (docs/exports.md).
#include "exportdialog.h"

#include "nwk/editor/sessiondocument.h"
#include "nwk/render/exporters.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace nwk {

QLayout *ExportDialog::createLabelSizeRow(QWidget *parent)
{
    m_pdf.labelSize = new QDoubleSpinBox(parent);
    m_pdf.labelSize->setObjectName(QStringLiteral("exportLabelSize"));
    m_pdf.labelSize->setRange(4.0, 72.0);
    m_pdf.labelSize->setDecimals(1);
    m_pdf.labelSize->setSingleStep(0.5);
    m_pdf.labelSize->setSuffix(tr(" pt"));
    m_pdf.labelSize->setValue(
        QSettings().value(QStringLiteral("export/map/labelPt"), kDefaultLabelPt).toDouble());
    m_pdf.labelSize->setToolTip(
        tr("The least size of partner labels on the printed page (A4 unless "
           "the PDF page says otherwise)"));
    auto *label = new QLabel(tr("Label si&ze on the page:"), parent);
    label->setBuddy(m_pdf.labelSize);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_pdf.labelSize);
    row->addStretch();
    return row;
}

double ExportDialog::labelPt() const
{
    return m_pdf.labelSize ? m_pdf.labelSize->value() : kDefaultLabelPt;
}

bool ExportDialog::confirmLabelFit()
{
    QSettings().setValue(QStringLiteral("export/map/labelPt"), labelPt());
    // The PDF has a page; SVG and PNG are sized for A4 and keep their format.
    if (format() != Pdf || m_pdf.pageSize->currentIndex() == 1)
        return true;
    const QPageLayout::Orientation orientation =
        m_pdf.orientation->currentIndex() == 1 ? QPageLayout::Portrait : QPageLayout::Landscape;
    const LabelFit fit =
        fitLabels(m_document->session(), renderOptions(), labelPt(), QPageSize::A4, orientation);
    if (fit.fits())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Export Map"),
                    tr("%n label(s) cannot be placed without overlap at %1 pt on A4: they "
                       "would be numbered on the map and listed in full in a key.",
                       nullptr, fit.keyed)
                        .arg(labelPt()),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    box.setInformativeText(tr("On A3 the labels have more room. Export on A3 instead?"));
    box.button(QMessageBox::Yes)->setText(tr("Use A&3"));
    box.button(QMessageBox::No)->setText(tr("Keep A&4"));
    box.setDefaultButton(QMessageBox::Yes);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Yes)
        m_pdf.pageSize->setCurrentIndex(1);
    return true;
}

} // namespace nwk
