// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerdistancesection.h"

#include "collapsiblesection.h"
#include "nwk/core/geometry.h"
#include "shared/propertytexts.h"
#include "statementedits.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {
QListWidget *compactList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMaximumHeight(56);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    return list;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

/// The row `list` showed before it was filled again, kept within its new length (the
/// first row when none was current, so that its fields and Remove act on one at once).
void restoreRow(QListWidget *list, int row)
{
    if (list->count() > 0)
        list->setCurrentRow(std::clamp(row, 0, list->count() - 1));
}
} // namespace

QString distanceText(const Session &s, const Placement &placement)
{
    switch (placement.distanceKind) {
    case DistanceKind::NotDiscussed:
        return PartnerDistanceSection::tr("distance not discussed");
    case DistanceKind::OnSchool:
        return PartnerDistanceSection::tr("on the school");
    case DistanceKind::InSchool:
        return PartnerDistanceSection::tr("in the school");
    case DistanceKind::Ring:
        break;
    }
    return texts::ringName(s, MapGeometry::forSession(s).ringAt(placement.distance));
}

PartnerDistanceSection::PartnerDistanceSection(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    m_section =
        new CollapsibleSection(tr("Distance"), QStringLiteral("partnerDistanceSection"), this);
    QWidget *body = m_section->body();
    m_kind = new QComboBox(body);
    m_kind->setObjectName(QStringLiteral("partnerDistanceKindCombo"));
    // In DistanceKind's order.
    m_kind->addItems({tr("On the rings (stated)"), tr("Not discussed"),
                      tr("On the school (“bijna erop”)"), tr("In the school")});
    m_kind->setToolTip(tr("How the group stated the distance: a partner whose distance was not "
                          "discussed keeps only its sector"));
    connect(m_kind, &QComboBox::activated, this, &PartnerDistanceSection::onDistanceKind);
    m_note = textEdit<PartnerField<&Partner::placementNote>>(
        QStringLiteral("partnerPlacementNoteEdit"), tr("Edit why near or far"));
    m_note->setMaximumHeight(48);
    m_note->setPlaceholderText(tr("why near or far, as said"));
    m_valence = enumCombo<PartnerField<&Partner::placementValence>>(
        QStringLiteral("partnerPlacementValenceCombo"), texts::valences(),
        tr("Change how the distance is valued"));
    m_valence->setToolTip(
        tr("How the group values the distance: \u201cte dicht\u201d is negative"));
    m_geo = lineEdit<PartnerField<&Partner::geoDistance>>(QStringLiteral("partnerGeoDistanceEdit"),
                                                          tr("Edit geographic distance"));
    m_geo->setPlaceholderText(tr("as said, e.g. \u201cnaast de school\u201d"));
    m_geoKm = new QDoubleSpinBox(body);
    m_geoKm->setObjectName(QStringLiteral("partnerGeoKmSpin"));
    m_geoKm->setRange(-1.0, 20000.0);
    m_geoKm->setDecimals(1);
    m_geoKm->setSuffix(tr(" km"));
    m_geoKm->setSpecialValueText(tr("unknown"));
    m_geoKm->setKeyboardTracking(false);
    watchBurst(m_geoKm);
    connect(m_geoKm, &QDoubleSpinBox::valueChanged, this, [this](double km) {
        pushChange<PartnerField<&Partner::geoKm>>(km < 0.0 ? -1.0 : km,
                                                  tr("Edit geographic distance"), m_geoKm);
    });
    m_desiredBy = compactList(body, QStringLiteral("partnerDesiredByList"));
    m_desiredBy->setToolTip(tr("The participants who wish the desired placement"));
    connect(m_desiredBy, &QListWidget::itemChanged, this,
            &PartnerDistanceSection::onDesiredByChanged);

    auto *form = sectionForm(body);
    m_form = form;
    form->setContentsMargins(4, 0, 0, 4);
    narrowCombo(m_kind);
    narrowCombo(m_valence);
    form->addRow(tr("Distance:"), m_kind);
    form->addRow(tr("Why near or far:"), m_note);
    form->addRow(tr("Valued as:"), m_valence);
    form->addRow(tr("Geographic:"), m_geo);
    form->addRow(tr("In km:"), m_geoKm);
    form->addRow(tr("Desired by:"), m_desiredBy);
    form->addRow(buildAlternatives(body));
    form->addRow(buildFormer(body));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_section);
    // A refused edit (annotation mode) shows the model's value again.
    connect(document, &SessionDocument::groupEditRefused, this, &PartnerDistanceSection::refresh);
}

QWidget *PartnerDistanceSection::buildAlternatives(QWidget *body)
{
    auto *box = new QWidget(body);
    m_alternatives = compactList(box, QStringLiteral("partnerAlternativesList"));
    m_alternatives->setToolTip(tr("Where single participants placed it (\u201cvoor mij heel "
                                  "dicht\u201d); the partner counts as disputed"));
    m_addAlternative = button(box, tr("Add a participant's placement\u2026"),
                              QStringLiteral("partnerAddAlternativeButton"));
    m_removeAlternative =
        button(box, tr("Remove"), QStringLiteral("partnerRemoveAlternativeButton"));
    m_alternativeNote = new QLineEdit(box);
    m_alternativeNote->setObjectName(QStringLiteral("partnerAlternativeNoteEdit"));
    m_alternativeNote->setPlaceholderText(tr("note, as said"));
    m_alternativeDistance = new QDoubleSpinBox(box);
    m_alternativeDistance->setObjectName(QStringLiteral("partnerAlternativeDistanceSpin"));
    m_alternativeDistance->setRange(0.0, 1.0);
    m_alternativeDistance->setDecimals(2);
    m_alternativeDistance->setSingleStep(0.05);
    m_alternativeDistance->setKeyboardTracking(false);
    m_alternativeDistance->setToolTip(tr("Where this participant placed it: 0 at the school, "
                                         "1 at the edge of the map"));
    watchBurst(m_alternativeNote);
    watchBurst(m_alternativeDistance);
    connect(m_alternatives, &QListWidget::currentRowChanged, this, [this] {
        const Partner *p = m_document->session().partner(m_id);
        RefreshGuard guard(m_refreshing);
        refreshAlternativeFields(shown(p));
    });
    connect(m_addAlternative, &QPushButton::clicked, this,
            [this] { edits::askAndAddAlternative(m_document, m_id, window()); });
    connect(m_removeAlternative, &QPushButton::clicked, this,
            [this] { removeSelected(m_alternatives, true); });
    connect(m_alternativeNote, &QLineEdit::textEdited, this,
            [this] { onAlternativeEdited(m_alternativeNote); });
    connect(m_alternativeDistance, &QDoubleSpinBox::valueChanged, this,
            [this] { onAlternativeEdited(m_alternativeDistance); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAlternative, 1);
    buttons->addWidget(m_removeAlternative);
    auto *form = sectionForm(box);
    addWideRow(form, tr("Participants' placements:"), m_alternatives);
    form->addRow(buttons);
    form->addRow(tr("Note:"), m_alternativeNote);
    form->addRow(tr("Their distance:"), m_alternativeDistance);
    return box;
}

QWidget *PartnerDistanceSection::buildFormer(QWidget *body)
{
    auto *box = new QWidget(body);
    m_former = compactList(box, QStringLiteral("partnerFormerList"));
    m_former->setToolTip(tr("Where it used to be, oldest first (\u201cvroeger dichtbij\u201d)"));
    m_keepFormer = button(box, tr("Keep current position as former\u2026"),
                          QStringLiteral("partnerKeepFormerButton"));
    m_keepFormer->setToolTip(tr("Records where it is now as a former placement; then move it "
                                "to where it is now"));
    m_removeFormer = button(box, tr("Remove"), QStringLiteral("partnerRemoveFormerButton"));
    connect(m_keepFormer, &QPushButton::clicked, this,
            [this] { edits::askAndKeepAsFormer(m_document, m_id, window()); });
    connect(m_removeFormer, &QPushButton::clicked, this,
            [this] { removeSelected(m_former, false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepFormer, 1);
    buttons->addWidget(m_removeFormer);
    auto *form = sectionForm(box);
    addWideRow(form, tr("Former placements:"), m_former);
    form->addRow(buttons);
    return box;
}

void PartnerDistanceSection::onDistanceKind(int index)
{
    const Partner *p = m_document->session().partner(m_id);
    if (!p || !p->placement)
        return;
    Placement placement = *p->placement;
    placement.distanceKind = static_cast<DistanceKind>(index);
    pushChange<PartnerField<&Partner::placement>>(
        placement, tr("Change how the distance is stated"), m_kind, true);
}

void PartnerDistanceSection::onDesiredByChanged()
{
    if (m_refreshing)
        return;
    QStringList ids;
    for (int i = 0; i < m_desiredBy->count(); ++i)
        if (m_desiredBy->item(i)->checkState() == Qt::Checked)
            ids.append(m_desiredBy->item(i)->data(Qt::UserRole).toString());
    pushChange<PartnerField<&Partner::desiredBy>>(
        ids, tr("Change who wishes the desired placement"), nullptr, true);
}

void PartnerDistanceSection::onAlternativeEdited(QWidget *source)
{
    const Partner *p = m_document->session().partner(m_id);
    const int row = m_alternatives->currentRow();
    if (m_refreshing || !p || row < 0 || row >= static_cast<int>(p->alternatives.size()))
        return;
    std::vector<AlternativePlacement> alternatives = p->alternatives;
    AlternativePlacement &a = alternatives[static_cast<std::size_t>(row)];
    a.note = m_alternativeNote->text();
    if (std::abs(a.placement.distance - m_alternativeDistance->value()) > 1e-9) {
        a.placement.distance = m_alternativeDistance->value();
        a.placement.distanceKind = DistanceKind::Ring;
    }
    pushChange<PartnerField<&Partner::alternatives>>(alternatives,
                                                     tr("Edit a participant's placement"), source);
}

void PartnerDistanceSection::removeSelected(QListWidget *list, bool alternatives)
{
    const Partner *p = m_document->session().partner(m_id);
    const int row = list->currentRow();
    if (!p || row < 0)
        return;
    Partner changed = *p;
    const auto index = static_cast<std::size_t>(row);
    if (alternatives && index < changed.alternatives.size())
        changed.alternatives.erase(changed.alternatives.begin() + row);
    else if (!alternatives && index < changed.formerPlacements.size())
        changed.formerPlacements.erase(changed.formerPlacements.begin() + row);
    edits::setPartner(m_document, changed,
                      alternatives ? tr("Remove a participant's placement")
                                   : tr("Remove a former placement"));
}

void PartnerDistanceSection::refreshAlternativeFields(const Partner &p)
{
    const int row = m_alternatives->currentRow();
    const bool has = row >= 0 && row < static_cast<int>(p.alternatives.size());
    const AlternativePlacement a =
        has ? p.alternatives[static_cast<std::size_t>(row)] : AlternativePlacement{};
    sync(m_alternativeNote, a.note);
    if (std::abs(m_alternativeDistance->value() - a.placement.distance) > 1e-9)
        m_alternativeDistance->setValue(a.placement.distance);
    for (QWidget *w :
         {static_cast<QWidget *>(m_alternativeNote), static_cast<QWidget *>(m_alternativeDistance),
          static_cast<QWidget *>(m_removeAlternative)})
        w->setEnabled(has);
}

void PartnerDistanceSection::refreshLists(const Session &s, const Partner &p)
{
    const int desiredRow = m_desiredBy->currentRow();
    m_desiredBy->clear();
    for (const Participant &pt : s.participants) {
        auto *item = new QListWidgetItem(edits::participantTitle(pt), m_desiredBy);
        item->setData(Qt::UserRole, pt.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(p.desiredBy.contains(pt.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (desiredRow >= 0 && desiredRow < m_desiredBy->count())
        m_desiredBy->setCurrentRow(desiredRow);

    const int alternativeRow = m_alternatives->currentRow();
    m_alternatives->clear();
    for (const AlternativePlacement &a : p.alternatives) {
        const Participant *who = s.participant(a.participantId);
        QString text = (who ? edits::participantTitle(*who) : tr("someone")) +
                       QStringLiteral(": ") + distanceText(s, a.placement);
        if (!a.note.isEmpty())
            text += QStringLiteral(" \u00b7 ") + a.note;
        m_alternatives->addItem(text);
    }
    restoreRow(m_alternatives, alternativeRow);

    const int formerRow = m_former->currentRow();
    m_former->clear();
    for (const FormerPlacement &f : p.formerPlacements) {
        QString text = distanceText(s, f.placement);
        if (!f.when.isEmpty())
            text += QStringLiteral(" \u00b7 ") + f.when;
        if (!f.why.isEmpty())
            text += QStringLiteral(" \u2013 ") + f.why;
        m_former->addItem(text);
    }
    restoreRow(m_former, formerRow);
}

void PartnerDistanceSection::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Partner *found = s.partner(m_id);
    const Partner &p = shown(found);
    m_kind->setCurrentIndex(
        static_cast<int>(p.placement ? p.placement->distanceKind : DistanceKind::Ring));
    m_kind->setEnabled(p.placement.has_value());
    sync(m_note, p.placementNote);
    m_valence->setCurrentIndex(static_cast<int>(p.placementValence));
    sync(m_geo, p.geoDistance);
    if (std::abs(m_geoKm->value() - p.geoKm) > 1e-9)
        m_geoKm->setValue(p.geoKm);
    refreshLists(s, p);
    m_form->setRowVisible(m_desiredBy, p.desiredPlacement.has_value() && !s.participants.empty());
    refreshAlternativeFields(p);
    m_keepFormer->setEnabled(p.placement.has_value());
    m_removeFormer->setEnabled(m_former->count() > 0);
    const bool stated = p.placement && p.placement->distanceKind != DistanceKind::Ring;
    m_section->setCount(static_cast<int>(p.alternatives.size() + p.formerPlacements.size()) +
                        (stated ? 1 : 0) + (p.placementNote.isEmpty() ? 0 : 1) +
                        (p.geoDistance.isEmpty() && p.geoKm < 0 ? 0 : 1));
}

} // namespace nwk
