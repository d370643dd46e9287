// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementtexts.h"

#include "shared/propertytexts.h"

#include <QCoreApplication>

namespace nwk::texts {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::StatementTexts)
};
} // namespace

QStringList reciprocities()
{
    return {Tr::tr("Not said"), Tr::tr("Reciprocal"), Tr::tr("One-sided")};
}

QStringList schoolRoles()
{
    return {Tr::tr("Not said"), Tr::tr("The school learns"), Tr::tr("The school offers"),
            Tr::tr("Both: learns and offers")};
}

QStringList relativeRelations()
{
    return {Tr::tr("closer than"), Tr::tr("further than"), Tr::tr("as close as")};
}

QString relativePlacementText(const Session &s, const RelativePlacement &r)
{
    const int relation = static_cast<int>(r.relation);
    //: A relative placement as listed: %1 "further than", %2 the other partner or the school
    QString text =
        Tr::tr("%1 %2").arg(relativeRelations().value(relation), endName(s, r.referenceId));
    if (!r.text.isEmpty())
        text += QStringLiteral(": \u201c%1\u201d").arg(r.text);
    if (!r.participantId.isEmpty())
        text += QStringLiteral(" (%1)").arg(participantName(s, r.participantId));
    return text;
}

} // namespace nwk::texts
