// Fuzz target: evaluation, progression and every writer of their results. The bytes choose a
// valid profile (kinds and other enumerations from the format's vocabularies, dates in 1950 to
// 2035, subjects, grades, training and competency ids the bundled rules use, and free text), built
// as the Profile model directly, and an as-of date. The profile is evaluated against every role of
// the bundled rules (loaded once, at start) in force on that date and checked; then every report
// is written into memory for one to three of those roles, and progression is assessed (career
// paths to those roles) and written.
//
// Besides crashes and sanitizer reports, it traps when a documented property fails:
// - a group is met, not met or unknown as docs/rule-language.md says from its members' outcomes;
// - a level's verdict is cumulative: eligible when every essential criterion of it and the levels
//   below is met, not eligible when one is not met, incomplete otherwise; `attained` is the
//   highest eligible level;
// - every criterion has a reason and a description; every JSON output is valid JSON;
// - a time gap's `met_on` is the earliest date on which the criterion is met.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>
#include <nlohmann/json.hpp>

#include "eligo/evaluate.h"
#include "eligo/explain.h"
#include "eligo/profile.h"
#include "eligo/progression.h"
#include "eligo/report.h"
#include "eligo/rules.h"

namespace {

using namespace eligo;

void require(bool property) {
    if (!property) __builtin_trap();
}

// --- the words a profile may use --------------------------------------------------------------

// The closed vocabularies of profile format version 1 (docs/profile-format.md).
const std::vector<std::string> kKinds = {"gcse",    "o_level",     "functional_skills", "a_level",      "nvq",
                                         "btec",    "apprenticeship", "diploma",         "certificate", "degree",
                                         "postgraduate", "cih",    "itil",              "other"};
const std::vector<std::string> kQualificationAreas = {"housing", "business_administration", "health_social_care",
                                                      "ict",     "data",                    "customer_engagement",
                                                      "management", "finance"};
const std::vector<std::string> kEmployerTypes = {"local_authority", "registered_provider", "public_sector", "voluntary",
                                                 "private"};
const std::vector<std::string> kWorkAreas = {
    "housing", "social_housing", "homelessness", "temporary_accommodation", "customer_service", "tenancy_management",
    "income_collection", "leasehold", "asb", "community_engagement", "ict", "data", "finance", "administration",
    "support", "older_people", "social_care"};
const std::vector<std::string> kStages = {"foundation", "practitioner", "specialist", "strategist",
                                          "leader",     "practice_manager", "managing_professional"};
const std::vector<std::string> kLicences = {"full_uk", "provisional_uk", "non_uk", "none"};
const std::vector<std::string> kVehicleAccess = {"daily", "occasional", "none"};
const std::vector<std::string> kSources = {"manager", "assessor", "document", "self"};
const std::vector<std::string> kOtherGrades = {"pass", "merit", "distinction", "2:1", "2:2", "first", "9", "1", "0"};

// The words the bundled rules look for, gathered once: what makes a profile meet criteria.
struct RuleWords {
    std::vector<std::string> roles;        ///< role ids
    std::vector<std::string> levels;       ///< level ids
    std::vector<std::string> competencies; ///< catalogue and role competencies
    std::vector<std::string> training;     ///< training ids
    std::vector<std::string> subjects;     ///< canonical names and synonyms
    std::vector<std::string> grades;       ///< GCSE grades and others
    std::vector<std::string> titles;       ///< words looked for in titles
};

void gather(const Criterion& criterion, std::set<std::string>& competencies, std::set<std::string>& training,
            std::set<std::string>& subjects, std::set<std::string>& titles) {
    if (auto* c = std::get_if<CompetencyRequirement>(&criterion.requirement)) competencies.insert(c->competency);
    if (auto* t = std::get_if<TrainingRequirement>(&criterion.requirement)) training.insert(t->training_id);
    if (auto* g = std::get_if<GcseRequirement>(&criterion.requirement)) subjects.insert(g->subjects.begin(), g->subjects.end());
    if (auto* q = std::get_if<QualificationRequirement>(&criterion.requirement)) {
        subjects.insert(q->subjects.begin(), q->subjects.end());
        titles.insert(q->titles.begin(), q->titles.end());
    }
    for (const auto& child : criterion.children) gather(child, competencies, training, subjects, titles);
}

RuleWords rule_words(const RuleSet& rules) {
    std::set<std::string> roles, levels, competencies, training, subjects, titles;
    for (const auto& [id, competency] : rules.catalogue) competencies.insert(id);
    for (const auto& role : rules.roles) {
        roles.insert(role.id);
        for (const auto& level : role.levels) {
            levels.insert(level.id);
            for (const auto& criterion : level.criteria) gather(criterion, competencies, training, subjects, titles);
        }
    }
    for (const auto& [synonym, canonical] : rules.equivalences.subjects) {
        subjects.insert(synonym);
        subjects.insert(canonical);
    }
    for (const auto& [area, words] : rules.equivalences.area_words) titles.insert(words.begin(), words.end());
    RuleWords words;
    words.roles.assign(roles.begin(), roles.end());
    words.roles.push_back("tenant-services/no-such-role");
    words.levels.assign(levels.begin(), levels.end());
    words.levels.push_back("Z");
    words.competencies.assign(competencies.begin(), competencies.end());
    words.competencies.push_back("no-such-competency");
    words.training.assign(training.begin(), training.end());
    words.training.push_back("internal-management-training");
    words.subjects.assign(subjects.begin(), subjects.end());
    for (const auto& [grade, value] : rules.equivalences.gcse_grades) words.grades.push_back(grade);
    words.grades.insert(words.grades.end(), kOtherGrades.begin(), kOtherGrades.end());
    words.titles.assign(titles.begin(), titles.end());
    return words;
}

std::shared_ptr<const RuleSet> bundled_rules;
const RuleWords* words;

// --- a profile from the bytes -----------------------------------------------------------------

class ProfileMaker {
public:
    explicit ProfileMaker(FuzzedDataProvider& in) : in_(in) {}

    Profile profile() {
        Profile p;
        p.id = "F-" + std::to_string(in_.ConsumeIntegralInRange(0, 9999));
        p.name = free_text();
        if (in_.ConsumeBool()) p.current_role = current_role();
        p.qualifications = list<Qualification>([this] { return qualification(); });
        if (in_.ConsumeBool()) p.driving = Driving{maybe_pick(kLicences), maybe_pick(kVehicleAccess)};
        p.employment = list<EmploymentPeriod>([this] { return employment(); });
        p.cpd = list<CpdRecord>([this] { return cpd(); });
        p.training = list<TrainingRecord>([this] { return training(); });
        p.evidence = list<Evidence>([this] { return evidence(); });
        return p;
    }

    Date date() {
        static const std::int32_t first = Date::from_ymd(1950, 1, 1).days();
        static const std::int32_t last = Date::from_ymd(2035, 12, 31).days();
        return Date::from_days(in_.ConsumeIntegralInRange(first, last));
    }

private:
    FuzzedDataProvider& in_;

    const std::string& pick(const std::vector<std::string>& values) {
        return values[in_.ConsumeIntegralInRange<std::size_t>(0, values.size() - 1)];
    }
    std::string maybe_pick(const std::vector<std::string>& values) { return in_.ConsumeBool() ? pick(values) : ""; }
    // Free text as a profile read from JSON can hold it: valid UTF-8, with the characters that
    // writers must escape (quotes, backslashes, controls, markup, table separators) often.
    std::string free_text() {
        static const std::string special = std::string("\"\\<>&'\n\r\t\x1b,;|`*_#[]{}") + '\0';
        std::string text;
        for (int n = in_.ConsumeIntegralInRange(0, 24); n > 0 && in_.remaining_bytes() > 0; --n) {
            switch (in_.ConsumeIntegralInRange(0, 3)) {
                case 0: text += special[in_.ConsumeIntegralInRange<std::size_t>(0, special.size() - 1)]; break;
                case 1: append_utf8(text, in_.ConsumeIntegralInRange<std::uint32_t>(0x80, 0x10FFFF)); break;
                default: text += static_cast<char>(in_.ConsumeIntegralInRange(0x20, 0x7E)); break;
            }
        }
        return text;
    }
    static void append_utf8(std::string& text, std::uint32_t c) {
        if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;  // surrogates are not characters
        auto byte = [&text](std::uint32_t b) { text += static_cast<char>(static_cast<unsigned char>(b)); };
        if (c < 0x800) {
            byte(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            byte(0xE0 | (c >> 12));
            byte(0x80 | ((c >> 6) & 0x3F));
        } else {
            byte(0xF0 | (c >> 18));
            byte(0x80 | ((c >> 12) & 0x3F));
            byte(0x80 | ((c >> 6) & 0x3F));
        }
        byte(0x80 | (c & 0x3F));
    }
    // A word the rules know, free text, or nothing.
    std::string word_or_text(const std::vector<std::string>& values) {
        switch (in_.ConsumeIntegralInRange(0, 3)) {
            case 0: return "";
            case 1: return free_text();
            default: return pick(values);
        }
    }
    std::optional<Date> maybe_date() { return in_.ConsumeBool() ? std::optional(date()) : std::nullopt; }
    std::optional<double> maybe_hours(double most) {
        if (!in_.ConsumeBool()) return std::nullopt;
        return in_.ConsumeBool() ? in_.ConsumeFloatingPointInRange(0.0, most) : in_.ConsumeIntegralInRange(0, 60);
    }
    std::vector<std::string> some(const std::vector<std::string>& values) {
        std::vector<std::string> chosen(in_.ConsumeIntegralInRange<std::size_t>(0, 4));
        for (auto& value : chosen) value = pick(values);
        return chosen;
    }
    std::optional<std::vector<std::string>> maybe_some(const std::vector<std::string>& values) {
        return in_.ConsumeBool() ? std::optional(some(values)) : std::nullopt;
    }
    // Absent, empty, or a few entries.
    template <class T, class Make>
    std::optional<std::vector<T>> list(Make make) {
        if (in_.ConsumeBool()) return std::nullopt;
        std::vector<T> entries;
        for (int n = in_.ConsumeIntegralInRange(0, 6); n > 0 && in_.remaining_bytes() > 0; --n) entries.push_back(make());
        return entries;
    }

    CurrentRole current_role() { return {pick(words->roles), pick(words->levels), maybe_date()}; }

    Qualification qualification() {
        Qualification q;
        q.kind = pick(kKinds);
        q.subject = word_or_text(words->subjects);
        q.title = word_or_text(words->titles);
        if (in_.ConsumeBool()) q.level = in_.ConsumeIntegralInRange(1, 8);
        q.grade = word_or_text(words->grades);
        q.stage = maybe_pick(kStages);
        q.areas = maybe_some(kQualificationAreas);
        q.in_progress = in_.ConsumeBool();
        q.awarded = maybe_date();
        q.awarding_body = free_text();
        return q;
    }

    EmploymentPeriod employment() {
        EmploymentPeriod e;
        e.employer = free_text();
        e.employer_type = maybe_pick(kEmployerTypes);
        e.title = word_or_text(words->titles);
        e.areas = maybe_some(kWorkAreas);
        if (in_.ConsumeBool()) e.managerial = in_.ConsumeBool();
        e.start = date();
        if (in_.ConsumeBool()) e.end = e.start->add_days(in_.ConsumeIntegralInRange(0, 20 * 366));  // not before start
        e.hours_per_week = maybe_hours(80);
        return e;
    }

    CpdRecord cpd() { return {date(), maybe_hours(200), free_text(), in_.ConsumeBool()}; }

    TrainingRecord training() { return {word_or_text(words->training), in_.ConsumeBool(), maybe_date()}; }

    Evidence evidence() {
        Evidence e;
        e.competency = pick(words->competencies);
        e.met = in_.ConsumeBool();
        e.source = pick(kSources);
        e.by = free_text();
        e.date = maybe_date();
        e.note = free_text();
        return e;
    }
};

// --- properties -------------------------------------------------------------------------------

// A group's outcome from its members', as docs/rule-language.md defines it; the same for every
// criterion below.
void check_criterion(const CriterionResult& result, const Profile& profile) {
    require(result.criterion != nullptr);
    require(!reason(result, profile).empty());
    require(!describe(*result.criterion).empty());
    if (const auto* group = std::get_if<GroupRequirement>(&result.criterion->requirement)) {
        int met = 0, unknown = 0;
        for (const auto& child : result.children) {
            met += child.outcome == Outcome::met;
            unknown += child.outcome == Outcome::unknown;
        }
        const int members = static_cast<int>(result.children.size());
        const int needed = group->mode == GroupRequirement::Mode::any_of   ? 1
                           : group->mode == GroupRequirement::Mode::all_of ? members
                                                                           : group->needed;
        const Outcome expected = met >= needed              ? Outcome::met
                                 : met + unknown < needed ? Outcome::not_met
                                                          : Outcome::unknown;
        require(result.outcome == expected);
    }
    for (const auto& child : result.children) check_criterion(child, profile);
}

// Verdicts cumulative over the levels, `attained` the highest eligible one.
void check_role(const RoleResult& role, const Profile& profile) {
    require(role.role != nullptr && role.levels.size() == role.role->levels.size());
    bool any_not_met = false, any_unknown = false;
    std::optional<std::string> attained;
    for (const auto& level : role.levels) {
        for (const auto& criterion : level.criteria) {
            check_criterion(criterion, profile);
            if (!criterion.criterion->essential) continue;
            any_not_met |= criterion.outcome == Outcome::not_met;
            any_unknown |= criterion.outcome == Outcome::unknown;
        }
        const Verdict expected = any_not_met ? Verdict::not_eligible : any_unknown ? Verdict::incomplete : Verdict::eligible;
        require(level.verdict == expected);
        if (level.verdict == Verdict::eligible) attained = level.level->id;
    }
    require(role.attained == attained);
}

// `met_on` is the earliest date on which the criterion, evaluated as of that date, is met.
void check_gap(const Gap& gap, const RuleSet& rules, const Profile& profile) {
    require(!action(gap, profile).empty());
    if (gap.time && gap.time->wait == Wait::met_on_date) {
        require(gap.time->met_on.has_value());
        const Date met_on = *gap.time->met_on;
        require(evaluate_criterion(gap.part(), ProfileIndex(rules, profile, met_on)).outcome == Outcome::met);
        require(evaluate_criterion(gap.part(), ProfileIndex(rules, profile, met_on.add_days(-1))).outcome != Outcome::met);
    }
    for (const auto& option : gap.options) check_gap(option, rules, profile);
}

void check_progression(const Progression& progression, const RuleSet& rules, const Profile& profile) {
    check_role(progression.result, profile);
    for (const auto& gap : progression.gaps) check_gap(gap, rules, profile);
}

void check_json(const std::string& text) { require(nlohmann::json::accept(text)); }

// --- writers ----------------------------------------------------------------------------------

void write_results(const ProfileResult& result, const RuleSet& rules, Date as_of, FuzzedDataProvider& in) {
    ReportOptions options{.as_of = as_of, .only_level = std::nullopt, .colour = in.ConsumeBool()};
    if (in.ConsumeBool()) options.only_level = in.PickValueInArray({"A", "B", "C", "L2", "L3", "L4", "Z"});

    std::ostringstream document;
    {
        JsonReport report(document, rules, options);
        report.add(result);
    }
    check_json(document.str());
    check_json(profile_result_json(result, options));

    std::ostringstream out;
    write_text(out, result, options);
    write_summary(out, result, options);
}

// One format per input (the bytes choose it): the documents are large, and time is coverage.
void write_progression(const PersonProgression& person, const RuleSet& rules, Date as_of, FuzzedDataProvider& in) {
    const auto format = in.PickValueInArray({ProgressionFormat::text, ProgressionFormat::json,
                                             ProgressionFormat::markdown, ProgressionFormat::html});
    std::ostringstream out;
    {
        ProgressionReport report(out, rules, {.as_of = as_of, .format = format, .path_details = in.ConsumeBool()});
        report.add(person);
    }
    if (format == ProgressionFormat::json) check_json(out.str());
    TeamSummary team{.as_of = as_of, .ruleset = rules.name + " " + rules.version, .digest = rules.digest,
                     .rows = {team_row(person)}};
    write_team_text(out, team);
    write_team_csv(out, team);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    if (!rules) __builtin_trap();  // the bundled rules must load
    bundled_rules = *rules;
    words = new RuleWords(rule_words(*bundled_rules));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    ProfileMaker maker(in);
    const Date as_of = maker.date();
    const bool with_paths = in.ConsumeBool();
    const Profile profile = maker.profile();
    const RuleSet& rules = *bundled_rules;

    const ProfileResult result = evaluate(rules, profile, {.as_of = as_of, .roles = {}});
    require(result.profile == &profile);
    for (const auto& role : result.roles) check_role(role, profile);

    // Every writer, for a few of the roles (the bytes choose which): the writers do the same for
    // each role, and the documents for all of them made a run ten times slower.
    ProfileResult shown{.profile = &profile, .roles = {}};
    std::vector<const Role*> shown_roles;
    if (!result.roles.empty()) {
        const auto n = result.roles.size();
        const auto first = in.ConsumeIntegralInRange<std::size_t>(0, n - 1);
        for (auto i = first; i < std::min(n, first + in.ConsumeIntegralInRange<std::size_t>(1, 3)); ++i) {
            shown.roles.push_back(result.roles[i]);
            shown_roles.push_back(result.roles[i].role);
        }
    }
    write_results(shown, rules, as_of, in);

    // Progression: the current role in full, career paths to the roles shown.
    const PersonProgression person = assess_person(rules, profile, as_of, shown_roles, with_paths);
    require(person.current.has_value() != person.problem.has_value());
    if (person.current) check_progression(*person.current, rules, profile);
    for (const auto& path : person.paths) check_progression(path.progression, rules, profile);
    write_progression(person, rules, as_of, in);
    return 0;
}
