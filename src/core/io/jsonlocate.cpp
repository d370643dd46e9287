// SPDX-License-Identifier: GPL-3.0-or-later
// Finding where in JSON text a member of an object is written (for located messages about
// things the SAX parser reports without a position, such as duplicate keys).
#include "io/jsonutil.h"

#include <vector>

namespace nwk::io {

namespace {

struct Container {
    std::string path;
    bool object = false;
    bool expectKey = false; ///< objects: the next string is a key
    std::size_t index = 0;  ///< arrays: the current element
    std::string key;        ///< objects: the current member's key
};

/// The raw text of the string starting at `at` (the opening quote); `end` is set past the
/// closing quote. Escapes are kept as written (keys with escapes then never match).
std::string rawString(const char *text, qsizetype size, qsizetype at, qsizetype &end)
{
    qsizetype i = at + 1;
    while (i < size && text[i] != '"')
        i += text[i] == '\\' ? 2 : 1;
    end = std::min(i + 1, size);
    return std::string(text + at + 1, static_cast<std::size_t>(std::min(i, size) - at - 1));
}

std::string pathOfChild(const std::vector<Container> &stack)
{
    if (stack.empty())
        return {};
    const Container &c = stack.back();
    return c.object ? childPath(c.path, c.key) : childPath(c.path, c.index);
}

} // namespace

qsizetype findMemberKey(const char *text, qsizetype size, const std::string &objectPath,
                        const std::string &key, int occurrence)
{
    std::vector<Container> stack;
    int seen = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == '"') {
            qsizetype end = i;
            std::string s = rawString(text, size, i, end);
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Container &top = stack.back();
                top.expectKey = false;
                if (top.path == objectPath && s == key && ++seen == occurrence)
                    return i;
                top.key = std::move(s);
            }
            i = end - 1;
        } else if (c == '{' || c == '[') {
            Container next;
            next.path = pathOfChild(stack);
            next.object = c == '{';
            next.expectKey = next.object;
            stack.push_back(std::move(next));
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            if (stack.back().object)
                stack.back().expectKey = true;
            else
                ++stack.back().index;
        }
    }
    return -1;
}

} // namespace nwk::io
