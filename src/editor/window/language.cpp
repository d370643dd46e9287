// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/language.h"

#include "nwk/core/sessionio.h"
#include "nwk/editor/cards/deckresolver.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <array>

namespace nwk {

namespace {
/// The translators installed by installTranslators(), removed before the next install.
std::array<QPointer<QTranslator>, 2> &installed()
{
    static std::array<QPointer<QTranslator>, 2> translators;
    return translators;
}

QString languagePart(const QString &locale)
{
    return locale.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}
} // namespace

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl")};
}

QString resolveInterfaceLanguage(const QString &setting, const QStringList &systemLanguages)
{
    const QStringList available = interfaceLanguages();
    if (available.contains(setting))
        return setting;
    for (const QString &locale : systemLanguages) {
        const QString language = languagePart(locale);
        if (available.contains(language))
            return language;
    }
    return available.front();
}

void removeTranslators()
{
    for (QPointer<QTranslator> &t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}

bool installTranslators(const QString &language)
{
    removeTranslators();
    // Ours: ":/i18n/netwerkkaart_<language>.qm" (for English only the plural forms).
    // Qt's: qtbase_<language>.qm from Qt's translations folder (Debian: qt6-translations-l10n).
    const std::array<std::pair<QString, QString>, 2> files{{
        {QStringLiteral(":/i18n/netwerkkaart_") + language, QString()},
        {QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    }};
    bool ok = true;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (language == QLatin1String("en") && i == 1)
            break; // Qt's own texts are English
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(files[i].first, files[i].second)) {
            QCoreApplication::installTranslator(translator);
            installed()[i] = translator;
        } else {
            delete translator;
            ok = false;
        }
    }
    return ok;
}

QString installTranslators()
{
    const QString setting = QSettings().value(QString::fromLatin1(kUiLanguageKey)).toString();
    const QString language = resolveInterfaceLanguage(setting, QLocale::system().uiLanguages());
    installTranslators(language);
    return language;
}

QString defaultDeckLanguage()
{
    const QString language = QSettings().value(QString::fromLatin1(kDeckLanguageKey)).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("nl");
}

Session newSessionWithDefaultDeck()
{
    Session session = newSession();
    session.deck = deckRefOf(builtinDeck(defaultDeckLanguage()));
    return session;
}

} // namespace nwk
