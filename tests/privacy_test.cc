// Privacy: every command, at the most verbose log level, over profiles whose free text holds
// marker strings; no log line may carry one, and each output shows only the markers it is
// meant to (the exemptions below, each with its reason). And no rule can read a protected
// characteristic, whatever a script tries.
#include <unistd.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"
#include "eligo/profile.h"
#include "fixtures.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace eligo;

namespace {

// What each free-text field of the marked profiles holds: `ZQX-MARKER-7-<FIELD>`.
const std::string kMarker = "ZQX-MARKER-7";
const std::vector<std::string> kFields = {"NAME",     "EMPLOYER", "JOBTITLE", "AWARDINGBODY", "QUALTITLE", "SUBJECT",
                                          "ACTIVITY", "BY",       "NOTE",     "PROTECTED",    "UNKNOWNFIELD"};

std::string marker(const std::string& field) { return kMarker + "-" + field + "-"; }

using Shown = std::set<std::string>;

// The explanation of a verdict names the data it used: a qualification by its title and
// subject ("holds CIH Level 3 Certificate in Housing Practice"), a judgement by who assessed
// it (`by`, the assessor's reference, e.g. M-55). Facts about a qualification, and a staff
// reference, not the person's name.
const Shown kExplanation = {"QUALTITLE", "SUBJECT", "BY"};

Shown with(Shown shown, const std::string& field) {
    shown.insert(field);
    return shown;
}

using Run = test::CliOutput;

const fs::path& scratch() { return test::scratch_directory(); }

using test::read_file;
using test::write_file;

// A screen's About block (the command, the time) is left out.
Run run(const std::string& args) {
    Run r = test::run_eligo_apart(args);
    if (args.find("screen ") != std::string::npos) r.out = test::without_about(r.out);
    return r;
}

// The fields whose marker appears in `text`.
Shown markers_in(const std::string& text) {
    Shown found;
    for (const auto& field : kFields)
        if (text.find(marker(field)) != std::string::npos) found.insert(field);
    // a marker mangled on the way (escaped, cut) still counts
    if (found.empty() && text.find(kMarker) != std::string::npos) found.insert("?");
    return found;
}

// The text of every part of a workbook (.xlsx is a zip of XML); empty when python3 is missing.
std::string workbook_text(const fs::path& path) {
    const char* python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    std::string command = std::string(python) +
                          " -c \"import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                          "[sys.stdout.buffer.write(z.read(n)) for n in z.namelist()]\" " +
                          path.string();
    std::string text;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) text.append(buffer.data(), n);
    pclose(pipe);
    return text;
}

// The example profiles with every free-text field holding its marker, a protected
// characteristic and an unknown field holding theirs.
json marked(json p) {
    p["name"] = marker("NAME") + "Sam";
    if (p.contains("qualifications"))
        for (auto& q : p["qualifications"]) {
            q["awarding_body"] = marker("AWARDINGBODY");
            q["title"] = q.value("title", std::string("Qualification")) + " " + marker("QUALTITLE");
            if (q.contains("subject")) q["subject"] = q["subject"].get<std::string>() + " " + marker("SUBJECT");
        }
    if (p.contains("employment"))
        for (auto& e : p["employment"]) {
            e["employer"] = marker("EMPLOYER");
            e["title"] = marker("JOBTITLE");
        }
    if (p.contains("cpd"))
        for (auto& c : p["cpd"]) c["activity"] = marker("ACTIVITY");
    if (p.contains("evidence"))
        for (auto& e : p["evidence"]) {
            e["by"] = marker("BY");
            e["note"] = marker("NOTE");
        }
    p["date_of_birth"] = marker("PROTECTED");
    p["religion"] = marker("PROTECTED");
    p["favourite_colour"] = marker("UNKNOWNFIELD");
    return p;
}

struct Corpus {
    fs::path profiles;   ///< a directory of marked profiles
    fs::path batch;      ///< the same as JSON Lines
    fs::path bad_batch;  ///< and with bad records that carry the name marker
    fs::path tests;      ///< a rule tests file over a marked profile, passing and failing
    fs::path new_rules;  ///< the bundled rules with one requirement changed, for diff
};

const Corpus& corpus() {
    static const Corpus c = [] {
        Corpus made{scratch() / "profiles", scratch() / "applicants.jsonl", scratch() / "applicants-bad.jsonl",
                    scratch() / "marked.tests.json", scratch() / "new-rules"};
        std::string lines;
        json sam;
        for (const auto& entry : fs::directory_iterator(fs::path(ELIGO_SOURCE_DIR) / "profiles")) {
            if (entry.path().extension() != ".json" || entry.path().filename() == "schema.json") continue;
            json p = marked(json::parse(read_file(entry.path())));
            write_file(made.profiles / entry.path().filename(), p.dump(1));
            lines += p.dump() + "\n";
            if (p["id"] == "E-1042") sam = p;
        }
        REQUIRE(!sam.is_null());
        write_file(made.batch, lines);
        std::string name = "\"name\": \"" + marker("NAME") + "Sam\"";
        write_file(made.bad_batch, lines + "{\"id\": \"BAD-1\", " + name + ", \"cpd\": 5}\n" +  // a field error
                                       "{\"id\": \"BAD-2\", " + name + ", \"cpd\": [\n" +     // a syntax error
                                       "{\"id\": \"BAD-3\", " + name + ", \"religion\": \"" + marker("PROTECTED") +
                                       "\", \"x\": \"" + std::string(2u << 20, 'x') + "\"}\n");  // over the size limit
        json cases = json::array();
        cases.push_back({{"name", "marked: as expected"}, {"role", "rehousing/rehousing-officer"}, {"as_of", "2026-11-24"},
                         {"profile", sam}, {"expect", {{"C", "not_eligible"}}}});
        cases.push_back({{"name", "marked: fails, with its reasons"}, {"role", "rehousing/rehousing-officer"},
                         {"as_of", "2026-11-24"}, {"profile", sam},
                         {"expect", {{"A", "not_eligible"}, {"B", "not_eligible"}, {"C", "eligible"}}},
                         {"criteria", {{"A/general-education", "not_met"}, {"C/cih-level-3", "met"},
                                       {"C/homelessness-24-months", "met"}}}});
        write_file(made.tests, cases.dump(2));
        fs::copy(fs::path(ELIGO_SOURCE_DIR) / "rules", made.new_rules, fs::copy_options::recursive);
        fs::path officer = made.new_rules / "rehousing" / "rehousing-officer.lua";
        std::string script = read_file(officer);
        std::string from = "months = 24, areas = { \"homelessness\"";
        REQUIRE(script.find(from) != std::string::npos);
        script.replace(script.find(from), from.size(), "months = 12, areas = { \"homelessness\"");
        write_file(officer, script);
        return made;
    }();
    return c;
}

// Runs `eligo -v ARGS`: no marker in any log line, and in standard output and `files` only the
// markers `shown`.
Run check_command(const std::string& args, const Shown& shown, const std::vector<fs::path>& files = {}) {
    for (const auto& file : files) fs::remove(file);
    Run r = run("-v " + args);
    INFO("eligo -v " << args << "  (exit " << r.status << ")");
    CHECK(r.status != -1);
    CHECK(r.status != 4);
    // logs: never
    CHECK(markers_in(r.err) == Shown{});
    // the verbose level is on: the logs are there to be checked
    CHECK(r.err.find("eligo: debug: ") != std::string::npos);
    Shown out = markers_in(r.out);
    for (const auto& file : files) {
        REQUIRE(fs::exists(file));
        Shown in_file = markers_in(file.extension() == ".xlsx" ? workbook_text(file) : read_file(file));
        out.insert(in_file.begin(), in_file.end());
    }
    for (const auto& field : out) {
        INFO("standard output or an output file shows " << field);
        CHECK(shown.count(field) == 1);
    }
    return r;
}

const std::string kAsOf = " --as-of 2026-11-24";
const std::string kRole = " --role rehousing/rehousing-officer";

// Lua text that builds `s` at run time, so no protected name is written in the script (the
// loader refuses a script that names one): what a script hiding its intent would do.
std::string lua_built(const std::string& s) {
    std::string out = "string.char(";
    for (std::size_t i = 0; i < s.size(); ++i)
        out += (i ? "," : "") + std::to_string(static_cast<unsigned char>(s[i]));
    return out + ")";
}

// A custom criterion that searches everything it can reach for a protected characteristic:
// the profile by indexing, rawget, next, pairs and metatables (and __index functions), every
// nested table, its extra arguments and its own globals. Met when it finds nothing.
std::string snooping_rules(const std::vector<std::string>& fields = protected_fields()) {
    std::string names;
    for (const auto& field : fields) names += lua_built(field) + ", ";
    // The search lives inside the check: a check may capture nothing from its script.
    return R"(
role { id = 't/snoop', title = 'Snoop', level { id = 'A', skills = {
  custom { id = 'nothing-protected', text = 'No protected characteristic can be reached', kind = 'fact',
    check = function(p, as_of, ...)
      local names = { )" + names + R"(}
      local found, seen = {}, {}
      local function flag(what) found[#found + 1] = what end
      local function marked(v) return type(v) == 'string' and string.find(v, 'ZQX-PROT', 1, true) ~= nil end
      local function search(t, path, depth)
        if type(t) ~= 'table' or seen[t] or depth > 12 then return end
        seen[t] = true
        for _, name in ipairs(names) do
          local ok, v = pcall(function() return t[name] end)
          if ok and v ~= nil then flag(path .. '.' .. name) end
          if rawget ~= nil then
            local ok2, raw = pcall(rawget, t, name)
            if ok2 and raw ~= nil then flag('rawget ' .. path .. '.' .. name) end
          end
        end
        local mt = getmetatable(t)
        if type(mt) == 'table' then
          search(mt, path .. '<metatable>', depth + 1)
          local index = mt.__index
          if type(index) == 'function' then
            for _, name in ipairs(names) do
              local ok, v = pcall(index, t, name)
              if ok and v ~= nil then flag(path .. '<__index>.' .. name) end
            end
          end
        elseif marked(mt) then
          flag(path .. '<metatable>')
        end
        local function visit(k, v)
          for _, name in ipairs(names) do if k == name then flag(path .. ' key ' .. name) end end
          if marked(k) or marked(v) then flag(path .. ' value at ' .. tostring(k)) end
          search(k, path .. '[key]', depth + 1)
          search(v, path .. '.' .. tostring(k), depth + 1)
        end
        pcall(function() for k, v in next, t, nil do visit(k, v) end end)
        pcall(function() for k, v in pairs(t) do visit(k, v) end end)
      end
      if p.qualifications == nil or p.qualifications[1].subject ~= 'English' or p.employment == nil then
        return false, 'not the profile expected'
      end
      search(p, 'p', 0)
      search(_ENV, '_ENV', 0)
      if marked(as_of) then flag('as_of') end
      local extra = table.pack(...)
      for i = 1, extra.n do
        if marked(extra[i]) then flag('argument ' .. i) end
        search(extra[i], 'argument ' .. i, 0)
      end
      if #found > 0 then return false, 'found ' .. table.concat(found, '; ') end
      return true, 'nothing found'
    end },
} } }
)";
}

// A profile that carries every protected characteristic, at the top and inside records.
std::string protected_profile() {
    json p = {{"id", "P-PROTECTED"},
              {"qualifications", {{{"kind", "gcse"}, {"subject", "English"}, {"grade", "5"}}}},
              {"employment", {{{"start", "2020-01-01"}}}}};
    for (const auto& field : protected_fields()) {
        p[field] = "ZQX-PROTECTED-" + field;
        p["qualifications"][0][field] = "ZQX-PROTECTED-" + field;
        p["employment"][0][field] = "ZQX-PROTECTED-" + field;
    }
    return p.dump();
}

}  // namespace

TEST_CASE("privacy: no command logs personal data and each output shows only what it is meant to") {
    const Corpus& c = corpus();
    const std::string profiles = c.profiles.string();
    // Commands that read no profile: their logs are checked all the same.
    check_command("roles", {});
    check_command("roles --format json", {});
    check_command("readings", {});
    check_command("docs", {});
    check_command("docs --format html -o " + (scratch() / "docs.html").string(), {}, {scratch() / "docs.html"});
    check_command("check", {});

    for (const char* format : {"text", "json"}) check_command("evaluate " + profiles + kAsOf + " --format " + format, kExplanation);
    check_command("evaluate " + profiles + kAsOf + " --format summary", {});
    check_command("evaluate " + profiles + kAsOf + " --strict", kExplanation);

    // The appraisal: text and JSON name people by id; the reports, made to be filed, show the
    // name (README, "Progression").
    for (const char* format : {"text", "json"})
        check_command("progression " + profiles + kAsOf + " --format " + format, kExplanation);
    for (const char* format : {"markdown", "html"})
        check_command("progression " + profiles + kAsOf + " --format " + format, with(kExplanation, "NAME"));
    check_command("progression " + profiles + kAsOf + " --role rehousing/senior-rehousing-officer", kExplanation);
    check_command("progression " + profiles + kAsOf + " --summary", {});
    // The team spreadsheets, made to be filed, may show the name; the workbook's Gaps sheet words
    // each gap as the appraisal reports do.
    check_command("progression " + profiles + kAsOf + " --summary --out " + (scratch() / "team.csv").string(), {"NAME"},
                  {scratch() / "team.csv"});
    check_command("progression " + profiles + kAsOf + " --summary --out " + (scratch() / "team.xlsx").string(),
                  with(kExplanation, "NAME"), {scratch() / "team.xlsx"});

    // Rule tests: a failure shows the reasons of the criteria concerned.
    Run tests = check_command("test " + c.tests.string(), kExplanation);
    CHECK(tests.status == 5);

    for (const char* format : {"text", "json"})
        check_command("diff --old rules --new " + c.new_rules.string() + " " + profiles + kAsOf + " --format " + format,
                      kExplanation);
}

TEST_CASE("privacy: screen shows no personal data without --show-names, in any format, with or without bad records") {
    const Corpus& c = corpus();
    // A rejection's reason names the qualifications held ("holds CIH Level 2 Certificate ..."):
    // facts about a qualification, not about who holds it. Nothing else of the profile shows:
    // no name, employer, job title, awarding body, CPD activity, assessor or note.
    const Shown kFacts = {"QUALTITLE", "SUBJECT"};
    for (const fs::path& input : {c.batch, c.profiles, c.bad_batch}) {
        std::string args = "screen " + input.string() + kRole + kAsOf + " --threads 2";
        fs::path errors = scratch() / "screen-errors.txt";
        check_command(args, kFacts);
        check_command(args + " --out -", kFacts);
        check_command(args + " --format text --out " + (scratch() / "screen.txt").string(), kFacts, {scratch() / "screen.txt"});
        check_command(args + " --out " + (scratch() / "screen.csv").string(), kFacts, {scratch() / "screen.csv"});
        check_command(args + " --out " + (scratch() / "screen.jsonl").string() + " --errors " + errors.string(), kFacts,
                      {scratch() / "screen.jsonl", errors});
        check_command(args + " --out " + (scratch() / "screen.xlsx").string(), kFacts, {scratch() / "screen.xlsx"});
        // --show-names is asked for: the name, and only the name, is added.
        check_command(args + " --show-names --out -", with(kFacts, "NAME"));
        check_command(args + " --show-names --out " + (scratch() / "named.csv").string(), with(kFacts, "NAME"),
                      {scratch() / "named.csv"});
        check_command(args + " --show-names --out " + (scratch() / "named.xlsx").string(), with(kFacts, "NAME"),
                      {scratch() / "named.xlsx"});
    }
    // the bad records were reported, not skipped silently
    Run bad = run("screen " + c.bad_batch.string() + kRole + kAsOf + " --out -");
    CHECK(bad.status == 2);
    CHECK(bad.err.find(c.bad_batch.string() + ":9: cpd: expected a list, got number") != std::string::npos);
    CHECK(bad.err.find("3 of 11 records could not be read") != std::string::npos);
}

TEST_CASE("privacy: a bad value of a date or a listed field is quoted in its error but free text never is") {
    // An exemption, by design: a value that is not a date (or not one of a field's listed values)
    // is quoted so that it can be found and fixed. Free-text fields have no bad values, only
    // bad types, and a type error never quotes. So text typed into the wrong column is shown
    // in the error list (standard error unless --errors FILE) and nowhere else.
    fs::path batch = scratch() / "misplaced.jsonl";
    write_file(batch, "{\"id\": \"BAD-1\", \"employment\": [{\"start\": \"" + marker("EMPLOYER") + "\"}]}\n" +
                          "{\"id\": \"BAD-2\", \"name\": [\"" + marker("NAME") + "\"], \"cpd\": [{\"date\": \"2026-01-01\", " +
                          "\"activity\": 7}]}\n");
    Run r = run("-v screen " + batch.string() + kRole + kAsOf + " --out -");
    CHECK(r.status == 2);
    CHECK(r.err.find(batch.string() + ":1: employment[0].start: expected a date `YYYY-MM-DD`, got `" + marker("EMPLOYER") +
                     "`\n") != std::string::npos);
    CHECK(r.err.find(batch.string() + ":2: name: expected a string, got array\n") != std::string::npos);
    CHECK(r.err.find(batch.string() + ":2: cpd[0].activity: expected a string, got number\n") != std::string::npos);
    CHECK(markers_in(r.err) == Shown{"EMPLOYER"});
    CHECK(markers_in(r.out) == Shown{});
}

TEST_CASE("privacy: no rule can read a protected characteristic, whatever a script tries") {
    auto rules = test::rules_from(snooping_rules());
    std::vector<Warning> warnings;
    auto profile = parse_profile(protected_profile(), "p.json", {}, &warnings);
    REQUIRE(profile);
    // every one was seen and dropped, at the top and inside both records, and named as a
    // protected characteristic wherever it was
    CHECK(warnings.size() == 3 * protected_fields().size());
    for (const auto& w : warnings) CHECK(w.message.find(": protected characteristic `") != std::string::npos);
    CriterionResult result = test::evaluate_one(*rules, *profile, "nothing-protected");
    INFO(result.finding.note);
    CHECK(result.outcome == Outcome::met);
    CHECK(result.finding.note == "nothing found");
    // The search finds what is there: the same script looking for `subject` and `grade`.
    auto canary = test::rules_from(snooping_rules({"subject", "grade"}));
    CriterionResult found = test::evaluate_one(*canary, *profile, "nothing-protected");
    CHECK(found.outcome == Outcome::not_met);
    CHECK(found.finding.note.find("p.qualifications.1.subject") != std::string::npos);
    CHECK(found.finding.note.find("p.qualifications.1 key grade") != std::string::npos);
    // (rawget is not in the sandbox; the script uses it when it is)

    // The same through the command line: evaluate, and screen (a custom fact is screened).
    std::string dir = test::rule_directory(scratch().filename().string() + "/snoop", {{"t/snoop.lua", snooping_rules()}});
    fs::path file = scratch() / "protected" / "p-protected.json";
    write_file(file, protected_profile());
    Run evaluated = run("--rules " + dir + " evaluate " + file.string() + kAsOf + " --format json");
    CHECK(evaluated.status == 0);
    json doc = json::parse(evaluated.out);
    const json& criterion = doc["profiles"][0]["roles"][0]["levels"][0]["criteria"][0];
    CHECK(criterion["id"] == "nothing-protected");
    CHECK(criterion["result"] == "met");
    CHECK(criterion["reason"] == "nothing found");
    CHECK(evaluated.out.find("ZQX-PROTECTED") == std::string::npos);

    fs::path batch = scratch() / "protected.jsonl";
    write_file(batch, protected_profile() + "\n");
    Run screened = run("--rules " + dir + " screen " + batch.string() + " --role t/snoop" + kAsOf + " --out -");
    CHECK(screened.status == 0);
    CHECK(json::parse(screened.out)["outcome"] == "shortlist");
}

TEST_CASE("privacy: a rule script's print never logs profile data") {
    // `print` is logged at -v while scripts load; a custom criterion runs at evaluation time
    // with the profile in hand, so there `print` writes nothing: whatever it would print of the
    // profile (an employer, an awarding body, a CPD activity) never reaches the log.
    std::string dir = test::rule_directory(scratch().filename().string() + "/print", {{"t/print.lua", R"(
role { id = 't/print', title = 'Print', level { id = 'A', skills = {
  custom { id = 'c', text = 'Prints', kind = 'fact', check = function(p)
    print('employer', p.employment[1].employer)
    return true
  end } } } }
)"}});
    const Corpus& c = corpus();
    Run r = run("-v --rules " + dir + " evaluate " + (c.profiles / "e-1042.json").string() + kAsOf);
    CHECK(r.status == 0);
    CHECK(markers_in(r.err) == Shown{});
}

TEST_CASE("privacy: print logs exactly what it was given") {
    // sandbox_print once counted the luaL_Buffer's placeholder among its arguments, so every
    // line ended in a tab and `userdata: 0x7ffc...`, an address of the process.
    std::string dir = test::rule_directory(scratch().filename().string() + "/print-format", {{"t/r.lua", R"(print('hello', 2)
role { id = 't/r', title = 'T', level { id = 'A', skills = { competency { id = 'k', text = 'K' } } } }
)"}});
    Run r = run("-v --rules " + dir + " roles");
    CHECK(r.status == 0);
    // scripts are named from the rule directory's own name: `print-format/t/r.lua`
    CHECK(r.err.find("eligo: debug: print-format/t/r.lua:1: print: hello\t2\n") != std::string::npos);
    CHECK(r.err.find("userdata") == std::string::npos);
}
