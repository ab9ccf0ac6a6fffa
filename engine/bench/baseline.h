// The floor the batch screen is measured against: a hand-written screen of one post on
// simdjson's on-demand parser, with no engine at all. It reads the same JSON Lines, decides the
// only essential fact of Rehousing Officer level A (`rehousing/rehousing-officer` A/general-
// education: GCSE English and Mathematics at grade 4 or above, or an equivalent housing
// qualification at level 2) with the equivalence tables' entries that decision needs written
// in, and writes one CSV line per record (`line,id,outcome,not_met`).
//
// It is the same decision as the engine's for the applicants the benchmark generates, not for
// every profile: it knows the kinds, subjects and grades of rules/lib/equivalences.lua only as
// far as they bear on this statement, and reads none of the profile's other fields. It
// counts its outcomes so that the benchmark can check them against the engine's.
#pragma once

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace eligo::bench {

struct BaselineCounts {
    std::uint64_t shortlist = 0, incomplete = 0, reject = 0, bad = 0;
    std::uint64_t records() const { return shortlist + incomplete + reject + bad; }
};

// Calls `line` with each line of `text` (whole lines of JSON Lines), without its line break.
template <class Line>
void each_line(std::string_view text, Line&& line) {
    while (!text.empty()) {
        std::size_t end = text.find('\n');
        line(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
}

// A line that holds no record, as the engine skips it: nothing but spaces, tabs and a carriage return.
inline bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

class Baseline {
public:
    /// Screens every line of `text` (whole lines of JSON Lines, the next part of the input),
    /// appending one CSV line per record to `out`.
    void screen(std::string_view text, std::string& out) {
        each_line(text, [&](std::string_view one) {
            ++line_;
            if (blank(one)) return;
            Outcome outcome = decide(one, record_);
            char digits[24];
            out.append(digits, static_cast<std::size_t>(std::snprintf(digits, sizeof digits, "%llu,",
                                                                      static_cast<unsigned long long>(line_))));
            out += id_;
            switch (outcome) {
                case Outcome::shortlist: ++counts_.shortlist, out += ",shortlist,\n"; break;
                case Outcome::incomplete: ++counts_.incomplete, out += ",incomplete,\n"; break;
                case Outcome::reject: ++counts_.reject, out += ",reject,A/general-education\n"; break;
                case Outcome::bad: ++counts_.bad, out += ",unreadable,\n"; break;
            }
        });
    }

    static const char* header() { return "line,id,outcome,not_met\n"; }
    const BaselineCounts& counts() const { return counts_; }

private:
    enum class Outcome { shortlist, incomplete, reject, bad };
    enum class Tri { no, maybe, yes };

    simdjson::ondemand::parser parser_;
    std::string id_;
    std::string record_;  // the line with simdjson's padding after it, reused
    std::uint64_t line_ = 0;
    BaselineCounts counts_;

    static std::string lower(std::string_view s) {
        std::string out(s);
        std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
        return out;
    }

    // gcse_grades, compared in capitals; -1 when not in the table.
    static int grade(std::string_view g) {
        static constexpr std::array<std::pair<std::string_view, int>, 18> kGrades{{
            {"9", 9}, {"8", 8}, {"7", 7}, {"6", 6}, {"5", 5}, {"4", 4}, {"3", 3}, {"2", 2}, {"1", 1}, {"U", 0},
            {"A*", 8}, {"A", 7}, {"B", 5}, {"C", 4}, {"D", 3}, {"E", 2}, {"F", 1}, {"G", 1}}};
        std::string upper(g);
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
        for (const auto& [name, value] : kGrades)
            if (name == upper) return value;
        return -1;
    }

    // 0: English, 1: Mathematics, -1: another subject (the `subjects` table's names for the two).
    static int subject(std::string_view s) {
        static const std::array<std::string_view, 10> kEnglish{
            "english", "english language", "english lang", "eng lang", "eng. lang.", "english lang.",
            "english language and literature", "english language & literature", "english (language)",
            "english language (combined)"};
        static const std::array<std::string_view, 8> kMaths{"mathematics", "maths", "math", "mathematics (linear)",
                                                           "maths (numeracy)", "math.", "maths (linear)", ""};
        std::string l = lower(s);
        if (std::find(kEnglish.begin(), kEnglish.end(), l) != kEnglish.end()) return 0;
        if (!l.empty() && std::find(kMaths.begin(), kMaths.end(), l) != kMaths.end()) return 1;
        return -1;
    }

    // The outcome of A/general-education for one record; `id_` is its id. Strings are views
    // into the parser's buffer, valid while the document lives.
    Outcome decide(std::string_view line, std::string& buffer) {
        id_.clear();
        buffer.assign(line);
        buffer.reserve(line.size() + simdjson::SIMDJSON_PADDING);
        simdjson::ondemand::document doc;
        if (parser_.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(doc)) return Outcome::bad;
        simdjson::ondemand::object root;
        if (doc.get_object().get(root)) return Outcome::bad;
        std::string_view id;
        if (root["id"].get_string().get(id)) return Outcome::bad;
        id_.assign(id);
        simdjson::ondemand::array list;
        if (root["qualifications"].get_array().get(list)) return Outcome::incomplete;  // absent: unknown
        Tri gcse[2] = {Tri::no, Tri::no};
        Tri housing = Tri::no;
        for (auto item : list) {
            simdjson::ondemand::object q;
            if (item.get_object().get(q)) return Outcome::bad;
            std::string_view kind, subject_name, grade_text, title, status;
            std::int64_t level = -1;
            for (auto field : q) {
                std::string_view key;
                if (field.unescaped_key().get(key)) return Outcome::bad;
                auto value = field.value();
                // A field of the wrong type makes the record unreadable, as in the engine.
                simdjson::error_code wrong = simdjson::SUCCESS;
                if (key == "kind") wrong = value.get_string().get(kind);
                else if (key == "subject") wrong = value.get_string().get(subject_name);
                else if (key == "grade") wrong = value.get_string().get(grade_text);
                else if (key == "title") wrong = value.get_string().get(title);
                else if (key == "status") wrong = value.get_string().get(status);
                else if (key == "level") wrong = value.get_int64().get(level);
                if (wrong) return Outcome::bad;
            }
            bool in_progress = status == "in_progress";
            if (in_progress) continue;
            // GCSEs, and Functional Skills level 2 in English or maths as grade 4.
            int s = subject(subject_name);
            if (s >= 0 && kind == "gcse") {
                int g = grade(grade_text);
                Tri t = g < 0 ? Tri::maybe : g >= 4 ? Tri::yes : Tri::no;
                gcse[s] = std::max(gcse[s], t);
            } else if (s >= 0 && kind == "functional_skills" && level >= 2) {
                gcse[s] = Tri::yes;
            }
            // A housing qualification at level 2: CIH always has the area; otherwise the title's
            // or subject's words. GCSEs are level 2 by default; the others say their level.
            if (kind == "gcse" && level < 0) level = 2;
            std::string words = lower(title) + " " + lower(subject_name);
            bool is_housing = kind == "cih";
            for (std::string_view w : {"housing", "homelessness", "tenancy", "lettings", "chartered institute of housing"})
                if (words.find(w) != std::string::npos) is_housing = true;
            if (is_housing && level >= 2) housing = Tri::yes;
            else if (is_housing && level < 0) housing = std::max(housing, Tri::maybe);
        }
        Tri both = std::min(gcse[0], gcse[1]);
        Tri any = std::max(both, housing);
        return any == Tri::yes ? Outcome::shortlist : any == Tri::maybe ? Outcome::incomplete : Outcome::reject;
    }
};

// What knowing that a whole record is JSON costs, with nothing read out of it: the floor under
// any screen that refuses a record malformed anywhere, as the engine does (the baseline above
// reads the qualifications only, and simdjson's on-demand parser does not check the values it
// skips). Two ways, each true when the line is one JSON value:
// - `dom`: simdjson's DOM parser, as the engine parses (the runtime-chosen kernel);
// - `on_demand`: the on-demand parser, as the baseline parses, asked for every value in turn
//   (the kernel built in at compile time: `simdjson::builtin_implementation()`).
class ParseFloor {
public:
    bool dom(std::string_view line) {
        simdjson::dom::element root;
        return dom_.parse(line.data(), line.size()).get(root) == simdjson::SUCCESS;
    }

    bool on_demand(std::string_view line) {
        padded_.assign(line);
        padded_.reserve(line.size() + simdjson::SIMDJSON_PADDING);
        simdjson::ondemand::document doc;
        simdjson::ondemand::value root;
        if (on_demand_.iterate(padded_.data(), padded_.size(), padded_.capacity()).get(doc) ||
            doc.get_value().get(root) || walk(root))
            return false;
        const char* rest = nullptr;
        return doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS;  // nothing after the value
    }

private:
    simdjson::dom::parser dom_;
    simdjson::ondemand::parser on_demand_;
    std::string padded_;

    simdjson::error_code walk(simdjson::ondemand::value value) {
        using simdjson::ondemand::json_type;
        json_type type;
        if (auto e = value.type().get(type)) return e;
        switch (type) {
            case json_type::object: {
                simdjson::ondemand::object object;
                if (auto e = value.get_object().get(object)) return e;
                for (auto field : object) {
                    std::string_view key;
                    if (auto e = field.unescaped_key().get(key)) return e;
                    if (auto e = walk(field.value())) return e;
                }
                return simdjson::SUCCESS;
            }
            case json_type::array: {
                simdjson::ondemand::array array;
                if (auto e = value.get_array().get(array)) return e;
                for (auto item : array) {
                    simdjson::ondemand::value v;
                    if (auto e = item.get(v)) return e;
                    if (auto e = walk(v)) return e;
                }
                return simdjson::SUCCESS;
            }
            case json_type::string: {
                std::string_view text;
                return value.get_string().get(text);
            }
            case json_type::number: {
                // As a number of its own kind: read as a double, an integer beyond 64 bits, which
                // the DOM parser refuses, would pass.
                simdjson::ondemand::number number;
                return value.get_number().get(number);
            }
            case json_type::boolean: {
                bool flag = false;
                return value.get_bool().get(flag);
            }
            case json_type::null: {
                bool null = false;
                if (auto e = value.is_null().get(null)) return e;
                return null ? simdjson::SUCCESS : simdjson::INCORRECT_TYPE;
            }
        }
        return simdjson::INCORRECT_TYPE;
    }
};

}  // namespace eligo::bench
