// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Preferences: the interface language (after a restart), the deck language of new
// sessions and the autosave delay. All kept in QSettings (keys in nwk/editor/language.h and
// Autosaver::kIntervalKey).
#pragma once

#include <QDialog>

class QComboBox;
class QMainWindow;
class QMenu;
class QSpinBox;

namespace nwk {

class EditorContext;

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    /// Adds Edit > Preferences… (Ctrl+,) to the Edit menu; the dialog is modal.
    static void install(EditorContext &context);

    /// Shows the values of the settings.
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Writes the chosen values to the settings, then closes.
    void accept() override;

private:
    QComboBox *m_interface = nullptr;
    QComboBox *m_deck = nullptr;
    QSpinBox *m_autosave = nullptr;
    QSpinBox *m_leadIn = nullptr; ///< playback's lead-in, seconds
};

} // namespace nwk
