// SPDX-License-Identifier: GPL-3.0-or-later
// readTranscript(): the limits, the text's lines, and which format the file is in.
#include "transcript/transcriptparse.h"

#include "io/jsonutil.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace nwk {

using transcript::Line;
using transcript::Reader;

namespace {

/// The file's lines as text, or false with an error: not UTF-8, a NUL byte, a line too long.
bool splitLines(const QByteArray &bytes, Reader &r)
{
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int number = 0;
    while (!rest.isEmpty()) {
        ++number;
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView raw = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.contains('\0')) {
            r.error(number, QStringLiteral("a NUL byte: this is not a text file"));
            return false;
        }
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decode(raw);
        if (decode.hasError()) {
            r.error(number, QStringLiteral("the text is not UTF-8 (save the transcript as UTF-8)"));
            return false;
        }
        if (text.size() > kMaxTranscriptLineChars) {
            r.error(number, QStringLiteral("the line is longer than %1 characters")
                                .arg(kMaxTranscriptLineChars));
            return false;
        }
        r.lines.push_back(Line{std::move(text), number});
    }
    return true;
}

bool isStampLine(const QString &text)
{
    return transcript::stampLinePattern().match(text).hasMatch();
}

std::optional<TranscriptFormat> detectFormat(const Reader &r, int &firstLine)
{
    static const QRegularExpression header(QStringLiteral("^WEBVTT(?:[ \\t].*)?$"));
    const auto first =
        std::find_if(r.lines.begin(), r.lines.end(), [](const Line &l) { return !l.isBlank(); });
    if (first == r.lines.end())
        return std::nullopt;
    firstLine = first->number;
    if (first == r.lines.begin() && header.match(first->text).hasMatch())
        return TranscriptFormat::WebVtt;
    if (isStampLine(first->text))
        return TranscriptFormat::StampedText;
    // SRT: a cue number then a timing line, or a timing line at once. Text with stamps
    // may start with a title: it is stamped text when a stamp follows.
    if (transcript::isTimingLine(first->text))
        return TranscriptFormat::Srt;
    const auto second = first + 1;
    if (second != r.lines.end() && transcript::isTimingLine(second->text))
        return TranscriptFormat::Srt;
    for (auto it = first; it != r.lines.end(); ++it) {
        if (isStampLine(it->text))
            return TranscriptFormat::StampedText;
    }
    // SRT whose first cue is broken or that starts with a title: its blocks without a
    // timing line are skipped with warnings.
    for (auto it = first; it != r.lines.end(); ++it) {
        if (transcript::isTimingLine(it->text))
            return TranscriptFormat::Srt;
    }
    return std::nullopt;
}

void readLines(Reader &r, TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::Srt:
        transcript::readSrt(r);
        break;
    case TranscriptFormat::WebVtt:
        transcript::readVtt(r);
        break;
    case TranscriptFormat::StampedText:
        transcript::readStamped(r);
        break;
    }
}

} // namespace

TranscriptReadResult readTranscript(const QByteArray &bytes, const QString &fileName)
{
    TranscriptReadResult result;
    result.fileName = fileName;
    Reader r;
    if (bytes.size() > kMaxTranscriptBytes) {
        r.error(0, QStringLiteral("the file is larger than %1 MiB, the most a transcript may have")
                       .arg(kMaxTranscriptBytes / (1024 * 1024)));
    } else if (splitLines(bytes, r)) {
        int firstLine = 0;
        const std::optional<TranscriptFormat> format = detectFormat(r, firstLine);
        if (firstLine == 0) {
            r.error(0, QStringLiteral("the file is empty: no transcript cues"));
        } else if (!format) {
            r.error(firstLine,
                    QStringLiteral("not a transcript this program reads: expected SRT (a cue "
                                   "number, then \"00:00:01,000 --> 00:00:04,000\"), WebVTT "
                                   "(\"WEBVTT\" on the first line) or text with [hh:mm:ss] "
                                   "stamps at the lines' starts"));
        } else {
            readLines(r, *format);
            if (!r.failed() && r.cues.empty())
                r.error(0, QStringLiteral("no readable transcript cues in the file"));
            if (!r.failed())
                result.transcript = Transcript{*format, std::move(r.cues)};
        }
    }
    result.diagnostics = std::move(r.diagnostics);
    return result;
}

TranscriptReadResult readTranscriptFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> bytes = io::readInputFile(path, error);
    if (bytes)
        return readTranscript(*bytes, QFileInfo(path).fileName());
    TranscriptReadResult result;
    result.fileName = QFileInfo(path).fileName();
    Diagnostic d;
    d.message = error;
    result.diagnostics.push_back(d);
    return result;
}

QString transcriptMessage(const QString &fileName, const Diagnostic &d)
{
    QString text = fileName;
    if (d.line > 0)
        text += QStringLiteral(":%1").arg(d.line);
    text += QStringLiteral(": ");
    if (d.severity == Diagnostic::Severity::Warning)
        text += QStringLiteral("warning: ");
    return text + d.message;
}

QStringList TranscriptReadResult::messages() const
{
    QStringList list;
    for (const Diagnostic &d : diagnostics)
        list << transcriptMessage(fileName, d);
    return list;
}

} // namespace nwk
