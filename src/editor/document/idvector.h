// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the session's collections of objects addressed by id.
#pragma once

#include "nwk/core/ids.h" // indexOfId

#include <QString>

#include <algorithm>
#include <vector>

namespace nwk {

/// Inserts at `index`, clamped to 0..size.
template <typename T> void insertAt(std::vector<T> &items, int index, const T &value)
{
    const auto clamped = std::clamp<std::ptrdiff_t>(index, 0, std::ssize(items));
    items.insert(items.begin() + clamped, value);
}

/// Removes the object with `id`; false when absent.
template <typename T> bool removeId(std::vector<T> &items, const QString &id)
{
    const int i = indexOfId(items, id);
    if (i < 0)
        return false;
    items.erase(items.begin() + i);
    return true;
}

/// Replaces the object with the same id; false when absent or unchanged.
template <typename T> bool replaceId(std::vector<T> &items, const T &value)
{
    const int i = indexOfId(items, value.id);
    if (i < 0 || items[static_cast<std::size_t>(i)] == value)
        return false;
    items[static_cast<std::size_t>(i)] = value;
    return true;
}

} // namespace nwk
