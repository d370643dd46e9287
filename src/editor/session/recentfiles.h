// SPDX-License-Identifier: GPL-3.0-or-later
// The list of recently used session files, kept in QSettings.
#pragma once

#include <QStringList>

namespace nwk {

class RecentFiles {
public:
    static constexpr int kMax = 10;

    /// Most recent first; absolute paths.
    QStringList files() const;
    /// Puts fileName first (removing an older entry), keeps at most kMax.
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();

private:
    void store(const QStringList &files);
};

} // namespace nwk
