// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Quick Guide (F1) shows docs/user-guide.md with its screenshots, from the
// program's resources; the guide and docs/images/ agree.
#include "editorfixture.h"

#include "../../src/editor/help/quickguide.h"
#include "../../src/editor/help/shortcutshelp.h"

#include <QDir>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace nwk;
using namespace nwk::test;

namespace {

QString guideText()
{
    QFile f(QStringLiteral(NWK_SOURCE_DIR "/docs/user-guide.md"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(f.readAll());
}

/// The paths of the images the guide shows: ![alt](images/x.png).
QStringList imagesOf(const QString &markdown)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
    QStringList paths;
    for (auto it = image.globalMatch(markdown); it.hasNext();)
        paths.append(it.next().captured(1));
    return paths;
}

/// The guide's headings as the browser shows them (Markdown markup removed).
QStringList headingsOf(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,4}\s+(.*)$)"),
                                            QRegularExpression::MultilineOption);
    QStringList headings;
    for (auto it = heading.globalMatch(markdown); it.hasNext();) {
        QString h = it.next().captured(1).trimmed();
        h.remove(QLatin1Char('*')).remove(QLatin1Char('`'));
        headings.append(h);
    }
    return headings;
}

/// A document's image resource: the decoded image, or the file's bytes (QTextBrowser).
bool isLoadedImage(const QVariant &resource)
{
    if (resource.typeId() == QMetaType::QByteArray)
        return !QImage::fromData(resource.toByteArray()).isNull();
    return !resource.value<QImage>().isNull() || !resource.value<QPixmap>().isNull();
}

} // namespace

TEST_CASE("F1 opens the quick guide with its headings and every screenshot", "[guide]")
{
    SessionFile file;
    Window w(file.path);
    QTest::keyClick(&w.window, Qt::Key_F1);
    auto *guide = w.window.findChild<QuickGuide *>(QStringLiteral("quickGuide"));
    REQUIRE(guide);
    REQUIRE(QTest::qWaitForWindowExposed(guide));
    QTextBrowser *browser = guide->browser();
    CHECK(browser->source() == QuickGuide::guideUrl());

    const QString markdown = guideText();
    const QString shown = browser->toPlainText();
    const QStringList headings = headingsOf(markdown);
    REQUIRE(headings.size() >= 10);
    for (const QString &h : headings) {
        INFO("heading " << h.toStdString());
        CHECK(shown.contains(h));
    }
    CHECK_FALSE(shown.contains(QStringLiteral("](images/"))); // rendered, not raw Markdown

    const QStringList images = imagesOf(markdown);
    REQUIRE(images.size() >= 8);
    for (const QString &path : images) {
        INFO("image " << path.toStdString());
        CHECK(
            isLoadedImage(browser->document()->resource(QTextDocument::ImageResource, QUrl(path))));
    }

    // Pressing F1 again shows the same window rather than a second one.
    QTest::keyClick(&w.window, Qt::Key_F1);
    CHECK(w.window.findChildren<QuickGuide *>().size() == 1);
}

TEST_CASE("The quick guide scales screenshots to its width and follows links", "[guide]")
{
    QuickGuide guide;
    guide.resize(700, 600);
    guide.show();
    REQUIRE(QTest::qWaitForWindowExposed(&guide));
    QTextDocument *doc = guide.browser()->document();
    int images = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                ++images;
                CHECK(it.fragment().charFormat().toImageFormat().width() <= 700);
                CHECK(it.fragment().charFormat().toImageFormat().width() > 100);
            }
    CHECK(images >= 8);

    // The guide links to the shortcut reference; it is there in the program too.
    guide.browser()->setSource(QUrl(QStringLiteral("shortcuts.md")));
    INFO("source: " << guide.browser()->source().toString().toStdString());
    CHECK(guide.browser()->source().path().endsWith(QStringLiteral("shortcuts.md")));
    CHECK(guide.browser()->toPlainText().contains(QStringLiteral("Keyboard shortcuts")));
    auto *back = guide.findChild<QPushButton *>(QStringLiteral("quickGuideBack"));
    REQUIRE(back);
    REQUIRE(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(guide.browser()->source() == QuickGuide::guideUrl());
}

TEST_CASE("Every screenshot the guide shows is in docs/images, and every one there is shown",
          "[guide]")
{
    const QStringList referenced = imagesOf(guideText());
    const QDir images(QStringLiteral(NWK_SOURCE_DIR "/docs/images"));
    QSet<QString> files;
    for (const QString &name : images.entryList({QStringLiteral("*.png")}, QDir::Files))
        files.insert(QStringLiteral("images/") + name);
    for (const QString &path : referenced) {
        INFO("referenced in docs/user-guide.md: " << path.toStdString());
        CHECK(files.contains(path));
        CHECK(QFile::exists(QStringLiteral(":/guide/") + path)); // embedded in the program
    }
    for (const QString &file : std::as_const(files)) {
        INFO("in docs/images but not shown by docs/user-guide.md: " << file.toStdString());
        CHECK(referenced.contains(file));
    }
    CHECK_FALSE(files.isEmpty());
}

namespace {

/// The entry `path` ("Session > Presenter > Show on …") of the window's menus: the action, or
/// nullptr. A last part ending in "…" matches entries that start with the rest.
QAction *menuEntry(QMainWindow &window, const QStringList &path)
{
    QList<QAction *> entries = window.menuBar()->actions();
    QAction *found = nullptr;
    for (const QString &part : path) {
        QString wanted = part.trimmed();
        const bool prefix = wanted.endsWith(QStringLiteral("\u2026")) && wanted.size() > 1 &&
                            wanted.at(wanted.size() - 2) == QLatin1Char(' ');
        if (wanted.endsWith(QStringLiteral("\u2026")))
            wanted.chop(1);
        wanted = wanted.trimmed();
        found = nullptr;
        for (QAction *a : entries) {
            const QString text = ShortcutsHelp::plainText(a);
            if (text == wanted || (prefix && text.startsWith(wanted)))
                found = a;
        }
        if (!found)
            return nullptr;
        entries = found->menu() ? found->menu()->actions() : QList<QAction *>();
    }
    return found;
}

} // namespace

TEST_CASE("The menu entries and keys the guide names are the program's", "[guide]")
{
    SessionFile file;
    Window w(file.path);
    // **File > Export Map…** (`Ctrl+E`): a menu path in bold, maybe followed by its key.
    static const QRegularExpression entry(
        QStringLiteral(R"(\*\*([A-Z][^*]*? > [^*]+)\*\*(?:\s*\(`([^`]+)`\))?)"));
    int paths = 0;
    int keys = 0;
    for (auto it = entry.globalMatch(guideText()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString path = m.captured(1).simplified();
        INFO("guide: **" << path.toStdString() << "**");
        QAction *action = menuEntry(w.window, path.split(QStringLiteral(" > ")));
        CHECK(action != nullptr);
        ++paths;
        if (action && m.hasCaptured(2)) {
            const QKeySequence key(m.captured(2), QKeySequence::PortableText);
            INFO("key " << m.captured(2).toStdString());
            CHECK(action->shortcuts().contains(key));
            ++keys;
        }
    }
    CHECK(paths >= 25);
    CHECK(keys >= 10);
}
