// SPDX-License-Identifier: GPL-3.0-or-later
#include "neutralzone.h"

#include "nwk/editor/changevalue.h"
#include "nwk/editor/sessiondocument.h"

#include <QCoreApplication>
#include <QMenu>

namespace nwk::neutral {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::NeutralZone)
};

/// The unplaced partners among `ids` whose neutral zone is not `on`.
QStringList toChange(const SessionDocument *doc, const QStringList &ids, bool on)
{
    QStringList found;
    for (const QString &id : ids) {
        const Partner *p = doc->session().partner(id);
        if (p && !p->placement && p->neutralZone != on)
            found.append(id);
    }
    return found;
}
} // namespace

void setNeutralZone(SessionDocument *doc, const QStringList &ids, bool on)
{
    const QStringList change = toChange(doc, ids, on);
    if (change.isEmpty())
        return;
    const QString text =
        on ? Tr::tr("Put %n partner(s) in the neutral zone", nullptr, change.size())
           : Tr::tr("Put %n partner(s) back in the tray", nullptr, change.size());
    auto *step = new QUndoCommand(text);
    for (const QString &id : change)
        new ChangeValue<PartnerField<&Partner::neutralZone>>(doc, id, on, text, step);
    doc->push(step);
}

QMenu *trayMenu(SessionDocument *doc, const QStringList &ids, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("trayContextMenu"));
    QAction *in = menu->addAction(Tr::tr("Put in the &Neutral Zone (No Category Yet)"));
    in->setObjectName(QStringLiteral("neutralZoneAction"));
    in->setToolTip(Tr::tr("Mentioned but not put in a sector: shown on the map in the neutral "
                          "zone, in every image and export"));
    in->setEnabled(!toChange(doc, ids, true).isEmpty());
    QAction *out = menu->addAction(Tr::tr("&Back to the Tray"));
    out->setObjectName(QStringLiteral("backToTrayAction"));
    out->setEnabled(!toChange(doc, ids, false).isEmpty());
    QObject::connect(in, &QAction::triggered, doc, [doc, ids] { setNeutralZone(doc, ids, true); });
    QObject::connect(out, &QAction::triggered, doc,
                     [doc, ids] { setNeutralZone(doc, ids, false); });
    return menu;
}

} // namespace nwk::neutral
