// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionsdock.h"
#include "versionsdock_names.h"

#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

namespace {

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

VersionsDock::VersionsDock(SessionDocument *document, QWidget *parent)
    : QDockWidget(tr("Versions"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("versionsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_snapshots = new QListWidget(content);
    m_snapshots->setObjectName(QStringLiteral("snapshotList"));
    m_snapshots->setMaximumHeight(120);
    layout->addWidget(m_snapshots);
    auto *buttons = new QHBoxLayout;
    auto *take = new QPushButton(tr("&Take Snapshot\u2026"), content);
    take->setObjectName(QStringLiteral("takeSnapshotButton"));
    m_remove = new QPushButton(tr("&Remove"), content);
    m_remove->setObjectName(QStringLiteral("removeSnapshotButton"));
    buttons->addWidget(take);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    m_comparison.from = new QComboBox(content);
    m_comparison.from->setObjectName(QStringLiteral("fromCombo"));
    m_comparison.to = new QComboBox(content);
    m_comparison.to->setObjectName(QStringLiteral("toCombo"));
    m_comparison.from->setToolTip(tr("The earlier version of the map"));
    m_comparison.to->setToolTip(tr("The later version of the map (Now: as it is now)"));
    form->addRow(tr("&From:"), m_comparison.from);
    form->addRow(tr("T&o:"), m_comparison.to);
    layout->addLayout(form);
    m_comparison.changes = new QListWidget(content);
    m_comparison.changes->setObjectName(QStringLiteral("changeList"));
    m_comparison.changes->setWordWrap(true);
    layout->addWidget(m_comparison.changes, 1);
    setWidget(content);

    connect(take, &QPushButton::clicked, this, &VersionsDock::askSnapshotName);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_snapshots->currentItem())
            m_document->push(new RemoveObject<Snapshot>(
                m_document, item->data(Qt::UserRole).toString(), tr("Remove snapshot")));
    });
    connect(m_snapshots, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_comparison.from, &QComboBox::currentIndexChanged, this, &VersionsDock::compare);
    connect(m_comparison.to, &QComboBox::currentIndexChanged, this, &VersionsDock::compare);
    onChange(document, {ChangeKind::Snapshot}, this, [this] { refresh(); });
    connect(document, &SessionDocument::sessionReset, this, &VersionsDock::refresh);
    // "Now" follows the map.
    for (auto signal : {&SessionDocument::partnersChanged, &SessionDocument::partnersAdded,
                        &SessionDocument::partnersRemoved, &SessionDocument::linksAdded,
                        &SessionDocument::linksRemoved})
        connect(document, signal, this, &VersionsDock::compare);
    refresh();
}

void VersionsDock::askSnapshotName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("snapshotNameDialog"));
    dialog->setWindowTitle(tr("Take Snapshot"));
    dialog->setLabelText(tr("Name of this version of the map (e.g. \u201c"
                            "after the focus group\u201d):"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            takeSnapshot(name.trimmed());
    });
    dialog->open();
}

QString VersionsDock::takeSnapshot(const QString &name)
{
    const Session &s = m_document->session();
    const QString id = uniqueId(s, QStringLiteral("snap"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_document->push(new AddObject<Snapshot>(m_document, snapshotOf(s, id, name, now),
                                             tr("Take snapshot \u201c%1\u201d").arg(name)));
    return id;
}

void VersionsDock::refresh()
{
    const auto &snapshots = m_document->session().snapshots;
    const QString from = m_comparison.from->currentData().toString();
    const QString to = m_comparison.to->currentData().toString();
    const bool hadSnapshots = m_comparison.from->count() > 1;
    m_snapshots->clear();
    const QSignalBlocker b1(m_comparison.from);
    const QSignalBlocker b2(m_comparison.to);
    m_comparison.from->clear();
    m_comparison.to->clear();
    for (const Snapshot &snap : snapshots) {
        const QString text = QStringLiteral("%1 (%2)").arg(snap.name, when(snap.created));
        auto *item = new QListWidgetItem(text, m_snapshots);
        item->setData(Qt::UserRole, snap.id);
        m_comparison.from->addItem(text, snap.id);
        m_comparison.to->addItem(text, snap.id);
    }
    m_comparison.from->addItem(tr("Now"), QString());
    m_comparison.to->addItem(tr("Now"), QString());
    // Default: the latest snapshot against now.
    const int fromIndex = hadSnapshots ? m_comparison.from->findData(from) : -1;
    m_comparison.from->setCurrentIndex(
        fromIndex >= 0 ? fromIndex : std::max(0, static_cast<int>(snapshots.size()) - 1));
    const int toIndex = m_comparison.to->findData(to);
    m_comparison.to->setCurrentIndex(toIndex >= 0 ? toIndex : m_comparison.to->count() - 1);
    m_remove->setEnabled(m_snapshots->currentRow() >= 0);
    compare();
}

Snapshot VersionsDock::stateOf(const QString &snapshotId) const
{
    const Session &s = m_document->session();
    if (const Snapshot *snap = ObjectAccess<Snapshot>::find(s, snapshotId))
        return *snap;
    return snapshotOf(s);
}

QStringList VersionsDock::describeChanges(const QString &fromId, const QString &toId) const
{
    const Snapshot before = stateOf(fromId);
    const Snapshot after = stateOf(toId);
    const MapDiff d = diffMaps(before, after);
    const QString language = m_document->session().meta.language;
    const versions::Names was{before, language};
    const versions::Names now{after, language};
    QStringList lines;
    for (const Partner &p : d.partnersAdded)
        lines << tr("Added: %1 (%2)").arg(now.partner(p.id), now.category(p.category));
    for (const Partner &p : d.partnersRemoved)
        lines << tr("Removed: %1").arg(was.partner(p.id));
    auto move = [&](const PartnerMove &m, const QString &what) {
        const QString rings =
            m.ringBefore == m.ringAfter
                ? tr("within %1").arg(now.ring(m.ringAfter))
                : tr("%1 \u2192 %2").arg(was.ring(m.ringBefore), now.ring(m.ringAfter));
        return what.arg(now.partner(m.partnerId), rings);
    };
    for (const PartnerMove &m : d.movedCloser)
        lines << move(m, tr("Moved closer: %1 (%2)"));
    for (const PartnerMove &m : d.movedFurther)
        lines << move(m, tr("Moved further: %1 (%2)"));
    for (const QString &id : d.placed)
        lines << tr("Placed on the map: %1").arg(now.partner(id));
    for (const QString &id : d.unplaced)
        lines << tr("Back in the tray: %1").arg(now.partner(id));
    for (const PartnerChange &c : d.recategorised)
        lines << tr("Recategorised: %1 from %2 to %3")
                     .arg(now.partner(c.partnerId), was.category(c.before), now.category(c.after));
    for (const PartnerChange &c : d.relabelled)
        lines << tr("Renamed: \u201c%1\u201d \u2192 \u201c%2\u201d").arg(c.before, c.after);
    for (const Link &l : d.linksAdded)
        lines << tr("Link added: %1 \u2013 %2").arg(now.partner(l.from), now.partner(l.to));
    for (const Link &l : d.linksRemoved)
        lines << tr("Link removed: %1 \u2013 %2").arg(was.partner(l.from), was.partner(l.to));
    for (const MarkChange &m : d.marksAdded)
        lines << tr("Mark added: %1 on %2")
                     .arg(now.participant(m.participantId), now.partner(m.partnerId));
    for (const MarkChange &m : d.marksRemoved)
        lines << tr("Mark removed: %1 on %2")
                     .arg(was.participant(m.participantId), now.partner(m.partnerId));
    lines << versions::statementLines(d, was, now);
    return lines;
}

void VersionsDock::compare()
{
    m_comparison.changes->clear();
    if (m_comparison.from->count() == 0)
        return;
    const QStringList lines = describeChanges(m_comparison.from->currentData().toString(),
                                              m_comparison.to->currentData().toString());
    if (lines.isEmpty())
        m_comparison.changes->addItem(tr("No changes."));
    else
        m_comparison.changes->addItems(lines);
}

} // namespace nwk
