// View data from the engine's results: the same words as the CLI's explanations (`reason`,
// `action`), ids and levels as the engine names them.
#pragma once

#include <string>
#include <string_view>

#include "eligo/progression.h"
#include "views.h"

namespace eligo::web {

/// An engine id read as words on a page: `needs_assessment` is "needs assessment".
std::string words(std::string_view id);

/// The person page's ladder, gaps and criteria. History, receipt and the decision form's
/// settings are the caller's to fill.
PersonView person_view(const PersonProgression& person);

/// The judgements waiting to be assessed for the next level, in document order.
TeamMember team_member(const PersonProgression& person);

}  // namespace eligo::web
