// One plain-English sentence per criterion outcome, naming the profile data used.
#include "eligo/explain.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <string_view>

#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/rules.h"

namespace eligo {
namespace {

constexpr const char* kNoAssessmentReason = "no assessment recorded; needs an assessed evidence record";

std::string join(const std::vector<std::string>& items, const char* last = " or ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? last : ", ";
        out += items[i];
    }
    return out;
}

// Every item separated by `separator`, e.g. a list of qualifications held.
std::string list(const std::vector<std::string>& items, const char* separator = "; ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
    return out;
}

// Vocabulary tags as people write them, appended to `out`.
void append_words(std::string& out, std::string_view tag) {
    static const std::map<std::string_view, std::string_view> names = {
        {"gcse", "GCSE"},           {"o_level", "O level"},          {"a_level", "A level"},
        {"nvq", "NVQ"},             {"btec", "BTEC"},                {"cih", "CIH"},
        {"itil", "ITIL"},           {"ict", "ICT"},                  {"asb", "anti-social behaviour"},
        {"full_uk", "full UK"},     {"provisional_uk", "provisional UK"}, {"non_uk", "non-UK"},
        {"functional_skills", "Functional Skills"}, {"health_social_care", "health and social care"},
        {"cse", "CSE"},             {"key_skills", "Key Skills"},    {"scottish_standard_grade", "Standard Grade"},
        {"scottish_national_5", "National 5"}, {"scottish_intermediate_2", "Intermediate 2"},
        {"scottish_higher", "Higher"}, {"scottish_advanced_higher", "Advanced Higher"}};
    if (auto it = names.find(tag); it != names.end()) {
        out += it->second;
        return;
    }
    const std::size_t start = out.size();
    out += tag;
    std::replace(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(), '_', ' ');
}

std::string words(std::string_view tag) {
    std::string out;
    append_words(out, tag);
    return out;
}

// Tags in words joined as `join` joins them: "a, b or c".
void append_words(std::string& out, const std::vector<std::string>& tags, const char* last = " or ") {
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (i > 0) out += i + 1 == tags.size() ? last : ", ";
        append_words(out, tags[i]);
    }
}

// Items joined as `join` joins them, appended to `out`.
void append_join(std::string& out, const std::vector<std::string>& items, const char* last = " or ") {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? last : ", ";
        out += items[i];
    }
}

void append_int(std::string& out, long long value) {
    char digits[24];
    out.append(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
}

// A date as Date::to_string writes it ("2024-11-01"), without its snprintf: reasons name many.
std::string date_text(const Date& date) {
    const int y = date.year();
    const unsigned m = date.month(), d = date.day();
    if (y < 0 || y > 9999 || m > 99 || d > 99) return date.to_string();
    const char text[] = {static_cast<char>('0' + y / 1000),      static_cast<char>('0' + y / 100 % 10),
                         static_cast<char>('0' + y / 10 % 10),   static_cast<char>('0' + y % 10),
                         '-',
                         static_cast<char>('0' + m / 10),        static_cast<char>('0' + m % 10),
                         '-',
                         static_cast<char>('0' + d / 10),        static_cast<char>('0' + d % 10)};
    return std::string(text, sizeof text);
}

std::string months_text(double months) {
    int whole = static_cast<int>(std::floor(months + 1e-9));
    return std::to_string(whole) + (whole == 1 ? " month" : " months");
}

std::string number(double v) {
    if (std::fabs(v - std::round(v)) < 1e-9) return std::to_string(static_cast<long long>(std::llround(v)));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string describe(const Qualification& q) {
    std::string name = qualification_name(q);
    std::vector<std::string> detail;
    if (!q.title.empty() && !q.subject.empty()) detail.push_back(q.subject);
    if (q.level) detail.push_back("level " + std::to_string(*q.level));
    if (!q.grade.empty()) detail.push_back("grade " + q.grade);
    if (!q.stage.empty()) detail.push_back(words(q.stage));
    detail.push_back(q.in_progress ? "in progress" : q.awarded ? "achieved " + date_text(*q.awarded) : "achieved");
    return name + " (" + join(detail, ", ") + ")";
}

std::vector<std::string> qualifications(const Profile& p, const std::vector<int>& indices) {
    std::vector<std::string> out;
    for (int i : indices) out.push_back(describe((*p.qualifications)[static_cast<std::size_t>(i)]));
    return out;
}

// Whether `phrase` takes "an" rather than "a", by its first sound: "an ITIL", "an NVQ", "a
// Level 3", "a CIH".
bool takes_an(std::string_view phrase) {
    auto among = [](char c, std::string_view letters) { return letters.find(c) != std::string_view::npos; };
    bool vowel = !phrase.empty() && among(phrase[0], "AEIOUaeiou");
    bool spelled_out = phrase.size() > 1 && among(phrase[0], "FHLMNRSX") && among(phrase[1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return vowel || spelled_out;
}

// `phrase` after "a" or "an" (`takes_an`).
std::string with_article(const std::string& phrase) { return (takes_an(phrase) ? "an " : "a ") + phrase; }

std::string need_of(const QualificationRequirement& r) {
    std::string s = "an";  // each part starts with a space; "an" becomes "a" if the phrase needs
    s.reserve(128);
    if (r.min_level) {
        s += " Level ";
        append_int(s, *r.min_level);
        s += " or higher";
    }
    if (!r.kinds.empty()) {
        s += ' ';
        append_words(s, r.kinds);
    }
    s += " qualification";
    if (!r.areas.empty()) {
        s += " in ";
        append_words(s, r.areas);
    }
    if (!r.subjects.empty()) {
        s += " in ";
        append_join(s, r.subjects);
    }
    if (!r.titles.empty()) {
        s += " whose title names ";
        append_join(s, r.titles);
    }
    if (!r.min_stage.empty()) {
        s += " at ";
        append_words(s, r.min_stage);
        s += " stage or above";
    }
    if (r.working_towards) s += ", achieved or in progress";
    if (!takes_an(std::string_view(s).substr(3))) s.erase(1, 1);
    return s;
}

std::string ranges(const std::vector<DateRange>& periods) {
    std::string out;
    for (const auto& r : periods) {
        if (!out.empty()) out += ", ";
        out.append(date_text(r.start)).append(" to ").append(date_text(r.end));
    }
    return out;
}

// What employment counts, appended to `out`: " managing staff at ... employers in ...".
void append_experience_filter(std::string& out, const ExperienceRequirement& r) {
    const std::size_t start = out.size();
    if (r.managerial) out += " managing staff";
    if (!r.employer_types.empty()) {
        out += " at ";
        append_words(out, r.employer_types);
        out += " employers";
    }
    if (!r.areas.empty()) {
        out += " in ";
        append_words(out, r.areas);
    }
    if (out.size() == start) out += " of employment";
}

std::string experience_filter(const ExperienceRequirement& r) {
    std::string s;
    append_experience_filter(s, r);
    return s;
}

// What a criterion asks for: its description (`describe`), and the "needs ..." of some reasons.

std::string gcse_need(const GcseRequirement& r) {
    std::string s = "GCSE grade " + r.min_grade_text + " or above in ";
    std::string subjects = join(r.subjects, " and ");
    std::size_t named = r.subjects.size();
    if (named == 0) return s + (r.count == 1 ? "any subject" : "any " + std::to_string(r.count) + " subjects");
    if (static_cast<std::size_t>(r.count) > named) return s + std::to_string(r.count) + " subjects, including " + subjects;
    return s + subjects + " (" + std::to_string(r.count) + (r.count == 1 ? " pass)" : " passes)");
}

std::string driving_need(const DrivingRequirement& r) {
    return with_article(words(r.licence) + " driving licence") +
           (r.vehicle_access.empty() ? "" : " and " + r.vehicle_access + " access to a vehicle");
}

std::string cpd_need(const CpdRequirement& r) {
    std::string s = "at least " + std::to_string(r.min_records) + (r.verified ? " verified" : "") + " CPD " +
                    (r.min_records == 1 ? "record" : "records") + " in the " + months_text(r.within_months) +
                    " up to the evaluation date";
    if (r.min_hours) s += ", totalling at least " + number(*r.min_hours) + " hours";
    return s;
}

std::string training_need(const TrainingRequirement& r) {
    if (r.working_towards) return "a training record `" + r.training_id + "`, completed or in progress";
    return "a completed training record `" + r.training_id + "`";
}

// "any one", "both", "all 3", "at least 2": how many members of a group must be met.
std::string group_need(const GroupRequirement& r, std::size_t members) {
    if (r.mode == GroupRequirement::Mode::any_of) return "any one";
    if (r.mode == GroupRequirement::Mode::all_of) return members == 2 ? "both" : "all " + std::to_string(members);
    return "at least " + std::to_string(r.needed);
}

std::string uncertain_list(const std::vector<int>& uncertain, const char* list) {
    std::vector<std::string> out;
    for (int i : uncertain) out.push_back(std::string(list) + "[" + std::to_string(i) + "]");
    return join(out, " and ");
}

// "Mathematics, English Language, Combined Science (double award)": the passes counted, a
// double award (its index used twice) named once.
std::string pass_subjects(const Profile& p, const std::vector<int>& used) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < used.size(); ++i) {
        const Qualification& q = (*p.qualifications)[static_cast<std::size_t>(used[i])];
        std::string name = !q.subject.empty() ? q.subject : qualification_name(q);
        if (i + 1 < used.size() && used[i + 1] == used[i]) name += " (double award)", ++i;
        out.push_back(name);
    }
    return join(out, " and ");
}

// "qualifications[3].grade: "Pass*"", for each value that could not be read.
std::string unreadable_list(const Finding& f) {
    std::vector<std::string> out;
    for (const auto& [field, value] : f.unreadable) out.push_back(field + ": \"" + value + "\"");
    return join(out, " and ");
}

// Counts first, so a recruiter sees why without counting: "4 passes at grade 4 or above
// (English, Mathematics, History and Geography); needs 5 including English and Mathematics".
// Appended to `out` piece by piece: the screen words it for every applicant it rejects.
void append_gcse_reason(std::string& out, const GcseRequirement& r, const CriterionResult& res, const Profile& p) {
    const Finding& f = res.finding;
    auto grade = [&] { out.append("at grade ").append(r.min_grade_text).append(" or above"); };
    auto held = [&] {
        int have = static_cast<int>(f.have);
        if (have == 0) {
            out += "no passes ";
            grade();
            out += " recorded";
            return;
        }
        append_int(out, have);
        out += have == 1 ? " pass " : " passes ";
        grade();
        out.append(" (").append(pass_subjects(p, f.used)).append(")");
    };
    auto need = [&] {
        out += "; needs ";
        append_int(out, r.count);
        if (r.subjects.empty()) return;
        out += " including ";
        append_join(out, r.subjects, " and ");
    };
    if (res.outcome == Outcome::not_met && !f.lacking.empty()) {
        out += "no pass ";
        grade();
        out += " in ";
        append_join(out, f.lacking, " or ");
        out += "; ";
    }
    held();
    if (res.outcome == Outcome::unknown) {
        if (!f.unreadable.empty()) out.append("; cannot read ").append(unreadable_list(f));
        else out.append("; grade or subject not recorded for ").append(uncertain_list(f.uncertain, "qualifications"));
    }
    need();
}

void append_qualification_reason(std::string& out, const QualificationRequirement& r, const CriterionResult& res,
                                 const Profile& p) {
    const Finding& f = res.finding;
    if (res.outcome == Outcome::met) {
        out.append("holds ").append(list(qualifications(p, f.used)));
        return;
    }
    if (res.outcome == Outcome::unknown) {
        out.append(list(qualifications(p, f.uncertain)))
            .append(" may count but its level, area or subject is not recorded; needs ")
            .append(need_of(r));
        return;
    }
    if (f.used.empty()) {
        out.append("no matching qualification recorded; needs ").append(need_of(r));
        return;
    }
    bool only_in_progress = !r.working_towards && std::any_of(f.used.begin(), f.used.end(), [&](int i) {
        return (*p.qualifications)[static_cast<std::size_t>(i)].in_progress;
    });
    out.append("holds ").append(list(qualifications(p, f.used))).append("; needs ").append(need_of(r));
    if (only_in_progress) out += ", achieved (in progress does not count)";
}

std::string driving_reason(const DrivingRequirement& r, const Profile& p) {
    std::string need = "needs " + driving_need(r);
    if (!p.driving) return need;
    const std::string& licence = p.driving->licence;
    std::string held = licence == "none" ? "no driving licence" : words(licence) + " licence";
    const std::string& access = p.driving->vehicle_access;
    if (!access.empty()) held += access == "none" ? ", no access to a vehicle" : ", " + access + " access to a vehicle";
    return held + "; " + need;
}

std::string experience_reason(const ExperienceRequirement& r, const CriterionResult& res) {
    const Finding& f = res.finding;
    std::string s = months_text(f.have);
    append_experience_filter(s, r);
    if (!f.periods.empty()) s += " (" + ranges(f.periods) + ")";
    s += "; needs " + std::to_string(r.months);
    if (res.outcome == Outcome::unknown)
        s += "; " + uncertain_list(f.uncertain, "employment") + " may count but " + join(f.missing, " and ") +
             (f.missing.size() == 1 ? " is" : " are") + " not recorded (up to " + months_text(f.possible) + ")";
    return s;
}

std::string cpd_reason(const CpdRequirement& r, const CriterionResult& res) {
    const Finding& f = res.finding;
    std::string window = f.periods.empty() ? "" : " from " + date_text(f.periods.front().start) + " to " +
                                                      date_text(f.periods.front().end.add_days(-1));
    std::string records = std::to_string(f.used.size()) + (r.verified ? " verified" : "") + " CPD " +
                          (f.used.size() == 1 ? "record" : "records") + window;
    std::string open = res.outcome == Outcome::unknown && !f.missing.empty()
                           ? "; " + join(f.missing, " and ") + (f.missing.size() == 1 ? " is" : " are") + " not recorded"
                           : "";
    if (r.min_hours)
        return records + " totalling " + number(f.have) + " hours; needs " + number(*r.min_hours) + " hours" + open;
    return records + "; needs " + std::to_string(r.min_records) + open;
}

std::string training_reason(const TrainingRequirement& r, const CriterionResult& res, const Profile& p) {
    if (res.finding.used.empty()) return "no training record `" + r.training_id + "`";
    const TrainingRecord& t = (*p.training)[static_cast<std::size_t>(res.finding.used.front())];
    std::string when = t.date ? " on " + date_text(*t.date) : "";
    if (t.completed) return "completed `" + r.training_id + "`" + when;
    return "`" + r.training_id + "` in progress" + when + "; needs it completed";
}

std::string competency_reason(const CriterionResult& res, const Profile& p) {
    if (res.finding.used.empty()) return kNoAssessmentReason;
    const Evidence& e = (*p.evidence)[static_cast<std::size_t>(res.finding.used.front())];
    std::string when = e.date ? " on " + date_text(*e.date) : "";
    std::string by = e.by.empty() ? "" : " " + e.by;
    if (e.source == "self") return "self-declared only" + when + "; needs assessment by a manager or assessor";
    std::string source = e.source.empty() ? "an assessor" : e.source;
    std::string review = res.finding.review ? "; over " + std::to_string(kEvidenceMaxAgeMonths) +
                                                  " months old, due for review" : "";
    return std::string(e.met ? "assessed as met" : "assessed as not met") + " by " + source + by + when + review;
}

std::string group_reason(const GroupRequirement& r, const CriterionResult& res) {
    const Finding& f = res.finding;
    std::size_t total = res.children.size();
    std::string verb = group_need(r, total);
    std::vector<std::string> met;
    for (const auto& c : res.children)
        if (c.outcome == Outcome::met) met.push_back(c.criterion->id);
    std::string s = number(f.have) + " of " + std::to_string(total) + " met";
    if (!met.empty()) s += " (" + join(met, ", ") + ")";
    if (f.possible > f.have) s += ", " + number(f.possible - f.have) + " unknown";
    return s + "; needs " + verb;
}

}  // namespace

std::string reason(const CriterionResult& res, const Profile& profile) {
    std::string out;
    append_reason(out, res, profile);
    return out;
}

void append_reason(std::string& out, const CriterionResult& res, const Profile& profile) {
    const Criterion& c = *res.criterion;
    const Finding& f = res.finding;
    if (res.outcome == Outcome::unknown && f.missing.size() == 1 && f.uncertain.empty()) {
        const std::string& field = f.missing.front();
        if (field == "qualifications" || field == "employment" || field == "cpd" || field == "training" ||
            field.starts_with("driving")) {
            out.append("`").append(field).append("` not recorded in the profile");
            return;
        }
    }
    std::visit(
        [&](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, GcseRequirement>) append_gcse_reason(out, r, res, profile);
            else if constexpr (std::is_same_v<T, QualificationRequirement>) append_qualification_reason(out, r, res, profile);
            else if constexpr (std::is_same_v<T, DrivingRequirement>) out += driving_reason(r, profile);
            else if constexpr (std::is_same_v<T, ExperienceRequirement>) out += experience_reason(r, res);
            else if constexpr (std::is_same_v<T, CpdRequirement>) out += cpd_reason(r, res);
            else if constexpr (std::is_same_v<T, TrainingRequirement>) out += training_reason(r, res, profile);
            else if constexpr (std::is_same_v<T, CompetencyRequirement>) {
                // The most common reason of all (every judgement not yet assessed), kept from a
                // string of its own.
                if (res.finding.used.empty()) out += kNoAssessmentReason;
                else out += competency_reason(res, profile);
            } else if constexpr (std::is_same_v<T, GroupRequirement>) out += group_reason(r, res);
            else if (f.rule_failed) out += kRuleFailedReason;
            else out += f.note.empty() ? std::string_view("custom check gave no reason") : std::string_view(f.note);
        },
        c.requirement);
}

std::string rule_fault_warning(const RuleFault& fault) {
    return "role `" + fault.role->id + "` level `" + fault.level->id + "` criterion `" + fault.criterion->id +
           "`: its custom check stopped with an error, so it is undecided (a fault in the rules, not in the "
           "profile; run with -v to see why)";
}

std::string facts_reason(const CriterionResult& r, const Profile& profile) {
    std::string out;
    append_facts_reason(out, r, profile);
    return out;
}

void append_facts_reason(std::string& out, const CriterionResult& r, const Profile& profile) {
    if (!std::holds_alternative<GroupRequirement>(r.criterion->requirement)) {
        append_reason(out, r, profile);
        return;
    }
    const std::size_t start = out.size();
    for (const auto& child : r.children) {
        if (!has_kind(*child.criterion, Kind::fact) || facts_outcome(child, true) == Outcome::met) continue;
        if (out.size() > start) out += "; ";
        append_facts_reason(out, child, profile);
    }
    if (out.size() == start) append_reason(out, r, profile);
}

std::string qualification_name(const Qualification& q) {
    if (!q.title.empty()) return q.title;
    return q.subject.empty() ? words(q.kind) : words(q.kind) + " " + q.subject;
}

// --- what a criterion checks, without a profile ----------------------------------------------

std::string describe(const Criterion& c) {
    return std::visit(
        [&](const auto& r) -> std::string {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, GcseRequirement>) return gcse_need(r);
            else if constexpr (std::is_same_v<T, QualificationRequirement>)
                return need_of(r) + (r.working_towards ? "" : ", achieved");
            else if constexpr (std::is_same_v<T, DrivingRequirement>) return driving_need(r);
            else if constexpr (std::is_same_v<T, ExperienceRequirement>)
                return "at least " + months_text(r.months) + experience_filter(r);
            else if constexpr (std::is_same_v<T, CpdRequirement>) return cpd_need(r);
            else if constexpr (std::is_same_v<T, TrainingRequirement>) return training_need(r);
            else if constexpr (std::is_same_v<T, CompetencyRequirement>)
                return "assessed evidence of competency `" + r.competency + "`";
            else if constexpr (std::is_same_v<T, GroupRequirement>) {
                std::vector<std::string> members;
                for (const auto& child : c.children) {
                    bool group = std::holds_alternative<GroupRequirement>(child.requirement);
                    members.push_back(group ? "(" + describe(child) + ")" : describe(child));
                }
                return group_need(r, c.children.size()) + " of: " + list(members);
            } else return "a custom Lua check at `" + c.where + "`";
        },
        c.requirement);
}

}  // namespace eligo
