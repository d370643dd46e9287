#!/usr/bin/env bash
# Updates the translation sources (resources/translations/*.ts) from the C++ sources:
# new texts are added as unfinished, texts no longer in the code are dropped.
# Translate the new ones in Qt Linguist afterwards (docs/translations.md). The build only
# compiles the .ts files (lrelease); it never runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt 6's lupdate (Debian: qt6-l10n-tools, not on PATH); override with LUPDATE=/path/to/lupdate.
if [ -z "${LUPDATE:-}" ]; then
    bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
    LUPDATE="$bins/lupdate"
fi
opts=(-source-language en -locations none -no-obsolete -silent
      @resources/translations/lupdate.lst)

# Dutch: every text.
"$LUPDATE" "${opts[@]}" -target-language nl -ts resources/translations/netwerkkaart_nl.ts
# English is the source language: only the plural forms ("%n partner(s)") need a translation.
"$LUPDATE" "${opts[@]}" -target-language en -pluralonly -ts resources/translations/netwerkkaart_en.ts

# What is left to translate.
for ts in resources/translations/*.ts; do
    n=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $n unfinished"
done
