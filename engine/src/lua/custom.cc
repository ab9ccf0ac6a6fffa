#include "lua/custom.h"

#include <string_view>

#include <lua.hpp>

#include "eligo/profile.h"
#include "lua/rule_language.h"

namespace eligo {
namespace {

void set_string(lua_State* L, const char* key, const std::string& value) {
    if (value.empty()) return;
    lua_pushlstring(L, value.data(), value.size());
    lua_setfield(L, -2, key);
}

void set_date(lua_State* L, const char* key, const std::optional<Date>& value) {
    if (value) set_string(L, key, value->to_string());
}

void set_number(lua_State* L, const char* key, const std::optional<double>& value) {
    if (!value) return;
    lua_pushnumber(L, *value);
    lua_setfield(L, -2, key);
}

void set_bool(lua_State* L, const char* key, const std::optional<bool>& value) {
    if (!value) return;
    lua_pushboolean(L, *value);
    lua_setfield(L, -2, key);
}

void set_strings(lua_State* L, const char* key, const std::optional<std::vector<std::string>>& values) {
    if (!values) return;
    lua_createtable(L, static_cast<int>(values->size()), 0);
    for (std::size_t i = 0; i < values->size(); ++i) {
        lua_pushstring(L, (*values)[i].c_str());
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
    }
    lua_setfield(L, -2, key);
}

template <class T, class F>
void set_list(lua_State* L, const char* key, const std::optional<std::vector<T>>& items, F&& fill) {
    if (!items) return;  // absent stays absent: nil in Lua
    lua_createtable(L, static_cast<int>(items->size()), 0);
    for (std::size_t i = 0; i < items->size(); ++i) {
        lua_newtable(L);
        fill((*items)[i]);
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
    }
    lua_setfield(L, -2, key);
}

// The profile as Lua data, the fields of the format that a criterion can need. Protected
// characteristics are not in the model, and what would serve only as a proxy for one is left
// out: award dates (the year of a school qualification gives away an age; a check is told
// whether a qualification is held on the as-of date instead) and free text (a qualification's
// title, a CPD activity). Each call gets a fresh copy, so a function that writes to it changes
// nothing that another evaluation sees.
void push_profile(lua_State* L, const Profile& p, Date as_of) {
    lua_newtable(L);
    set_string(L, "id", p.id);
    if (p.current_role) {
        lua_newtable(L);
        set_string(L, "role", p.current_role->role);
        set_string(L, "level", p.current_role->level);
        set_date(L, "since", p.current_role->since);
        lua_setfield(L, -2, "current_role");
    }
    set_list(L, "qualifications", p.qualifications, [&](const Qualification& q) {
        set_string(L, "kind", q.kind);
        set_string(L, "subject", q.subject);
        if (q.level) set_number(L, "level", *q.level);
        set_string(L, "grade", q.grade);
        set_string(L, "stage", q.stage);
        set_strings(L, "areas", q.areas);
        set_string(L, "status", q.in_progress ? "in_progress" : "achieved");
        set_bool(L, "held", !q.in_progress && (!q.awarded || !(as_of < *q.awarded)));
        set_string(L, "awarding_body", q.awarding_body);
    });
    if (p.driving) {
        lua_newtable(L);
        set_string(L, "licence", p.driving->licence);
        set_string(L, "vehicle_access", p.driving->vehicle_access);
        lua_setfield(L, -2, "driving");
    }
    set_list(L, "employment", p.employment, [&](const EmploymentPeriod& e) {
        set_string(L, "employer", e.employer);
        set_string(L, "employer_type", e.employer_type);
        set_string(L, "title", e.title);
        set_strings(L, "areas", e.areas);
        set_bool(L, "managerial", e.managerial);
        if (e.start) set_string(L, "start", e.start->to_string());
        set_date(L, "end", e.end);
        set_number(L, "hours_per_week", e.hours_per_week);
    });
    set_list(L, "cpd", p.cpd, [&](const CpdRecord& c) {
        if (c.date) set_string(L, "date", c.date->to_string());
        set_number(L, "hours", c.hours);
        set_bool(L, "verified", c.verified);
    });
    set_list(L, "training", p.training, [&](const TrainingRecord& t) {
        set_string(L, "id", t.id);
        set_string(L, "status", t.completed ? "completed" : "in_progress");
        set_date(L, "date", t.date);
    });
    set_list(L, "evidence", p.evidence, [&](const Evidence& e) {
        set_string(L, "competency", e.competency);
        set_string(L, "status", e.met ? "met" : "not_met");
        set_string(L, "source", e.source);
        set_date(L, "date", e.date);
    });
}

struct Call {
    const Profile* profile;
    Date as_of;
    lua::Sandbox* sandbox;
};

// Run protected, as everything that allocates in a state: gives the check at index 2 a fresh
// environment, so no global survives from one call to the next, and pushes its arguments.
int prepare_call(lua_State* L) {
    auto* call = static_cast<Call*>(lua_touserdata(L, 1));
    for (int i = 1; const char* name = lua_getupvalue(L, 2, i); ++i) {
        lua_pop(L, 1);
        if (std::string_view(name) != "_ENV") continue;
        call->sandbox->push_environment();
        lua_setupvalue(L, 2, i);
    }
    push_profile(L, *call->profile, call->as_of);
    std::string date = call->as_of.to_string();
    lua_pushlstring(L, date.data(), date.size());
    return 2;
}

}  // namespace

CustomRunner::CustomRunner(lua::RuleSources sources, RuleLimits limits)
    : sources_(std::move(sources)), limits_(limits) {}

CustomRunner::~CustomRunner() = default;

std::unique_ptr<lua::Sandbox> CustomRunner::acquire() const {
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto sandbox = std::move(idle_.back());
            idle_.pop_back();
            return sandbox;
        }
    }
    // A new state runs the same scripts in the same order, so custom function N is the same.
    auto sandbox = std::make_unique<lua::Sandbox>(
        lua::Limits{limits_.instructions, limits_.memory_bytes, limits_.load_time}, &sources_.library);
    std::vector<Error> errors;
    lua::run_scripts(*sandbox, sources_, 0, errors);
    if (!errors.empty()) return nullptr;  // custom function N would not be the loader's N
    sandbox->budget().print = false;      // from here on it sees profiles
    sandbox->set_time_limit(limits_.custom_time);
    return sandbox;
}

void CustomRunner::release(std::unique_ptr<lua::Sandbox> sandbox) const {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(sandbox));
}

CustomRunner::Answer CustomRunner::run(int index, const Profile& profile, Date as_of) const {
    auto sandbox = acquire();
    if (!sandbox) return {std::nullopt, "custom criterion is not available: the rules did not load again", true};
    lua_State* L = sandbox->state();
    Answer answer;
    lua_settop(L, 0);
    lua_getfield(L, LUA_REGISTRYINDEX, lua::kCustomKey);
    lua_rawgeti(L, -1, index);
    lua_remove(L, -2);
    if (lua_type(L, -1) != LUA_TFUNCTION) {
        lua_settop(L, 0);
        release(std::move(sandbox));
        return {std::nullopt, "custom criterion is not available", true};
    }
    Call call{&profile, as_of, sandbox.get()};
    lua_pushcfunction(L, prepare_call);
    lua_pushlightuserdata(L, &call);
    lua_pushvalue(L, 1);
    sandbox->reset_budget(limits_.custom_instructions);
    if (lua_pcall(L, 2, 2, 0) != LUA_OK) {
        // A profile too big for the state: the state is closed, not returned to the pool.
        return {std::nullopt, "custom criterion: the profile does not fit in the rules' memory limit", true};
    }
    if (auto error = sandbox->call(2, 2, limits_.custom_instructions, "custom criterion")) {
        // A state in which a check failed is closed, never reused: a limit leaves it spent.
        return {std::nullopt, error->to_string(), true};
    }
    if (lua_type(L, -2) == LUA_TBOOLEAN)
        answer.met = lua_toboolean(L, -2) != 0;
    else if (lua_type(L, -2) != LUA_TNIL)
        answer = {std::nullopt, "custom criterion returned a " + std::string(luaL_typename(L, -2)) +
                                    "; expected true, false or nil", true};
    if (!answer.failed && lua_type(L, -1) == LUA_TSTRING) answer.reason = lua_tostring(L, -1);
    lua_settop(L, 0);
    lua_gc(L, LUA_GCSTEP, 0);
    release(std::move(sandbox));
    return answer;
}

}  // namespace eligo
