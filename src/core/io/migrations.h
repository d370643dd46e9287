// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations of session files: an ordered list of pure JSON -> JSON steps.
#pragma once

#include "io/jsonutil.h"

#include <optional>
#include <vector>

namespace nwk::io {

/// One step: the document of schema N in, the document of schema N + 1 out. Problems
/// that make the old document unmigratable are reported (with their schema-N paths).
using MigrationStep = Json (*)(const Json &document, Problems &problems);

/// migrationSteps()[i] migrates schema i + 1 to schema i + 2; there are kSchemaVersion - 1.
const std::vector<MigrationStep> &migrationSteps();

/// Schema 1 -> 2: placement {"ring", "angle"} -> {"distance", "angle"} (the ring's middle),
/// category "label" -> "labelNl" + "labelEn", top-level "deckId" -> "deck" object.
Json migrateV1toV2(const Json &document, Problems &problems);

/// Schema 2 -> 3: members only added (docs/file-format.md, "Schema 3"); every schema 2
/// member keeps its meaning, and the new ones take the defaults that say what schema 2
/// said: a distance is stated on the rings, priorities come from the participants.
Json migrateV2toV3(const Json &document, Problems &problems);

/// Runs the steps from fromVersion up to kSchemaVersion. nullopt when a step reported errors.
std::optional<Json> migrate(Json document, int fromVersion, Problems &problems);

} // namespace nwk::io
