// SPDX-License-Identifier: GPL-3.0-or-later
// The "Distance" section of a partner's properties (schema 3): how the distance was
// stated (on the rings, not discussed, on or in the school), why near or far and how
// the group values it, the geographic distance, who wishes the desired placement,
// participants' own placements and former placements. Closed by default.
#pragma once

#include "objecteditor.h"

class QDoubleSpinBox;
class QFormLayout;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace nwk {

class CollapsibleSection;

class PartnerDistanceSection : public ObjectEditor {
    Q_OBJECT

public:
    explicit PartnerDistanceSection(SessionDocument *document, QWidget *parent = nullptr);
    CollapsibleSection *section() const { return m_section; }

protected:
    void reload() override;

private:
    QWidget *buildAlternatives(QWidget *body);
    QWidget *buildFormer(QWidget *body);
    void onDistanceKind(int index);
    void onDesiredByChanged();
    void onAlternativeEdited(QWidget *source);
    void removeSelected(QListWidget *list, bool alternatives);
    void refreshLists(const Session &s, const Partner &p);
    void refreshAlternativeFields(const Partner &p);

    CollapsibleSection *m_section = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_valence = nullptr;
    QLineEdit *m_geo = nullptr;
    QDoubleSpinBox *m_geoKm = nullptr;
    QFormLayout *m_form = nullptr;
    QListWidget *m_desiredBy = nullptr;
    QListWidget *m_alternatives = nullptr;
    QPushButton *m_addAlternative = nullptr;
    QPushButton *m_removeAlternative = nullptr;
    QLineEdit *m_alternativeNote = nullptr;
    QDoubleSpinBox *m_alternativeDistance = nullptr;
    QListWidget *m_former = nullptr;
    QPushButton *m_keepFormer = nullptr;
    QPushButton *m_removeFormer = nullptr;
};

/// "ring name", "distance not discussed", "on the school" or "in the school".
QString distanceText(const Session &s, const Placement &placement);

} // namespace nwk
