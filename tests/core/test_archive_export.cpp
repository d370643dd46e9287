// SPDX-License-Identifier: GPL-3.0-or-later
// The archive export (archiveexport.h): the session file as saved, its audio parts and its
// transcript in one ZIP with a manifest and SHA-256 sums; refusals that leave nothing behind.
#include <catch2/catch.hpp>

#include "nwk/core/archiveexport.h"
#include "nwk/core/sessionio.h"
#include "nwk/core/zipwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace nwk;

namespace {

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Noise that deflate cannot shrink, as recorded audio nearly is.
QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

Session recordedSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Basisschool De Linde");
    s.meta.date = QStringLiteral("2026-12-07");
    s.recordingStarted = QStringLiteral("2026-12-07T10:00:00.000Z");
    s.recording.parts.push_back(
        {QStringLiteral("school.audio/part-001.wav"), 0, 61000, QStringLiteral("Mic"), {}});
    s.recording.parts.push_back(
        {QStringLiteral("school.audio/part-002.wav"), 75000, 5000, QString(), {}});
    s.transcript.file = QStringLiteral("school.srt");
    s.transcript.offsetMs = -2500;
    return s;
}

/// A session file with its parts and transcript beside it in `dir`.
QString writeRecordedSession(const QTemporaryDir &dir, const Session &s)
{
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(s, file).isEmpty());
    REQUIRE(
        writeBytes(dir.filePath(QStringLiteral("school.audio/part-001.wav")), noise(300000, 1)));
    REQUIRE(writeBytes(dir.filePath(QStringLiteral("school.audio/part-002.wav")), noise(20000, 2)));
    REQUIRE(writeBytes(dir.filePath(QStringLiteral("school.srt")),
                       "1\n00:00:01,000 --> 00:00:02,000\nAnn: Hallo\n"));
    return file;
}

QByteArray entry(const std::vector<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &e : entries)
        if (e.name == name)
            return e.data;
    FAIL("no entry " << name.toStdString());
    return {};
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("the archive holds the session file as saved, its audio parts, its transcript, a "
          "manifest and sums",
          "[archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = writeRecordedSession(dir, recordedSession());
    const QString out = dir.filePath(QStringLiteral("out/school.zip"));
    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    const ArchiveResult r = writeArchive(session, out);
    REQUIRE(r.error.toStdString() == "");
    CHECK(r.files ==
          QStringList{QStringLiteral("school.nwk"), QStringLiteral("school.audio/part-001.wav"),
                      QStringLiteral("school.audio/part-002.wav"), QStringLiteral("school.srt"),
                      QStringLiteral("manifest.json"), QStringLiteral("SHA256SUMS")});
    const QByteArray zip = readBytes(out);
    CHECK(r.bytes == zip.size());
    const auto entries = readZipArchive(zip);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 6);
    CHECK(entry(*entries, QStringLiteral("school.nwk")) == readBytes(session));
    const QByteArray wav = readBytes(dir.filePath(QStringLiteral("school.audio/part-001.wav")));
    CHECK(entry(*entries, QStringLiteral("school.audio/part-001.wav")) == wav);
    CHECK(zip.contains(wav)); // stored, not deflated
    CHECK(entry(*entries, QStringLiteral("school.srt")) ==
          readBytes(dir.filePath(QStringLiteral("school.srt"))));

    const QJsonObject m =
        QJsonDocument::fromJson(entry(*entries, QStringLiteral("manifest.json"))).object();
    CHECK(m.value(QStringLiteral("format")).toString() == QStringLiteral("netwerkkaart-archive"));
    CHECK(m.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(m.value(QStringLiteral("appVersion")).toString() == QStringLiteral(NWK_VERSION));
    CHECK(m.value(QStringLiteral("school")).toString() == QStringLiteral("Basisschool De Linde"));
    CHECK(m.value(QStringLiteral("sessionFile")).toString() == QStringLiteral("school.nwk"));
    const QJsonArray files = m.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 4);
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const QByteArray data = entry(*entries, f.value(QStringLiteral("name")).toString());
        CHECK(f.value(QStringLiteral("size")).toInteger() == data.size());
        CHECK(f.value(QStringLiteral("sha256")).toString() == sha256Hex(data));
    }
    const QJsonArray parts = m.value(QStringLiteral("audioParts")).toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts[1].toObject().value(QStringLiteral("startMs")).toInteger() == 75000);
    CHECK(parts[1].toObject().value(QStringLiteral("durationMs")).toInteger() == 5000);
    CHECK(parts[1].toObject().value(QStringLiteral("start")).toString() ==
          QStringLiteral("0:01:15"));
    CHECK(m.value(QStringLiteral("transcript"))
              .toObject()
              .value(QStringLiteral("offsetMs"))
              .toInteger() == -2500);

    const QStringList sums =
        QString::fromUtf8(entry(*entries, QStringLiteral("SHA256SUMS"))).split(QLatin1Char('\n'));
    CHECK(sums.size() == 6); // five files and the empty string after the last newline
    CHECK(sums.contains(sha256Hex(wav) + QStringLiteral("  school.audio/part-001.wav")));
    CHECK(sums.contains(sha256Hex(entry(*entries, QStringLiteral("manifest.json"))) +
                        QStringLiteral("  manifest.json")));
}

TEST_CASE("a missing audio part refuses the archive, naming the part, and writes nothing",
          "[archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = writeRecordedSession(dir, recordedSession());
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("school.audio/part-002.wav"))));
    const QString out = dir.filePath(QStringLiteral("school.zip"));
    REQUIRE(writeBytes(out, "an older archive"));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);

    const ArchiveResult r = writeArchive(session, out);
    CHECK(r.error.contains(
        QStringLiteral("audio part \"school.audio/part-002.wav\" is missing (no file ")));
    CHECK(r.error.contains(
        QDir::toNativeSeparators(dir.filePath(QStringLiteral("school.audio/part-002.wav")))));
    CHECK(readBytes(out) == "an older archive");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == before); // no temporary file left

    SECTION("allowMissing archives the rest and lists the missing part in the manifest")
    {
        ArchiveOptions o;
        o.allowMissing = true;
        const ArchiveResult a = writeArchive(session, out, o);
        REQUIRE(a.error.toStdString() == "");
        CHECK(a.missing == QStringList{QStringLiteral("school.audio/part-002.wav")});
        const auto entries = readZipArchive(readBytes(out));
        REQUIRE(entries.has_value());
        CHECK(entries->size() == 5);
        const QJsonObject m =
            QJsonDocument::fromJson(entry(*entries, QStringLiteral("manifest.json"))).object();
        CHECK(m.value(QStringLiteral("missing")).toArray() ==
              QJsonArray{QStringLiteral("school.audio/part-002.wav")});
        CHECK(m.value(QStringLiteral("audioParts"))
                  .toArray()[1]
                  .toObject()
                  .value(QStringLiteral("archived"))
                  .toBool() == false);
    }
}

TEST_CASE("a missing transcript refuses the archive, naming it", "[archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = writeRecordedSession(dir, recordedSession());
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("school.srt"))));
    const QString out = dir.filePath(QStringLiteral("school.zip"));
    const ArchiveResult r = writeArchive(session, out);
    CHECK(r.error.contains(QStringLiteral("transcript \"school.srt\" is missing")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("the archive is refused over its own inputs and for a file that is no session",
          "[archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = writeRecordedSession(dir, recordedSession());
    const QByteArray saved = readBytes(session);
    CHECK(writeArchive(session, session).error.contains(QStringLiteral("its own input")));
    CHECK(readBytes(session) == saved);
    const QString part = dir.filePath(QStringLiteral("school.audio/part-001.wav"));
    const QByteArray audio = readBytes(part);
    CHECK(writeArchive(session, part).error.contains(QStringLiteral("its own input")));
    CHECK(readBytes(part) == audio);

    const QString text = dir.filePath(QStringLiteral("notes.nwk"));
    REQUIRE(writeBytes(text, "{ not json"));
    const ArchiveResult r = writeArchive(text, dir.filePath(QStringLiteral("x.zip")));
    CHECK(r.error.startsWith(QStringLiteral("cannot archive \"%1\": not a valid session file")
                                 .arg(QDir::toNativeSeparators(text))));
    CHECK(writeArchive(dir.filePath(QStringLiteral("none.nwk")),
                       dir.filePath(QStringLiteral("x.zip")))
              .error.contains(QStringLiteral("no such file")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.zip"))));
}

TEST_CASE("a session without recording archives the session file alone", "[archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("plain.nwk"));
    REQUIRE(writeSessionFile(newSession(), session).isEmpty());
    const ArchiveResult r = writeArchive(session, dir.filePath(QStringLiteral("plain.zip")));
    REQUIRE(r.error.toStdString() == "");
    CHECK(r.files == QStringList{QStringLiteral("plain.nwk"), QStringLiteral("manifest.json"),
                                 QStringLiteral("SHA256SUMS")});
}
