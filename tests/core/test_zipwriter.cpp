// SPDX-License-Identifier: GPL-3.0-or-later
// The core's ZIP writer (zipwriter.h), read back by Python's zipfile, an independent reader.
#include "nwk/core/zipwriter.h"

#include "readfile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nwk;

namespace {

/// What Python's zipfile reads from `archive`: one line per entry, "name size method
/// y-m-d h:m:s crc-ok sha1", after zipfile's own test of every CRC. Empty (and a skip)
/// without python3.
QString readBack(const QByteArray &archive)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        NWK_SKIP("python3 is not available; the archive is not read back");
        return {};
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("a.zip"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(archive);
    f.close();
    const QString script = QStringLiteral(R"(
import sys, zipfile, hashlib
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for i in z.infolist():
    data = z.read(i)
    print(i.filename, i.file_size, i.compress_type, '%04d-%02d-%02d %02d:%02d:%02d' % i.date_time,
          hashlib.sha1(data).hexdigest())
)");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, file});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString sha1(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

} // namespace

TEST_CASE("ZIP writer: the CRC-32 is the standard one", "[zip]")
{
    CHECK(crc32Of(QByteArrayLiteral("123456789")) == 0xCBF43926u);
    CHECK(crc32Of({}) == 0u);
}

TEST_CASE("ZIP writer: Python's zipfile reads back every entry, deflated and stored",
          "[zip][python]")
{
    const QByteArray text = QByteArray("Netwerkkaart – café 🌍\n").repeated(200);
    const QByteArray tiny("x");
    QByteArray binary;
    for (int i = 0; i < 1000; ++i)
        binary.append(char((i * 7919) % 256));
    ZipWriter zip(QDateTime(QDate(2019, 3, 14), QTime(10, 30, 42)));
    REQUIRE(zip.addFile(QStringLiteral("project.qde"), text).isEmpty());
    REQUIRE(zip.addFile(QStringLiteral("sources/één.txt"), tiny).isEmpty());
    REQUIRE(zip.addFile(QStringLiteral("sources/empty.txt"), {}).isEmpty());
    REQUIRE(zip.addFile(QStringLiteral("raw.bin"), binary, ZipWriter::Method::Store).isEmpty());
    const QByteArray archive = zip.archive();
    CHECK(archive.size() < text.size()); // the repeated text was deflated

    const QString read = readBack(archive);
    if (read.isEmpty())
        return;
    // Deflated where that is smaller (8), else stored (0); the time in 2-second steps.
    CHECK(read == QStringLiteral("project.qde %1 8 2019-03-14 10:30:42 %2\n"
                                 "sources/één.txt 1 0 2019-03-14 10:30:42 %3\n"
                                 "sources/empty.txt 0 0 2019-03-14 10:30:42 %4\n"
                                 "raw.bin 1000 0 2019-03-14 10:30:42 %5\n")
                      .arg(text.size())
                      .arg(sha1(text), sha1(tiny), sha1({}), sha1(binary)));
}

TEST_CASE("ZIP writer: the same entries give the same bytes", "[zip]")
{
    auto make = [] {
        ZipWriter zip;
        zip.addFile(QStringLiteral("a.txt"), QByteArray("hello ").repeated(50));
        zip.addFile(QStringLiteral("b/c.txt"), QByteArray("world"));
        return zip.archive();
    };
    const QByteArray first = make();
    CHECK(make() == first);
    // No timestamp: 1980-01-01 00:00:00 (DOS time 0, date 0x21) in the first local header.
    CHECK(first.mid(10, 4) == QByteArray::fromHex("00002100"));
}

TEST_CASE("ZIP writer: refuses names that are not relative paths, repeated names", "[zip]")
{
    ZipWriter zip;
    REQUIRE(zip.addFile(QStringLiteral("a.txt"), "1").isEmpty());
    CHECK(zip.addFile(QStringLiteral("a.txt"), "2") ==
          QStringLiteral("entry 'a.txt' is already in the archive"));
    CHECK(zip.addFile(QStringLiteral("../a.txt"), "2").contains(QStringLiteral("relative path")));
    CHECK(zip.addFile(QStringLiteral("/etc/a"), "2").contains(QStringLiteral("relative path")));
    CHECK(zip.addFile(QStringLiteral("a\\b"), "2").contains(QStringLiteral("relative path")));
    CHECK(zip.addFile({}, "2") == QStringLiteral("an entry needs a name"));
    CHECK(zip.names() == QStringList{QStringLiteral("a.txt")});
    QString error;
    CHECK(
        zipArchive({{QStringLiteral("x"), "1"}, {QStringLiteral("x"), "2"}}, {}, &error).isEmpty());
    CHECK(error == QStringLiteral("entry 'x' is already in the archive"));
}

TEST_CASE("ZIP reader: reads back what the writer wrote, and refuses what is not a ZIP", "[zip]")
{
    ZipWriter zip;
    const QByteArray text = QByteArray("Netwerkkaart ").repeated(200); // deflates well
    REQUIRE(zip.addFile(QStringLiteral("mimetype"), "application/x-test", ZipWriter::Method::Store)
                .isEmpty());
    REQUIRE(zip.addFile(QStringLiteral("map/kaart €.txt"), text).isEmpty());
    REQUIRE(zip.addFile(QStringLiteral("empty"), QByteArray()).isEmpty());
    const QByteArray archive = zip.archive();
    const auto entries = readZipArchive(archive);
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    CHECK((*entries)[0].name == QStringLiteral("mimetype"));
    CHECK((*entries)[0].data == "application/x-test");
    CHECK((*entries)[1].name == QStringLiteral("map/kaart €.txt"));
    CHECK((*entries)[1].data == text);
    CHECK((*entries)[2].data.isEmpty());

    CHECK_FALSE(readZipArchive(QByteArray("not a zip at all")));
    QByteArray truncated = archive;
    truncated.remove(40, 20); // a local header's data cut short
    CHECK_FALSE(readZipArchive(truncated));
}
