// SPDX-License-Identifier: GPL-3.0-or-later
// The Dutch translation (docs/translations.md): complete, up to date with the sources,
// placeholders and accelerators kept, and used by the main window; the Preferences dialog.
#include "editorfixture.h"
#include "modalrun.h"
#include "tsfile.h"

#include "nwk/editor/autosaver.h"
#include "nwk/editor/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <functional>
#include <set>

using namespace nwk;
using namespace nwk::test;

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(NWK_SOURCE_DIR "/resources/translations/netwerkkaart_%1.ts")
        .arg(language);
}

/// Fails with the list of problems, one a line.
void requireNone(const QStringList &problems, const char *what)
{
    INFO(what << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.size() == 0);
}

/// Runs lupdate on the current sources, as scripts/update-translations.sh does, into a
/// new .ts; empty (with a warning) when lupdate is not installed.
std::vector<TsMessage> sourceTexts(const QString &language)
{
    const QString lupdate = QStringLiteral(NWK_LUPDATE_PATH);
    if (lupdate.isEmpty() || !QFileInfo(lupdate).isExecutable()) {
        NWK_SKIP("lupdate not found (Qt6::lupdate, Debian: qt6-tools-dev); the sources are not "
                 "compared with the .ts");
        return {};
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("check_%1.ts").arg(language));
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(NWK_SOURCE_DIR));
    process.start(lupdate,
                  {QStringLiteral("-source-language"), QStringLiteral("en"),
                   QStringLiteral("-target-language"), language, QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("@resources/translations/lupdate.lst"), QStringLiteral("-ts"),
                   out});
    REQUIRE(process.waitForFinished(60000));
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
    INFO(errors.toStdString());
    REQUIRE(process.exitCode() == 0);
    // "Class 'nwk' lacks Q_OBJECT macro" and the like: lupdate files such texts under
    // another context than the program looks up, so they would never be translated.
    QStringList misplaced;
    for (const QString &line : errors.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Q_OBJECT")) || line.contains(QLatin1String("Qualifying")))
            misplaced.append(line);
    }
    INFO("Give tr() a context lupdate can see: a Q_OBJECT class, or Q_DECLARE_TR_FUNCTIONS "
         "(docs/translations.md)");
    requireNone(misplaced, "texts whose context lupdate cannot tell");
    const TsFile ts = readTsFile(out);
    REQUIRE(ts.error.isEmpty());
    REQUIRE(ts.messages.size() > 100); // the scan found the sources
    return ts.messages;
}

/// Restores the settings a test changes.
struct SettingsGuard {
    QStringList keys;
    QVariantList values;
    explicit SettingsGuard(QStringList k)
        : keys(std::move(k))
    {
        QSettings settings;
        for (const QString &key : keys)
            values.append(settings.value(key));
    }
    ~SettingsGuard()
    {
        QSettings settings;
        for (int i = 0; i < keys.size(); ++i) {
            if (values[i].isValid())
                settings.setValue(keys[i], values[i]);
            else
                settings.remove(keys[i]);
        }
        removeTranslators();
    }
};

} // namespace

TEST_CASE("The Dutch translation is finished", "[i18n]")
{
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const TsFile ts = readTsFile(tsPath(language));
        REQUIRE(ts.error.isEmpty());
        CHECK(ts.language == language);
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (m.type == QLatin1String("unfinished"))
                problems.append(m.describe() + QStringLiteral(" is unfinished"));
            else if (!m.type.isEmpty())
                problems.append(m.describe() +
                                QStringLiteral(" is %1: no longer in the sources").arg(m.type));
            else if (m.forms.isEmpty() || m.forms.contains(QString()))
                problems.append(m.describe() + QStringLiteral(" has an empty translation"));
        }
        INFO(tsPath(language).toStdString());
        requireNone(problems, "messages not translated");
        if (language == QLatin1String("en")) {
            for (const TsMessage &m : ts.messages)
                CHECK(m.numerus); // English is the source: plural forms only
        }
    }
}

TEST_CASE("Every text of the sources is in the Dutch translation", "[i18n]")
{
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const std::vector<TsMessage> current = sourceTexts(language);
        std::set<QString> translated;
        for (const TsMessage &m : readTsFile(tsPath(language)).messages)
            translated.insert(m.key());
        QStringList missing;
        for (const TsMessage &m : current) {
            if ((language == QLatin1String("nl") || m.numerus) && !translated.count(m.key()))
                missing.append(QStringLiteral("%1: \u201c%2\u201d").arg(m.context, m.source));
        }
        INFO("Run scripts/update-translations.sh and translate the new texts in "
             << tsPath(language).toStdString());
        requireNone(missing, "texts of the sources missing from the translation");
    }
}

TEST_CASE("No text escape is misread by lupdate", "[i18n]")
{
    // lupdate 6.4 reads "\u201cChoose" as the escape \u201cC: the text it records is not the
    // program's, which then stays English. Split the literal after the escape.
    static const QRegularExpression escape(QStringLiteral(R"(\\u[0-9a-fA-F]{5})"));
    QStringList found;
    for (const char *dir : {"src/editor", "src/app", "include/nwk/editor"}) {
        QDirIterator it(QStringLiteral(NWK_SOURCE_DIR "/") + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                if (QString::fromUtf8(file.readLine()).contains(escape))
                    found.append(QStringLiteral("%1:%2").arg(file.fileName()).arg(line));
            }
        }
    }
    requireNone(found, "\\u escapes followed by a hex digit");
}

TEST_CASE("Translations keep the placeholders and accelerators of their source", "[i18n]")
{
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        QStringList problems;
        for (const TsMessage &m : readTsFile(tsPath(language)).messages) {
            for (const QString &form : m.forms) {
                if (form.isEmpty())
                    continue; // reported as unfinished
                if (placeholders(form) != placeholders(m.source))
                    problems.append(m.describe() +
                                    QStringLiteral(": placeholders %1 in \u201c%2\u201d")
                                        .arg(placeholders(m.source).join(QLatin1Char(' ')), form));
                if (accelerators(form) != accelerators(m.source))
                    problems.append(
                        m.describe() +
                        QStringLiteral(": &-accelerators differ in \u201c%1\u201d").arg(form));
            }
        }
        INFO(tsPath(language).toStdString());
        requireNone(problems, "placeholders or accelerators changed");
    }
}

TEST_CASE("The interface language follows the setting, else the system", "[i18n]")
{
    const QStringList flemish{QStringLiteral("nl-BE"), QStringLiteral("en-US")};
    CHECK(resolveInterfaceLanguage(QString(), flemish) == QLatin1String("nl"));
    CHECK(resolveInterfaceLanguage(QStringLiteral("en"), flemish) == QLatin1String("en"));
    CHECK(resolveInterfaceLanguage(QStringLiteral("nl"), {QStringLiteral("de-DE")}) ==
          QLatin1String("nl"));
    CHECK(resolveInterfaceLanguage(QString(), {QStringLiteral("fr_BE"), QStringLiteral("nl")}) ==
          QLatin1String("nl"));
    CHECK(resolveInterfaceLanguage(QString(), {QStringLiteral("de-DE")}) == QLatin1String("en"));
    CHECK(resolveInterfaceLanguage(QStringLiteral("xx"), {}) == QLatin1String("en"));
}

TEST_CASE("With the Dutch translation the main window's menus are Dutch", "[i18n]")
{
    SettingsGuard guard({QString::fromLatin1(kUiLanguageKey)});
    QSettings().setValue(QString::fromLatin1(kUiLanguageKey), QStringLiteral("nl"));
    REQUIRE(installTranslators() == QLatin1String("nl"));

    MainWindow window;
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    CHECK(titles.mid(0, 4) == QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"),
                                          QStringLiteral("Beel&d"), QStringLiteral("Netwerk&kaart")});
    CHECK(titles.last() == QStringLiteral("&Help"));
    const auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    REQUIRE(fileMenu);
    QStringList entries;
    for (const QAction *action : fileMenu->actions())
        entries.append(action->text());
    CHECK(entries.contains(QStringLiteral("&Nieuw")));
    CHECK(entries.contains(QStringLiteral("Op&slaan")));
    CHECK(entries.contains(QStringLiteral("A&fsluiten")));

    // Within each menu, every Dutch accelerator letter leads to one entry.
    QStringList clashes;
    std::function<void(const QMenu *, const QString &)> checkMenu = [&](const QMenu *menu,
                                                                        const QString &path) {
        QHash<QChar, QString> used;
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString text = action->text();
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (at >= 0) {
                const QChar key = text.at(at + 1).toLower();
                if (used.contains(key))
                    clashes.append(QStringLiteral("%1: \u201c%2\u201d and \u201c%3\u201d")
                                       .arg(path, used.value(key), text));
                used.insert(key, text);
            }
            if (action->menu())
                checkMenu(action->menu(), path + QStringLiteral(" > ") + text);
        }
    };
    for (const QAction *menu : window.menuBar()->actions())
        checkMenu(menu->menu(), menu->text());
    requireNone(clashes, "menu entries sharing an accelerator");

    // Qt's own texts (standard buttons) come from Qt's Dutch translation.
    if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_nl.qm"))) {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Annuleren"));
    } else {
        NWK_SKIP("qtbase_nl.qm not installed (Debian: qt6-translations-l10n)");
    }

    // English: the plural forms of the source texts.
    REQUIRE(installTranslators(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("nwk::MapFindBar", "%n found", nullptr, 1) ==
          QStringLiteral("1 found"));
    CHECK(QCoreApplication::translate("nwk::GroupEditor", "%n partner(s): %1", nullptr, 1) ==
          QStringLiteral("1 partner: %1"));
}

TEST_CASE("Preferences set the interface language and the deck language apart", "[i18n]")
{
    SettingsGuard guard({QString::fromLatin1(kUiLanguageKey), QString::fromLatin1(kDeckLanguageKey),
                         QString::fromLatin1(Autosaver::kIntervalKey)});
    QSettings().remove(QString::fromLatin1(kUiLanguageKey));
    QSettings().remove(QString::fromLatin1(kDeckLanguageKey));
    QSettings().remove(QString::fromLatin1(Autosaver::kIntervalKey));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    REQUIRE(preferences);
    CHECK(window.findChild<QMenu *>(QStringLiteral("editMenu"))->actions().contains(preferences));
    CHECK(preferences->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+,"))));

    InNextModal preferencesDialog(&window, [](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        REQUIRE(dialog);
        auto *ui = dialog->findChild<QComboBox *>(QStringLiteral("interfaceLanguage"));
        auto *deck = dialog->findChild<QComboBox *>(QStringLiteral("deckLanguage"));
        auto *autosave = dialog->findChild<QSpinBox *>(QStringLiteral("autosaveSeconds"));
        REQUIRE((ui && deck && autosave));
        CHECK(ui->currentData().toString().isEmpty()); // follows the system
        CHECK(deck->currentData().toString() == QLatin1String("nl"));
        CHECK(autosave->value() == Autosaver::kDefaultIntervalMs / 1000);
        ui->setFocus();
        QTest::keyClick(ui, Qt::Key_End); // Nederlands
        deck->setFocus();
        QTest::keyClick(deck, Qt::Key_End); // English
        autosave->setFocus();
        autosave->selectAll();
        QTest::keyClicks(autosave, QStringLiteral("12"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    preferences->trigger();
    preferencesDialog.requireDone();
    QSettings settings;
    CHECK(settings.value(QString::fromLatin1(kUiLanguageKey)).toString() == QLatin1String("nl"));
    CHECK(settings.value(QString::fromLatin1(kDeckLanguageKey)).toString() == QLatin1String("en"));
    CHECK(settings.value(QString::fromLatin1(Autosaver::kIntervalKey)).toInt() == 12000);

    // A new session starts with the English deck; the interface stays as it is.
    auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QAction *newAction = nullptr;
    for (QAction *action : fileMenu->actions()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::New)))
            newAction = action;
    }
    REQUIRE(newAction);
    newAction->trigger(); // File > New (Ctrl+N)
    CHECK(window.document()->session().deck.language == QLatin1String("en"));
    CHECK(window.document()->session().deck.id == builtinDeck(QStringLiteral("en")).id);
    CHECK(fileMenu->title() == QLatin1String("&File"));
}
