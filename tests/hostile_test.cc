// Hostile input: the corpus of tests/hostile/, held to the behaviour its README documents
// (error with its exact messages, warning, or accepted) through `parse_profile`, `eligo
// evaluate` and a JSON Lines batch through `eligo screen`; the cases too big to commit,
// generated here; and what records dated after the as-of date count for.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"
#include "eligo/explain.h"
#include "eligo/profile.h"
#include "fixtures.h"

namespace fs = std::filesystem;
using namespace eligo;

namespace {

const fs::path kCorpus = fs::path(ELIGO_SOURCE_DIR) / "tests" / "hostile";
const char* kRole = "rehousing/rehousing-officer";

using Run = test::CliOutput;

const fs::path& scratch() { return test::scratch_directory(); }

using test::read_file;
using test::write_file;

Run run(const std::string& args) { return test::run_eligo_apart(args); }

std::vector<std::string> split(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + separator.size())
        parts.push_back(text.substr(start, at - start));
    parts.push_back(text.substr(start));
    return parts;
}

std::string trim(const std::string& s) {
    std::size_t first = s.find_first_not_of(' '), last = s.find_last_not_of(' ');
    return first == std::string::npos ? "" : s.substr(first, last - first + 1);
}

std::string lines(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += item + "\n";
    return text;
}

// One row of a table of tests/hostile/README.md.
struct Case {
    std::string file;
    std::string behaviour;  ///< error, warning or accepted
    bool known_bug = false;  ///< the row is marked "engine bug": its message is what eligo says today
    std::vector<std::string> messages;  ///< `where: message`, the file's name as `where`
};

// The rows whose case is a file: `| `name.json` | input | behaviour | messages |`.
const std::vector<Case>& documented() {
    static const std::vector<Case> cases = [] {
        std::vector<Case> found;
        std::istringstream readme(read_file(kCorpus / "README.md"));
        for (std::string line; std::getline(readme, line);) {
            if (!line.starts_with("| `")) continue;
            std::vector<std::string> cells = split(line.substr(1, line.size() - 2), " | ");
            REQUIRE(cells.size() == 4);
            Case c;
            c.file = trim(cells[0]);
            c.file = c.file.substr(1, c.file.size() - 2);
            std::string behaviour = trim(cells[2]);
            c.behaviour = behaviour.substr(0, behaviour.find(' '));
            c.known_bug = behaviour.find("engine bug") != std::string::npos;
            std::string messages = trim(cells[3]);
            if (messages != "—") c.messages = split(messages, "<br>");
            found.push_back(c);
        }
        return found;
    }();
    return cases;
}

// What the reader says of `text` read as `source`: its errors, or its warnings.
struct Reading {
    bool accepted = false;
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};

Reading reading_of(const std::string& text, const std::string& source, const ProfileReadOptions& options = {}) {
    Reading r;
    std::vector<Warning> warnings;
    auto profile = parse_profile(text, source, options, &warnings);
    r.accepted = static_cast<bool>(profile);
    if (!profile)
        for (const auto& e : profile.errors()) r.errors.push_back(e.to_string());
    for (const auto& w : warnings) r.warnings.push_back(w.where + ": " + w.message);
    return r;
}

// A JSON Lines record's place: `file:N` for the record, `file:N:COL` for a syntax error in it.
std::string at_line(const std::string& message, const std::string& source, const std::string& batch, std::size_t line) {
    std::string where = batch + ":" + std::to_string(line);
    if (message.starts_with(source + ":1:")) return where + ":" + message.substr(source.size() + 3);
    REQUIRE(message.starts_with(source + ": "));
    return where + message.substr(source.size());
}

std::string good_record(std::size_t n) {
    return R"({"id": "G-)" + std::to_string(n) + R"(", "qualifications": [], "employment": []})";
}

// The cases too big to commit.
std::string huge_name() { return R"({"id": "H-1", "name": ")" + std::string(10u << 20, 'x') + "\"}"; }
std::string deep_nesting() { return R"({"id": "H-1", "x": )" + std::string(5000, '[') + std::string(5000, ']') + "}"; }
std::string many_qualifications() {
    std::string list;
    for (int i = 0; i < 100'000; ++i)
        list += std::string(i ? "," : "") + R"({"kind": "gcse", "subject": "English", "grade": "4"})";
    return R"({"id": "H-1", "qualifications": [)" + list + "]}";
}

std::string over_limit(const std::string& source, std::size_t bytes) {
    return source + ": profile is " + std::to_string(bytes) +
           " bytes, over the limit of 1048576 (a profile is a few kilobytes; is this the right file?)";
}

// `text` as the file `name`, given to `eligo evaluate`: refused with `error` (of the file's
// path), the run going on to say how many profiles could not be read, and exit status 2.
void check_evaluate_refuses(const std::string& name, const std::string& text,
                            const std::function<std::string(const std::string&)>& error) {
    fs::path file = scratch() / name;
    write_file(file, text);
    Run cli = run("evaluate " + file.string() + " --as-of 2026-11-24 --role " + kRole);
    CHECK(cli.status == 2);
    CHECK(cli.err == error(file.string()) + "\neligo: 1 of 1 profiles could not be read; the others were evaluated\n");
}

const ProfileReadOptions kRaised{.strict = false, .max_bytes = 16u << 20};

}  // namespace

TEST_CASE("hostile corpus: every file has a documented row and every row a file") {
    std::set<std::string> files, rows;
    for (const auto& entry : fs::directory_iterator(kCorpus))
        if (entry.path().filename() != "README.md") files.insert(entry.path().filename().string());
    for (const auto& c : documented()) {
        CHECK(rows.insert(c.file).second);  // once
        CHECK((c.behaviour == "error" || c.behaviour == "warning" || c.behaviour == "accepted"));
        CHECK(c.messages.empty() == (c.behaviour == "accepted"));
    }
    CHECK(files == rows);
    CHECK(rows.size() >= 70);
}

TEST_CASE("hostile corpus: parse_profile refuses, warns or accepts each case as documented") {
    for (const auto& c : documented()) {
        INFO(c.file);
        Reading r = reading_of(read_file(kCorpus / c.file), c.file);
        if (c.behaviour == "error") {
            CHECK_FALSE(r.accepted);
            if (c.known_bug) {
                // A message marked as an engine bug in the README: it still names the file.
                REQUIRE(!r.errors.empty());
                for (const auto& e : r.errors) CHECK(e.starts_with(c.file + ":"));
            } else {
                CHECK(r.errors == c.messages);
            }
        } else if (c.behaviour == "warning") {
            CHECK(r.accepted);
            CHECK(r.warnings == c.messages);
        } else {
            CHECK(r.accepted);
            CHECK(r.warnings.empty());
        }
    }
}

TEST_CASE("hostile corpus: eligo evaluate exits 2 and prints each case's messages with its path") {
    Run r = run("evaluate tests/hostile --format json --as-of 2026-11-24 --role " + std::string(kRole));
    CHECK(r.status == 2);
    // The directory is read in the order of its names; each file says what the reader says.
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(kCorpus))
        if (entry.path().extension() == ".json") files.push_back("tests/hostile/" + entry.path().filename().string());
    std::sort(files.begin(), files.end());
    // The corpus's README is not a profile: counted as skipped.
    std::vector<std::string> expected{"eligo: warning: tests/hostile: 1 file skipped (not *.json); -v names it"};
    std::size_t bad = 0, with_warnings = 0;
    std::vector<std::string> h1;  // most cases share the id H-1: the run lists them as repeated
    for (const auto& file : files) {
        std::string text = read_file(fs::path(ELIGO_SOURCE_DIR) / file);
        Reading reading = reading_of(text, file);
        for (const auto& w : reading.warnings) expected.push_back("eligo: warning: " + w);
        for (const auto& e : reading.errors) expected.push_back(e);
        bad += reading.accepted ? 0 : 1;
        with_warnings += reading.warnings.empty() ? 0 : 1;
        if (reading.accepted && nlohmann::json::parse(text).value("id", "") == "H-1") h1.push_back(file);
    }
    expected.push_back("eligo: " + std::to_string(bad) + " of " + std::to_string(files.size()) +
                       " profiles could not be read; the others were evaluated");
    REQUIRE(h1.size() > 10);
    std::string places;
    for (std::size_t i = 0; i < 10; ++i) places += (i ? ", " : "") + h1[i];
    expected.push_back("eligo: warning: " + std::to_string(h1.size()) + " records have the id `H-1` (" + places +
                       " and " + std::to_string(h1.size() - 10) + " more); each was evaluated on its own");
    expected.push_back("eligo: 1 id is carried by more than one record; check whether one person was entered twice");
    expected.push_back("eligo: " + std::to_string(with_warnings) + " records had warnings");
    CHECK(r.err == lines(expected));
    // every other profile was evaluated
    auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["profiles"].size() == files.size() - bad);
    CHECK(bad == static_cast<std::size_t>(std::count_if(documented().begin(), documented().end(),
                                                        [](const Case& c) { return c.behaviour == "error"; })));

    // One file alone: exit 2 with its messages.
    r = run("evaluate tests/hostile/date-february-30.json --as-of 2026-11-24 --role " + std::string(kRole));
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "tests/hostile/date-february-30.json: employment[0].start: expected a date `YYYY-MM-DD`, got `2025-02-30` (there is no 30 February 2025)\n"
          "eligo: 1 of 1 profiles could not be read; the others were evaluated\n");
}

TEST_CASE("hostile corpus: a batch reports every bad line with its number and screens every other line") {
    // Every case that fits on one line, each between good records, and the generated ones.
    fs::path batch = scratch() / "hostile.jsonl";
    const std::string source = batch.string();
    std::string text = good_record(0) + "\n";
    std::size_t line = 1;
    std::set<std::string> rows_wanted = {source + ":1"};
    std::string errors_wanted;
    auto add = [&](const std::string& record, const std::string& name) {
        text += record + "\n";
        ++line;
        Reading reading = reading_of(record, name);
        if (reading.accepted) rows_wanted.insert(source + ":" + std::to_string(line));
        for (const auto& e : reading.errors) errors_wanted += at_line(e, name, source, line) + "\n";
        text += good_record(line) + "\n";
        rows_wanted.insert(source + ":" + std::to_string(++line));
    };
    std::size_t cases = 0;
    for (const auto& c : documented()) {
        std::string record = read_file(kCorpus / c.file);
        if (record.empty() || record.find('\n') != std::string::npos) continue;  // not one line
        add(record, c.file);
        ++cases;
    }
    CHECK(cases >= 70);
    add(deep_nesting(), "deep.json");
    add(huge_name(), "big.json");
    add(many_qualifications(), "many.json");
    write_file(batch, text);

    auto screened = [&](const std::string& options) {
        fs::path rows = scratch() / "rows.jsonl", errors = scratch() / "errors.txt";
        Run r = run("screen " + source + " --role " + kRole + " --as-of 2026-11-24 --threads 2 -q --out " +
                    rows.string() + " --errors " + errors.string() + options);
        CHECK(r.status == 2);
        std::multiset<std::string> records;
        std::istringstream in(test::without_about(read_file(rows)));
        std::size_t lines = 0;
        for (std::string row; std::getline(in, row); ++lines) {
            auto json = nlohmann::json::parse(row);
            if (json["outcome"] != "unreadable") records.insert(json["record"].get<std::string>());
        }
        CHECK(lines == static_cast<std::size_t>(line));  // every record has its row, unreadable ones too
        CHECK(r.err.find("records could not be read (listed in " + errors.string() + "); every other record was screened") !=
              std::string::npos);
        return std::make_pair(records, read_file(errors));
    };
    auto [records, errors] = screened("");
    CHECK(errors == errors_wanted);
    // one row for every line that was not refused, and only those
    CHECK(records == std::multiset<std::string>(rows_wanted.begin(), rows_wanted.end()));

    // With the size limit raised the 10 MB name and the 100,000 qualifications are screened too.
    auto [raised_records, raised_errors] = screened(" --max-profile-bytes 16777216");
    CHECK(raised_records.size() == records.size() + 2);
    CHECK(raised_errors.find("over the limit") == std::string::npos);
    CHECK(raised_errors.find("nested deeper than 1024 levels") != std::string::npos);
}

TEST_CASE("hostile: a 10 MB name is refused by size, and read when the limit is raised") {
    std::string text = huge_name();
    Reading r = reading_of(text, "big.json");
    CHECK(r.errors == std::vector<std::string>{over_limit("big.json", text.size())});
    auto profile = parse_profile(text, "big.json", kRaised);
    REQUIRE(profile);
    CHECK(profile->name.size() == 10u << 20);

    check_evaluate_refuses("big.json", text, [&](const std::string& path) { return over_limit(path, text.size()); });
}

TEST_CASE("hostile: 5,000 levels of nesting are refused with a message") {
    std::string text = deep_nesting();
    CHECK(reading_of(text, "deep.json").errors == std::vector<std::string>{"deep.json: invalid JSON: nested deeper than 1024 levels"});
    CHECK(reading_of(text, "deep.json", kRaised).errors.size() == 1);
    check_evaluate_refuses("deep.json", text, [](const std::string& path) {
        return path + ": invalid JSON: nested deeper than 1024 levels";
    });
}

TEST_CASE("hostile: 100,000 qualifications are refused by size, and read and evaluated with the limit raised") {
    std::string text = many_qualifications();
    CHECK(reading_of(text, "many.json").errors == std::vector<std::string>{over_limit("many.json", text.size())});
    auto profile = parse_profile(text, "many.json", kRaised);
    REQUIRE(profile);
    CHECK(profile->qualifications->size() == 100'000);
    // evaluating it is no harder than evaluating one qualification
    auto rules = test::rules_from(R"(
role { id = 't/r', title = 'T', level { id = 'A', qualifications = {
  gcse { id = 'english', text = 'GCSE English', subjects = { 'English' } },
  qualification { id = 'l3', text = 'Level 3', min_level = 3 } } } }
)");
    CHECK(test::evaluate_one(*rules, *profile, "english").outcome == Outcome::met);
    CHECK(test::evaluate_one(*rules, *profile, "l3").outcome == Outcome::not_met);

    check_evaluate_refuses("many.json", text, [&](const std::string& path) { return over_limit(path, text.size()); });
}

TEST_CASE("hostile: records dated after the as-of date are read, and count only from their dates") {
    auto rules = test::rules_from(R"(
role { id = 't/r', title = 'T', level { id = 'A',
  qualifications = { qualification { id = 'l3', text = 'Level 3', min_level = 3 } },
  experience = { experience { id = 'year', text = 'A year', months = 12 },
                 experience { id = 'month', text = 'A month', months = 1 } },
  skills = { competency { id = 'talk', text = 'Talks' } },
  other = { cpd { id = 'cpd', text = 'CPD' } } } }
)");
    auto why = [&](const Profile& p, const char* id, const char* as_of) {
        return eligo::reason(test::evaluate_one(*rules, p, id, as_of), p);
    };
    // A post that starts after the as-of date counts nothing before it starts.
    Profile later = test::profile_from(read_file(kCorpus / "future-employment.json"));
    CHECK(test::evaluate_one(*rules, later, "month", "2026-11-24").outcome == Outcome::not_met);
    CHECK(test::evaluate_one(*rules, later, "month", "2030-02-01").outcome == Outcome::met);

    // A post that ends after the as-of date counts up to the as-of date.
    Profile ongoing = test::profile_from(R"({"id": "F-1", "employment": [{"start": "2026-01-01", "end": "2030-12-31"}]})");
    CHECK(test::evaluate_one(*rules, ongoing, "year", "2026-11-24").outcome == Outcome::not_met);
    CHECK(why(ongoing, "year", "2026-11-24") == "10 months of employment (2026-01-01 to 2026-11-24); needs 12");
    CHECK(test::evaluate_one(*rules, ongoing, "year", "2027-01-01").outcome == Outcome::met);

    // A CPD record dated after the as-of date does not count; as of a later date it does.
    Profile cpd = test::profile_from(read_file(kCorpus / "future-cpd.json"));
    CHECK(test::evaluate_one(*rules, cpd, "cpd", "2026-11-24").outcome == Outcome::not_met);
    CHECK(why(cpd, "cpd", "2026-11-24") == "0 CPD records from 2025-11-24 to 2026-11-24; needs 1");
    CHECK(test::evaluate_one(*rules, cpd, "cpd", "2030-06-01").outcome == Outcome::met);

    // A qualification awarded, or evidence assessed, after the as-of date did not exist on it
    // (tests/hostile/README.md); as of a later date both count.
    Profile awarded = test::profile_from(R"({"id": "F-2",
        "qualifications": [{"kind": "diploma", "level": 3, "awarded": "2030-01-01"}],
        "evidence": [{"competency": "talk", "status": "met", "source": "manager", "date": "2030-01-01"}]})");
    CHECK(test::evaluate_one(*rules, awarded, "l3", "2026-11-24").outcome == Outcome::not_met);
    CHECK(test::evaluate_one(*rules, awarded, "talk", "2026-11-24").outcome == Outcome::unknown);
    CHECK(test::evaluate_one(*rules, awarded, "l3", "2030-01-01").outcome == Outcome::met);
    CHECK(test::evaluate_one(*rules, awarded, "talk", "2030-01-01").outcome == Outcome::met);
}

TEST_CASE("hostile: encodings, NUL bytes and numbers out of range are named with their place") {
    auto errors_of = [](const std::string& file) { return reading_of(read_file(kCorpus / file), file).errors; };
    auto positioned = [](const std::string& message, const std::string& file) {
        // `file:LINE:COLUMN: ...`
        if (!message.starts_with(file + ":")) return false;
        std::size_t at = file.size() + 1;
        std::size_t digits = message.find_first_not_of("0123456789", at);
        return digits > at && digits != std::string::npos && message[digits] == ':' &&
               std::isdigit(static_cast<unsigned char>(message[digits + 1]));
    };
    // 1. UTF-16: say so, and what to do.
    for (const char* file : {"utf16le-bom.json", "utf16be-bom.json"}) {
        INFO(file);
        auto errors = errors_of(file);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].find("UTF-16") != std::string::npos);
        CHECK(errors[0].find("UTF-8") != std::string::npos);
    }
    // 2. A NUL byte outside a string: its place, in eligo's words.
    for (const char* file : {"nul-before-document.json", "nul-after-document.json"}) {
        INFO(file);
        auto errors = errors_of(file);
        REQUIRE(errors.size() == 1);
        CHECK(positioned(errors[0], file));
        CHECK(errors[0].find("end of input") == std::string::npos);
        CHECK(errors[0].find("The JSON document") == std::string::npos);
    }
    // 3. 1e400: no library exception text, no quoted profile text.
    auto overflow = errors_of("number-overflow.json");
    REQUIRE(overflow.size() == 1);
    CHECK(overflow[0] == "number-overflow.json:1:76: invalid JSON: a number is out of range");
    // 4. An integer beyond 64 bits: its line and column.
    auto huge = errors_of("number-huge-integer.json");
    REQUIRE(huge.size() == 1);
    CHECK(positioned(huge[0], "number-huge-integer.json"));
}
