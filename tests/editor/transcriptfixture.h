// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the transcript tests: a focus group's session with cards that were current at
// known clock times, the Transcript dock's widgets, and the file dialog answered as a user.
#pragma once

#include "cardsfixture.h"
#include "dialoginput.h"
#include "modalrun.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

namespace nwk::test {

inline const QString kRegenboogSrt =
    QStringLiteral(NWK_TEST_DATA "/transcripts/focusgroep-regenboog.srt");

/// Participants P1 (zorgcoördinator) and P2 (directeur); the first card was current from
/// 0:00:00 to 0:00:15, the second from then on.
inline Session transcriptSession()
{
    Session s = focusGroupSession();
    CardProgress first;
    first.cardId = QStringLiteral("betekenisonderhandeling");
    first.status = CardStatus::Done;
    first.startedMs = 0;
    first.endedMs = 15000;
    CardProgress second;
    second.cardId = QStringLiteral("actoreninventarisatie");
    second.status = CardStatus::InProgress;
    second.startedMs = 15000;
    s.cards = {first, second};
    return s;
}

/// Answers the next file dialog with `path` typed into its file name field and Enter.
/// Polls, as the dialog opens inside the trigger's own event loop.
struct FileDialogAnswer {
    QTimer timer;
    bool answered = false;
    explicit FileDialogAnswer(const QString &path)
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this, path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer.stop();
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return dialog->reject();
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
            answered = true;
        });
        timer.start();
    }
};

/// The Transcript dock of a window, as the user sees it.
struct TranscriptUi {
    Window &w;
    QDockWidget *dock = nullptr;
    QTableView *table = nullptr;

    explicit TranscriptUi(Window &window)
        : w(window)
    {
        dock = w.window.findChild<QDockWidget *>(QStringLiteral("transcriptDock"));
        REQUIRE(dock);
        table = find<QTableView>("transcriptCues");
    }
    template <typename T> T *find(const char *name) const { return field<T>(dock, name); }

    /// Session > Import Transcript… with the file dialog answered with `path`.
    void import(const QString &path) const
    {
        FileDialogAnswer answer(path);
        w.action(QStringLiteral("Import Transcript\u2026"))->trigger();
        REQUIRE(answer.answered);
        QCoreApplication::processEvents();
    }
    int rows() const { return table->model()->rowCount(); }
    QString cell(int row, int column) const
    {
        return table->model()->index(row, column).data().toString();
    }
    /// Clicks on a cue; with Shift: extends the selection to it.
    void click(int row, Qt::KeyboardModifiers modifiers = {}) const
    {
        const QModelIndex index = table->model()->index(row, 2);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                          table->visualRect(index).center());
    }
    void typeOffset(const QString &text) const
    {
        auto *spin = find<QSpinBox>("transcriptOffset");
        typeInto(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    }
    /// Chooses the participant at `index` (0 = not assigned) for a speaker, with the keys.
    void assign(const QString &speaker, int index) const
    {
        for (QComboBox *combo :
             dock->findChildren<QComboBox *>(QStringLiteral("transcriptSpeaker")))
            if (combo->property("speaker").toString() == speaker)
                return chooseIndex(combo, index);
        FAIL("no speaker " << speaker.toStdString());
    }
};

} // namespace nwk::test
