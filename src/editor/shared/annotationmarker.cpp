// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmarker.h"

#include <QCoreApplication>
#include <QListWidgetItem>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace nwk {

namespace {
const QColor kBadgeFill(0x7b, 0x3f, 0xa0); ///< as the map's badges (render/annotations.cpp)
} // namespace

int annotationCount(const Session &session, AnnotationTarget kind, const QString &targetId)
{
    return static_cast<int>(std::count_if(
        session.annotations.begin(), session.annotations.end(),
        [&](const Annotation &a) { return a.targetKind == kind && a.targetId == targetId; }));
}

QString annotatedText(int count)
{
    if (count <= 0)
        return {};
    return QCoreApplication::translate("nwk::AnnotationMarker", "Annotated (%1)").arg(count);
}

QIcon annotationIcon(int count)
{
    if (count <= 0)
        return {};
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(kBadgeFill);
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(size * 5 / 8);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter,
                   count > 9 ? QStringLiteral("9+") : QString::number(count));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void markAnnotated(QListWidgetItem *item, int count)
{
    item->setIcon(annotationIcon(count));
    const QString text = annotatedText(count);
    item->setToolTip(text);
    item->setData(Qt::AccessibleDescriptionRole, text);
}

} // namespace nwk
