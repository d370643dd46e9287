// SPDX-License-Identifier: GPL-3.0-or-later
// The participants of the focus group: a table (code, role, role group, joined,
// left) edited in place, buttons to add and remove participants and to stamp
// when one joined or left, and one checkable button per participant that marks
// the selected partners as important to that participant.
//
// Session clock (decision): "Joined now"/"Left now" stamp the milliseconds since
// session.recordingStarted (sessionClockMs()). While the clock is not running
// (no recording start, or one more than a day ago) the buttons are disabled and
// say why: -1 already means "from the start"/"stayed", and 0 would be a made-up
// time. A stamp is one undo step.
#pragma once

#include "sessiontabledock.h"
#include <QDateTime>

#include <functional>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace nwk {

class MapScene;

class ParticipantsDock : public SessionTableDock {
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        RoleColumn,
        RoleGroupColumn,
        JoinedColumn,
        LeftColumn,
        LateColumn,
        EarlyColumn
    };

    ParticipantsDock(SessionDocument *document, MapScene *scene, QWidget *parent = nullptr);

    /// The mark buttons, one per participant in session order.
    QList<QAbstractButton *> markButtons() const { return m_marks.buttons; }
    /// The clock's "now" (tests replace it).
    void setNow(std::function<QDateTime()> now);

    /// Adds a participant with the next free code and opens its role for typing.
    void addParticipant();
    /// Removes the current participant; asks first when things refer to them.
    void removeCurrent();
    /// Toggles participant `participantId`'s mark on the selected partners.
    void toggleMark(const QString &participantId);

private:
    void addColumns();
    void buildContent();
    void stamp(bool joined);
    void rebuildMarkButtons();
    void syncMarkButtons();
    void updateButtons();

    MapScene *m_scene;
    QPushButton *m_remove = nullptr;
    QPushButton *m_joined = nullptr;
    QPushButton *m_left = nullptr;

    /// "Important to:" and one checkable button per participant.
    struct MarkRow {
        QLabel *label = nullptr;
        QHBoxLayout *layout = nullptr;
        QList<QAbstractButton *> buttons;
    } m_marks;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace nwk
