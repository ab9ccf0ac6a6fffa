// Loads a rule directory: reads the files, runs the scripts in the sandbox, and compiles the
// tables they describe into the immutable RuleSet. The only place that turns Lua data into
// engine data.
#include "lua/loader.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <lua.hpp>

#include "check/rule_checks.h"
#include "check/source_scan.h"
#include "eligo/rules.h"
#include "evaluate/equivalence_index.h"
#include "lua/custom.h"
#include "lua/rule_language.h"
#include "support/sha256.h"
#include "support/text.h"
#include "support/vocabulary.h"

namespace eligo {
namespace {

namespace fs = std::filesystem;

std::string backticked(const std::string& s) { return "`" + s + "`"; }

// A script describes rules in a few kilobytes; one far bigger is a mistake or an attack, and
// would cost seconds and gigabytes to parse.
constexpr std::uintmax_t kMaxScriptBytes = 4u << 20;

// Walks a rules directory. Links are followed only to places inside it, each directory once,
// so a link loop or a link out of the directory is a rule error and not a hang or a leak.
class DirectoryReader {
public:
    explicit DirectoryReader(fs::path root) : root_(std::move(root)) {}

    Expected<std::map<std::string, std::string>> read() {
        std::error_code ec;
        if (!fs::is_directory(root_, ec))
            return Error{ErrorCode::io, root_.string(), "not a rules directory", "give one with --rules DIR or ELIGO_RULES"};
        real_root_ = fs::canonical(root_, ec);
        if (ec) return Error{ErrorCode::io, root_.string(), "cannot read the directory: " + ec.message(), {}};
        walk(root_, real_root_);
        if (!errors_.empty()) return errors_;
        return files_;
    }

private:
    void refuse(const fs::path& path, const std::string& message, const std::string& hint = {}) {
        errors_.push_back({ErrorCode::rules_invalid, shown(path), message, hint});
    }

    std::string shown(const fs::path& path) const {
        fs::path name = root_.filename().empty() ? root_.parent_path().filename() : root_.filename();
        return (name / path.lexically_relative(root_)).generic_string();
    }

    bool inside(const fs::path& real) const {
        auto rel = real.lexically_relative(real_root_);
        return !rel.empty() && *rel.begin() != "..";
    }

    void walk(const fs::path& dir, const fs::path& real_dir) {
        if (!visited_.insert(real_dir).second) {
            refuse(dir, "a symbolic link loop: this directory is reached twice", "remove the link");
            return;
        }
        std::error_code ec;
        std::vector<fs::directory_entry> entries;
        for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
            entries.push_back(*it);
        if (ec) return refuse(dir, "cannot list the directory: " + ec.message());
        std::sort(entries.begin(), entries.end());
        for (const auto& entry : entries) visit(entry.path());
    }

    void visit(const fs::path& path) {
        if (path.filename().string().starts_with(".")) return;
        std::error_code ec;
        fs::path real = fs::canonical(path, ec);
        if (ec) return refuse(path, "a symbolic link that cannot be followed: " + ec.message(), "remove or fix the link");
        if (fs::is_symlink(fs::symlink_status(path, ec)) && !inside(real))
            return refuse(path, "a symbolic link out of the rules directory is not followed",
                          "copy the file into the rules directory");
        if (fs::is_directory(real, ec)) return walk(path, real);
        if (!fs::is_regular_file(real, ec) || path.extension() != ".lua") return;
        std::uintmax_t size = fs::file_size(real, ec);
        if (!ec && size > kMaxScriptBytes)
            return refuse(path, "script is " + std::to_string(size) + " bytes, over the limit of " +
                                    std::to_string(kMaxScriptBytes),
                          "a rule script is a few kilobytes; is this the right file?");
        std::ifstream in(real, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) return refuse(path, "cannot read the file");
        files_[path.lexically_relative(root_).generic_string()] = text.str();
    }

    fs::path root_, real_root_;
    std::set<fs::path> visited_;
    std::map<std::string, std::string> files_;
    std::vector<Error> errors_;
};

// The `.lua` files below `directory`, path (relative, with `/`) -> text, sorted by path.
Expected<std::map<std::string, std::string>> read_directory(const std::string& directory) {
    return DirectoryReader(fs::path(directory)).read();
}

// Splits the files into rule scripts and library modules and computes the digest over every
// file's path and content. Files are named by the directory's own name and their path below
// it (`rules/x/y.lua`), so messages are the same wherever the directory lives.
lua::RuleSources classify(const std::string& directory, const std::map<std::string, std::string>& files) {
    fs::path root(directory);
    fs::path shown = root.filename().empty() ? root.parent_path().filename() : root.filename();
    lua::RuleSources sources;
    Sha256 digest;
    for (const auto& [rel_text, content] : files) {
        fs::path rel(rel_text);
        std::string display = (shown / rel).generic_string();
        digest.update(rel.generic_string());
        digest.update(std::string_view("\0", 1));
        digest.update(std::to_string(content.size()));
        digest.update(std::string_view("\0", 1));
        digest.update(content);
        sources.files.push_back(display);
        auto first = rel.begin();
        if (first != rel.end() && first->string() == "lib") {
            std::string module = "lib";
            for (auto part = std::next(first); part != rel.end(); ++part)
                module += "." + (std::next(part) == rel.end() ? part->stem().string() : part->string());
            sources.library.source[module] = content;
            sources.library.display[module] = display;
        } else {
            sources.scripts.push_back({display, content});
        }
    }
    sources.digest = "sha256:" + digest.hex();
    return sources;
}

// Reads Lua tables without ever running Lua code: raw access only, so a metatable set by a
// script cannot run during compilation.
class Compiler {
public:
    Compiler(lua_State* L, std::vector<Error>& errors) : L_(L), errors_(errors) {}

    void error(const std::string& where, const std::string& message, const std::string& hint = {}) {
        errors_.push_back({ErrorCode::rules_invalid, where, message, hint});
    }

    // Replaces a read-only proxy (a table shared from the rules library) with its original.
    void unwrap(int index) {
        index = lua_absindex(L_, index);
        if (lua_type(L_, index) != LUA_TTABLE || !lua_getmetatable(L_, index)) return;
        lua_pushliteral(L_, "__metatable");
        lua_rawget(L_, -2);
        bool ours = lua_type(L_, -1) == LUA_TSTRING && std::string_view(lua_tostring(L_, -1)) == "read-only";
        lua_pop(L_, 1);
        if (ours) {
            lua_pushliteral(L_, "__index");
            lua_rawget(L_, -2);
            lua_replace(L_, index);
        }
        lua_pop(L_, 1);
    }

    // Pushes t[key] (raw). The internal fields (`__type`, ...) are read from the host's record
    // of the tables the constructors made, never from the table a script could write.
    int get(int t, const char* key) {
        if (key[0] != '_' || key[1] != '_') {
            lua_pushstring(L_, key);
            return lua_rawget(L_, t);
        }
        t = lua_absindex(L_, t);
        lua_getfield(L_, LUA_REGISTRYINDEX, lua::kMadeKey);
        lua_pushvalue(L_, t);
        if (lua_rawget(L_, -2) != LUA_TTABLE) {
            lua_pop(L_, 2);
            lua_pushnil(L_);
            return LUA_TNIL;
        }
        lua_pushstring(L_, key);
        int type = lua_rawget(L_, -2);
        lua_replace(L_, -3);
        lua_pop(L_, 1);
        return type;
    }

    // A new state to read from (the loader changes state after a script spends one).
    void use_state(lua_State* L) { L_ = L; }

    std::string string_at(int t, const char* key) {
        get(t, key);
        std::string s = lua_type(L_, -1) == LUA_TSTRING ? lua_tostring(L_, -1) : "";
        lua_pop(L_, 1);
        return s;
    }

    std::string type_of(int t) { return string_at(t, "__type"); }

    // Reads fields of one constructor's table, remembering where it was written.
    class Fields {
    public:
        Fields(Compiler& c, int index, std::string where, std::string what)
            : c_(c), L_(c.L_), t_(lua_absindex(c.L_, index)), where_(std::move(where)), what_(std::move(what)) {}

        const std::string& where() const { return where_; }

        // Whether the field is given at all (a wrong value is reported where it is read).
        bool has(const char* key) {
            bool given = c_.get(t_, key) != LUA_TNIL;
            lua_pop(L_, 1);
            return given;
        }

        std::optional<std::string> string(const char* key, bool required = false) {
            int type = c_.get(t_, key);
            std::optional<std::string> out;
            if (type == LUA_TSTRING)
                out = lua_tostring(L_, -1);
            else if (type == LUA_TNIL && required)
                c_.error(where_, backticked(what_) + " needs " + backticked(key));
            else if (type != LUA_TNIL)
                wrong(key, "a string", type);
            lua_pop(L_, 1);
            return out;
        }

        std::optional<int> integer(const char* key, int min, int max, bool required = false) {
            int type = c_.get(t_, key);
            std::optional<int> out;
            if (type == LUA_TNUMBER && lua_isinteger(L_, -1)) {
                lua_Integer v = lua_tointeger(L_, -1);
                if (v < min || v > max)
                    c_.error(where_, backticked(key) + " of " + backticked(what_) + " must be from " + std::to_string(min) +
                                         " to " + std::to_string(max) + ", got " + std::to_string(v));
                else
                    out = static_cast<int>(v);
            } else if (type == LUA_TNIL) {
                if (required) c_.error(where_, backticked(what_) + " needs " + backticked(key));
            } else {
                wrong(key, "a whole number", type);
            }
            lua_pop(L_, 1);
            return out;
        }

        std::optional<double> number(const char* key) {
            int type = c_.get(t_, key);
            std::optional<double> out;
            if (type == LUA_TNUMBER && lua_tonumber(L_, -1) >= 0)
                out = lua_tonumber(L_, -1);
            else if (type != LUA_TNIL)
                wrong(key, "a number of zero or more", type);
            lua_pop(L_, 1);
            return out;
        }

        std::optional<bool> boolean(const char* key) {
            int type = c_.get(t_, key);
            std::optional<bool> out;
            if (type == LUA_TBOOLEAN)
                out = lua_toboolean(L_, -1) != 0;
            else if (type != LUA_TNIL)
                wrong(key, "true or false", type);
            lua_pop(L_, 1);
            return out;
        }

        // A string or a list of strings; each checked against `allowed` when given.
        std::vector<std::string> strings(const char* key, const std::vector<std::string>* allowed = nullptr) {
            std::vector<std::string> out;
            int type = c_.get(t_, key);
            c_.unwrap(-1);
            if (type == LUA_TSTRING) {
                out.push_back(lua_tostring(L_, -1));
            } else if (type == LUA_TTABLE) {
                lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, -1));
                for (lua_Integer i = 1; i <= n; ++i) {
                    if (lua_rawgeti(L_, -1, i) == LUA_TSTRING)
                        out.push_back(lua_tostring(L_, -1));
                    else
                        c_.error(where_, backticked(key) + " of " + backticked(what_) + " must list strings");
                    lua_pop(L_, 1);
                }
            } else if (type != LUA_TNIL) {
                wrong(key, "a string or a list of strings", type);
            }
            lua_pop(L_, 1);
            if (allowed)
                for (const auto& v : out)
                    if (!vocabulary::contains(*allowed, v)) {
                        std::string hint = nearest(v, *allowed);
                        c_.error(where_, "unknown value " + backticked(v) + " in " + backticked(key) + " of " + backticked(what_),
                                 hint.empty() ? "expected one of the format's values" : "did you mean " + backticked(hint) + "?");
                    }
            return out;
        }

        // Every named field must be one this constructor knows.
        void check(std::vector<std::string> allowed, bool array_allowed) {
            lua_pushnil(L_);
            while (lua_next(L_, t_)) {
                lua_pop(L_, 1);
                if (lua_type(L_, -1) == LUA_TSTRING) {
                    std::string key = lua_tostring(L_, -1);
                    if (!vocabulary::contains(allowed, key)) {
                        std::string hint = nearest(key, allowed);
                        c_.error(where_, "unknown field " + backticked(key) + " in " + backticked(what_),
                                 hint.empty() ? "" : "did you mean " + backticked(hint) + "?");
                    }
                } else if (lua_type(L_, -1) != LUA_TNUMBER || !array_allowed) {
                    c_.error(where_, backticked(what_) + " takes named fields only");
                }
            }
        }

        int table() const { return t_; }

    private:
        void wrong(const char* key, const char* expected, int type) {
            c_.error(where_, backticked(key) + " of " + backticked(what_) + " must be " + expected + ", got " +
                                 lua_typename(L_, type));
        }
        Compiler& c_;
        lua_State* L_;
        int t_;
        std::string where_;
        std::string what_;
    };

    lua_State* L_;
    std::vector<Error>& errors_;
};

const std::vector<std::string> kCommon = {"id", "text", "essential", "desirable", "reading"};
const std::vector<std::string> kCategories = {"qualifications", "knowledge", "experience", "skills", "other"};
const std::vector<std::string> kAccess = {"occasional", "daily"};

std::vector<std::string> with_common(std::vector<std::string> fields) {
    fields.insert(fields.end(), kCommon.begin(), kCommon.end());
    return fields;
}

// ASCII capitals only, whatever the locale: the tables compiled must not depend on it.
std::string upper(std::string_view s) {
    std::string out;
    text::append_upper(out, s);
    return out;
}

std::string lower(std::string_view s) {
    std::string out;
    text::append_lower(out, s);
    return out;
}

class RuleCompiler : public Compiler {
public:
    RuleCompiler(lua_State* L, std::vector<Error>& errors, std::vector<Error>& warnings, RuleSet& rules)
        : Compiler(L, errors), warnings_(warnings), rules_(rules) {}

    void equivalences(int t, const std::string& where) {
        Equivalences& eq = rules_.equivalences;
        eq.gcse_grades = int_map(t, "gcse_grades", where);
        eq.kind_levels = int_map(t, "kind_levels", where);
        eq.stages = int_map(t, "itil_stages", where);
        eq.grade_ranks = int_map(t, "grade_ranks", where);
        for (auto& [canonical, synonyms] : list_map(t, "subjects", where)) {
            eq.subjects[lower(canonical)] = canonical;
            for (const auto& s : synonyms) eq.subjects[lower(s)] = canonical;
        }
        eq.kind_areas = list_map(t, "kind_areas", where);
        for (auto& [area, words] : list_map(t, "area_words", where))
            for (const auto& w : words) eq.area_words[area].push_back(lower(w));
        if (get(t, "gcse_equivalents") == LUA_TTABLE) {
            int list = lua_gettop(L_);
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, list));
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L_, list, i);
                if (lua_type(L_, -1) == LUA_TTABLE) {
                    Fields f(*this, -1, where, "gcse_equivalents");
                    f.check({"kind", "min_level", "subjects", "grade", "note", "reads_as"}, false);
                    Equivalences::GcseEquivalent e;
                    e.kind = f.string("kind", true).value_or("");
                    e.min_level = f.integer("min_level", 1, 8);
                    e.subjects = f.strings("subjects");
                    lua_getfield(L_, -1, "reads_as");
                    for (auto& [name, canonical] : string_map(-1, "gcse_equivalents.reads_as", where))
                        e.reads_as[lower(name)] = canonical;
                    lua_pop(L_, 1);
                    if (auto g = f.string("grade")) {
                        auto it = eq.gcse_grades.find(*g);
                        if (it == eq.gcse_grades.end())
                            error(where, "gcse_equivalents: grade " + backticked(*g) + " is not in gcse_grades");
                        else
                            e.grade = it->second;
                    }
                    eq.gcse_equivalents.push_back(std::move(e));
                }
                lua_pop(L_, 1);
            }
        }
        lua_pop(L_, 1);
        kind_grades(t, where);
        if (get(t, "kind_equivalents") == LUA_TTABLE) eq.kind_equivalents = string_map(-1, "kind_equivalents", where);
        lua_pop(L_, 1);
        if (get(t, "double_awards") == LUA_TTABLE) {
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, -1));
            for (lua_Integer i = 1; i <= n; ++i) {
                if (lua_rawgeti(L_, -1, i) == LUA_TSTRING) eq.double_awards.push_back(lua_tostring(L_, -1));
                lua_pop(L_, 1);
            }
        }
        lua_pop(L_, 1);
        for (const char* key : {"gcse_grades", "subjects", "kind_levels", "itil_stages"})
            if (get(t, key) != LUA_TTABLE) error(where, "the equivalence tables need " + backticked(key)), lua_pop(L_, 1);
            else lua_pop(L_, 1);
    }

    // A table of string keys and string values at `index` (absent: empty).
    std::map<std::string, std::string> string_map(int index, const char* what, const std::string& where) {
        std::map<std::string, std::string> out;
        if (lua_type(L_, index) != LUA_TTABLE) return out;
        int table = lua_absindex(L_, index);
        lua_pushnil(L_);
        while (lua_next(L_, table)) {
            if (lua_type(L_, -2) == LUA_TSTRING && lua_type(L_, -1) == LUA_TSTRING)
                out[lua_tostring(L_, -2)] = lua_tostring(L_, -1);
            else
                error(where, backticked(what) + " maps names to names");
            lua_pop(L_, 1);
        }
        return out;
    }

    // `kind_grades`: per kind, its own grades read as keys of gcse_grades, kept as 9-1 values.
    void kind_grades(int t, const std::string& where) {
        Equivalences& eq = rules_.equivalences;
        if (get(t, "kind_grades") == LUA_TTABLE) {
            lua_pushnil(L_);
            while (lua_next(L_, -2)) {
                std::string kind = lua_type(L_, -2) == LUA_TSTRING ? lua_tostring(L_, -2) : "";
                for (auto& [grade, as] : string_map(-1, "kind_grades", where)) {
                    auto it = eq.gcse_grades.find(as);
                    if (it == eq.gcse_grades.end())
                        error(where, "kind_grades." + kind + ": grade " + backticked(as) + " is not in gcse_grades");
                    else
                        eq.kind_grades[kind][upper(grade)] = it->second;
                }
                lua_pop(L_, 1);
            }
        }
        lua_pop(L_, 1);
    }

    // `source` is the catalogue's text, to place each entry at its line.
    void catalogue(int t, const std::string& where, const std::string& source) {
        std::map<std::string, int> lines = key_lines(source);
        lua_pushnil(L_);
        while (lua_next(L_, t)) {
            if (lua_type(L_, -2) == LUA_TSTRING && lua_type(L_, -1) == LUA_TTABLE) {
                std::string id = lua_tostring(L_, -2);
                Fields f(*this, -1, entry_where(where, source, lines, id), "competency " + id);
                f.check({"text", "category", "variants", "roles", "note"}, false);
                Competency c;
                c.id = id;
                c.text = f.string("text", true).value_or("");
                std::string category = f.string("category").value_or("knowledge");
                c.category = category_of(category, f.where());
                c.where = f.where();
                rules_.catalogue[id] = std::move(c);
            } else {
                error(where, "the competency catalogue maps ids to { text = ..., category = ... }");
            }
            lua_pop(L_, 1);
        }
    }

    void ruleset(int t) {
        Fields f(*this, t, string_at(t, "__where"), "ruleset");
        f.check({"name", "version", "effective_from", "description"}, false);
        rules_.name = f.string("name", true).value_or("");
        rules_.version = f.string("version", true).value_or("");
        rules_.effective_from = f.string("effective_from").value_or("");
        if (!rules_.effective_from.empty()) date(f, "effective_from", "ruleset");
    }

    void role(int t) {
        std::string where = string_at(t, "__where");
        Fields f(*this, t, where, "role");
        f.check({"id", "title", "posts", "grade", "framework", "framework_date", "source", "summary", "aliases", "kind",
                 "effective_from", "effective_until"},
                true);
        Role role;
        role.where = where;
        role.id = f.string("id", true).value_or("");
        role.effective_from = date(f, "effective_from", "role");
        role.effective_until = date(f, "effective_until", "role");
        role.title = f.string("title", true).value_or("");
        role.posts = f.strings("posts");
        role.grade = f.string("grade").value_or("");
        role.framework = f.string("framework").value_or("");
        role.framework_date = f.string("framework_date").value_or("");
        role.source = f.string("source").value_or("");
        role.summary = f.string("summary").value_or("");
        role.aliases = f.strings("aliases");
        std::string kind = f.string("kind").value_or("progression");
        if (kind != "progression" && kind != "specification")
            error(where, "`kind` of `role` must be `progression` or `specification`, got " + backticked(kind));
        role.specification = kind == "specification";
        current_role_ = role.id;
        check_folder(role);

        lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, t));
        for (lua_Integer i = 1; i <= n; ++i) {
            lua_rawgeti(L_, t, i);
            unwrap(-1);
            if (lua_type(L_, -1) == LUA_TTABLE && type_of(lua_gettop(L_)) == "level")
                role.levels.push_back(level(lua_gettop(L_)));
            else
                error(where, "the list of a `role` holds its levels: `level { id = \"A\", ... }`");
            lua_pop(L_, 1);
        }
        if (role.levels.empty()) error(where, "role " + backticked(role.id) + " has no levels");
        std::set<std::string> seen;
        for (const auto& level : role.levels)
            if (!seen.insert(level.id).second)
                error(where, "role " + backticked(role.id) + " has level " + backticked(level.id) + " twice");
        if (role.specification && role.levels.size() != 1)
            error(where, "a `specification` role has exactly one level");
        check::check_role(role, errors_, warnings_);
        rules_.roles.push_back(std::move(role));
    }

    // A role id names its framework folder (`rehousing/rehousing-officer`), and only a file in
    // that folder may define a version of it: a file elsewhere cannot replace another team's
    // role.
    void check_folder(const Role& role) {
        std::size_t slash = role.id.find('/');
        if (!check::valid_role_id(role.id) || role.where.empty()) return;  // a malformed id is its own error
        std::string folder = slash == std::string::npos ? "" : role.id.substr(0, slash);
        fs::path file(role.where.substr(0, role.where.rfind(':')));
        auto it = file.begin();  // the rules directory's name, then the path below it
        std::string own = std::distance(file.begin(), file.end()) > 2 ? std::next(it)->string() : "";
        if (!folder.empty() && folder == own) return;
        error(role.where,
              "role " + backticked(role.id) + " belongs in folder " + backticked(folder.empty() ? role.id : folder) +
                  ", not in " + (own.empty() ? "the top of the rules directory" : "folder " + backticked(own)),
              "a role's id is `<framework folder>/<name>`; a file may define only the roles of its own folder");
    }

    // Checks made once every script has run.
    void finish() {
        number_competencies();
        check::check_ids(rules_.roles, errors_);
        check::resolve_versions(rules_.roles, errors_, warnings_);
        check::check_catalogue_use(rules_, warnings_);
        for (const auto& [competency, uses] : local_competencies_) {
            std::set<std::string> roles;
            for (const auto& [role, where] : uses) roles.insert(role);
            if (roles.size() > 1)
                error(uses.front().second,
                      "competency " + backticked(competency) + " is used by " + std::to_string(roles.size()) +
                          " roles but is not in the shared catalogue",
                      "add it to lib/competencies.lua so one assessment counts for every role, or give each role "
                      "its own id");
        }
    }

private:
    // Gives every competency requirement its slot: the id's place among all the ids required.
    void number_competencies() {
        auto each = [this](auto&& visit) {
            std::function<void(std::vector<Criterion>&)> walk = [&](std::vector<Criterion>& criteria) {
                for (auto& c : criteria) {
                    if (auto* r = std::get_if<CompetencyRequirement>(&c.requirement)) visit(*r);
                    walk(c.children);
                }
            };
            for (auto& role : rules_.roles)
                for (auto& level : role.levels) walk(level.criteria);
        };
        std::vector<std::string>& slots = rules_.competency_slots;
        slots.clear();
        each([&](CompetencyRequirement& r) { slots.push_back(r.competency); });
        std::sort(slots.begin(), slots.end());
        slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
        each([&](CompetencyRequirement& r) {
            r.slot = static_cast<int>(std::lower_bound(slots.begin(), slots.end(), r.competency) - slots.begin());
        });
    }

    // A `YYYY-MM-DD` field; nullopt when absent or wrong (reported).
    std::optional<Date> date(Fields& f, const char* key, const char* what) {
        auto text = f.string(key);
        if (!text) return std::nullopt;
        auto parsed = Date::parse(*text);
        if (!parsed)
            error(f.where(), backticked(key) + " of " + backticked(what) + " must be a date `YYYY-MM-DD`, got " +
                                 backticked(*text) + not_a_day(*text));
        return parsed;
    }

    // The line where each `["key"]` (or `['key']`) is first written in Lua source: the catalogue
    // is data, so Lua keeps no line for its entries.
    static std::map<std::string, int> key_lines(const std::string& source) {
        std::map<std::string, int> lines;
        int line = 1;
        for (std::size_t i = 0; i + 1 < source.size(); ++i) {
            if (source[i] == '\n') {
                ++line;
            } else if (source[i] == '[' && (source[i + 1] == '"' || source[i + 1] == '\'')) {
                std::size_t end = source.find(source[i + 1], i + 2);
                if (end != std::string::npos && end + 1 < source.size() && source[end + 1] == ']')
                    lines.emplace(source.substr(i + 2, end - i - 2), line);
            }
        }
        return lines;
    }

    // `file:line` of a catalogue entry: its key, else the first line naming it (`id = {`).
    static std::string entry_where(const std::string& file, const std::string& source,
                                   const std::map<std::string, int>& lines, const std::string& id) {
        if (auto it = lines.find(id); it != lines.end()) return file + ":" + std::to_string(it->second);
        std::size_t at = source.find(id + " =");
        if (at == std::string::npos) return file;
        return file + ":" + std::to_string(1 + std::count(source.begin(), source.begin() + static_cast<long>(at), '\n'));
    }

    Category category_of(const std::string& name, const std::string& where) {
        for (std::size_t i = 0; i < kCategories.size(); ++i)
            if (kCategories[i] == name) return static_cast<Category>(i);
        error(where, "unknown category " + backticked(name), "one of qualifications, knowledge, experience, skills, other");
        return Category::other;
    }

    std::map<std::string, int> int_map(int t, const char* key, const std::string& where) {
        std::map<std::string, int> out;
        if (get(t, key) == LUA_TTABLE) {
            lua_pushnil(L_);
            while (lua_next(L_, -2)) {
                if (lua_type(L_, -2) == LUA_TSTRING && lua_isinteger(L_, -1))
                    out[lua_tostring(L_, -2)] = static_cast<int>(lua_tointeger(L_, -1));
                else
                    error(where, backticked(key) + " maps names to whole numbers");
                lua_pop(L_, 1);
            }
        }
        lua_pop(L_, 1);
        return out;
    }

    std::map<std::string, std::vector<std::string>> list_map(int t, const char* key, const std::string& where) {
        std::map<std::string, std::vector<std::string>> out;
        if (get(t, key) == LUA_TTABLE) {
            lua_pushnil(L_);
            while (lua_next(L_, -2)) {
                if (lua_type(L_, -2) == LUA_TSTRING && lua_type(L_, -1) == LUA_TTABLE) {
                    auto& list = out[lua_tostring(L_, -2)];
                    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, -1));
                    for (lua_Integer i = 1; i <= n; ++i) {
                        if (lua_rawgeti(L_, -1, i) == LUA_TSTRING) list.push_back(lua_tostring(L_, -1));
                        lua_pop(L_, 1);
                    }
                } else {
                    error(where, backticked(key) + " maps names to lists of strings");
                }
                lua_pop(L_, 1);
            }
        }
        lua_pop(L_, 1);
        return out;
    }

    Level level(int t) {
        std::string where = string_at(t, "__where");
        Fields f(*this, t, where, "level");
        std::vector<std::string> fields = {"id", "name"};
        fields.insert(fields.end(), kCategories.begin(), kCategories.end());
        f.check(fields, false);
        Level level;
        level.id = f.string("id", true).value_or("");
        level.name = f.string("name").value_or("");
        level.where = where;
        level_ids_.clear();
        for (std::size_t c = 0; c < kCategories.size(); ++c) {
            int type = get(t, kCategories[c].c_str());
            unwrap(-1);
            if (type == LUA_TTABLE) {
                int list = lua_gettop(L_);
                lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, list));
                for (lua_Integer i = 1; i <= n; ++i) {
                    lua_rawgeti(L_, list, i);
                    unwrap(-1);
                    std::string fallback = kCategories[c] + "-" + std::to_string(i);
                    if (auto criterion = compile(lua_gettop(L_), static_cast<Category>(c), fallback, where, true))
                        level.criteria.push_back(std::move(*criterion));
                    lua_pop(L_, 1);
                }
            } else if (type != LUA_TNIL) {
                error(where, backticked(kCategories[c]) + " of `level` must be a list of criteria");
            }
            lua_pop(L_, 1);
        }
        return level;
    }

    // Criteria nest this deep at most: the policies nest two or three levels, and each level
    // costs the compiler native stack and Lua stack.
    static constexpr int kMaxNesting = 32;

    std::optional<Criterion> compile(int t, Category category, const std::string& fallback_id,
                                     const std::string& parent_where, bool top) {
        if (top) depth_ = 0, too_deep_ = false;
        if (depth_ >= kMaxNesting || !lua_checkstack(L_, 8)) {
            too_deep_ = true;
            error(parent_where, "criteria nested more than " + std::to_string(kMaxNesting) + " levels deep",
                  "a policy nests `any_of` and `all_of` two or three levels; flatten the groups");
            return std::nullopt;
        }
        if (lua_type(L_, t) != LUA_TTABLE || type_of(t).empty()) {
            error(parent_where, "expected a criterion such as `competency { id = ..., text = ... }`, got " +
                                    std::string(lua_type(L_, t) == LUA_TTABLE ? "a plain table" : luaL_typename(L_, t)));
            return std::nullopt;
        }
        Criterion c;
        c.type = type_of(t);
        c.where = string_at(t, "__where");
        c.category = category;
        Fields f(*this, t, c.where, c.type);
        c.text = f.string("text").value_or("");
        c.reading = f.string("reading").value_or("");
        bool desirable = f.boolean("desirable").value_or(false);
        c.essential = f.boolean("essential").value_or(!desirable);
        auto id = f.string("id");
        const std::string& type = c.type;

        if (type == "gcse") {
            f.check(with_common({"subjects", "min_grade", "count"}), false);
            GcseRequirement r;
            for (const auto& s : f.strings("subjects")) r.subjects.push_back(subject(s, c.where));
            r.min_grade_text = f.string("min_grade").value_or("4");
            auto grade = rules_.equivalences.gcse_grades.find(upper(r.min_grade_text));
            if (grade == rules_.equivalences.gcse_grades.end())
                error(c.where, "unknown grade " + backticked(r.min_grade_text) + " in `gcse`",
                      "grades are the keys of gcse_grades in lib/equivalences.lua");
            else
                r.min_grade = grade->second;
            r.count = f.integer("count", 1, 20).value_or(static_cast<int>(std::max<std::size_t>(1, r.subjects.size())));
            if (r.count < static_cast<int>(r.subjects.size()))
                error(c.where, "`count` of `gcse` is less than the number of required subjects");
            c.requirement = r;
        } else if (type == "qualification" || type == "cih" || type == "itil" || type == "apprenticeship") {
            QualificationRequirement r;
            std::vector<std::string> fields = {"min_level", "working_towards"};
            if (type == "qualification") fields.insert(fields.end(), {"kinds", "areas", "subjects", "titles"});
            if (type == "itil") fields.push_back("stage");
            f.check(with_common(fields), false);
            r.min_level = f.integer("min_level", 1, 8);
            r.working_towards = f.boolean("working_towards").value_or(type == "apprenticeship");
            if (type == "qualification") {
                r.kinds = f.strings("kinds", &vocabulary::qualification_kinds);
                r.areas = f.strings("areas", &vocabulary::qualification_areas);
                for (const auto& s : f.strings("subjects")) r.subjects.push_back(subject(s, c.where));
                for (const auto& w : f.strings("titles")) r.titles.push_back(lower(w));
                if (r.kinds.empty() && r.areas.empty() && r.subjects.empty() && r.titles.empty() && !f.has("min_level"))
                    error(c.where, "`qualification` needs at least one of kinds, min_level, areas, subjects, titles");
            } else {
                r.kinds = {type};
            }
            if (type == "itil") {
                r.min_stage = f.string("stage").value_or("foundation");
                auto it = rules_.equivalences.stages.find(r.min_stage);
                if (it == rules_.equivalences.stages.end()) {
                    std::vector<std::string> names;
                    for (const auto& [name, rank] : rules_.equivalences.stages) names.push_back(name);
                    std::string hint = nearest(r.min_stage, names);
                    error(c.where, "unknown ITIL stage " + backticked(r.min_stage),
                          hint.empty() ? "stages are listed in lib/equivalences.lua" : "did you mean " + backticked(hint) + "?");
                } else {
                    r.min_stage_rank = it->second;
                }
            }
            if ((type == "cih" || type == "apprenticeship") && !f.has("min_level"))
                error(c.where, backticked(type) + " needs `min_level`");
            c.requirement = r;
        } else if (type == "driving") {
            f.check(with_common({"licence", "vehicle_access"}), false);
            DrivingRequirement r;
            r.licence = f.string("licence").value_or("full_uk");
            if (!vocabulary::contains(vocabulary::licences, r.licence))
                error(c.where, "unknown licence " + backticked(r.licence), "one of full_uk, provisional_uk, non_uk");
            r.vehicle_access = f.string("vehicle_access").value_or("");
            if (!r.vehicle_access.empty() && !vocabulary::contains(kAccess, r.vehicle_access))
                error(c.where, "`vehicle_access` of `driving` must be `occasional` or `daily`");
            c.requirement = r;
        } else if (type == "experience") {
            f.check(with_common({"months", "employer_types", "areas", "managerial"}), false);
            ExperienceRequirement r;
            r.months = f.integer("months", 1, 600, true).value_or(0);
            r.employer_types = f.strings("employer_types", &vocabulary::employer_types);
            r.areas = f.strings("areas", &vocabulary::work_areas);
            r.managerial = f.boolean("managerial").value_or(false);
            c.requirement = r;
        } else if (type == "cpd") {
            f.check(with_common({"within_months", "min_records", "min_hours", "verified"}), false);
            CpdRequirement r;
            r.within_months = f.integer("within_months", 1, 120).value_or(12);
            r.min_records = f.integer("min_records", 1, 100).value_or(1);
            r.min_hours = f.number("min_hours");
            r.verified = f.boolean("verified").value_or(false);
            c.requirement = r;
        } else if (type == "training") {
            f.check(with_common({"training_id", "working_towards"}), false);
            TrainingRequirement r;
            r.training_id = f.string("training_id", true).value_or("");
            r.working_towards = f.boolean("working_towards").value_or(false);
            c.requirement = r;
        } else if (type == "competency") {
            f.check(with_common({}), false);
            CompetencyRequirement r;
            r.competency = id.value_or("");
            if (r.competency.empty()) error(c.where, "`competency` needs `id`, the competency's stable id");
            auto shared = rules_.catalogue.find(r.competency);
            if (shared != rules_.catalogue.end()) {
                if (c.text.empty()) c.text = shared->second.text;
            } else if (!r.competency.empty()) {
                local_competencies_[r.competency].push_back({current_role_, c.where});
            }
            c.kind = Kind::judgement;
            c.requirement = r;
        } else if (type == "any_of" || type == "all_of" || type == "at_least") {
            f.check(with_common(type == "at_least" ? std::vector<std::string>{"n"} : std::vector<std::string>{}), true);
            GroupRequirement r;
            r.mode = type == "any_of" ? GroupRequirement::Mode::any_of
                     : type == "all_of" ? GroupRequirement::Mode::all_of
                                        : GroupRequirement::Mode::at_least;
            lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, t));
            std::string base = id.value_or(fallback_id);
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L_, t, i);
                unwrap(-1);
                ++depth_;
                auto child = compile(lua_gettop(L_), category, base + "." + std::to_string(i), c.where, false);
                --depth_;
                lua_pop(L_, 1);
                if (too_deep_) return std::nullopt;  // reported once, not once per level
                if (child) c.children.push_back(std::move(*child));
            }
            if (c.children.empty()) error(c.where, backticked(type) + " has no members");
            r.needed = r.mode == GroupRequirement::Mode::any_of ? 1 : static_cast<int>(c.children.size());
            if (r.mode == GroupRequirement::Mode::at_least) {
                r.needed = f.integer("n", 1, 100, true).value_or(1);
                if (r.needed > static_cast<int>(c.children.size()))
                    error(c.where, "`at_least` asks for " + std::to_string(r.needed) + " of " +
                                       std::to_string(c.children.size()) + " members");
            }
            for (const auto& child : c.children)
                if (child.kind == Kind::judgement) c.kind = Kind::judgement;
            c.requirement = r;
        } else if (type == "custom") {
            f.check(with_common({"check", "kind"}), false);
            CustomRequirement r;
            get(t, "__custom");
            r.index = static_cast<int>(lua_tointeger(L_, -1));
            lua_pop(L_, 1);
            std::string kind = f.string("kind").value_or("fact");
            if (kind != "fact" && kind != "judgement")
                error(c.where, "`kind` of `custom` must be `fact` or `judgement`");
            c.kind = kind == "judgement" ? Kind::judgement : Kind::fact;
            has_custom_ = true;
            c.requirement = r;
        } else {
            error(c.where, backticked(type) + " is not a criterion; it cannot stand in a level's list");
            return std::nullopt;
        }
        c.id = id.value_or(fallback_id);
        if (top && c.text.empty()) error(c.where, backticked(type) + " needs `text`, the policy's own wording");
        if (c.text.empty()) c.text = c.type;
        if (!level_ids_.insert(c.id).second)
            error(c.where, "criterion id " + backticked(c.id) + " is used twice in this level");
        return c;
    }

    std::string subject(const std::string& name, const std::string& where) {
        const auto& subjects = rules_.equivalences.subjects;
        auto it = subjects.find(lower(name));
        if (it != subjects.end()) return it->second;
        std::vector<std::string> names;
        for (const auto& [synonym, canonical] : subjects) names.push_back(canonical);
        std::string hint = nearest(name, names);
        error(where, "unknown subject " + backticked(name),
              hint.empty() ? "subjects are listed in lib/equivalences.lua" : "did you mean " + backticked(hint) + "?");
        return name;
    }

public:
    bool has_custom_ = false;

private:
    std::vector<Error>& warnings_;
    RuleSet& rules_;
    std::string current_role_;
    int depth_ = 0;
    bool too_deep_ = false;
    std::set<std::string> level_ids_;
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> local_competencies_;
};

void for_each_registered(lua_State* L, const char* key, const std::function<void(int)>& f) {
    lua_getfield(L, LUA_REGISTRYINDEX, key);
    int list = lua_gettop(L);
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, list));
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, list, i);
        f(lua_gettop(L));
        lua_settop(L, list);
    }
    lua_pop(L, 1);
}

}  // namespace

namespace lua {
namespace {

// Lua's "attempt to call a nil value (global 'expereince')" in the words of the rule language:
// a misspelt constructor, with the nearest one suggested.
Error in_rule_words(Error error) {
    const std::string_view prefix = "attempt to call a nil value (global '";
    const std::string& m = error.message;
    if (!m.starts_with(prefix) || !m.ends_with("')")) return error;
    std::string name = m.substr(prefix.size(), m.size() - prefix.size() - 2);
    std::string hint = nearest(name, constructor_names());
    error.message = "unknown name " + backticked(name);
    error.hint = hint.empty() ? "the rule language's constructors are listed in docs/rule-language.md"
                              : "did you mean " + backticked(hint) + "?";
    return error;
}

}  // namespace

std::size_t run_scripts(Sandbox& sandbox, const RuleSources& sources, std::size_t first, std::vector<Error>& errors) {
    for (std::size_t i = first; i < sources.scripts.size(); ++i) {
        const auto& script = sources.scripts[i];
        if (auto error = sandbox.run_script(script.display, script.text)) {
            errors.push_back(in_rule_words(std::move(*error)));
            if (sandbox.spent()) return i + 1;
        }
    }
    return sources.scripts.size();
}

}  // namespace lua

namespace {

// Loads the rules, adding every problem found to `errors` or `warnings`; null when there are
// errors.
std::shared_ptr<RuleSet> compile_rules(const RuleLoadOptions& options, std::vector<Error>& errors,
                                       std::vector<Error>& warnings) {
    Expected<std::map<std::string, std::string>> files = options.files;
    if (options.files.empty()) files = read_directory(options.directory);
    if (!files) {
        errors = files.errors();
        return nullptr;
    }
    auto sources = std::make_unique<lua::RuleSources>(classify(options.directory, *files));
    // Rule texts are quoted in every report; a script must be UTF-8 text throughout.
    auto check_text = [&](const std::string& display, const std::string& source) {
        std::size_t bad = text::invalid_utf8_at(source);
        if (bad == std::string::npos) return;
        auto line = 1 + std::count(source.begin(), source.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
        errors.push_back({ErrorCode::rules_syntax, display + ":" + std::to_string(line),
                          "not valid UTF-8 text (byte " + std::to_string(bad + 1) + ")",
                          "save the script as UTF-8"});
    };
    for (const auto& script : sources->scripts) check_text(script.display, script.text);
    for (const auto& [module, source] : sources->library.source) check_text(sources->library.display.at(module), source);
    for (const auto& script : sources->scripts)
        for (auto& e : check::protected_references(script.display, script.text)) errors.push_back(std::move(e));
    for (const auto& [module, text] : sources->library.source)
        for (auto& e : check::protected_references(sources->library.display.at(module), text))
            errors.push_back(std::move(e));

    auto rules = std::make_shared<RuleSet>();
    rules->digest = sources->digest;
    rules->files = sources->files;
    auto make_sandbox = [&] {
        return std::make_unique<lua::Sandbox>(
            lua::Limits{options.limits.instructions, options.limits.memory_bytes, options.limits.load_time},
            &sources->library);
    };
    auto sandbox = make_sandbox();
    lua_State* L = sandbox->state();
    RuleCompiler compiler(L, errors, warnings, *rules);

    bool library_ok = true;
    for (const char* module : {"lib.equivalences", "lib.competencies"}) {
        if (!sources->library.source.count(module)) {
            if (std::string_view(module) == "lib.equivalences") {
                errors.push_back({ErrorCode::rules_invalid, options.directory,
                                  "the rules library has no `lib/equivalences.lua`", "every rule set needs one"});
                library_ok = false;
            }
            continue;
        }
        const std::string& display = sources->library.display.at(module);
        std::size_t before = errors.size();
        auto error = sandbox->run_module(module);
        sandbox->host_reads();
        if (error) {
            errors.push_back(std::move(*error));
        } else if (lua_type(L, -1) != LUA_TTABLE) {
            errors.push_back({ErrorCode::rules_invalid, display, "must return a table", {}});
        } else if (std::string_view(module) == "lib.equivalences") {
            compiler.equivalences(lua_gettop(L), display);
        } else {
            compiler.catalogue(lua_gettop(L), display, sources->library.source.at(module));
        }
        library_ok = library_ok && errors.size() == before;
        lua_settop(L, 0);
    }
    // The scripts cannot be compiled without the library they read.
    if (!library_ok) return nullptr;

    // A state that hit a limit is closed: what its scripts built is read, and the scripts after
    // the one that ran over run in a fresh state.
    std::size_t next = 0;
    while (true) {
        next = lua::run_scripts(*sandbox, *sources, next, errors);
        sandbox->host_reads();
        for_each_registered(L, lua::kRulesetsKey, [&](int t) { compiler.ruleset(t); });
        for_each_registered(L, lua::kRolesKey, [&](int t) { compiler.role(t); });
        if (next >= sources->scripts.size()) break;
        sandbox = make_sandbox();
        L = sandbox->state();
        compiler.use_state(L);
    }
    compiler.finish();
    if (rules->name.empty()) {
        rules->name = "rules";
        rules->version = "unversioned";
    }
    if (!errors.empty()) return nullptr;
    if (compiler.has_custom_) rules->custom = std::make_shared<CustomRunner>(std::move(*sources), options.limits);
    rules->equivalence_index = std::make_shared<const EquivalenceIndex>(rules->equivalences);
    return rules;
}

}  // namespace

Expected<std::shared_ptr<const RuleSet>> load_rules(const RuleLoadOptions& options) {
    std::vector<Error> errors, warnings;
    auto rules = compile_rules(options, errors, warnings);
    if (!errors.empty()) return errors;
    rules->warnings = std::move(warnings);
    return std::shared_ptr<const RuleSet>(std::move(rules));
}

RuleDiagnostics check_rules(const RuleLoadOptions& options) {
    RuleDiagnostics found;
    compile_rules(options, found.errors, found.warnings);
    check::sort_by_place(found.errors);
    check::sort_by_place(found.warnings);
    return found;
}

const char* to_string(Category c) {
    static const char* names[] = {"qualifications", "knowledge", "experience", "skills", "other"};
    return names[static_cast<int>(c)];
}

const char* to_string(Kind k) { return k == Kind::fact ? "fact" : "judgement"; }

}  // namespace eligo
