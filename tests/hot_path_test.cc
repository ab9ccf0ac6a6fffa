// The per-record paths of evaluation and screening: the lookups they make once per profile,
// checked on their own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <set>

#include "evaluate/equivalence_index.h"
#include "fixtures.h"
#include "support/text.h"
#include "support/text_table.h"

using namespace eligo;
using test::profile_from;
using test::rules_from;

namespace {

std::shared_ptr<const RuleSet> any_role() {
    return rules_from("role { id = 't/r', title = 'T', level { id = 'A', qualifications = { "
                      "qualification { id = 'c', text = 't', areas = { 'housing' } } } } }");
}

Date as_of() { return *Date::parse("2026-11-24"); }

}  // namespace

TEST_CASE("in_any_area: recorded areas, then the kind's, then words of the title or subject") {
    auto rules = any_role();
    Profile p = profile_from(R"({"id":"x","qualifications":[
        {"kind":"nvq","title":"Certificate in Housing","areas":["finance"]},
        {"kind":"cih","title":"Certificate"},
        {"kind":"nvq","title":"Diploma in Tenancy Management"},
        {"kind":"nvq","subject":"Computer Science"},
        {"kind":"nvq","title":"Award in First Aid"},
        {"kind":"nvq"}]})");
    ProfileIndex index(*rules, p, as_of());
    const auto& q = index.qualifications();
    REQUIRE(q.size() == 6);
    using Areas = std::vector<std::string>;
    // recorded areas decide alone: the title's "housing" does not add to them
    CHECK(index.in_any_area(q[0], Areas{"finance"}));
    CHECK_FALSE(index.in_any_area(q[0], Areas{"housing"}));
    CHECK(q[0].areas_known);
    // a kind that implies an area
    CHECK(index.in_any_area(q[1], Areas{"housing"}));
    CHECK_FALSE(index.in_any_area(q[1], Areas{"ict"}));
    // words of the title, in any case; any one of the areas asked about is enough
    CHECK(index.in_any_area(q[2], Areas{"housing"}));
    CHECK(index.in_any_area(q[2], Areas{"finance", "management"}));
    CHECK_FALSE(index.in_any_area(q[2], Areas{"ict", "data"}));
    // words of the subject
    CHECK(index.in_any_area(q[3], Areas{"ict"}));
    CHECK_FALSE(index.in_any_area(q[3], Areas{"housing"}));
    // a title naming no area: known, and in none
    CHECK_FALSE(index.in_any_area(q[4], Areas{"housing", "ict", "finance"}));
    CHECK(q[4].areas_known);
    // neither title nor subject nor an area-implying kind: unknown
    CHECK_FALSE(index.in_any_area(q[5], Areas{"housing"}));
    CHECK_FALSE(q[5].areas_known);
}

TEST_CASE("append_lower: ASCII capitals only, as tolower in the C locale") {
    std::string out = "Kept ";
    text::append_lower(out, "CIH Level 3 in HOUSING \xC3\x89tudes \xC3\x80-Z @[`{");
    CHECK(out == "Kept cih level 3 in housing \xC3\x89tudes \xC3\x80-z @[`{");
    for (int c = 0; c < 256; ++c)
        CHECK(text::ascii_lower(static_cast<char>(c)) == static_cast<char>(std::tolower(c)));
}

TEST_CASE("append_upper: ASCII small letters only, as toupper in the C locale") {
    std::string out = "a*";
    text::append_upper(out, "a*b merit \xC3\xA9 z{");
    CHECK(out == "a*A*B MERIT \xC3\xA9 Z{");
    for (int c = 0; c < 256; ++c)
        CHECK(text::ascii_upper(static_cast<char>(c)) == static_cast<char>(std::toupper(c)));
}

TEST_CASE("lowered_words: each qualification's title and subject, lowered once") {
    auto rules = any_role();
    Profile p = profile_from(R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English Language","grade":"5"},
        {"kind":"nvq","title":"NVQ in Housing"},
        {"kind":"nvq","title":"Award","subject":"ICT"},
        {"kind":"nvq"}]})");
    ProfileIndex index(*rules, p, as_of());
    const auto& q = index.qualifications();
    CHECK(index.lowered_words(q[0]) == " english language");
    CHECK(index.lowered_words(q[1]) == "nvq in housing ");
    CHECK(index.lowered_words(q[2]) == "award ict");
    CHECK(index.lowered_words(q[3]) == " ");
    // the subject is read through the tables in any case
    CHECK(q[0].subject == "English");
    // the index may move: the words stay
    ProfileIndex moved = std::move(index);
    CHECK(moved.lowered_words(moved.qualifications()[2]) == "award ict");
}

TEST_CASE("gcse: passes in the order of their subjects as strings, unnamed ones by `#index`") {
    auto rules = rules_from("role { id = 't/r', title = 'T', level { id = 'A', qualifications = { "
                            "gcse { id = 'c', text = 't', count = 14 } } } }");
    // grades absent throughout: every pass is uncertain and named, in the order of the keys
    std::string list;
    for (int i = 0; i < 11; ++i) list += R"({"kind":"gcse","subject":"?"},)";
    list += R"({"kind":"gcse","subject":"Mathematics"},)"
            R"({"kind":"gcse","subject":"\u00c9tudes"},)"
            R"({"kind":"gcse","subject":"Biology"},)"
            R"({"kind":"gcse","subject":"Science"},)"
            R"({"kind":"gcse","subject":"Art"})";
    Profile p = profile_from(R"({"id":"x","qualifications":[)" + list + "]}");
    CriterionResult r = test::evaluate_one(*rules, p, "c");
    REQUIRE(r.outcome == Outcome::unknown);
    std::vector<std::string> expected = {"qualifications[0].grade",  "qualifications[1].grade",  "qualifications[10].grade",
                                         "qualifications[2].grade",  "qualifications[3].grade",  "qualifications[4].grade",
                                         "qualifications[5].grade",  "qualifications[6].grade",  "qualifications[7].grade",
                                         "qualifications[8].grade",  "qualifications[9].grade",  "qualifications[15].grade",
                                         "qualifications[13].grade", "qualifications[11].grade", "qualifications[14].grade",
                                         "qualifications[12].grade"};
    CHECK(r.finding.missing == expected);
}

TEST_CASE("profile dates: read as Date::parse reads them, every day of the plausible range") {
    // One profile per year, a CPD record for each day of it and for the days a month lacks.
    for (int year = 1900; year <= 2099; ++year) {
        std::vector<std::string> texts;
        for (int month = 1; month <= 12; ++month)
            for (int day = 1; day <= 31; ++day) {
                char text[16];
                std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
                if (Date::parse(text)) texts.push_back(text);
            }
        std::string json = R"({"id":"x","cpd":[)";
        for (std::size_t i = 0; i < texts.size(); ++i) json += (i ? "," : "") + std::string(R"({"date":")") + texts[i] + "\"}";
        json += "]}";
        Profile p = profile_from(json);
        REQUIRE(p.cpd->size() == texts.size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            INFO(texts[i]);
            REQUIRE((*p.cpd)[i].date == Date::parse(texts[i]));
        }
    }
    // what is no day, or no date, is refused as before
    for (const char* text : {"2023-02-29", "2024-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                             "2026-1-01", "2026/01/01", "2026-01-0a", "20260101xx", "1899-12-31", "2100-01-01"}) {
        INFO(text);
        auto read = parse_profile(std::string(R"({"id":"x","cpd":[{"date":")") + text + "\"}]}", "p.json");
        CHECK_FALSE(read);
    }
    CHECK(profile_from(R"({"id":"x","cpd":[{"date":"2024-02-29"}]})").cpd->front().date == Date::from_ymd(2024, 2, 29));
    CHECK(profile_from(R"({"id":"x","cpd":[{"date":"2000-03-01"}]})").cpd->front().date->to_string() == "2000-03-01");
}

TEST_CASE("profile fields: read in any order, a repeated one refused wherever it comes") {
    Profile in_order = profile_from(R"({"id":"x","qualifications":[{"kind":"nvq","subject":"Housing","title":"NVQ",
        "level":3,"grade":"Pass","stage":"foundation","areas":["housing"],"status":"achieved","awarded":"2020-01-02",
        "awarding_body":"City & Guilds"}]})");
    Profile reversed = profile_from(R"({"qualifications":[{"awarding_body":"City & Guilds","awarded":"2020-01-02",
        "status":"achieved","areas":["housing"],"stage":"foundation","grade":"Pass","level":3,"title":"NVQ",
        "subject":"Housing","kind":"nvq"}],"id":"x"})");
    const Qualification& a = in_order.qualifications->front();
    const Qualification& b = reversed.qualifications->front();
    CHECK(a.kind == b.kind);
    CHECK(a.subject == b.subject);
    CHECK(a.title == b.title);
    CHECK(a.level == b.level);
    CHECK(a.grade == b.grade);
    CHECK(a.stage == b.stage);
    CHECK(a.areas == b.areas);
    CHECK(a.awarded == b.awarded);
    CHECK(a.awarding_body == b.awarding_body);
    CHECK(in_order.id == reversed.id);
    auto twice = parse_profile(R"({"id":"x","qualifications":[{"kind":"nvq","grade":"Pass","title":"T","kind":"gcse"}]})",
                               "p.json");
    REQUIRE_FALSE(twice);
    CHECK(test::messages(twice.errors()) == "p.json: qualifications[0].kind: field given twice; keep one\n");
}

TEST_CASE("text::Table: finds what std::map finds, and nothing else") {
    std::mt19937_64 random(29);
    std::map<std::string, int> reference;
    reference[""] = -1;  // the empty text is a key like any other
    for (int i = 0; reference.size() < 5000; ++i) {
        std::string key(random() % 24, ' ');
        for (auto& c : key) c = static_cast<char>('a' + random() % 4);  // few letters: many near misses
        reference.emplace(key, i);
    }
    text::Table<int> table(reference.begin(), reference.end());
    REQUIRE(table.entries().size() == reference.size());
    for (const auto& [key, value] : reference) {
        const int* found = table.find(key);
        REQUIRE(found);
        CHECK(*found == value);
    }
    for (int i = 0; i < 20000; ++i) {
        std::string key(random() % 30, ' ');
        for (auto& c : key) c = static_cast<char>('a' + random() % 5);
        CHECK((table.find(key) != nullptr) == (reference.count(key) == 1));
    }
    CHECK(text::Table<int>().find("anything") == nullptr);
    CHECK(text::Table<int>().find("") == nullptr);
}

TEST_CASE("equivalence index: the bundled tables' every entry, as the ordered tables hold it") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    REQUIRE(rules);
    const Equivalences& eq = (*rules)->equivalences;
    REQUIRE((*rules)->equivalence_index);
    const EquivalenceIndex& index = *(*rules)->equivalence_index;
    for (const auto& [lowered, canonical] : eq.subjects) {
        REQUIRE(index.subject(lowered));
        CHECK(*index.subject(lowered) == canonical);
    }
    CHECK_FALSE(index.subject("underwater basket weaving"));
    for (const auto& [grade, value] : eq.gcse_grades) {
        REQUIRE(index.gcse_grades().find(grade));
        CHECK(*index.gcse_grades().find(grade) == value);
    }
    for (const auto& [stage, rank] : eq.stages) {
        REQUIRE(index.stage(stage));
        CHECK(*index.stage(stage) == rank);
    }
    for (const auto& [area, words] : eq.area_words) {
        REQUIRE(index.area_words(area));
        CHECK(*index.area_words(area) == words);
    }
    // A kind is known when any table names it, with what each table says.
    std::set<std::string> kinds;
    for (const auto* table : {&eq.kind_levels}) for (const auto& entry : *table) kinds.insert(entry.first);
    for (const auto& entry : eq.kind_equivalents) kinds.insert(entry.first);
    for (const auto& entry : eq.kind_areas) kinds.insert(entry.first);
    for (const auto& entry : eq.kind_grades) kinds.insert(entry.first);
    REQUIRE_FALSE(kinds.empty());
    for (const auto& kind : kinds) {
        INFO(kind);
        const EquivalenceIndex::Kind* k = index.kind(kind);
        REQUIRE(k);
        auto level = eq.kind_levels.find(kind);
        CHECK(k->level == (level != eq.kind_levels.end() ? std::optional<int>(level->second) : std::nullopt));
        auto as = eq.kind_equivalents.find(kind);
        CHECK((k->counts_as ? *k->counts_as : kind) == (as != eq.kind_equivalents.end() ? as->second : kind));
        auto areas = eq.kind_areas.find(kind);
        CHECK((k->areas != nullptr) == (areas != eq.kind_areas.end()));
        if (k->areas) CHECK(*k->areas == areas->second);
        auto grades = eq.kind_grades.find(kind);
        REQUIRE((k->grades != nullptr) == (grades != eq.kind_grades.end()));
        if (k->grades)
            for (const auto& [grade, value] : grades->second) {
                REQUIRE(k->grades->find(grade));
                CHECK(*k->grades->find(grade) == value);
            }
    }
    CHECK_FALSE(index.kind("no_such_kind"));
}

TEST_CASE("equivalence index: a rule set without one indexes a profile as the loaded one does") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto loaded = load_rules(options);
    REQUIRE(loaded);
    RuleSet by_hand = **loaded;
    by_hand.equivalence_index = nullptr;
    Profile p = profile_from(R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"Eng Lang","grade":"c"},
        {"kind":"gcse","subject":"Combined Science","grade":"4-5"},
        {"kind":"btec","title":"Health and Social Care","grade":"Distinction*"},
        {"kind":"itil","title":"ITIL 4","stage":"managing_professional"},
        {"kind":"cih","title":"Level 3 Certificate"},
        {"kind":"o_level","subject":"Maths","grade":"3"}]})");
    ProfileIndex a(**loaded, p, as_of()), b(by_hand, p, as_of());
    REQUIRE(a.qualifications().size() == b.qualifications().size());
    for (std::size_t i = 0; i < a.qualifications().size(); ++i) {
        const auto &x = a.qualifications()[i], &y = b.qualifications()[i];
        INFO(i);
        CHECK(x.subject == y.subject);
        CHECK(x.level == y.level);
        CHECK(x.grade == y.grade);
        CHECK(x.second_grade == y.second_grade);
        CHECK(x.kind == y.kind);
        CHECK(x.stage_rank == y.stage_rank);
        CHECK(x.areas_known == y.areas_known);
        CHECK(a.in_any_area(x, {"housing"}) == b.in_any_area(y, {"housing"}));
    }
    // And the tables were applied: the synonym, the grade and the double award read.
    CHECK(a.qualifications()[0].subject == "English");
    CHECK(a.qualifications()[0].grade == 4);
    CHECK(a.qualifications()[1].second_grade == 5);
    CHECK(a.qualifications()[5].grade == 5);  // an O level 3 is a B
}

TEST_CASE("evidence by slot: every competency the bundled rules require finds what its id finds") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    REQUIRE(rules);
    const RuleSet& set = **rules;
    std::vector<const CompetencyRequirement*> required;
    std::function<void(const std::vector<Criterion>&)> walk = [&](const std::vector<Criterion>& criteria) {
        for (const auto& c : criteria) {
            if (const auto* r = std::get_if<CompetencyRequirement>(&c.requirement)) required.push_back(r);
            walk(c.children);
        }
    };
    for (const auto& role : set.roles)
        for (const auto& level : role.levels) walk(level.criteria);
    REQUIRE(required.size() > 100);

    // Records for every third competency the rules know, in shuffled order, some twice, some
    // assessed after the as-of date, among records of competencies the rules do not require
    // (sorting before, between and after theirs).
    std::mt19937 random(7);
    std::vector<Evidence> records;
    auto record = [&](std::string competency, const char* date, std::string note) {
        Evidence e;
        e.competency = std::move(competency);
        e.source = "manager";
        e.date = Date::parse(date);
        e.note = std::move(note);
        records.push_back(std::move(e));
    };
    for (std::size_t i = 0; i < set.competency_slots.size(); i += 3) {
        const std::string& id = set.competency_slots[i];
        record(id, "2025-01-01", "first " + id);
        if (i % 2 == 0) record(id, "2026-01-01", "later " + id);
        if (i % 5 == 0) record(id, "2027-01-01", "after the as-of date");
        record(id + "-not-required", "2025-01-01", "not required");
    }
    record("", "2025-01-01", "before every id");
    record("\x7f", "2025-01-01", "after every id");
    std::shuffle(records.begin(), records.end(), random);
    Profile p;
    p.evidence = records;

    ProfileIndex index(set, p, as_of());
    std::size_t found = 0;
    for (const CompetencyRequirement* r : required) {
        INFO(r->competency);
        REQUIRE(r->slot >= 0);
        const Evidence* by_slot = index.evidence_for(*r);
        CHECK(by_slot == index.evidence_for(r->competency));
        if (by_slot) {
            ++found;
            CHECK(by_slot->competency == r->competency);
            CHECK(by_slot->note.ends_with(r->competency));
        }
    }
    CHECK(found > 30);
    CHECK(found < required.size());  // and some not found: the other two in three

    // A profile without evidence finds none by any slot.
    Profile without;
    ProfileIndex none(set, without, as_of());
    for (const CompetencyRequirement* r : required) CHECK(none.evidence_for(*r) == nullptr);
}

namespace {

// The rules of `text::unmarked` and `text::append_csv_field`, a character at a time.
std::string unmarked_by_character(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '`') out += '"';
        else if (s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') ++i;
        else out += s[i];
    }
    return out;
}

std::string csv_field_by_character(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// JSON's escapes of RFC 8259 for the characters it must escape, and no others.
std::string json_string_by_character(std::string_view s) {
    std::string out = "\"";
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (ch == '"') out += "\\\"";
        else if (ch == '\\') out += "\\\\";
        else if (ch == '\n') out += "\\n";
        else if (ch == '\r') out += "\\r";
        else if (ch == '\t') out += "\\t";
        else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

// 5,000 texts of 0 to 12 characters drawn from `alphabet`: the characters a writer treats
// apart, among plain ones.
std::vector<std::string> random_texts(std::string_view alphabet, unsigned seed) {
    std::mt19937 random(seed);
    std::vector<std::string> texts(5000);
    for (auto& s : texts) {
        s.assign(static_cast<std::size_t>(random() % 13), ' ');
        for (char& c : s) c = alphabet[random() % alphabet.size()];
    }
    return texts;
}

}  // namespace

TEST_CASE("JSON strings: escaped as their rule reads a character at a time") {
    std::string out = "[";
    text::append_json_string(out, "caf\xC3\xA9 \"quoted\" \\ \x01\x1f\x7f");
    CHECK(out == "[\"caf\xC3\xA9 \\\"quoted\\\" \\\\ \\u0001\\u001f\x7f\"");
    for (const std::string& s : random_texts("ab \"\\\n\r\t\x01\x1f/", 13)) {
        INFO(text::printable(s));
        std::string field = "x";
        text::append_json_string(field, s);
        CHECK(field == "x" + json_string_by_character(s));
    }
}

TEST_CASE("unmarked and CSV fields: as their rules read a character at a time") {
    CHECK(text::unmarked("needs `cih-level-3`, **not** in progress") == "needs \"cih-level-3\", not in progress");
    CHECK(text::unmarked("a * b ***") == "a * b *");
    CHECK(text::unmarked("") == "");
    std::string out = "kept ";
    text::append_unmarked(out, "`x`**");
    CHECK(out == "kept \"x\"");
    out = "a,";
    text::append_csv_field(out, "say \"no\", twice");
    CHECK(out == "a,\"say \"\"no\"\", twice\"");

    for (const std::string& s : random_texts("ab `*\",\r\n", 11)) {
        INFO(s);
        CHECK(text::unmarked(s) == unmarked_by_character(s));
        std::string prefix = "x";
        text::append_unmarked(prefix, s);
        CHECK(prefix == "x" + unmarked_by_character(s));
        std::string field = "y,";
        text::append_csv_field(field, s);
        CHECK(field == "y," + csv_field_by_character(s));
    }
}
