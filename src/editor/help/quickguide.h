// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Quick Guide (F1): docs/user-guide.md, rendered, with its screenshots.
// The guide, the other documents it links to and docs/images/*.png are Qt
// resources of the editor (":/guide/", src/editor/CMakeLists.txt), so the
// installed program shows them too.
#pragma once

#include <QDialog>

class QAction;
class QMainWindow;
class QTextBrowser;

namespace nwk {

class EditorContext;

class QuickGuide : public QDialog {
    Q_OBJECT

public:
    /// Where the guide is: "qrc:/guide/user-guide.md".
    static QUrl guideUrl();

    /// Adds Help > Quick Guide (F1), first in the Help menu.
    static void install(EditorContext &context);

    explicit QuickGuide(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Screenshots are wider than the window: scale every image down to the page width.
    void fitImages();

    QTextBrowser *m_browser = nullptr;
    int m_fittedWidth = -1;
};

} // namespace nwk
