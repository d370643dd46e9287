// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph.h"

#include <algorithm>

namespace nwk::analysis {

namespace {
std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}
} // namespace

Graph::Graph(int nodes)
    : m_adjacent(at(std::max(0, nodes)))
{
}

void Graph::addTie(int a, int b)
{
    if (a == b || a < 0 || b < 0 || a >= nodeCount() || b >= nodeCount())
        return;
    m_adjacent[at(a)].push_back(b);
    m_adjacent[at(b)].push_back(a);
}

void Graph::finish()
{
    for (auto &list : m_adjacent) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
}

int Graph::degree(int node) const
{
    return static_cast<int>(m_adjacent[at(node)].size());
}

const std::vector<int> &Graph::neighbours(int node) const
{
    return m_adjacent[at(node)];
}

bool Graph::tied(int a, int b) const
{
    const auto &list = m_adjacent[at(a)];
    return std::binary_search(list.begin(), list.end(), b);
}

int Graph::tieCount() const
{
    std::size_t ends = 0;
    for (const auto &list : m_adjacent)
        ends += list.size();
    return static_cast<int>(ends / 2);
}

Brokerage Graph::brokerage(int node) const
{
    Brokerage b;
    const auto &alters = neighbours(node);
    b.alters = static_cast<int>(alters.size());
    if (alters.empty())
        return b;
    // Mark the alters once, so that each alter's own neighbour list is walked once:
    // O(sum of the alters' degrees), cheap for a school with a thousand partners.
    std::vector<bool> isAlter(m_adjacent.size(), false);
    for (int j : alters)
        isAlter[at(j)] = true;
    const double n = b.alters;
    const double pIq = 1.0 / n; // binary ties: p_iq = 1 / degree(i)
    int tieEnds = 0;
    double constraint = 0.0;
    for (int j : alters) {
        // indirect = sum over alters q tied to j of p_iq * p_qj, p_qj = 1 / degree(q).
        double indirect = 0.0;
        for (int q : neighbours(j)) {
            if (!isAlter[at(q)])
                continue;
            ++tieEnds;
            indirect += pIq / degree(q);
        }
        const double term = pIq + indirect;
        constraint += term * term;
    }
    b.alterTies = tieEnds / 2;
    b.effectiveSize = n - 2.0 * b.alterTies / n;
    b.constraint = constraint;
    return b;
}

int Graph::components(const std::vector<bool> &include) const
{
    std::vector<bool> seen(m_adjacent.size(), false);
    std::vector<int> stack;
    int count = 0;
    for (int start = 0; start < nodeCount(); ++start) {
        if (!include[at(start)] || seen[at(start)])
            continue;
        ++count;
        seen[at(start)] = true;
        stack.push_back(start);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int w : neighbours(v)) {
                if (include[at(w)] && !seen[at(w)]) {
                    seen[at(w)] = true;
                    stack.push_back(w);
                }
            }
        }
    }
    return count;
}

} // namespace nwk::analysis
