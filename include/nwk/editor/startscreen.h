// SPDX-License-Identifier: GPL-3.0-or-later
// The start screen, shown when Netwerkkaart starts without a file: start a new
// session (the wizard), open a file, open a recent file, or open the bundled
// example. Closing it (Esc) leaves an empty new session. It also adds File >
// New Session Wizard and File > Open Example, so both stay reachable later.
#pragma once

#include <QDialog>

#include <functional>

class QListWidget;
class QPushButton;

namespace nwk {

class EditorContext;
class NewSessionWizard;

class StartScreen : public QDialog {
    Q_OBJECT

public:
    /// The example bundled with the app (a Qt resource of the netwerkkaart target).
    static QString bundledExample();

    /// The context is MainWindow::context(): its window, document and file workflow.
    explicit StartScreen(const EditorContext &context, const QString &example = bundledExample());

    /// Adds the File menu entries: New Session Wizard (Ctrl+Shift+N) before Open, and
    /// Open Example (enabled only when the bundled example exists) before Open Recent.
    static void install(EditorContext &context);
    /// Shows a start screen over the context's window (window-modal; returns at once).
    static StartScreen *showFor(const EditorContext &context,
                                const QString &example = bundledExample());
    /// Asks to save unsaved changes, then opens the wizard (window-modal, returns
    /// at once); its Finish replaces the session. nullptr when the user cancelled.
    static NewSessionWizard *startWizard(const EditorContext &context);

    QListWidget *recentList() const { return m_recent; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void newSession();
    void openFile();
    void openExample();
    void openRecent();
    void fillRecent();
    /// Runs `action`; closes the start screen when it replaced the session, else
    /// shows the start screen again.
    void closeIfOpened(const std::function<void()> &action);

    const EditorContext &m_context;
    QString m_example;
    QListWidget *m_recent = nullptr;
    QPushButton *m_openRecent = nullptr;
};

} // namespace nwk
