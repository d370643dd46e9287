// SPDX-License-Identifier: GPL-3.0-or-later
#include "ringeditor.h"

#include "gridedits.h"
#include "nwk/editor/gridcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

struct RingEditor::Widgets {
    QSpinBox *count = nullptr;
    QListWidget *list = nullptr;
    /// The selected ring's form: its Dutch and English label.
    struct {
        QWidget *widget = nullptr;
        QLineEdit *labelNl = nullptr, *labelEn = nullptr;
    } form;
};

RingEditor::RingEditor(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_ui(std::make_unique<Widgets>())
{
    m_ui->count = new QSpinBox(this);
    m_ui->count->setObjectName(QStringLiteral("ringCount"));
    m_ui->count->setRange(1, 12);
    m_ui->count->setKeyboardTracking(false); // typed numbers count on Enter or leaving the field
    m_ui->count->setToolTip(tr("Rings are equal bands of distance. Partners keep their distance "
                               "from the school; only the ring boundaries move."));
    connect(m_ui->count, &QSpinBox::valueChanged, this, &RingEditor::setRingCount);

    m_ui->list = new QListWidget(this);
    m_ui->list->setObjectName(QStringLiteral("ringList"));
    m_ui->list->setAccessibleName(tr("Rings, innermost first"));
    m_ui->list->setMaximumHeight(96);
    connect(m_ui->list, &QListWidget::currentRowChanged, this, &RingEditor::refreshForm);

    m_ui->form.widget = new QWidget(this);
    auto *form = new QFormLayout(m_ui->form.widget);
    form->setContentsMargins(0, 0, 0, 0);
    auto id = [this] { return currentRingId(); };
    m_ui->form.labelNl = new QLineEdit(m_ui->form.widget);
    m_ui->form.labelNl->setObjectName(QStringLiteral("ringLabelNl"));
    gridui::bindText<RingField<&Ring::labelNl>>(m_ui->form.labelNl, m_document, id,
                                                tr("Rename ring (Dutch)"));
    form->addRow(tr("Dutch la&bel:"), m_ui->form.labelNl);
    m_ui->form.labelEn = new QLineEdit(m_ui->form.widget);
    m_ui->form.labelEn->setObjectName(QStringLiteral("ringLabelEn"));
    gridui::bindText<RingField<&Ring::labelEn>>(m_ui->form.labelEn, m_document, id,
                                                tr("Rename ring (English)"));
    form->addRow(tr("English labe&l:"), m_ui->form.labelEn);

    auto *top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("&Number of rings:"), m_ui->count);
    auto *hint = new QLabel(tr("Innermost first. Placements are continuous: changing the number "
                               "of rings moves only the ring boundaries."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_ui->list);
    layout->addWidget(m_ui->form.widget);
    layout->addWidget(hint);

    onChange(document, {ChangeKind::Ring}, this, [this] { refresh(); });
    connect(document, &SessionDocument::sessionReset, this, &RingEditor::refresh);
    refresh();
}

RingEditor::~RingEditor() = default;

QString RingEditor::currentRingId() const
{
    const int row = m_ui->list->currentRow();
    return row < 0 ? QString() : QString::number(row);
}

void RingEditor::setRingCount(int count)
{
    const Session &s = m_document->session();
    if (count == static_cast<int>(s.rings.size()))
        return;
    m_document->push(new GridChange(m_document, grid::setRingCount(s, count),
                                    tr("Set number of rings to %1").arg(count)));
}

void RingEditor::refresh()
{
    const std::vector<Ring> &rings = m_document->session().rings;
    const int row = m_ui->list->currentRow();
    {
        const QSignalBlocker block(m_ui->count);
        m_ui->count->setValue(static_cast<int>(rings.size()));
    }
    const QSignalBlocker block(m_ui->list);
    while (m_ui->list->count() > static_cast<int>(rings.size()))
        delete m_ui->list->takeItem(m_ui->list->count() - 1);
    while (m_ui->list->count() < static_cast<int>(rings.size()))
        m_ui->list->addItem(new QListWidgetItem);
    for (std::size_t i = 0; i < rings.size(); ++i) {
        const Ring &r = rings[i];
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(r.labelNl);
        if (!r.labelEn.isEmpty() && r.labelEn != r.labelNl)
            text += QStringLiteral(" / ") + r.labelEn;
        m_ui->list->item(static_cast<int>(i))->setText(text);
    }
    if (m_ui->list->count() > 0)
        m_ui->list->setCurrentRow(std::clamp(row, 0, m_ui->list->count() - 1));
    refreshForm();
}

void RingEditor::refreshForm()
{
    const std::vector<Ring> &rings = m_document->session().rings;
    const int row = m_ui->list->currentRow();
    const bool valid = row >= 0 && row < static_cast<int>(rings.size());
    m_ui->form.widget->setEnabled(valid);
    if (!valid)
        return;
    gridui::syncText(m_ui->form.labelNl, rings[static_cast<std::size_t>(row)].labelNl);
    gridui::syncText(m_ui->form.labelEn, rings[static_cast<std::size_t>(row)].labelEn);
}

} // namespace nwk
