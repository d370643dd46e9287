// SPDX-License-Identifier: GPL-3.0-or-later
// Properties of one partner: every field of nwk::Partner.
#pragma once

#include "objecteditor.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace nwk {

class PartnerEditor : public ObjectEditor {
    Q_OBJECT

public:
    explicit PartnerEditor(SessionDocument *document, QWidget *parent = nullptr);

    /// At most this many extra categories (session.h).
    static constexpr int kMaxExtraCategories = 3;

protected:
    void reload() override;

private:
    QWidget *buildCategories();
    QWidget *buildPlacement();
    QWidget *buildDesired();
    void fillCategoryLists();
    void onExtraChanged(QListWidgetItem *item);
    void onPlacementEdited();
    void onDesiredEdited();
    void setDesired(std::optional<Placement> desired, const QString &text);

    QLineEdit *m_label = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_pseudonym = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_formality = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_category = nullptr;
    QListWidget *m_extras = nullptr;
    QLabel *m_extrasHint = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_where = nullptr;
    QDoubleSpinBox *m_distance = nullptr;
    QDoubleSpinBox *m_angle = nullptr;
    QPushButton *m_place = nullptr;
    QCheckBox *m_hasDesired = nullptr;
    QDoubleSpinBox *m_desiredDistance = nullptr;
    QDoubleSpinBox *m_desiredAngle = nullptr;
    QPushButton *m_closer = nullptr;
    QPushButton *m_further = nullptr;
    QCheckBox *m_disputed = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_namedBy = nullptr;
    QLabel *m_added = nullptr;
    class PartnerQuotesList *m_quotes = nullptr;        ///< quotes and notes linked to the partner
    class PartnerIdentitySection *m_identity = nullptr; ///< members, hybrids, added after
    class RelativePlacementSection *m_relative = nullptr; ///< "further than ..."
    class PartnerDistanceSection *m_distanceSection = nullptr;
    class PartnerPrioritySection *m_prioritySection = nullptr;
};

} // namespace nwk
