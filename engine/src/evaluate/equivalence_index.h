// The equivalence tables (`RuleSet::equivalences`) hashed for evaluation. Indexing a profile
// looks up a subject, a grade, a kind and a stage for each of its qualifications; a search of
// an ordered table compares texts some six times for each, text::Table about once. Built once,
// when the rules are loaded, and never changed: the ordered tables stay what the rest of the
// engine (the docs, the checks, diff) reads, and the two hold the same entries.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/rules.h"
#include "support/text_table.h"

namespace eligo {

class EquivalenceIndex {
public:
    using Grades = text::Table<int>;  ///< upper-case grade -> value on the 9-1 scale

    /// What the tables say of one kind of qualification.
    struct Kind {
        std::optional<int> level;                         ///< `kind_levels`
        const std::string* counts_as = nullptr;           ///< `kind_equivalents`; null: itself
        const std::vector<std::string>* areas = nullptr;  ///< `kind_areas`; null when none
        const Grades* grades = nullptr;                   ///< its own grades; null: the GCSE table
    };

    explicit EquivalenceIndex(const Equivalences& tables);
    // Its entries point at each other: it stays where it was built.
    EquivalenceIndex(const EquivalenceIndex&) = delete;
    EquivalenceIndex& operator=(const EquivalenceIndex&) = delete;

    /// The entry of a kind that some table names; null for any other kind (level unknown,
    /// counted as itself, no areas, GCSE grades).
    const Kind* kind(std::string_view name) const { return kinds_.find(name); }
    const Grades& gcse_grades() const { return gcse_grades_; }
    /// The canonical name of a lower-case subject; null when the table does not know it.
    const std::string* subject(std::string_view lowered) const { return subjects_.find(lowered); }
    /// The rank of an ITIL stage; null when the table does not know it.
    const int* stage(std::string_view name) const { return stages_.find(name); }
    /// The lower-case words that name an area in a title or subject; null for an area with none.
    const std::vector<std::string>* area_words(std::string_view area) const { return area_words_.find(area); }

private:
    Grades gcse_grades_;
    text::Table<Grades> kind_grades_;
    text::Table<std::string> kind_equivalents_;
    text::Table<std::vector<std::string>> kind_areas_;
    text::Table<Kind> kinds_;
    text::Table<std::string> subjects_;
    text::Table<int> stages_;
    text::Table<std::vector<std::string>> area_words_;
};

}  // namespace eligo
