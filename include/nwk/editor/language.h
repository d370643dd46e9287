// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language (Qt Linguist translations, docs/translations.md) and the default
// language of the card deck for new sessions. The two are chosen separately: a Dutch
// interface can run an English deck.
#pragma once

#include "nwk/core/session.h"

#include <QString>
#include <QStringList>

namespace nwk {

/// QSettings key of the interface language: "" follows the system, else "en" or "nl".
inline constexpr const char *kUiLanguageKey = "ui/language";
/// QSettings key of the deck language of new sessions: "nl" (default) or "en".
inline constexpr const char *kDeckLanguageKey = "deck/language";

/// The interface languages there are translations for, source language first.
QStringList interfaceLanguages();

/// The interface language for a setting ("" = the first of `systemLanguages`, e.g.
/// QLocale::system().uiLanguages(), that we have; else English).
QString resolveInterfaceLanguage(const QString &setting, const QStringList &systemLanguages);

/// Installs Netwerkkaart's translation and Qt's own (standard buttons and dialogs) for
/// `language` ("en" or "nl") on the application, replacing those installed before.
/// Returns false if a translation could not be loaded.
bool installTranslators(const QString &language);

/// Removes the translators installed by installTranslators() (English source texts again).
void removeTranslators();

/// Installs the translators for the language of the settings (kUiLanguageKey, else the
/// system locale). Call once after creating the application. Returns the language used.
QString installTranslators();

/// The deck language new sessions start with (kDeckLanguageKey; "nl" when unset or unknown).
QString defaultDeckLanguage();

/// nwk::newSession() with the built-in study deck in defaultDeckLanguage().
Session newSessionWithDefaultDeck();

} // namespace nwk
