// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/linkcommands.h"

#include <QCoreApplication>

namespace nwk {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::LinkCommands)
};
} // namespace

AddLink::AddLink(SessionDocument *document, Link link, int index, QUndoCommand *parent)
    : AddObject<Link>(document, std::move(link), Tr::tr("Add link"), index, parent)
{
}

RemoveLinks::RemoveLinks(SessionDocument *document, const QStringList &linkIds,
                         QUndoCommand *parent)
    : RemovalCommand(document, Removal::plan(document->session(), {}, linkIds), parent)
{
    const int n = static_cast<int>(removal().links.size());
    setText(n == 1 ? Tr::tr("Delete link") : Tr::tr("Delete %n links", nullptr, n));
}

} // namespace nwk
