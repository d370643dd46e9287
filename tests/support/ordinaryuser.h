// SPDX-License-Identifier: GPL-3.0-or-later
// Permission tests that also run as root (CI runs as root, and root ignores file
// permissions): while an OrdinaryUser is alive, a root process acts as the user
// "nobody" (effective user and group), and the files the test made belong to that
// user, so that a read-only folder or an unreadable file stops the process exactly as
// it stops a user. For anyone else it changes nothing.
#pragma once

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace nwk::test {

class OrdinaryUser {
public:
    /// `owned`: the files and folders the test made, from the outermost (a
    /// QTemporaryDir's path) inwards; as root they are given to "nobody".
    explicit OrdinaryUser(const QStringList &owned)
    {
        if (::geteuid() != 0)
            return;
        const passwd *pw = ::getpwnam("nobody");
        const uid_t uid = pw ? pw->pw_uid : 65534;
        const gid_t gid = pw ? pw->pw_gid : 65534;
        for (const QString &path : owned) {
            INFO("giving " << path.toStdString() << " to nobody");
            REQUIRE(::lchown(QFile::encodeName(path).constData(), uid, gid) == 0);
        }
        REQUIRE(::setegid(gid) == 0);
        if (::seteuid(uid) != 0) {
            ::setegid(0);
            FAIL("cannot act as the user nobody (seteuid)");
        }
        active_ = true;
        // The outermost folder must be reachable, else a test would pass for that reason.
        if (!owned.isEmpty()) {
            const QString parent = QFileInfo(owned.first()).absolutePath();
            INFO("nobody cannot reach " << parent.toStdString()
                                        << " (set TMPDIR to a folder everyone may enter)");
            CHECK(::faccessat(AT_FDCWD, QFile::encodeName(parent).constData(), X_OK, AT_EACCESS) ==
                  0);
        }
    }
    ~OrdinaryUser() { restore(); }
    OrdinaryUser(const OrdinaryUser &) = delete;
    OrdinaryUser &operator=(const OrdinaryUser &) = delete;

    /// Back to root (before the test cleans up or checks as root).
    void restore()
    {
        if (!active_)
            return;
        active_ = false;
        if (::seteuid(0) != 0 || ::setegid(0) != 0)
            std::abort(); // never go on with the wrong user
    }

private:
    bool active_ = false;
};

/// True when this process may not open `path` with `mode` (R_OK, W_OK): checks that a
/// permission test's precondition holds for the user the process acts as.
inline bool denied(const QString &path, int mode)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), mode, AT_EACCESS) != 0;
}

} // namespace nwk::test
