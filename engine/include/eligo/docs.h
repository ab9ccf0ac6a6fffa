// The rule set rendered back as a readable framework document, so that a policy author can
// check the encoding against the source document: per role its metadata, then level by level
// a table per category of every statement, how it is checked, and the reading chosen.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "eligo/rules.h"

namespace eligo {

struct DocsOptions {
    /// Role ids or aliases, in the order to show them (every version of each); empty: every
    /// role in rule set order. Ids the rule set does not hold are skipped: callers check them
    /// first with `RuleSet::find_role`.
    std::vector<std::string> roles;
};

/// The document as Markdown. Deterministic: the same rules give the same bytes (no date).
void write_docs_markdown(std::ostream& out, const RuleSet& rules, const DocsOptions& options);

/// The document as one self-contained HTML page: inline CSS, no scripts, no external
/// resources, a table of contents, and a page break before each role when printed.
void write_docs_html(std::ostream& out, const RuleSet& rules, const DocsOptions& options);

/// The roles' sections of that page alone, with the key to its marks, for a page of the
/// workspace to embed under its own stylesheet (`section.role`, `section.level`, `tr.member`,
/// `tr.depth-N`, `span.kind`).
void write_docs_html_roles(std::ostream& out, const RuleSet& rules, const DocsOptions& options);

}  // namespace eligo
