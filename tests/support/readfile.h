// SPDX-License-Identifier: GPL-3.0-or-later
// What a test reads back from a file it made or a program wrote.
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QString>

namespace nwk::testdata {

/// The whole file; the test fails when it cannot be read.
inline QByteArray fileBytes(const QString &fileName)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// The whole file as UTF-8 text.
inline QString fileText(const QString &fileName)
{
    return QString::fromUtf8(fileBytes(fileName));
}

} // namespace nwk::testdata
