// SPDX-License-Identifier: GPL-3.0-or-later
// The Properties panel in annotation mode, driven as a user does (issue #23): the
// partner's pseudonym is the researcher's and stays editable (one undo step, saved);
// every field of the group's data is disabled at once and after every refresh.
#include "marksfixture.h"

#include <QLineEdit>
#include <QSpinBox>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa1 = QStringLiteral("pa1");
const QString kPa2 = QStringLiteral("pa2");

template <typename T> T *named(const Window &w, const char *name)
{
    auto *found = w.window.findChild<T *>(QString::fromUtf8(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

void selectPartner(Window &w, const QString &id)
{
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(id));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{id});
}

void selectLink(Window &w)
{
    const QPointF mid =
        (w.scene().partnerPosition(kPa2) + w.scene().partnerPosition(QStringLiteral("pa3"))) / 2;
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.view().mapFromScene(mid));
    REQUIRE(w.scene().selectedLinkIds() == QStringList{QStringLiteral("l3")});
}

/// Turns annotation mode on as the user does: the Research toolbar's action.
void annotationModeOn(Window &w)
{
    QAction *mode = named<QAction>(w, "annotationModeAction");
    mode->trigger();
    REQUIRE(w.doc().annotationMode());
}

void checkPartnerLocked(Window &w)
{
    for (const char *name : {"partnerKindCombo", "partnerDistanceKindCombo", "partnerCategoryCombo",
                             "partnerFormalityCombo"}) {
        INFO(name);
        CHECK_FALSE(named<QComboBox>(w, name)->isEnabled());
    }
    CHECK_FALSE(named<QLineEdit>(w, "partnerLabelEdit")->isEnabled());
    CHECK_FALSE(named<QSpinBox>(w, "partnerCountSpin")->isEnabled());
    CHECK(named<QLineEdit>(w, "partnerPseudonymEdit")->isEnabled());
}

} // namespace

TEST_CASE("Annotation mode: the partner's pseudonym is edited in one undo step and saved",
          "[annotation][properties]")
{
    SessionFile file;
    DockWindow w(file.path);
    annotationModeOn(w);
    selectPartner(w, kPa1);
    auto *pseudonym = named<QLineEdit>(w, "partnerPseudonymEdit");
    REQUIRE(pseudonym->isEnabled());
    REQUIRE_FALSE(pseudonym->isReadOnly());
    const Partner before = w.partner(kPa1);
    const int steps = w.stack().count();
    pseudonym->setFocus();
    pseudonym->selectAll();
    QTest::keyClicks(pseudonym, QStringLiteral("Partner A"));
    CHECK(w.partner(kPa1).pseudonym == QStringLiteral("Partner A"));
    CHECK(w.stack().count() == steps + 1);
    CHECK(w.stack().undoText() == QStringLiteral("Edit pseudonym"));
    CHECK(w.saveAndRead(file).partner(kPa1)->pseudonym == QStringLiteral("Partner A"));
    // Undone in annotation mode too: a step of the researcher's layer.
    w.stack().undo();
    CHECK(w.partner(kPa1).pseudonym == before.pseudonym);
    CHECK(pseudonym->text() == before.pseudonym);
}

TEST_CASE("Annotation mode: the group's fields in Properties are disabled at once and stay so",
          "[annotation][properties]")
{
    SessionFile file;
    DockWindow w(file.path);
    annotationModeOn(w); // nothing selected yet: the panel shows its hint
    selectPartner(w, kPa1);
    checkPartnerLocked(w);
    selectPartner(w, kPa2); // another partner, and back
    checkPartnerLocked(w);
    selectPartner(w, kPa1);
    checkPartnerLocked(w);
    selectLink(w);
    CHECK_FALSE(named<QComboBox>(w, "linkKindCombo")->isEnabled());
    CHECK_FALSE(named<QComboBox>(w, "linkValenceCombo")->isEnabled());

    // A key on the kind combo changes nothing and the combo shows the model.
    selectPartner(w, kPa1);
    auto *kind = named<QComboBox>(w, "partnerKindCombo");
    const int shown = kind->currentIndex();
    const int steps = w.stack().count();
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    CHECK(kind->currentIndex() == shown);
    CHECK(w.stack().count() == steps);
    CHECK(static_cast<int>(w.partner(kPa1).kind) == shown);

    // Leaving annotation mode gives the fields back.
    named<QAction>(w, "annotationModeAction")->trigger();
    REQUIRE_FALSE(w.doc().annotationMode());
    CHECK(kind->isEnabled());
    CHECK(named<QLineEdit>(w, "partnerLabelEdit")->isEnabled());
    CHECK_FALSE(named<QLineEdit>(w, "partnerLabelEdit")->isReadOnly());
    CHECK(named<QComboBox>(w, "partnerDistanceKindCombo")->isEnabled());
}
