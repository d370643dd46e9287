// SPDX-License-Identifier: GPL-3.0-or-later
// Reading Qt Linguist translation sources (.ts) for the translation tests.
#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <map>
#include <vector>

namespace nwk::test {

struct TsMessage {
    QString context;
    QString source;
    QString comment; ///< disambiguation (tr()'s second argument)
    bool numerus = false;
    QString type;      ///< the translation's type: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< the translation, or its plural forms
    int line = 0;      ///< of the message in the .ts

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    /// "context: “source”" for failure lists.
    QString describe() const
    {
        return QStringLiteral("line %1, %2: \u201c%3\u201d").arg(line).arg(context, source);
    }
};

struct TsFile {
    QString language;
    std::vector<TsMessage> messages;
    QString error; ///< empty when the file was read
};

inline TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                ts.messages.push_back(message);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.line = static_cast<int>(xml.lineNumber());
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// The placeholders of a text, sorted: "%1".."%99" and "%n" (each as often as it occurs;
/// "%L1" counts as "%1").
inline QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(QLatin1Char('%') + it.next().captured(1));
    found.sort();
    return found;
}

/// How many '&' accelerators a text has ("&&" is a literal ampersand).
inline int accelerators(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&'))
            ++i;
        else
            ++n;
    }
    return n;
}

} // namespace nwk::test
