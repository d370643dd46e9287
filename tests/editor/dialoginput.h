// SPDX-License-Identifier: GPL-3.0-or-later
// Filling in a dialog as a user does (the export dialogs' tests): find a field by its
// object name, type into it, toggle a check box, choose a combo entry with the arrow
// keys, press the OK button; and the settings the dialog remembers, cleared around a test.
#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace nwk::test {

/// The child of `dialog` named `name`; the test fails when there is none.
template <typename W> W *field(QWidget *dialog, const char *name)
{
    auto *w = dialog->findChild<W *>(QLatin1String(name));
    REQUIRE(w != nullptr);
    return w;
}

/// Replaces the text of a line edit or spin box as a user does: select all, type.
inline void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
}

inline void toggle(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

/// Moves the combo's current entry to `index` with the arrow keys.
inline void chooseIndex(QComboBox *combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

/// Clicks the dialog's OK button (Export, in the export dialogs).
inline void clickExport(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// The bytes of a written file; the test fails when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Removes the settings group `group` ("export/map", ...) at the start and at the end.
class CleanSettings {
public:
    explicit CleanSettings(QString group)
        : m_group(std::move(group))
    {
        QSettings().remove(m_group);
    }
    ~CleanSettings() { QSettings().remove(m_group); }
    CleanSettings(const CleanSettings &) = delete;
    CleanSettings &operator=(const CleanSettings &) = delete;

private:
    QString m_group;
};

} // namespace nwk::test
