// SPDX-License-Identifier: GPL-3.0-or-later
// How a change reaches the views: DocumentEditor (documenteditor.h) changes the
// session and calls applied(), which keeps the document's look-ups right and
// announces the change once, as changed(Change). The typed signals are derived
// from that Change here, in one table, and nowhere else.
#include "nwk/editor/documenteditor.h"
#include "nwk/editor/sessiondocument.h"

namespace nwk {

namespace {

/// The typed signals of one collection followed by id (added, changed, removed).
struct TypedSignals {
    ChangeKind kind;
    void (SessionDocument::*added)(const QStringList &);
    void (SessionDocument::*changed)(const QStringList &);
    void (SessionDocument::*removed)(const QStringList &);
};

using D = SessionDocument;
constexpr TypedSignals kTyped[] = {
    {ChangeKind::Partner, &D::partnersAdded, &D::partnersChanged, &D::partnersRemoved},
    {ChangeKind::Link, &D::linksAdded, &D::linksChanged, &D::linksRemoved},
    {ChangeKind::Group, &D::groupsAdded, &D::groupsChanged, &D::groupsRemoved},
    {ChangeKind::MissingPartner, &D::missingPartnersAdded, &D::missingPartnersChanged,
     &D::missingPartnersRemoved},
    {ChangeKind::Annotation, &D::annotationsAdded, &D::annotationsChanged, &D::annotationsRemoved},
    {ChangeKind::Card, &D::cardsChanged, &D::cardsChanged, &D::cardsChanged},
};

} // namespace

void SessionDocument::applied(const Change &change, int index)
{
    if (change.kind == ChangeKind::Partner) {
        const bool appended = change.type == ChangeType::Added && m_partnerIndexValid &&
                              index == static_cast<int>(m_session.partners.size()) - 1;
        if (appended)
            m_partnerIndex.insert(change.ids.front(), index);
        else if (change.type != ChangeType::Changed)
            m_partnerIndexValid = false; // the partners after it moved
    }
    if (change.kind == ChangeKind::Link && change.type != ChangeType::Changed)
        m_linkIndexValid = false; // added, removed or reordered: the links after it moved
    if (change.kind == ChangeKind::Group)
        m_groupsOfValid = false;
    announce(change);
}

void SessionDocument::setLive(bool on)
{
    if (on == m_live)
        return;
    m_live = on;
    if (on)
        return;
    std::vector<Change> pending;
    pending.swap(m_liveChanges);
    m_announcingLive = true;
    for (const Change &change : pending)
        announce(change);
    m_announcingLive = false;
    recordHistory(); // one event per object changed by the gesture, at its end
}

void SessionDocument::announce(const Change &change)
{
    if (m_live) {
        // Kept first: a listener may end the gesture (setLive(false)) while it follows.
        // One announcement per run of changes of the same collection and type.
        if (!m_liveChanges.empty() && m_liveChanges.back().kind == change.kind &&
            m_liveChanges.back().type == change.type && !change.ids.isEmpty() &&
            !m_liveChanges.back().ids.isEmpty()) {
            QStringList &ids = m_liveChanges.back().ids;
            for (const QString &id : change.ids)
                if (!ids.contains(id))
                    ids.append(id);
        } else {
            m_liveChanges.push_back(change);
        }
        Q_EMIT liveChange(change);
        return;
    }
    Q_EMIT changed(change);
    for (const TypedSignals &typed : kTyped) {
        if (typed.kind != change.kind)
            continue;
        switch (change.type) {
        case ChangeType::Added:
            Q_EMIT(this->*typed.added)(change.ids);
            break;
        case ChangeType::Removed:
            Q_EMIT(this->*typed.removed)(change.ids);
            break;
        case ChangeType::Changed:
        case ChangeType::Reordered:
            Q_EMIT(this->*typed.changed)(change.ids);
            break;
        }
    }
    switch (change.kind) {
    case ChangeKind::Meta:
        Q_EMIT metaChanged();
        break;
    case ChangeKind::FreePlacement:
        Q_EMIT freePlacementChanged(m_session.freePlacement);
        break;
    case ChangeKind::RecordingStarted:
        Q_EMIT recordingStartedChanged();
        break;
    case ChangeKind::Deck:
        Q_EMIT deckChanged();
        break;
    default:
        break;
    }
}

void DocumentEditor::setPlacements(const std::vector<PartnerPlacement> &placements)
{
    QStringList changed;
    for (const PartnerPlacement &pp : placements) {
        const int i = indexOf<Partner>(pp.partnerId);
        Partner *p = i < 0 ? nullptr : &items<Partner>()[static_cast<std::size_t>(i)];
        if (!p || (p->placement == pp.placement && p->category == pp.category &&
                   (!pp.extraCategories || *pp.extraCategories == p->extraCategories) &&
                   (!pp.neutralZone || *pp.neutralZone == p->neutralZone)))
            continue;
        p->placement = pp.placement;
        p->category = pp.category;
        if (pp.extraCategories)
            p->extraCategories = *pp.extraCategories;
        if (pp.neutralZone)
            p->neutralZone = *pp.neutralZone;
        changed.append(pp.partnerId);
    }
    if (!changed.isEmpty())
        done(ChangeKind::Partner, ChangeType::Changed, changed);
}

} // namespace nwk
