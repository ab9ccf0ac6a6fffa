#include "evaluate/equivalence_index.h"

#include <map>

namespace eligo {
namespace {

text::Table<EquivalenceIndex::Grades> grade_tables(const std::map<std::string, std::map<std::string, int>>& tables) {
    std::map<std::string, EquivalenceIndex::Grades> out;
    for (const auto& [kind, grades] : tables) out.emplace(kind, EquivalenceIndex::Grades(grades.begin(), grades.end()));
    return {out.begin(), out.end()};
}

}  // namespace

EquivalenceIndex::EquivalenceIndex(const Equivalences& tables)
    : gcse_grades_(tables.gcse_grades.begin(), tables.gcse_grades.end()),
      kind_grades_(grade_tables(tables.kind_grades)),
      kind_equivalents_(tables.kind_equivalents.begin(), tables.kind_equivalents.end()),
      kind_areas_(tables.kind_areas.begin(), tables.kind_areas.end()),
      subjects_(tables.subjects.begin(), tables.subjects.end()),
      stages_(tables.stages.begin(), tables.stages.end()),
      area_words_(tables.area_words.begin(), tables.area_words.end()) {
    // Every kind a table names, with what each table says of it: pointers into this index's
    // own tables, which no longer change.
    std::map<std::string, Kind> kinds;
    for (const auto& [kind, level] : tables.kind_levels) kinds[kind].level = level;
    for (const auto& e : kind_equivalents_.entries()) kinds[e.key].counts_as = &e.value;
    for (const auto& e : kind_areas_.entries()) kinds[e.key].areas = &e.value;
    for (const auto& e : kind_grades_.entries()) kinds[e.key].grades = &e.value;
    kinds_ = text::Table<Kind>(kinds.begin(), kinds.end());
}

}  // namespace eligo
