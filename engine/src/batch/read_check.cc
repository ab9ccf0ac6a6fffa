// Every record of an input decoded and its problems grouped, to try a mapping on a whole export
// before screening: one line per column and value, not one per row.
#include <algorithm>
#include <map>
#include <tuple>

#include "eligo/batch.h"

namespace eligo {
namespace {

// The column a message names (`column `X`: ...`), or "" for a problem of the whole row.
std::string_view column_of(const std::string& message) {
    if (!message.starts_with("column `")) return {};
    auto end = message.find("`: ");
    return end == std::string::npos ? std::string_view() : std::string_view(message).substr(0, end + 1);
}

}  // namespace

ReadCheck check_records(RecordSource& source, const ProfileReadOptions& options) {
    ReadCheck check;
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> group;  // -> index in problems
    std::vector<std::string> inputs;  // in the order read, to keep that order
    RawRecord record;
    while (source.next(record)) {
        ++check.records;
        auto profile = record.decoder->decode(record, options, nullptr);
        if (profile) continue;
        ++check.unreadable;
        if (std::find(inputs.begin(), inputs.end(), record.source) == inputs.end()) inputs.push_back(record.source);
        for (const auto& e : profile.errors()) {
            auto key = std::make_tuple(record.source, e.message, e.hint);
            auto [it, added] = group.try_emplace(key, check.problems.size());
            if (added) check.problems.push_back({record.source, e.message, e.hint, {}});
            auto& records = check.problems[it->second].records;
            if (records.empty() || records.back() != record.number) records.push_back(record.number);
        }
    }
    check.failure = source.failure();
    auto input_index = [&](const std::string& s) { return std::find(inputs.begin(), inputs.end(), s) - inputs.begin(); };
    std::stable_sort(check.problems.begin(), check.problems.end(), [&](const RecordProblem& a, const RecordProblem& b) {
        auto ia = input_index(a.source), ib = input_index(b.source);
        if (ia != ib) return ia < ib;
        auto ca = column_of(a.message), cb = column_of(b.message);
        if (ca != cb) return ca < cb;
        return a.records.size() > b.records.size();
    });
    return check;
}

}  // namespace eligo
