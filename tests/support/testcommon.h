// SPDX-License-Identifier: GPL-3.0-or-later
// Included first in every test source by the compiler (-include, tests/CMakeLists.txt):
// how values print on failure (stringmakers.h) and the one way to skip (skip.h).
#pragma once

#include "skip.h"
#include "stringmakers.h"
