// SPDX-License-Identifier: GPL-3.0-or-later
#include "collapsiblesection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace nwk {

CollapsibleSection::CollapsibleSection(const QString &title, const QString &objectName,
                                       QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    m_header = new QToolButton(this);
    m_header->setObjectName(objectName);
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::RightArrow);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_body = new QWidget(this);
    m_body->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    connect(m_header, &QToolButton::toggled, this, &CollapsibleSection::setOpen);
}

bool CollapsibleSection::isOpen() const
{
    return m_header->isChecked();
}

void CollapsibleSection::setOpen(bool open)
{
    m_header->setChecked(open);
    m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(open);
}

void CollapsibleSection::setCount(int n)
{
    m_header->setText(n > 0 ? QStringLiteral("%1 (%2)").arg(m_title).arg(n) : m_title);
}

QFormLayout *sectionForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

void addWideRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    form->addRow(label);
    form->addRow(field);
}

void narrowCombo(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
}

} // namespace nwk
