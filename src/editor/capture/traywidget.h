// SPDX-License-Identifier: GPL-3.0-or-later
// The unplaced tray: the partners named but not yet on the map (the post-it
// round). Entries drag onto the map (mime MapView::partnerIdsMimeType()),
// Enter asks to place the selected ones, Ctrl+V asks to paste a list.
#pragma once

#include <QListWidget>
#include <QPointer>

class QMenu;
class QMimeData;

namespace nwk {

class SessionDocument;

class TrayWidget final : public QListWidget {
    Q_OBJECT

public:
    TrayWidget(SessionDocument *document, QWidget *parent = nullptr);

    /// Partner ids shown, in document order.
    QStringList partnerIds() const;
    QStringList selectedPartnerIds() const;
    void selectPartner(const QString &id);
    /// What dragging the selected entries carries (the real drag uses it).
    QMimeData *dragMimeData() const;

Q_SIGNALS:
    void placeRequested(const QStringList &ids);
    void pasteRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;

private:
    void refresh();
    void onPartnersTouched(const QStringList &ids);

    SessionDocument *m_document;
    QPointer<QMenu> m_menu; ///< the context menu open now (neutralzone.h)
};

} // namespace nwk
