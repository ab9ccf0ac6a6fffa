// The screen: facts decide, judgements are listed; the audit counts; batches keep order.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <future>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "batch/rows.h"
#include "cli_run.h"
#include "eligo/batch.h"
#include "eligo/explain.h"
#include "eligo/progression.h"
#include "eligo/screen.h"
#include "eligo/screen_output.h"
#include "eligo/screen_run.h"
#include "fixtures.h"
#include "support/text.h"

using namespace eligo;

namespace {

const char* kPost = R"(
role { id = 't/post', title = 'Post',
  level { id = 'A', name = 'Developing',
    qualifications = {
      gcse { id = 'gcse', text = 'GCSE English and Maths', subjects = { 'English', 'Mathematics' }, count = 2 },
      training { id = 'induction', text = 'Induction, desirable', training_id = 'induction', desirable = true },
    },
    experience = {
      all_of { id = 'year-with-outcomes', text = 'A year at a council, with outcomes',
        experience { id = 'year', text = 'A year at a council', months = 12, employer_types = { 'local_authority' } },
        competency { id = 'outcomes', text = 'Evidencable outcomes' } },
      any_of { id = 'l3-or-equivalent', text = 'Level 3 or equivalent experience',
        qualification { id = 'l3', text = 'Level 3', min_level = 3 },
        competency { id = 'equivalent', text = 'Equivalent experience' } },
    },
    skills = { competency { id = 'talk', text = 'Communicates well' },
               competency { id = 'spark', text = 'Sparkles', desirable = true } },
    other = { driving { id = 'car', text = 'Full licence and a car', vehicle_access = 'occasional' } } },
  level { id = 'B', name = 'Practising',
    other = { cpd { id = 'cpd', text = 'Evidence of CPD' } } },
}
)";

// An applicant who meets every essential fact of level A, as one JSON line; `patch` replaces
// or adds top-level fields.
std::string good(const std::string& id, const std::string& patch = "{}") {
    nlohmann::json p = nlohmann::json::parse(R"({
        "qualifications":[{"kind":"gcse","subject":"English Language","grade":"5"},
                          {"kind":"gcse","subject":"Mathematics","grade":"4"}],
        "employment":[{"employer_type":"local_authority","start":"2023-01-01"}],
        "driving":{"licence":"full_uk","vehicle_access":"daily"}})");
    p["id"] = id;
    nlohmann::json changes = nlohmann::json::parse(patch);
    for (auto& [key, value] : changes.items()) p[key] = value;
    return p.dump();
}

std::shared_ptr<const RuleSet> post_rules() {
    static auto rules = test::rules_from(kPost);
    return rules;
}

ScreenTarget target(std::size_t level = 0) { return {&post_rules()->roles.front(), level}; }

const Date kAsOf = *Date::parse("2026-11-24");

// The post's screen as of kAsOf, on `threads` workers.
ScreenRunOptions run_options(unsigned threads = 1) {
    ScreenRunOptions options;
    options.target = target();
    options.as_of = kAsOf;
    options.threads = threads;
    return options;
}

ScreenOutputOptions output_options(bool show_names = false) {
    return {post_rules().get(), target(), kAsOf, show_names, false, std::nullopt, nullptr};
}

ScreenResult screen_json(const std::string& json, std::size_t level = 0) {
    Profile p = test::profile_from(json);
    ProfileIndex index(*post_rules(), p, kAsOf);
    return screen(target(level), index);
}

// The words a writer gives the first statement not met.
std::string first_not_met_words(const std::string& json) {
    Profile p = test::profile_from(json);
    auto r = screen_json(json);
    REQUIRE(!r.not_met.empty());
    return facts_reason(r.not_met[0].result, p);
}

std::vector<std::string> ids(const std::vector<ScreenFinding>& list) {
    std::vector<std::string> out;
    for (const auto& f : list) out.push_back(f.level + "/" + f.criterion->id);
    return out;
}

std::vector<std::string> ids(const std::vector<ScreenAssessment>& list) {
    std::vector<std::string> out;
    for (const auto& a : list) out.push_back(a.level + "/" + a.criterion->id + (a.essential ? "" : "?"));
    return out;
}

std::string temp_file(const std::string& name, const std::string& text) {
    std::string path = std::string(P_tmpdir) + "/eligo-screen-" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

// A sink that keeps what it is given, for checking order and completeness.
struct Kept final : ScreenSink {
    std::vector<std::string> rows;
    std::vector<std::string> bad_rows;
    void row(const ScreenRow& r) override { rows.push_back(r.where + " " + r.id + " " + to_string(r.result.outcome)); }
    void bad(const BadRecord& r) override { bad_rows.push_back(r.where); }
    std::optional<Error> finish(const ScreenAudit&, const std::vector<BatchWarning>&) override { return std::nullopt; }
};

}  // namespace

TEST_CASE("screen: every essential fact met is a shortlist with the judgements as the worklist") {
    auto r = screen_json(good("p"));
    CHECK(r.outcome == ScreenOutcome::shortlist);
    CHECK(r.not_met.empty());
    CHECK(r.unknown.empty());
    // The mixed all_of needs its judgement at interview; the any_of is met by... nothing
    // factual (no Level 3), so its judgement is to be assessed too; `talk` always is.
    CHECK(ids(r.assess) == std::vector<std::string>{"A/year-with-outcomes", "A/l3-or-equivalent", "A/talk", "A/spark?"});
}

TEST_CASE("screen: a fact that meets an any_of on its own leaves nothing to assess in it") {
    auto r = screen_json(good("p", R"({"qualifications":[{"kind":"gcse","subject":"English","grade":"5"},
                            {"kind":"gcse","subject":"Mathematics","grade":"4"},{"kind":"nvq","level":3}]})"));
    CHECK(r.outcome == ScreenOutcome::shortlist);
    CHECK(ids(r.assess) == std::vector<std::string>{"A/year-with-outcomes", "A/talk", "A/spark?"});
}

TEST_CASE("screen: an essential fact not met rejects, naming it and why") {
    std::string json = R"({"id":"p",
        "qualifications":[{"kind":"gcse","subject":"English","grade":"3"},{"kind":"gcse","subject":"Mathematics","grade":"4"}],
        "employment":[{"employer_type":"local_authority","start":"2023-01-01"}],
        "driving":{"licence":"full_uk","vehicle_access":"daily"}})";
    auto r = screen_json(json);
    CHECK(r.outcome == ScreenOutcome::reject);
    REQUIRE(ids(r.not_met) == std::vector<std::string>{"A/gcse"});
    CHECK(first_not_met_words(json).find("no pass at grade 4 or above in English") != std::string::npos);
}

TEST_CASE("screen: a mixed statement rejects only when no judgement could meet it") {
    // all_of(fact, judgement) with the fact short: no interview can make up the year
    std::string json = good("p", R"({"employment":[{"employer_type":"private","start":"2023-01-01"}]})");
    auto r = screen_json(json);
    CHECK(r.outcome == ScreenOutcome::reject);
    REQUIRE(ids(r.not_met) == std::vector<std::string>{"A/year-with-outcomes"});
    CHECK(first_not_met_words(json).find("needs 12") != std::string::npos);
    // any_of(fact, judgement) with the fact missing never rejects: that is for the interview
    CHECK(ids(r.assess) == std::vector<std::string>{"A/l3-or-equivalent", "A/talk", "A/spark?"});
}

TEST_CASE("screen: judgement evidence on an application never decides the screen") {
    // An assessor's `not_met` on a judgement does not reject; a `met` does not spare it.
    auto r = screen_json(good("p", R"({"evidence":[{"competency":"talk","status":"not_met","source":"assessor"},
                                         {"competency":"outcomes","status":"met","source":"manager"}]})"));
    CHECK(r.outcome == ScreenOutcome::shortlist);
    CHECK(ids(r.assess) == std::vector<std::string>{"A/year-with-outcomes", "A/l3-or-equivalent", "A/talk", "A/spark?"});
}

TEST_CASE("screen: an undecidable fact is incomplete, naming the fields to ask for") {
    auto r = screen_json(R"({"id":"p",
        "qualifications":[{"kind":"gcse","subject":"English","grade":"5"},{"kind":"gcse","subject":"Mathematics","grade":"4"}],
        "employment":[{"start":"2023-01-01"}]})");
    CHECK(r.outcome == ScreenOutcome::incomplete);
    CHECK(ids(r.unknown) == std::vector<std::string>{"A/year-with-outcomes", "A/car"});
    CHECK(r.fields_to_ask() == std::vector<std::string>{"employment[0].employer_type", "driving"});

    // A grade the tables do not know, and a vehicle access not stated
    r = screen_json(good("p", R"({"qualifications":[{"kind":"gcse","subject":"English","grade":"merit"},
                        {"kind":"gcse","subject":"Mathematics","grade":"4"}],"driving":{"licence":"full_uk"}})"));
    CHECK(r.outcome == ScreenOutcome::incomplete);
    CHECK(r.fields_to_ask() == std::vector<std::string>{"qualifications[0].grade", "driving.vehicle_access"});
}

TEST_CASE("screen and progression ask for the same fields: the evaluator's, once") {
    auto rules = test::rules_from(R"(
role { id = 't/three', title = 'Three',
  level { id = 'A', name = 'One',
    qualifications = { gcse { id = 'gcse', text = 'Three GCSEs with English and Maths', subjects = { 'English', 'Mathematics' }, count = 3 } },
    other = { cpd { id = 'cpd', text = 'Ten hours of CPD', min_hours = 10 } } } }
)");
    // A third GCSE with neither subject nor grade: its grade decides (a pass without a subject
    // counts towards the total as it is); CPD without hours names each record.
    Profile p = test::profile_from(R"({"id":"p","qualifications":[{"kind":"gcse","subject":"English","grade":"5"},
        {"kind":"gcse","subject":"Mathematics","grade":"4"},{"kind":"gcse"}],
        "cpd":[{"date":"2026-01-01","hours":4},{"date":"2026-02-01"}]})");
    ProfileIndex index(*rules, p, kAsOf);
    const Role& role = rules->roles.front();
    auto screened = screen({&role, 0}, index);
    std::vector<std::string> expected{"qualifications[2].grade", "cpd[1].hours"};
    CHECK(screened.fields_to_ask() == expected);
    std::vector<std::string> gaps;
    for (const auto& g : gaps_of(evaluate_role(role, index).levels.front(), index))
        for (const auto& field : g.fields) gaps.push_back(field);
    CHECK(gaps == expected);
}

TEST_CASE("screen: desirable facts are counted and never reject") {
    auto r = screen_json(good("p"));
    CHECK(r.desirable_total == 1);
    CHECK(r.desirable_met == 0);
    r = screen_json(good("p", R"({"training":[{"id":"induction","status":"completed"}]})"));
    CHECK(r.outcome == ScreenOutcome::shortlist);
    CHECK(r.desirable_met == 1);
}

TEST_CASE("screen plan: the levels' statements in order, with their kinds, worked out once") {
    const Role& role = post_rules()->roles.front();
    ScreenPlan a(target(0)), b(target(1));
    std::vector<std::string> ids;
    for (const auto& s : b.statements()) ids.push_back(*s.level + "/" + s.criterion->id);
    CHECK(ids == std::vector<std::string>{"A/gcse", "A/induction", "A/year-with-outcomes", "A/l3-or-equivalent",
                                          "A/talk", "A/spark", "A/car", "B/cpd"});
    REQUIRE(a.statements().size() == role.levels[0].criteria.size());
    for (const auto& s : b.statements()) {
        INFO(s.criterion->id);
        CHECK(s.facts == has_kind(*s.criterion, Kind::fact));
        CHECK(s.judgement == has_kind(*s.criterion, Kind::judgement));
    }
    CHECK(b.statements()[2].facts);  // a year at a council, with outcomes: both
    CHECK(b.statements()[2].judgement);
    CHECK_FALSE(b.statements()[4].facts);  // communicates well: a judgement only
}

TEST_CASE("screen: the levels below the advertised one count") {
    auto r = screen_json(good("p"), 1);
    CHECK(r.outcome == ScreenOutcome::incomplete);
    CHECK(ids(r.unknown) == std::vector<std::string>{"B/cpd"});
    CHECK(r.fields_to_ask() == std::vector<std::string>{"cpd"});
}

TEST_CASE("screen audit: outcomes counted, and each fact's rejections alone and in all") {
    ScreenAudit audit(target());
    auto add = [&](const std::string& json) { audit.add(screen_json(json)); };
    add(good("1"));                                                   // shortlist
    add(good("2", R"({"driving":{"licence":"none"}})"));                   // car alone
    add(good("3", R"({"driving":{"licence":"none"},"qualifications":[]})"));  // car and gcse
    add(good("4", R"({"driving":{"licence":"full_uk"}})"));                // car undecided
    audit.add_bad_record();
    ScreenAudit other(target());
    other.add(screen_json(good("5", R"({"qualifications":[]})")));        // gcse alone
    audit.merge(other);

    CHECK(audit.count(ScreenOutcome::shortlist) == 1);
    CHECK(audit.count(ScreenOutcome::reject) == 3);
    CHECK(audit.count(ScreenOutcome::incomplete) == 1);
    CHECK(audit.screened() == 5);
    CHECK(audit.bad_records() == 1);
    std::map<std::string, std::array<std::uint64_t, 3>> lines;
    for (const auto& l : audit.lines()) lines[l.level + "/" + l.criterion->id] = {l.rejected_alone, l.rejected, l.unknown};
    CHECK(lines.size() == 4);  // gcse, year-with-outcomes, l3-or-equivalent, car: desirable and judgement-only left out
    CHECK(lines["A/car"] == std::array<std::uint64_t, 3>{1, 2, 1});
    CHECK(lines["A/gcse"] == std::array<std::uint64_t, 3>{1, 2, 0});
    CHECK(lines["A/year-with-outcomes"] == std::array<std::uint64_t, 3>{0, 0, 0});
}

TEST_CASE("batch: bad lines at the start, middle and end are reported and every good line has its row") {
    std::string good = R"({"id":"G","employment":[]})";
    std::string text = "{\"id\": \n" + good + "\n\n" + good + "\n[1,2]\n" + good + "\n" + R"({"id":"X","cpd":5})";
    std::string path = temp_file("bad-rows.jsonl", text);
    for (unsigned threads : {1u, 3u}) {
        auto source = open_jsonl(path);
        REQUIRE(source);
        Kept kept;
        ScreenRunOptions options = run_options(threads);
        options.batch_size = 2;
        auto summary = run_screen(**source, *post_rules(), options, kept);
        CHECK(kept.bad_rows == std::vector<std::string>{path + ":1", path + ":5", path + ":7"});
        CHECK(kept.rows == std::vector<std::string>{path + ":2 G reject", path + ":4 G reject", path + ":6 G reject"});
        CHECK(summary.audit.bad_records() == 3);
        CHECK(summary.audit.screened() == 3);
    }
}

TEST_CASE("batch: JSON Lines with CRLF line ends (every Windows-made file) are read") {
    std::string good = R"({"id":"G","employment":[]})";
    std::string path = temp_file("crlf.jsonl", good + "\r\n" + good + "\r\n\r\n" + good);
    auto source = open_jsonl(path);
    REQUIRE(source);
    Kept kept;
    run_screen(**source, *post_rules(), run_options(), kept);
    CHECK(kept.bad_rows.empty());
    CHECK(kept.rows == std::vector<std::string>{path + ":1 G reject", path + ":2 G reject", path + ":4 G reject"});
}

TEST_CASE("batch: rows come out in input order whatever the number of threads") {
    std::string text;
    for (int i = 0; i < 500; ++i) {
        std::string id = "P" + std::to_string(i);
        if (i % 7 == 0) text += "{broken " + id + "\n";
        else if (i % 3 == 0) text += good(id) + "\n";
        else text += R"({"id":")" + id + R"(","driving":{"licence":"none"}})" + "\n";
    }
    std::string path = temp_file("order.jsonl", text);
    auto run = [&](unsigned threads, std::size_t batch) {
        auto source = open_jsonl(path);
        REQUIRE(source);
        std::ostringstream out, errors;
        ScreenOutputOptions output = output_options();
        auto sink = jsonl_sink(out, errors, output);
        ScreenRunOptions options = run_options(threads);
        options.batch_size = batch;
        run_screen(**source, *post_rules(), options, *sink);
        return out.str() + "--\n" + errors.str();
    };
    std::string one = run(1, 256);
    CHECK(std::count(one.begin(), one.end(), '\n') == 500 + 1 + 72);  // a row per record, then the 72 bad ones listed
    CHECK(run(2, 1) == one);
    CHECK(run(4, 7) == one);
    CHECK(run(3, 256) == one);
}

TEST_CASE("screen outputs: no name reaches any output without show_names") {
    std::string path = temp_file("names.jsonl", good("P-1", R"({"name":"Zebedee Marker"})") + "\n" +
                                                    R"({"id":"P-2","name":"Zebedee Marker","qualifications":[]})" + "\n");
    for (bool show : {false, true}) {
        for (int format = 0; format < 3; ++format) {
            auto source = open_jsonl(path);
            REQUIRE(source);
            std::ostringstream out, errors;
            ScreenOutputOptions output = output_options(show);
            auto sink = format == 0 ? csv_sink(out, errors, output)
                        : format == 1 ? jsonl_sink(out, errors, output)
                                      : text_sink(out, errors, output);
            ScreenRunOptions options = run_options();
            options.show_names = show;
            auto summary = run_screen(**source, *post_rules(), options, *sink);
            std::ostringstream audit;
            write_audit(audit, summary, output);
            CHECK((out.str().find("Zebedee") != std::string::npos) == show);
            CHECK(errors.str().find("Zebedee") == std::string::npos);
            CHECK(audit.str().find("Zebedee") == std::string::npos);
        }
    }
}

TEST_CASE("screen outputs: CSV has one row per applicant and spreadsheet formulas are made inert") {
    std::string path = temp_file("csv-out.jsonl", good("=HYPERLINK(1)") + "\n" +
                                                      R"({"id":"P-2","qualifications":[]})" + "\n");
    auto source = open_jsonl(path);
    REQUIRE(source);
    std::ostringstream out, errors;
    ScreenOutputOptions output = output_options();
    auto sink = csv_sink(out, errors, output);
    ScreenRunOptions options = run_options();
    run_screen(**source, *post_rules(), options, *sink);
    std::string csv = out.str();
    CHECK(csv.starts_with("record,id,outcome,desirable_met,desirable_total,not_met,why,ask_for,undecided,to_assess_at_interview\n"));
    CHECK(csv.find(path + ":1,'=HYPERLINK(1),shortlist,0,1,,,,,A/year-with-outcomes; A/l3-or-equivalent; A/talk; A/spark (desirable)\n") !=
          std::string::npos);
    CHECK(csv.find(path + ":2,P-2,reject,0,1,A/gcse,") != std::string::npos);
}

TEST_CASE("screen outputs: each row lists its own statements to assess, when the row before listed others") {
    // The writers reuse the words of the list before while the list is the same: a row whose
    // Level 3 meets the any_of on its own has one statement fewer, between two that have all.
    std::string level_3 = good("P-2", R"({"qualifications":[{"kind":"gcse","subject":"English","grade":"5"},
                               {"kind":"gcse","subject":"Mathematics","grade":"4"},{"kind":"nvq","level":3}]})");
    std::string path = temp_file("assess-lists.jsonl", good("P-1") + "\n" + level_3 + "\n" + good("P-3") + "\n" +
                                                           level_3 + "\n");
    const std::string all = "A/year-with-outcomes; A/l3-or-equivalent; A/talk; A/spark (desirable)";
    const std::string fewer = "A/year-with-outcomes; A/talk; A/spark (desirable)";
    for (unsigned threads : {1u, 2u}) {
        INFO(threads << " threads");
        ScreenOutputOptions output = output_options();
        std::ostringstream csv, jsonl, errors;
        auto csv_out = csv_sink(csv, errors, output);
        auto jsonl_out = jsonl_sink(jsonl, errors, output);
        for (auto* sink : {csv_out.get(), jsonl_out.get()}) {
            auto source = open_jsonl(path);
            REQUIRE(source);
            run_screen(**source, *post_rules(), run_options(threads), *sink);
        }
        std::vector<std::string> rows;
        std::istringstream lines(csv.str());
        for (std::string line; std::getline(lines, line);)
            if (line.starts_with(path)) rows.push_back(line.substr(line.rfind(",,,,") + 4));
        CHECK(rows == std::vector<std::string>{all, fewer, all, fewer});
        std::vector<std::vector<std::string>> lists;
        std::istringstream objects(jsonl.str());
        for (std::string line; std::getline(objects, line);)
            if (auto row = nlohmann::json::parse(line); row.contains("to_assess"))
                lists.push_back(row["to_assess"].get<std::vector<std::string>>());
        std::vector<std::string> every{"A/year-with-outcomes", "A/l3-or-equivalent", "A/talk", "A/spark"};
        std::vector<std::string> three{"A/year-with-outcomes", "A/talk", "A/spark"};
        CHECK(lists == std::vector<std::vector<std::string>>{every, three, every, three});
    }
}

TEST_CASE("screen: the lists a post's statements read are kept, and a record is checked whole") {
    // Level A reads employment (the year at a council) and training (the induction); CPD is
    // level B's.
    ProfileLists a = ScreenPlan(target(0)).lists_read(), b = ScreenPlan(target(1)).lists_read();
    CHECK(a.employment);
    CHECK(a.training);
    CHECK_FALSE(a.cpd);
    CHECK(b.cpd);
    auto custom = test::rules_from(R"(
role { id = 't/custom', title = 'Custom',
  level { id = 'A', other = { custom { id = 'c', text = 'A check of its own',
                                       check = function(p) return true end } } } }
)");
    ProfileLists any = ScreenPlan({&custom->roles.front(), 0}).lists_read();
    CHECK((any.employment && any.cpd && any.training));
    // A record whose CPD, which level A does not read, has a date that is no date is
    // unreadable all the same, and an unknown field in it is still counted.
    std::string path = temp_file("lists.jsonl", good("P-1", R"({"cpd":[{"date":"2026-02-30"}]})") + "\n" +
                                                    good("P-2", R"({"cpd":[{"date":"2026-02-01","colour":"red"}]})") + "\n");
    auto source = open_jsonl(path);
    REQUIRE(source);
    Kept kept;
    ScreenRunSummary summary = run_screen(**source, *post_rules(), run_options(), kept);
    CHECK(kept.bad_rows == std::vector<std::string>{path + ":1"});
    CHECK(kept.rows == std::vector<std::string>{path + ":2 P-2 shortlist"});
    REQUIRE(summary.warnings.size() == 1);
    CHECK(summary.warnings[0].message.find("unknown field `colour`") != std::string::npos);
}

TEST_CASE("eligo screen: JSON Lines to XLSX, exit status for bad records, usage errors") {
    std::string dir = test::rule_directory("screen-cli", {{"t/post.lua", kPost}});
    std::string in = temp_file("cli.jsonl", good("P-1") + "\nnot json\n");
    std::string xlsx = std::string(P_tmpdir) + "/eligo-screen-cli.xlsx";
    std::remove(xlsx.c_str());
    auto r = test::run_eligo("screen --rules " + dir + " --role t/post --as-of 2026-11-24 " + in + " --out " + xlsx + " -q");
    CHECK(r.status == 2);
    CHECK(r.out.find(in + ":2:2: invalid JSON") != std::string::npos);
    CHECK(r.out.find("1 of 2 records could not be read (listed above); every other record was screened") != std::string::npos);
    std::ifstream book(xlsx, std::ios::binary);
    char magic[2] = {0, 0};
    book.read(magic, 2);
    CHECK(std::string(magic, 2) == "PK");

    r = test::run_eligo("screen --rules " + dir + " --role t/post --level Z --as-of 2026-11-24 " + in);
    CHECK(r.status == 1);
    CHECK(r.out == "--level: `t/post` has no level `Z`; its levels are A, B\n");
    r = test::run_eligo("screen --rules " + dir + " --role t/post --as-of 2026-11-24 " + in + " --out out.pdf");
    CHECK(r.status == 1);
    CHECK(r.out.find("--out: cannot tell the format of `out.pdf` from its extension") != std::string::npos);
    r = test::run_eligo("screen --rules " + dir + " --role t/post --as-of 2026-11-24 applicants.csv");
    CHECK(r.status == 2);
    CHECK(r.out.find("applicants.csv: a CSV export needs --mapping FILE") != std::string::npos);
}

TEST_CASE("batch: a record over the size limit is measured, not read, and the next record is read whole") {
    std::string big = R"({"id":"BIG","name":")" + std::string(500, 'x') + "\"}";
    std::string lines = temp_file("limit.jsonl", good("A") + "\n" + big + "\n");
    std::string file = temp_file("limit-after.json", good("B"));
    std::string too_big = temp_file("limit-file.json", big);
    std::vector<std::unique_ptr<RecordSource>> sources;
    sources.push_back(std::move(*open_jsonl(lines, 400)));
    sources.push_back(open_profile_files({file, too_big}, 400));
    auto source = chain(std::move(sources));
    Kept kept;
    ScreenRunOptions options = run_options();
    options.read.max_bytes = 400;
    run_screen(*source, *post_rules(), options, kept);
    CHECK(kept.rows == std::vector<std::string>{lines + ":1 A shortlist", file + " B shortlist"});
    CHECK(kept.bad_rows == std::vector<std::string>{lines + ":2", too_big});
}

namespace {

// Records made on the fly: record i is `{"id":"P<i>","name":"xx..."}` with a name of
// `padding` bytes; the decoder throws for every record whose number `fail_every` divides.
class MadeSource final : public RecordSource, public RecordDecoder {
public:
    MadeSource(std::size_t count, std::size_t padding, std::uint64_t fail_every = 0)
        : count_(count), padding_(padding), fail_every_(fail_every) {}

    std::atomic<std::size_t> reads = 0;  // read by the writing thread

    bool next(RawRecord& record) override {
        if (reads == count_) return false;
        std::size_t n = ++reads;
        record.source = "made";
        record.number = n;
        record.cells.clear();
        record.dropped_bytes = 0;
        record.text = R"({"id":"P)" + std::to_string(n) + R"(","name":")" + std::string(padding_, 'x') + "\"}";
        record.decoder = this;
        return true;
    }
    std::uint64_t bytes_read() const override { return 0; }
    std::optional<std::uint64_t> bytes_total() const override { return std::nullopt; }

    Expected<Profile> decode(const RawRecord& record, const ProfileReadOptions& options,
                             std::vector<Warning>* warnings) const override {
        if (fail_every_ > 0 && record.number % fail_every_ == 0) throw std::runtime_error("decoder gave up");
        return parse_profile(record.text, record.where(), options, warnings);
    }

private:
    std::size_t count_, padding_;
    std::uint64_t fail_every_;
};

// Keeps rows like Kept, and notes how many records had been read when the first was written.
struct Watching final : ScreenSink {
    explicit Watching(const MadeSource& made) : source(made) {}
    const MadeSource& source;
    std::size_t read_at_first_row = 0;
    std::vector<std::string> rows, bad_rows;
    void row(const ScreenRow& r) override {
        if (rows.empty()) read_at_first_row = source.reads;
        rows.push_back(r.id);
    }
    void bad(const BadRecord& r) override {
        for (const auto& e : r.errors) bad_rows.push_back(e.where + ": " + e.message);
    }
    std::optional<Error> finish(const ScreenAudit&, const std::vector<BatchWarning>&) override { return std::nullopt; }
};

}  // namespace

TEST_CASE("batch: a record whose screening throws is reported as bad, and the run carries on") {
    for (unsigned threads : {1u, 3u}) {
        MadeSource source(600, 10, 50);
        Watching sink(source);
        auto summary = run_screen(source, *post_rules(), run_options(threads), sink);
        REQUIRE(sink.bad_rows.size() == 12);
        CHECK(sink.bad_rows.front() == "made:50: could not be screened: decoder gave up");
        CHECK(sink.bad_rows.back() == "made:600: could not be screened: decoder gave up");
        CHECK(sink.rows.size() == 588);
        CHECK(sink.rows[48] == "P49");
        CHECK(sink.rows[49] == "P51");
        CHECK(summary.audit.bad_records() == 12);
        CHECK(summary.audit.screened() == 588);
    }
}

TEST_CASE("batch: long records close a batch early, so they do not multiply the memory in flight") {
    // 64 KiB records: a batch closes at 16 of them (1 MiB) rather than at its 256 records,
    // so 3 threads hold at most 12 batches of 16 before the first is written.
    MadeSource source(400, 64 * 1024);
    Watching sink(source);
    run_screen(source, *post_rules(), run_options(3), sink);
    CHECK(sink.rows.size() == 400);
    CHECK(sink.rows.back() == "P400");
    CHECK(sink.read_at_first_row > 0);
    CHECK(sink.read_at_first_row <= 13 * 16);
}

TEST_CASE("batch: a custom check that fails leaves the applicant undecided and is counted as a rule fault") {
    auto rules = test::rules_from(R"(
role { id = 't/custom', title = 'Custom', level { id = 'A', other = {
  custom { id = 'fragile', text = 'Something only a script can check', kind = 'fact',
    check = function(p) if p.cpd == nil then error('cpd expected') end return true, 'fine' end },
} } }
)");
    std::string path = temp_file("custom.jsonl", R"({"id":"P1"})" "\n" R"({"id":"P2","cpd":[]})" "\n" R"({"id":"P3"})" "\n");
    auto source = open_jsonl(path);
    REQUIRE(source);
    Kept kept;
    ScreenRunOptions options;
    options.target = {&rules->roles.front(), 0};
    options.as_of = kAsOf;
    auto summary = run_screen(**source, *rules, options, kept);
    CHECK(kept.rows == std::vector<std::string>{path + ":1 P1 incomplete", path + ":2 P2 shortlist",
                                                path + ":3 P3 incomplete"});
    REQUIRE(summary.warnings.size() == 1);
    CHECK(summary.warnings[0].message.starts_with("statement `A/fragile`: its custom check stopped with an error"));
    CHECK(summary.warnings[0].count == 2);
    CHECK(summary.warnings[0].first == path + ":1");
    CHECK(summary.rule_faults == 2);
}

TEST_CASE("screen outputs: JSON Lines stay valid when a text holds bytes that are not UTF-8") {
    std::string out;
    eligo::text::append_json_string(out, std::string("caf\xE9 \"ok\"\n"));
    CHECK(out == "\"caf\xEF\xBF\xBD \\\"ok\\\"\\n\"");
}

namespace {

// A workbook's sheet read back, one line per row, its cells joined by ` | `.
std::vector<std::string> sheet_lines(const std::string& path, const std::string& sheet) {
    auto reader = open_sheet(path, sheet, 1u << 24);
    REQUIRE(reader);
    std::vector<std::string> out;
    Row row;
    while ((*reader)->next(row)) {
        std::string line;
        for (std::size_t i = 0; i < row.cells.size(); ++i) line += (i ? " | " : "") + row.cells[i];
        out.push_back(line);
    }
    return out;
}

// Screens `path` into the given stream sink and returns what it wrote.
std::string screened(const std::string& path, std::unique_ptr<ScreenSink> (*make)(std::ostream&, std::ostream&,
                                                                                  const ScreenOutputOptions&),
                     std::string* errors_out = nullptr) {
    auto source = open_jsonl(path);
    REQUIRE(source);
    std::ostringstream out, errors;
    auto sink = make(out, errors, output_options());
    run_screen(**source, *post_rules(), run_options(), *sink);
    if (errors_out) *errors_out = errors.str();
    return out.str();
}

}  // namespace

TEST_CASE("screen outputs: a record that cannot be read has its row in every output, beside standard error") {
    // Line 4 is sound JSON with a field in error: its id can still be told, and is given.
    std::string path = temp_file("unreadable.jsonl", good("P-1") + "\nnot json\n" + R"({"id":"P-3","qualifications":[]})" +
                                                         "\n" + R"({"id":"P-4","qualifications":"none"})" + "\n");
    std::string errors;
    std::string csv = screened(path, csv_sink, &errors);
    CHECK(errors == path + ":2:2: invalid JSON: syntax error while parsing value - invalid literal\n" + path +
                        ":4: qualifications: expected a list, got string\n");
    CHECK(csv.find("\n" + path + ":2,,unreadable,,,,at column 2: invalid JSON: syntax error while parsing value - invalid literal,,,\n" +
                   path + ":3,P-3,reject,") != std::string::npos);
    CHECK(csv.find("\n" + path + ":4,P-4,unreadable,,,,\"qualifications: expected a list, got string\",,,\n") != std::string::npos);

    std::string jsonl = screened(path, jsonl_sink);
    std::istringstream lines(jsonl);
    std::vector<nlohmann::json> rows;
    for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
    REQUIRE(rows.size() == 4);
    CHECK(rows[1] == nlohmann::json::parse(R"({"record":")" + path + R"(:2","id":null,"outcome":"unreadable",
        "problems":["at column 2: invalid JSON: syntax error while parsing value - invalid literal"]})"));
    CHECK(rows[2]["outcome"] == "reject");
    CHECK(rows[3] == nlohmann::json::parse(R"({"record":")" + path + R"(:4","id":"P-4","outcome":"unreadable",
        "problems":["qualifications: expected a list, got string"]})"));

    std::string text = screened(path, text_sink);
    CHECK(text.find("\nCould not be read (not screened; correct them and screen them again):\n  " + path +
                    ":2  at column 2: invalid JSON: syntax error while parsing value - invalid literal\n"
                    "  P-4 [" + path + ":4]  qualifications: expected a list, got string\n") != std::string::npos);
    CHECK(text.find("  reject      1\n  could not be read  2 (listed with their line or row)\n  records read  4\n") !=
          std::string::npos);

    std::string xlsx = std::string(P_tmpdir) + "/eligo-screen-unreadable.xlsx";
    std::remove(xlsx.c_str());
    {
        auto source = open_jsonl(path);
        REQUIRE(source);
        std::ostringstream sink_errors;
        auto sink = xlsx_sink(xlsx, sink_errors, output_options());
        REQUIRE(sink);
        auto summary = run_screen(**source, *post_rules(), run_options(), **sink);
        REQUIRE_FALSE(summary.output_failure);
        CHECK(sink_errors.str() == errors);
    }
    CHECK(sheet_lines(xlsx, "Unreadable") ==
          std::vector<std::string>{"Record | Applicant | Why it could not be read (not screened)",
                                   path + ":2 |  | at column 2: invalid JSON: syntax error while parsing value - invalid literal",
                                   path + ":4 | P-4 | qualifications: expected a list, got string"});
    auto summary = sheet_lines(xlsx, "Summary");
    CHECK(std::find(summary.begin(), summary.end(), "could not be read | 2") != summary.end());
    CHECK(std::find(summary.begin(), summary.end(), "records read | 4") != summary.end());
}

namespace {

// `path` screened into a workbook at `xlsx`.
void screened_workbook(const std::string& path, const std::string& xlsx) {
    std::remove(xlsx.c_str());
    auto source = open_jsonl(path);
    REQUIRE(source);
    std::ostringstream errors;
    auto sink = xlsx_sink(xlsx, errors, output_options());
    REQUIRE(sink);
    auto summary = run_screen(**source, *post_rules(), run_options(), **sink);
    REQUIRE_FALSE(summary.output_failure);
}

bool any_cell_has(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("screen workbook: statements in their wording, reasons without Markdown") {
    auto no_driving = nlohmann::json::parse(good("P-3"));
    no_driving.erase("driving");
    std::string path = temp_file("plain.jsonl", R"({"id":"P-2","qualifications":[]})" "\n" + no_driving.dump() + "\n");
    std::string xlsx = std::string(P_tmpdir) + "/eligo-screen-plain.xlsx";
    screened_workbook(path, xlsx);
    for (const char* sheet : {"Shortlist", "Incomplete", "Rejected", "Summary"}) {
        auto lines = sheet_lines(xlsx, sheet);
        for (const auto& l : lines) INFO(sheet << ": " << l);
        CHECK_FALSE(any_cell_has(lines, "`"));
        CHECK_FALSE(any_cell_has(lines, "A/"));
    }
    CHECK(sheet_lines(xlsx, "Rejected")[1] ==
          "P-2 | GCSE English and Maths | no pass at grade 4 or above in English or Mathematics; no passes at grade 4 or "
          "above recorded; needs 2 including English and Mathematics | " + path + ":1");
    CHECK(sheet_lines(xlsx, "Incomplete")[1] ==
          "P-3 | driving | Full licence and a car — \"driving\" not recorded in the profile | " + path + ":2");
    auto summary = sheet_lines(xlsx, "Summary");
    CHECK(std::find(summary.begin(), summary.end(), "GCSE English and Maths | 1 | 1 | 0") != summary.end());
    CHECK(std::find(summary.begin(), summary.end(), "Sparkles (desirable)") != summary.end());
}

TEST_CASE("screen workbook: equal desirable facts share a rank, and the facts met are named") {
    const std::string induction = R"({"training":[{"id":"induction","status":"completed"}]})";
    std::string path = temp_file("ranks.jsonl", good("P-1") + "\n" + good("P-2", induction) + "\n" + good("P-3", induction) +
                                                    "\n" + good("P-4") + "\n");
    std::string xlsx = std::string(P_tmpdir) + "/eligo-screen-ranks.xlsx";
    screened_workbook(path, xlsx);
    auto rows = sheet_lines(xlsx, "Shortlist");
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == "Rank | Applicant | Desirable facts met | Of | Which desirable facts | To assess at interview (not assessed "
                     "by eligo) | Record");
    const std::string assess = "2 judgement statements (Interview sheet)\nA year at a council, with outcomes\n"
                               "Level 3 or equivalent experience";
    CHECK(rows[1] == "1 | P-2 | 1 | 1 | Induction, desirable | " + assess + " | " + path + ":2");
    CHECK(rows[2] == "1 | P-3 | 1 | 1 | Induction, desirable | " + assess + " | " + path + ":3");
    CHECK(rows[3] == "3 | P-1 | 0 | 1 |  | " + assess + " | " + path + ":1");
    CHECK(rows[4] == "3 | P-4 | 0 | 1 |  | " + assess + " | " + path + ":4");
}

TEST_CASE("screen workbook: an Interview sheet lists each shortlisted applicant's statements to assess, with Score and Notes") {
    const std::string induction = R"({"training":[{"id":"induction","status":"completed"}]})";
    std::string path = temp_file("interview.jsonl", good("P-1") + "\n" + R"({"id":"P-2","qualifications":[]})" + "\n" +
                                                        good("P-3", induction) + "\n");
    std::string xlsx = std::string(P_tmpdir) + "/eligo-screen-interview.xlsx";
    screened_workbook(path, xlsx);
    auto rows = sheet_lines(xlsx, "Interview");
    std::vector<std::string> wanted = {"Rank | Applicant | Statement to assess | Essential or desirable | Score | Notes | Record"};
    for (const auto& [rank, id, line] : {std::tuple{"1", "P-3", ":3"}, std::tuple{"2", "P-1", ":1"}})
        for (const auto& [text, kind] : {std::pair{"A year at a council, with outcomes", "essential"},
                                         std::pair{"Level 3 or equivalent experience", "essential"},
                                         std::pair{"Communicates well", "essential"}, std::pair{"Sparkles", "desirable"}})
            wanted.push_back(std::string(rank) + " | " + id + " | " + text + " | " + kind + " |  |  | " + path + line);
    CHECK(rows == wanted);
}

TEST_CASE("eligo screen: every output starts with the About block: eligo, rules, files with their SHA-256, the command") {
    std::string dir = test::rule_directory("screen-about", {{"t/post.lua", kPost}});
    std::string in = temp_file("about.jsonl", good("P-1") + "\n");
    const std::string sha = "SHA-256 " + file_sha256(in);
    REQUIRE(sha.size() == 8 + 64);
    const std::string args = "screen --rules " + dir + " --role t/post --as-of 2026-11-24 " + in + " -q";
    const std::regex when("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    auto csv = test::run_eligo_apart(args + " --format csv");
    REQUIRE(csv.status == 0);
    std::smatch m;
    REQUIRE(std::regex_search(csv.out, m, std::regex("# rules digest: (sha256:[0-9a-f]{64})\n")));
    const std::string digest = m[1];
    std::string head = csv.out.substr(0, csv.out.find("record,id,"));
    CHECK(std::regex_match(head, std::regex("# eligo: \\d+\\.\\d+\\.\\d+\n# rules: rules unversioned\n# rules digest: " + digest +
                                            "\n# input: " + in + " \\(" + sha + "\\)\n# as of: 2026-11-24\n"
                                            "# command: eligo screen --rules " + dir + " --role t/post --as-of 2026-11-24 " +
                                            in + " -q --format csv\n# run at: \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\n")));

    auto jsonl = test::run_eligo_apart(args + " --out -");
    REQUIRE(jsonl.status == 0);
    auto about = nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')));
    REQUIRE(about.contains("about"));
    CHECK_FALSE(about.contains("outcome"));
    CHECK(std::regex_match(about["about"]["run_at"].get<std::string>(), when));
    about["about"].erase("run_at");
    about["about"].erase("eligo");
    CHECK(about["about"] == nlohmann::json{{"rules", "rules unversioned"},
                                           {"rules_digest", digest},
                                           {"inputs", {{{"file", in}, {"sha256", file_sha256(in)}}}},
                                           {"mapping", nullptr},
                                           {"as_of", "2026-11-24"},
                                           {"command", "eligo screen --rules " + dir + " --role t/post --as-of 2026-11-24 " + in +
                                                           " -q --out -"}});

    auto text = test::run_eligo_apart(args);
    CHECK(text.out.find("\n  input         " + in + " (" + sha + ")\n  as of         2026-11-24\n") != std::string::npos);

    std::string xlsx = std::string(P_tmpdir) + "/eligo-screen-about.xlsx";
    std::remove(xlsx.c_str());
    REQUIRE(test::run_eligo_apart(args + " --out " + xlsx).status == 0);
    auto rows = sheet_lines(xlsx, "About");
    REQUIRE(rows.size() == 7);
    CHECK(rows[1] == "rules | rules unversioned");
    CHECK(rows[2] == "rules digest | " + digest);
    CHECK(rows[3] == "input | " + in + " (" + sha + ")");
    CHECK(rows[4] == "as of | 2026-11-24");
    CHECK(rows[5] == "command | eligo screen --rules " + dir + " --role t/post --as-of 2026-11-24 " + in + " -q --out " + xlsx);
    CHECK(std::regex_match(rows[6], std::regex("run at \\| \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")));
}

TEST_CASE("screen outputs: rows wait in memory for the About block's digests from their thread, and the block still comes first") {
    const std::string digest(64, 'c');
    for (bool start_on_a_row : {true, false}) {
        std::promise<void> hashed;
        std::shared_future<void> done = hashed.get_future().share();
        auto digests = std::make_shared<FileDigests>([done, digest](const std::atomic<bool>&) {
            done.wait();
            return std::vector<std::string>{digest};
        });
        ScreenOutputOptions output = output_options();
        output.about = ScreenAbout{"0.0.0", {{"in.jsonl", ""}}, std::nullopt, "eligo screen in.jsonl", "2026-11-24T09:30:00Z"};
        output.digests = digests;
        std::ostringstream out, errors;
        auto sink = csv_sink(out, errors, output);
        sink->write_rendered("row 1\n");
        sink->write_rendered(std::string(300 << 10, 'x') + "\n");  // a block that would go straight through
        CAPTURE(start_on_a_row);
        CHECK(out.str().empty());
        hashed.set_value();
        if (start_on_a_row) {
            while (!digests->ready()) std::this_thread::yield();
            sink->write_rendered("row 3\n");
            CHECK(out.str().starts_with("# eligo: 0.0.0\n"));
        }
        REQUIRE_FALSE(sink->finish(ScreenAudit(target()), {}));
        std::string text = out.str();
        CHECK(text.find("# input: in.jsonl (SHA-256 " + digest + ")\n") != std::string::npos);
        std::size_t rows = text.find("record,id,");
        REQUIRE(rows != std::string::npos);
        CHECK(text.find("\nrow 1\n" + std::string(300 << 10, 'x') + "\n" + (start_on_a_row ? "row 3\n" : ""), rows) != std::string::npos);
    }
}

TEST_CASE("screen outputs: past 64 MiB of rows held, the writer waits for the digests from their thread") {
    std::promise<void> hashed;
    std::shared_future<void> done = hashed.get_future().share();
    auto digests = std::make_shared<FileDigests>([done](const std::atomic<bool>&) {
        done.wait();
        return std::vector<std::string>{std::string(64, 'd')};
    });
    ScreenOutputOptions output = output_options();
    output.about = ScreenAbout{"0.0.0", {{"in.jsonl", ""}}, std::nullopt, "eligo screen in.jsonl", "now"};
    output.digests = digests;
    std::ostringstream out, errors;
    auto sink = csv_sink(out, errors, output);
    // Ready only well after the rows below could have been held, had there been no bound.
    std::thread late([&hashed] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        hashed.set_value();
    });
    const std::string mebibyte((1u << 20) - 1, 'r');
    for (int i = 0; i < 65; ++i) sink->write_rendered(mebibyte + "\n");
    // The 65th row found 64 MiB held, and waited: the block and the rows are out.
    CHECK(digests->ready());
    CHECK(out.str().starts_with("# eligo: 0.0.0\n"));
    CHECK(out.str().size() > (64u << 20));
    late.join();
    REQUIRE_FALSE(sink->finish(ScreenAudit(target()), {}));
}

TEST_CASE("screen outputs: digests still being worked out on their thread are given up when the run ends first") {
    std::atomic<bool> gave_up = false;
    {
        FileDigests digests([&](const std::atomic<bool>& stop) {
            while (!stop) std::this_thread::yield();
            gave_up = true;
            return std::vector<std::string>{};
        });
        CHECK_FALSE(digests.ready());
    }
    CHECK(gave_up);
}

TEST_CASE("batch: on three threads, rows held for the About block's digests come out as they would without holding") {
    std::string text;
    for (int i = 0; i < 400; ++i)
        text += (i % 9 == 4 ? "{broken P" + std::to_string(i) : good("P" + std::to_string(i))) + "\n";
    std::string path = temp_file("held.jsonl", text);
    auto run = [&](std::shared_ptr<FileDigests> digests) {
        auto source = open_jsonl(path);
        REQUIRE(source);
        std::ostringstream out, errors;
        ScreenOutputOptions output = output_options();
        output.about = ScreenAbout{"0.0.0", {{path, digests ? "" : file_sha256(path)}}, std::nullopt, "eligo screen", "now"};
        output.digests = std::move(digests);
        auto sink = jsonl_sink(out, errors, output);
        ScreenRunOptions options = run_options(3);
        options.batch_size = 7;
        auto summary = run_screen(**source, *post_rules(), options, *sink);
        REQUIRE_FALSE(summary.output_failure);
        return out.str() + "--\n" + errors.str();
    };
    std::string plain = run(nullptr);
    REQUIRE(plain.find(file_sha256(path)) != std::string::npos);
    // Ready only after the workers have screened for a while, so most of the rows are held.
    auto late = std::make_shared<FileDigests>([&path](const std::atomic<bool>&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        return std::vector<std::string>{file_sha256(path)};
    });
    CHECK(run(late) == plain);
    CHECK(run(std::make_shared<FileDigests>(std::vector<std::string>{path})) == plain);
}
