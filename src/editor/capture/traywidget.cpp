// SPDX-License-Identifier: GPL-3.0-or-later
#include "traywidget.h"

#include "neutralzone.h"

#include "nwk/editor/mapview.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

namespace nwk {

TrayWidget::TrayWidget(SessionDocument *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("trayList"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setMinimumHeight(fontMetrics().height() * 6);
    setDefaultDropAction(Qt::CopyAction); // the drop moves the partner; the list follows the model
    setToolTip(tr("Partners not yet on the map. Drag one onto a sector, or select it and "
                  "press Enter to place it in the sector chosen under \u201cPlace in\u201d."));
    connect(document, &SessionDocument::sessionReset, this, &TrayWidget::refresh);
    connect(document, &SessionDocument::partnersAdded, this, &TrayWidget::onPartnersTouched);
    connect(document, &SessionDocument::partnersChanged, this, &TrayWidget::onPartnersTouched);
    connect(document, &SessionDocument::partnersRemoved, this, &TrayWidget::onPartnersTouched);
    refresh();
}

QStringList TrayWidget::partnerIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i)
        ids.append(item(i)->data(Qt::UserRole).toString());
    return ids;
}

QStringList TrayWidget::selectedPartnerIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i)
        if (item(i)->isSelected())
            ids.append(item(i)->data(Qt::UserRole).toString());
    return ids;
}

void TrayWidget::selectPartner(const QString &id)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == id) {
            setCurrentRow(i, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

QMimeData *TrayWidget::dragMimeData() const
{
    return mimeData(selectedItems());
}

void TrayWidget::onPartnersTouched(const QStringList &ids)
{
    // A drag on the map changes placed partners many times a second: only a
    // change that concerns the tray rebuilds it.
    const QStringList shown = partnerIds();
    const Session &s = m_document->session();
    for (const QString &id : ids) {
        const Partner *p = s.partner(id);
        if (shown.contains(id) || (p && !p->placement)) {
            refresh();
            return;
        }
    }
}

void TrayWidget::refresh()
{
    const QStringList selected = selectedPartnerIds();
    const QString current =
        currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
    clear();
    const Session &s = m_document->session();
    for (const Partner &p : s.partners) {
        if (p.placement)
            continue;
        auto *entry = new QListWidgetItem(p.label.isEmpty() ? tr("(no label)") : p.label, this);
        entry->setData(Qt::UserRole, p.id);
        QStringList namers;
        for (const QString &id : p.namedBy)
            if (const Participant *who = s.participant(id))
                namers.append(who->code.isEmpty() ? who->id : who->code);
        if (!namers.isEmpty())
            entry->setToolTip(tr("Named by %1").arg(namers.join(QStringLiteral(", "))));
        if (p.neutralZone) {
            //: A tray entry in the neutral zone: %1 the partner's label
            entry->setText(tr("%1 \u00b7 neutral zone").arg(entry->text()));
            QFont italic = entry->font();
            italic.setItalic(true);
            entry->setFont(italic);
        }
        if (selected.contains(p.id))
            entry->setSelected(true);
        if (p.id == current)
            setCurrentItem(entry, QItemSelectionModel::NoUpdate);
    }
}

bool TrayWidget::event(QEvent *event)
{
    // Paste here means "paste a list into the tray", even if a window-wide
    // Paste action exists.
    // Delete here deletes tray partners, never the selection on the map.
    if (event->type() == QEvent::ShortcutOverride &&
        (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste) ||
         static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete))) {
        event->accept();
        return true;
    }
    return QListWidget::event(event);
}

void TrayWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        event->accept();
        Q_EMIT pasteRequested();
        return;
    }
    if (event->matches(QKeySequence::Delete)) {
        event->accept();
        if (QUndoCommand *command = makeDeleteCommand(m_document, selectedPartnerIds(), {}))
            m_document->push(command);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QStringList ids = selectedPartnerIds();
        if (!ids.isEmpty()) {
            event->accept();
            Q_EMIT placeRequested(ids);
            return;
        }
    }
    QListWidget::keyPressEvent(event);
}

void TrayWidget::contextMenuEvent(QContextMenuEvent *event)
{
    if (QListWidgetItem *at = itemAt(event->pos()); at && !at->isSelected())
        setCurrentItem(at, QItemSelectionModel::ClearAndSelect);
    const QStringList ids = selectedPartnerIds();
    if (ids.isEmpty())
        return;
    if (m_menu)
        m_menu->deleteLater();
    m_menu = neutral::trayMenu(m_document, ids, this);
    connect(m_menu, &QMenu::aboutToHide, m_menu, &QObject::deleteLater);
    m_menu->popup(event->globalPos());
    event->accept();
}

QStringList TrayWidget::mimeTypes() const
{
    return {MapView::partnerIdsMimeType()};
}

QMimeData *TrayWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    QStringList ids;
    for (QListWidgetItem *entry : items)
        ids.append(entry->data(Qt::UserRole).toString());
    auto *mime = new QMimeData;
    mime->setData(MapView::partnerIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

} // namespace nwk
