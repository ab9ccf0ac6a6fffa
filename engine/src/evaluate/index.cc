#include <algorithm>
#include <cassert>
#include <cctype>
#include <functional>

#include "eligo/evaluate.h"
#include "evaluate/equivalence_index.h"
#include "support/text.h"

namespace eligo {
namespace {

using Grades = EquivalenceIndex::Grades;

// What the equivalence tables say of one kind of qualification, looked up once for each kind
// a profile holds rather than for each qualification.
struct KindTables {
    std::string_view kind;
    std::optional<int> level;                          ///< `kind_levels`
    std::string_view counts_as;                        ///< `kind_equivalents`, or the kind itself
    const std::vector<std::string>* areas = nullptr;  ///< `kind_areas`; null when none
    const Grades* grades = nullptr;                    ///< its own grades, or the GCSE table
};

KindTables tables_of(const EquivalenceIndex& eq, const std::string& kind) {
    KindTables t;
    t.kind = kind;
    t.counts_as = kind;
    t.grades = &eq.gcse_grades();
    if (const EquivalenceIndex::Kind* known = eq.kind(kind)) {
        t.level = known->level;
        if (known->counts_as) t.counts_as = *known->counts_as;
        t.areas = known->areas;
        if (known->grades) t.grades = known->grades;
    }
    return t;
}

// A recorded grade read onto the 9-1 scale through the kind's table (its own when it has one,
// otherwise the GCSE table); case and surrounding spaces do not matter.
std::optional<int> read_grade(const Grades& table, std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    thread_local std::string key;
    key.clear();
    text::append_upper(key, text);
    const int* value = table.find(key);
    if (!value) return std::nullopt;
    return *value;
}

// A double award's two grades: "4-4", "9/8", "C C" or run together ("CC", "A*A").
std::optional<std::pair<int, int>> read_double(const Grades& table, std::string_view text) {
    for (char separator : {'-', '/', ' ', ','})
        if (auto at = text.find(separator); at != std::string_view::npos) {
            auto a = read_grade(table, text.substr(0, at)), b = read_grade(table, text.substr(at + 1));
            if (a && b) return std::pair{*a, *b};
        }
    for (std::size_t at = 1; at < text.size(); ++at) {
        auto a = read_grade(table, text.substr(0, at)), b = read_grade(table, text.substr(at));
        if (a && b) return std::pair{*a, *b};
    }
    return std::nullopt;
}

bool names_nothing(std::string_view subject) {
    return !subject.empty() &&
           std::none_of(subject.begin(), subject.end(), [](unsigned char c) { return std::isalpha(c); });
}

void read_grades(const Equivalences& eq, const Grades& table, const Qualification& q, IndexedQualification& x) {
    if (q.grade.empty()) return;
    x.grade = read_grade(table, q.grade);
    if (x.grade) return;
    bool double_award = std::find(eq.double_awards.begin(), eq.double_awards.end(), x.subject) != eq.double_awards.end();
    if (auto both = double_award ? read_double(table, q.grade) : std::nullopt) {
        x.grade = both->first;
        x.second_grade = both->second;
        return;
    }
    x.grade_unreadable = true;
}

}  // namespace

ProfileIndex::ProfileIndex(const RuleSet& rules, const Profile& profile, Date as_of)
    : rules_(&rules), profile_(&profile), as_of_(as_of), lookup_(rules.equivalence_index.get()) {
    const Equivalences& eq = rules.equivalences;
    if (!lookup_) {  // a rule set put together by hand rather than loaded
        own_lookup_ = std::make_shared<const EquivalenceIndex>(eq);
        lookup_ = own_lookup_.get();
    }
    const EquivalenceIndex& lookup = *lookup_;
    if (profile.qualifications) {
        const auto& list = *profile.qualifications;
        qualifications_.reserve(list.size());
        words_at_.reserve(list.size());
        std::size_t length = 0;
        for (const auto& q : list) length += q.title.size() + 1 + q.subject.size();
        words_.reserve(length);
        thread_local std::string key;  // a lowered subject as a key of the tables, reused
        thread_local std::vector<KindTables> kinds;  // the kinds met so far in this profile
        kinds.clear();
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Qualification& q = list[i];
            IndexedQualification x;
            x.index = static_cast<int>(i);
            x.source = &q;
            auto known = std::find_if(kinds.begin(), kinds.end(), [&](const KindTables& t) { return t.kind == q.kind; });
            const KindTables& kind = known != kinds.end() ? *known : kinds.emplace_back(tables_of(lookup, q.kind));
            std::size_t start = words_.size();
            text::append_lower(words_, q.title);
            words_ += ' ';
            text::append_lower(words_, q.subject);
            words_at_.push_back({start, words_.size() - start, kind.areas});
            key.assign(words_, start + q.title.size() + 1, q.subject.size());
            const std::string* subject = lookup.subject(key);
            x.subject = subject ? std::string_view(*subject) : std::string_view(q.subject);
            x.level = q.level ? q.level : kind.level;
            x.subject_unreadable = names_nothing(q.subject);
            read_grades(eq, *kind.grades, q, x);
            x.kind = kind.counts_as;
            // Areas: as recorded; otherwise those the kind implies and those the title or
            // subject names, looked up by `in_any_area` for the areas a requirement asks about.
            // A qualification with neither title nor subject nor a kind that implies an area
            // stays unknown.
            if (q.areas)
                x.areas_known = true;
            else
                x.areas_known = !q.title.empty() || !q.subject.empty() || (kind.areas && !kind.areas->empty());
            if (const int* stage = lookup.stage(q.stage)) x.stage_rank = *stage;
            qualifications_.push_back(std::move(x));
        }
    }
    if (profile.evidence) index_evidence(*profile.evidence);
}

void ProfileIndex::index_evidence(const std::vector<Evidence>& records) {
    // The latest assessed record decides; self-declared records count only when no
    // assessed one exists (and then cannot make the criterion met). Records are grouped by
    // competency keeping their order, so a later record of equal rank and date still wins.
    evidence_.reserve(records.size());
    for (const auto& e : records)
        if (!e.date || *e.date <= as_of_)  // assessed after the as-of date: not yet known then
            evidence_.emplace_back(e.competency, &e);
    // By competency, then in the records' order: the pointers run in that order, so this is
    // a stable sort without the buffer std::stable_sort allocates.
    std::sort(evidence_.begin(), evidence_.end(), [](const auto& a, const auto& b) {
        return a.first < b.first || (a.first == b.first && std::less<>()(a.second, b.second));
    });
    auto rank = [](const Evidence& e) { return e.source == "self" ? 0 : 1; };
    auto later = [&](const Evidence& e, const Evidence& held) {
        return rank(e) > rank(held) ||
               (rank(e) == rank(held) && e.date.value_or(Date{}) >= held.date.value_or(Date{}));
    };
    std::size_t kept = 0;
    for (std::size_t i = 0; i < evidence_.size(); ++i) {
        if (kept > 0 && evidence_[kept - 1].first == evidence_[i].first) {
            if (later(*evidence_[i].second, *evidence_[kept - 1].second)) evidence_[kept - 1].second = evidence_[i].second;
            continue;
        }
        evidence_[kept++] = evidence_[i];
    }
    evidence_.resize(kept);
    // Each deciding record's slot, found by a search among the slots: a profile holds far fewer
    // records than the rules require competencies. Both are sorted by competency, so each
    // search starts where the last ended, and the last slot found is the table's end.
    const std::vector<std::string>& slots = rules_->competency_slots;
    thread_local std::vector<std::pair<std::size_t, std::uint32_t>> found;  // (slot, 1 + position), reused
    found.clear();
    auto from = slots.begin();
    for (std::size_t i = 0; i < evidence_.size(); ++i) {
        std::string_view competency = evidence_[i].first;
        from = std::lower_bound(from, slots.end(), competency,
                                [](const std::string& slot, std::string_view key) { return slot < key; });
        if (from == slots.end()) break;
        if (*from == competency)
            found.emplace_back(static_cast<std::size_t>(from - slots.begin()), static_cast<std::uint32_t>(i + 1));
    }
    by_slot_.assign(found.empty() ? 0 : found.back().first + 1, 0);
    for (const auto& [slot, position] : found) by_slot_[slot] = position;
}

bool ProfileIndex::in_any_area(const IndexedQualification& x, const std::vector<std::string>& areas) const {
    const Qualification& q = *x.source;
    auto among = [&](const auto& list) {
        return std::any_of(areas.begin(), areas.end(),
                           [&](const std::string& a) { return std::find(list.begin(), list.end(), a) != list.end(); });
    };
    if (q.areas) return among(*q.areas);
    const Words& words_of = words_at_[static_cast<std::size_t>(x.index)];
    if (words_of.kind_areas && among(*words_of.kind_areas)) return true;
    if (q.title.empty() && q.subject.empty()) return false;
    std::string_view words = lowered_words(x);
    for (const auto& area : areas)
        if (const std::vector<std::string>* keys = lookup_->area_words(area))
            for (const auto& key : *keys)
                if (!key.empty() && words.find(key) != std::string_view::npos) return true;
    return false;
}

std::string_view ProfileIndex::lowered_words(const IndexedQualification& q) const {
    const Words& w = words_at_[static_cast<std::size_t>(q.index)];
    return std::string_view(words_).substr(w.start, w.length);
}

const Evidence* ProfileIndex::evidence_for(const std::string& competency) const {
    auto it = std::lower_bound(evidence_.begin(), evidence_.end(), std::string_view(competency),
                               [](const auto& entry, std::string_view key) { return entry.first < key; });
    return it != evidence_.end() && it->first == competency ? it->second : nullptr;
}

const Evidence* ProfileIndex::evidence_for(const CompetencyRequirement& requirement) const {
    // A requirement without a slot (one built by hand, not loaded) is looked up by its id. One
    // with a slot is of these rules: every index is built with the rules it evaluates.
    if (requirement.slot < 0) return evidence_for(requirement.competency);
    auto slot = static_cast<std::size_t>(requirement.slot);
    assert(slot < rules_->competency_slots.size() && rules_->competency_slots[slot] == requirement.competency);
    std::uint32_t position = slot < by_slot_.size() ? by_slot_[slot] : 0;
    return position != 0 ? evidence_[position - 1].second : nullptr;
}

}  // namespace eligo
