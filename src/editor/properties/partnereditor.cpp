// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnereditor.h"
#include "shared/plaintip.h"

#include "nwk/editor/cards/partnerquotes.h"

#include "nwk/core/geometry.h"
#include "partnerdistancesection.h"
#include "partneredits.h"
#include "partneridentitysection.h"
#include "partnerprioritysection.h"
#include "relativeplacementsection.h"
#include "shared/propertytexts.h"
#include "statementedits.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {
/// A spin box from 0 to `maximum` that reports only finished values (no keyboard tracking).
QDoubleSpinBox *spinBox(QWidget *parent, const QString &name, double maximum, int decimals,
                        double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0.0, maximum);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false);
    return spin;
}

QDoubleSpinBox *distanceSpin(QWidget *parent, const QString &name)
{
    return spinBox(parent, name, 1.0, 2, 0.05);
}

QDoubleSpinBox *angleSpin(QWidget *parent, const QString &name)
{
    QDoubleSpinBox *spin = spinBox(parent, name, 359.9, 1, 5.0);
    spin->setWrapping(true);
    spin->setSuffix(QStringLiteral("\u00b0"));
    return spin;
}

/// A spin box under its label.
struct LabelledSpin {
    QString label;
    QDoubleSpinBox *spin;
};

/// The form of a placement group `box`: `top`, the distance, the angle, then `bottom`
/// (a widget or a layout).
template <typename Bottom>
void placementForm(QWidget *box, QWidget *top, const LabelledSpin &distance,
                   const LabelledSpin &angle, Bottom *bottom)
{
    auto *form = new QFormLayout(box);
    form->addRow(top);
    form->addRow(distance.label, distance.spin);
    form->addRow(angle.label, angle.spin);
    form->addRow(bottom);
}

void syncSpin(QDoubleSpinBox *spin, double value)
{
    if (std::abs(spin->value() - value) > 1e-9)
        spin->setValue(value);
}
} // namespace

PartnerEditor::PartnerEditor(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    m_label = lineEdit<PartnerField<&Partner::label>>(QStringLiteral("partnerLabelEdit"),
                                                      tr("Edit label"));
    m_fullName = lineEdit<PartnerField<&Partner::fullName>>(QStringLiteral("partnerFullNameEdit"),
                                                            tr("Edit full name"));
    m_pseudonym = lineEdit<PartnerField<&Partner::pseudonym>>(
        QStringLiteral("partnerPseudonymEdit"), tr("Edit pseudonym"));
    m_kind = enumCombo<PartnerField<&Partner::kind>>(QStringLiteral("partnerKindCombo"),
                                                     texts::partnerKinds(), tr("Change kind"));
    m_formality = enumCombo<PartnerField<&Partner::formality>>(
        QStringLiteral("partnerFormalityCombo"), texts::formalities(), tr("Change formality"));
    m_scope = enumCombo<PartnerField<&Partner::scope>>(QStringLiteral("partnerScopeCombo"),
                                                       texts::scopes(), tr("Change scope"));
    m_label->setToolTip(tr("The short label on the map, as on the post-it (F2 on the map)"));
    m_fullName->setToolTip(tr("The full name, for the report"));
    m_pseudonym->setToolTip(tr("Shown instead of the label in anonymised exports"));
    keepUnlocked(m_pseudonym); // the researcher's: editable in annotation mode
    m_kind->setToolTip(tr("Organisation, person, group, platform, project or programme, "
                          "resource, experience or other"));
    m_formality->setToolTip(tr("Whether the collaboration is formal or informal"));
    m_scope->setToolTip(tr("Whether the partner is outside the school, inside it, or both"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("partnerCountSpin"));
    m_count->setToolTip(tr("How many of them, e.g. 3 internship places; 0 is a single one"));
    m_count->setRange(0, 9999);
    m_count->setSpecialValueText(tr("single"));
    watchBurst(m_count);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
        pushChange<PartnerField<&Partner::count>>(value, tr("Change count"), m_count);
    });
    m_disputed = new QCheckBox(tr("&Disputed (the group does not agree)"), this);
    m_disputed->setObjectName(QStringLiteral("partnerDisputedCheck"));
    connect(m_disputed, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_refreshing && !m_id.isEmpty())
            edits::setDisputed(m_document, m_id, on);
    });
    m_notes = textEdit<PartnerField<&Partner::notes>>(QStringLiteral("partnerNotesEdit"),
                                                      tr("Edit notes"));
    m_namedBy = new QLabel(this);
    m_namedBy->setObjectName(QStringLiteral("partnerNamedByLabel"));
    m_namedBy->setWordWrap(true);
    m_added = new QLabel(this);
    m_added->setObjectName(QStringLiteral("partnerAddedLabel"));

    // Label and category first: what is set while the group talks, visible without
    // scrolling in a low Properties dock (issue #21).
    auto *first = new QFormLayout;
    first->addRow(tr("&Label:"), m_label);
    auto *form = new QFormLayout;
    form->addRow(tr("F&ull name:"), m_fullName);
    form->addRow(tr("Ps&eudonym:"), m_pseudonym);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Formality:"), m_formality);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("C&ount:"), m_count);

    auto *bottom = new QFormLayout;
    bottom->addRow(m_disputed);
    bottom->addRow(tr("&Notes:"), m_notes);
    bottom->addRow(tr("Named by:"), m_namedBy);
    bottom->addRow(tr("Added at:"), m_added);
    m_quotes = new PartnerQuotesList(m_document, this);
    m_quotes->setObjectName(QStringLiteral("partnerQuotesList"));
    m_quotes->setMaximumHeight(120);
    keepUnlocked(m_quotes); // read-only: still readable in annotation mode
    bottom->addRow(tr("Said about it:"), m_quotes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addWidget(buildCategories());
    layout->addLayout(form);
    layout->addWidget(m_identity = new PartnerIdentitySection(document, this));
    layout->addWidget(buildPlacement());
    layout->addWidget(m_relative = new RelativePlacementSection(document, this));
    layout->addWidget(buildDesired());
    m_distanceSection = new PartnerDistanceSection(document, this); // schema 3 statements
    m_prioritySection = new PartnerPrioritySection(document, this);
    layout->addWidget(m_distanceSection);
    layout->addWidget(m_prioritySection);
    layout->addLayout(bottom);
    layout->addStretch();

    setTabOrder(m_label, m_category); // the order on screen
    setTabOrder(m_category, m_extras);
    setTabOrder(m_extras, m_fullName);
    onChange(document, {ChangeKind::Category, ChangeKind::Participant, ChangeKind::Ring}, this,
             [this] { refresh(); });
    connect(document, &SessionDocument::freePlacementChanged, this, &PartnerEditor::refresh);
}

QWidget *PartnerEditor::buildCategories()
{
    auto *box = new QGroupBox(tr("Categories"), this);
    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("partnerCategoryCombo"));
    m_category->setToolTip(tr("The main category: the sector the partner is in"));
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        if (!m_refreshing && !m_id.isEmpty())
            edits::setCategory(m_document, m_id, m_category->itemData(index).toString());
    });
    m_extras = new QListWidget(box);
    m_extras->setObjectName(QStringLiteral("partnerExtraCategoriesList"));
    m_extras->setMaximumHeight(130);
    m_extras->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_extras->setTextElideMode(Qt::ElideRight);
    connect(m_extras, &QListWidget::itemChanged, this, &PartnerEditor::onExtraChanged);
    m_extrasHint = new QLabel(box);
    m_extrasHint->setObjectName(QStringLiteral("partnerExtraCategoriesHint"));
    m_extrasHint->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Primary:"), m_category);
    form->addRow(tr("E&xtra (up to %1):").arg(kMaxExtraCategories), m_extras);
    form->addRow(m_extrasHint);
    return box;
}

QWidget *PartnerEditor::buildPlacement()
{
    auto *box = new QGroupBox(tr("Placement"), this);
    m_where = new QLabel(box);
    m_where->setObjectName(QStringLiteral("partnerPlacementLabel"));
    m_where->setWordWrap(true);
    m_distance = distanceSpin(box, QStringLiteral("partnerDistanceSpin"));
    m_angle = angleSpin(box, QStringLiteral("partnerAngleSpin"));
    m_place = new QPushButton(tr("Place on the &map"), box);
    m_place->setObjectName(QStringLiteral("partnerPlaceButton"));
    for (QWidget *w : {static_cast<QWidget *>(m_distance), static_cast<QWidget *>(m_angle)})
        watchBurst(w);
    connect(m_distance, &QDoubleSpinBox::valueChanged, this, &PartnerEditor::onPlacementEdited);
    connect(m_angle, &QDoubleSpinBox::valueChanged, this, &PartnerEditor::onPlacementEdited);
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            edits::moveTo(m_document, m_id, edits::defaultPlacement(m_document->session(), m_id),
                          false);
    });
    placementForm(box, m_where, {tr("Dis&tance:"), m_distance}, {tr("&Angle:"), m_angle}, m_place);
    return box;
}

QWidget *PartnerEditor::buildDesired()
{
    auto *box = new QGroupBox(tr("Desired placement"), this);
    m_hasDesired = new QCheckBox(tr("The group &wants it elsewhere"), box);
    m_hasDesired->setObjectName(QStringLiteral("partnerDesiredCheck"));
    m_desiredDistance = distanceSpin(box, QStringLiteral("partnerDesiredDistanceSpin"));
    m_desiredAngle = angleSpin(box, QStringLiteral("partnerDesiredAngleSpin"));
    m_closer = new QPushButton(tr("C&loser"), box);
    m_closer->setObjectName(QStringLiteral("partnerDesiredCloserButton"));
    m_closer->setToolTip(tr("Desired: one ring closer to the school"));
    m_further = new QPushButton(tr("Fu&rther"), box);
    m_further->setObjectName(QStringLiteral("partnerDesiredFurtherButton"));
    m_further->setToolTip(tr("Desired: one ring further from the school"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_desiredDistance), static_cast<QWidget *>(m_desiredAngle)})
        watchBurst(w);
    connect(m_hasDesired, &QCheckBox::clicked, this, [this](bool on) {
        const Partner *p = m_document->session().partner(m_id);
        if (!p || m_refreshing)
            return;
        if (!on)
            setDesired(std::nullopt, tr("Clear desired placement"));
        else
            setDesired(p->placement ? *p->placement
                                    : edits::defaultPlacement(m_document->session(), m_id),
                       tr("Set desired placement"));
    });
    connect(m_desiredDistance, &QDoubleSpinBox::valueChanged, this,
            &PartnerEditor::onDesiredEdited);
    connect(m_desiredAngle, &QDoubleSpinBox::valueChanged, this, &PartnerEditor::onDesiredEdited);
    connect(m_closer, &QPushButton::clicked, this, [this] {
        setDesired(edits::desiredStep(m_document->session(), m_id, -1),
                   tr("Desired placement closer"));
    });
    connect(m_further, &QPushButton::clicked, this, [this] {
        setDesired(edits::desiredStep(m_document->session(), m_id, +1),
                   tr("Desired placement further"));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_closer);
    buttons->addWidget(m_further);
    placementForm(box, m_hasDesired, {tr("D&istance:"), m_desiredDistance},
                  {tr("An&gle:"), m_desiredAngle}, buttons);
    return box;
}

void PartnerEditor::setDesired(std::optional<Placement> desired, const QString &text)
{
    if (m_refreshing || m_id.isEmpty())
        return;
    if (desired)
        desired =
            Placement{std::clamp(desired->distance, 0.0, 1.0), normalizeAngle(desired->angle)};
    const Partner *p = m_document->session().partner(m_id);
    if (!desired && p && !p->desiredBy.isEmpty()) { // who wished it goes with it
        Partner changed = *p;
        changed.desiredPlacement.reset();
        changed.desiredBy.clear();
        return edits::setPartner(m_document, changed, text);
    }
    pushChange<PartnerField<&Partner::desiredPlacement>>(desired, text, nullptr, true);
}

void PartnerEditor::onPlacementEdited()
{
    if (m_refreshing || m_id.isEmpty())
        return;
    auto *source = qobject_cast<QWidget *>(sender());
    const bool newStep = startsBurst(source);
    Placement placement{m_distance->value(), m_angle->value()};
    // Turning it keeps how its distance was stated; typing a distance states it on the rings.
    const Partner *pa = m_document->session().partner(m_id);
    if (source == m_angle && pa && pa->placement)
        placement.distanceKind = pa->placement->distanceKind;
    edits::moveTo(m_document, m_id, placement, !newStep);
}

void PartnerEditor::onDesiredEdited()
{
    if (m_refreshing || m_id.isEmpty())
        return;
    auto *source = qobject_cast<QWidget *>(sender());
    pushChange<PartnerField<&Partner::desiredPlacement>>(
        Placement{m_desiredDistance->value(), normalizeAngle(m_desiredAngle->value())},
        tr("Edit desired placement"), source);
}

void PartnerEditor::onExtraChanged(QListWidgetItem *item)
{
    if (m_refreshing || m_id.isEmpty())
        return;
    QStringList extras;
    for (int i = 0; i < m_extras->count(); ++i)
        if (m_extras->item(i)->checkState() == Qt::Checked)
            extras.append(m_extras->item(i)->data(Qt::UserRole).toString());
    if (extras.size() > kMaxExtraCategories) {
        {
            RefreshGuard guard(m_refreshing);
            item->setCheckState(Qt::Unchecked);
        }
        m_extrasHint->setText(tr("A partner has at most %1 extra categories: uncheck one "
                                 "before adding \u201c%2\u201d.")
                                  .arg(kMaxExtraCategories)
                                  .arg(item->text()));
        return;
    }
    m_extrasHint->clear();
    pushChange<PartnerField<&Partner::extraCategories>>(extras, tr("Change extra categories"),
                                                        nullptr, true);
}

void PartnerEditor::fillCategoryLists()
{
    const Session &s = m_document->session();
    const Partner *p = s.partner(m_id);
    const QString primary = p ? p->category : QString();
    m_category->clear();
    m_category->addItem(tr("(none)"), QString());
    for (const Category &c : s.categories)
        m_category->addItem(texts::categoryName(s, c), c.id);
    m_category->setMinimumContentsLength(12);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setCurrentIndex(std::max(0, m_category->findData(primary)));

    m_extras->clear();
    for (const Category &c : s.categories) {
        if (c.id == primary)
            continue;
        auto *item = new QListWidgetItem(texts::categoryName(s, c), m_extras);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(plainToolTip(item->text()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(p && p->extraCategories.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void PartnerEditor::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Partner *p = s.partner(m_id);
    const Partner &pa = shown(p);
    m_quotes->setPartner(p ? m_id : QString());
    m_identity->setObjectId(p ? m_id : QString());
    m_relative->setObjectId(p ? m_id : QString());
    sync(m_label, pa.label);
    sync(m_fullName, pa.fullName);
    sync(m_pseudonym, pa.pseudonym);
    m_kind->setCurrentIndex(static_cast<int>(pa.kind));
    m_formality->setCurrentIndex(static_cast<int>(pa.formality));
    m_scope->setCurrentIndex(static_cast<int>(pa.scope));
    const int row = m_extras->currentRow();
    fillCategoryLists();
    m_extras->setCurrentRow(row);
    if (m_count->value() != pa.count)
        m_count->setValue(pa.count);

    const MapGeometry g = MapGeometry::forSession(s);
    if (pa.placement) {
        const int sector = g.sectorAt(pa.placement->angle);
        const QString sectorName =
            sector >= 0 ? texts::categoryName(s, s.categories[static_cast<std::size_t>(sector)])
                        : tr("none");
        m_where->setText(
            tr("Sector: %1 \u00b7 Distance: %2").arg(sectorName, distanceText(s, *pa.placement)));
        syncSpin(m_distance, pa.placement->distance);
        syncSpin(m_angle, pa.placement->angle);
    } else {
        m_where->setText(pa.neutralZone ? tr("Not placed: in the neutral zone (no category yet).")
                                        : tr("Not placed: in the tray."));
    }
    m_distance->setEnabled(pa.placement.has_value());
    m_angle->setEnabled(pa.placement.has_value());
    m_place->setVisible(p && !pa.placement);

    m_hasDesired->setChecked(pa.desiredPlacement.has_value());
    if (pa.desiredPlacement) {
        syncSpin(m_desiredDistance, pa.desiredPlacement->distance);
        syncSpin(m_desiredAngle, pa.desiredPlacement->angle);
    }
    m_desiredDistance->setEnabled(pa.desiredPlacement.has_value());
    m_desiredAngle->setEnabled(pa.desiredPlacement.has_value());
    const bool canStep = pa.placement || pa.desiredPlacement;
    m_closer->setEnabled(canStep);
    m_further->setEnabled(canStep);

    m_disputed->setChecked(pa.disputed);
    sync(m_notes, pa.notes);
    QStringList named;
    for (const QString &id : pa.namedBy)
        named.append(texts::participantName(s, id));
    m_namedBy->setText(named.isEmpty() ? tr("nobody recorded") : named.join(QStringLiteral(", ")));
    m_added->setText(texts::clockTime(pa.addedMs));
    m_distanceSection->setObjectId(p ? m_id : QString());
    m_prioritySection->setObjectId(p ? m_id : QString());
}

} // namespace nwk
