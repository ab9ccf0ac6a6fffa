// The compiled rule set: roles, levels and criteria as immutable data.
//
// A RuleSet is built once by `load_rules` and never changes afterwards; any number of threads
// may evaluate against one RuleSet at the same time.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "eligo/date.h"
#include "eligo/error.h"

namespace eligo {

enum class Category { qualifications, knowledge, experience, skills, other };
enum class Kind { fact, judgement };

const char* to_string(Category);
const char* to_string(Kind);

/// `gcse`: GCSE passes (or equivalents) including named subjects.
struct GcseRequirement {
    std::vector<std::string> subjects;  ///< canonical subject names
    int min_grade = 4;                  ///< on the 9-1 scale
    std::string min_grade_text = "4";   ///< as the author wrote it
    int count = 0;
};

/// `qualification`, `cih`, `itil`, `apprenticeship`: one qualification matching every filter.
struct QualificationRequirement {
    std::vector<std::string> kinds;
    std::optional<int> min_level;
    std::vector<std::string> areas;
    std::vector<std::string> subjects;  ///< canonical subject names
    std::vector<std::string> titles;    ///< words looked for in the title, lower case
    std::string min_stage;              ///< ITIL-style stage, "" when not required
    int min_stage_rank = 0;
    bool working_towards = false;
};

/// `driving`: licence and vehicle access.
struct DrivingRequirement {
    std::string licence = "full_uk";
    std::string vehicle_access;  ///< "", "occasional" or "daily"
};

/// `experience`: months of matching employment, merged.
struct ExperienceRequirement {
    int months = 0;
    std::vector<std::string> employer_types;
    std::vector<std::string> areas;
    bool managerial = false;
};

/// `cpd`: recent continuing professional development.
struct CpdRequirement {
    int within_months = 12;
    int min_records = 1;
    std::optional<double> min_hours;
    bool verified = false;
};

/// `training`: a training record by id.
struct TrainingRequirement {
    std::string training_id;
    bool working_towards = false;
};

/// `competency`: a judgement met by an assessed evidence record.
struct CompetencyRequirement {
    std::string competency;
    /// Its place in `RuleSet::competency_slots`, set when the rules are loaded: evaluation
    /// finds the deciding evidence by it, without comparing ids. -1: not set (looked up by id).
    int slot = -1;
};

/// `any_of`, `all_of`, `at_least`: met when at least `needed` members are met.
struct GroupRequirement {
    enum class Mode { any_of, all_of, at_least } mode = Mode::all_of;
    int needed = 1;
};

/// `custom`: a sandboxed Lua function, by its index in the rule set.
struct CustomRequirement {
    int index = -1;
};

using Requirement = std::variant<GcseRequirement, QualificationRequirement, DrivingRequirement,
                                 ExperienceRequirement, CpdRequirement, TrainingRequirement,
                                 CompetencyRequirement, GroupRequirement, CustomRequirement>;

struct Criterion {
    std::string id;
    std::string type;  ///< the constructor the author used: gcse, cih, any_of, ...
    std::string text;  ///< the policy's own wording
    std::string reading;  ///< the interpretation the authors chose, if any
    Category category = Category::other;
    Kind kind = Kind::fact;
    bool essential = true;
    std::string where;  ///< `file:line` of the constructor call
    Requirement requirement;
    std::vector<Criterion> children;  ///< members of a group
};

struct Level {
    std::string id;    ///< A, B, C, L2, L3, L4
    std::string name;  ///< Developing, Practising, ...
    std::string where;  ///< `file:line` of the `level` call
    std::vector<Criterion> criteria;  ///< this level's own, in document order by category
};

struct Role {
    std::string id;
    std::string title;
    std::vector<std::string> posts;
    std::string grade;
    std::string framework;
    std::string framework_date;
    std::string source;
    std::string summary;
    std::vector<std::string> aliases;
    bool specification = false;  ///< a one-level person specification (Essential / Desirable)
    std::string where;
    std::vector<Level> levels;  ///< lowest first; verdicts are cumulative
    /// The first day this version of the role is in force; none: in force from the start.
    std::optional<Date> effective_from;
    /// The last day this version is in force: as written, or else the day before the next
    /// version of the role starts; none: no end.
    std::optional<Date> effective_until;

    /// Whether this version is in force on `date`.
    bool in_force(Date date) const;
};

/// A competency of the shared catalogue.
struct Competency {
    std::string id;
    std::string text;
    Category category = Category::knowledge;
    std::string where;  ///< `file:line` of its entry in the catalogue
};

/// Policy tables from `lib/equivalences.lua`, compiled.
struct Equivalences {
    std::map<std::string, int> gcse_grades;           ///< "A*" -> 8, "9" -> 9, "C" -> 4 ...
    std::map<std::string, std::string> subjects;      ///< lower-case synonym -> canonical name
    std::map<std::string, int> kind_levels;           ///< default RQF level by kind
    std::map<std::string, std::vector<std::string>> kind_areas;   ///< areas a kind implies
    std::map<std::string, std::vector<std::string>> area_words;   ///< area -> title words
    std::map<std::string, int> stages;                ///< ITIL stage -> rank
    std::map<std::string, int> grade_ranks;           ///< pay grade -> rank, higher is more senior
    /// Kinds graded on a scale of their own: kind -> upper-case grade -> 9-1 value.
    std::map<std::string, std::map<std::string, int>> kind_grades;
    std::vector<std::string> double_awards;           ///< canonical subjects awarded as two GCSEs
    std::map<std::string, std::string> kind_equivalents;  ///< kind -> the kind it counts as
    /// Kinds other than `gcse` that count towards a GCSE requirement.
    struct GcseEquivalent {
        std::string kind;
        std::optional<int> min_level;
        std::vector<std::string> subjects;  ///< empty: any subject
        std::optional<int> grade;           ///< counts as this grade; nullopt: its own grade
        std::map<std::string, std::string> reads_as;  ///< lower-case subject -> canonical, for this kind
    };
    std::vector<GcseEquivalent> gcse_equivalents;
};

class CustomRunner;  // the Lua states that run `custom` criteria; defined in the Lua layer
class EquivalenceIndex;  // `equivalences` hashed for evaluation; defined in the evaluator

struct RuleSet {
    std::string name;
    std::string version;
    std::string effective_from;  ///< `YYYY-MM-DD` as `ruleset { ... }` gives it, or ""
    std::string digest;  ///< sha256 over every loaded file's path and content
    std::vector<std::string> files;
    /// Every role, by id; the versions of one role (same id, periods that do not overlap)
    /// follow each other, earliest first.
    std::vector<Role> roles;
    std::map<std::string, Competency> catalogue;
    /// Every competency id a requirement names (the catalogue's and roles' own), sorted once;
    /// `CompetencyRequirement::slot` is a place in it.
    std::vector<std::string> competency_slots;
    Equivalences equivalences;
    /// `equivalences` hashed, built when the rules are loaded; a rule set put together by hand
    /// has none, and each profile it indexes builds its own.
    std::shared_ptr<const EquivalenceIndex> equivalence_index;
    std::shared_ptr<CustomRunner> custom;  ///< null when no rule uses `custom`
    /// Problems that did not stop loading (a catalogue entry no role uses, a gap between two
    /// versions of a role); `eligo check` lists them, the other commands log them.
    std::vector<Error> warnings;

    /// The version of a role (by id or alias) in force on `as_of`; null when there is none.
    /// Evaluation uses this.
    const Role* find_role(const std::string& id_or_alias, Date as_of) const;
    /// The latest version of a role (the one that starts last), by id or alias; for tools that
    /// list or check ids regardless of date.
    const Role* find_role(const std::string& id_or_alias) const;
    /// The version in force on `as_of` of every role that has one, by id.
    std::vector<const Role*> roles_in_force(Date as_of) const;
    /// Every competency the rules define: the catalogue's and those a role's own script
    /// requires (a statement of one role only), sorted, each once. What evidence can be about.
    std::vector<std::string> competencies() const;
};

struct RuleLimits {
    std::uint64_t instructions = 20'000'000;      ///< per script while loading
    std::uint64_t custom_instructions = 1'000'000; ///< per custom criterion evaluation
    std::size_t memory_bytes = 64u << 20;          ///< per Lua state
    /// Wall time for each script while loading; zero: none.
    std::chrono::milliseconds load_time{10'000};
    /// Wall time for each custom criterion evaluation; zero: none.
    std::chrono::milliseconds custom_time{1'000};
};

struct RuleLoadOptions {
    std::string directory = "rules";
    /// When not empty, the rule files themselves (path below the directory -> text), read
    /// instead of the directory: for tests and for tools that hold rules in memory.
    std::map<std::string, std::string> files;
    RuleLimits limits;
};

/// Loads and compiles every script of a rule directory. All problems found are returned,
/// each as `file:line: message`; warnings of a successful load are in `RuleSet::warnings`.
Expected<std::shared_ptr<const RuleSet>> load_rules(const RuleLoadOptions& options);

/// Every problem in a rule directory, whether or not it loads: what `eligo check` reports.
struct RuleDiagnostics {
    std::vector<Error> errors;    ///< each one stops the rules loading
    std::vector<Error> warnings;  ///< worth fixing; the rules load anyway
};

/// Loads as `load_rules` does and returns the errors and the warnings, sorted by file and line.
RuleDiagnostics check_rules(const RuleLoadOptions& options);

}  // namespace eligo
