// SPDX-License-Identifier: GPL-3.0-or-later
// A role typed on a phone reaches the editor's widgets as the words typed, never as markup
// (docs/participation.md): tooltips, the remove question, the participation dock.
#include "nwk/editor/markcommands.h"
#include "participationfixture.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextDocument>
#include <QToolButton>

using namespace nwk;
using namespace nwk::test;
using namespace nwk::test::round;

namespace {

const QString kRole = QStringLiteral("<b>x</b><img src=y>");

/// What a label or tooltip with `text` shows: Qt renders text that looks like HTML as
/// rich text unless told otherwise.
QString shown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    QTextDocument doc;
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)))
        doc.setHtml(text);
    else
        doc.setPlainText(text);
    return doc.toPlainText();
}

} // namespace

TEST_CASE("participation: a role typed on a phone shows as plain text everywhere",
          "[participation]")
{
    SessionFile file(roundSession());
    RoundWindow w(file.path);
    PhoneClient phone(w.joinUrl());
    phone.send({{QStringLiteral("t"), QStringLiteral("hello")},
                {QStringLiteral("device"), QStringLiteral("device-new")}});
    phone.send({{QStringLiteral("t"), QStringLiteral("iamNew")}, {QStringLiteral("role"), kRole}});
    w.waitForProposals(1);
    // The dock's proposal list and its group show the role as typed.
    CHECK(
        w.proposalLabels() ==
        QStringList{QStringLiteral("new participant \u2014 1 waiting: new participant: ") + kRole});
    w.decide(QStringLiteral("new participant: ") + kRole, w.dock->acceptButton());
    REQUIRE(w.doc().session().participants.size() == 4);
    const Participant added = w.doc().session().participants.back();
    REQUIRE(added.role == kRole);
    const QString title = added.code + QStringLiteral(" (") + kRole + QStringLiteral(")");

    auto *dockButton = w.child<QToolButton>("participantsDock",
                                            qPrintable(QStringLiteral("markButton_") + added.id));
    CHECK(shown(dockButton->toolTip()).startsWith(QStringLiteral("Matters to ") + title));
    auto *liveButton = w.window.findChild<QToolButton *>(QStringLiteral("liveMark_") + added.id);
    REQUIRE(liveButton);
    CHECK(shown(liveButton->toolTip()).startsWith(QStringLiteral("Matters to ") + title));

    // The remove question (asked when the participant holds a mark).
    REQUIRE(w.doc().push(makeToggleMarkCommand(&w.doc(), added.id, {QStringLiteral("pa1")})));
    auto *table = w.child<QTableView>("participantsDock", "participantsTable");
    auto *remove = w.child<QPushButton>("participantsDock", "removeParticipantButton");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(3, 0)).center());
    QString asked;
    bool seen = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = true;
        asked = shown(box->text(), box->textFormat());
        timer.stop();
        box->reject();
    });
    timer.start();
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(seen);
    CHECK(asked == QStringLiteral("Remove ") + title + QStringLiteral("?"));
}
