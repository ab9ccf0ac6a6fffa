// SQLite behind the Store interface: WAL, foreign keys, a busy timeout, numbered migrations
// recorded in `PRAGMA user_version`, and prepared, parameterised statements only.
#include "store/store.h"

#include <mutex>
#include <unordered_map>
#include <stdexcept>

#include <sqlite3.h>

namespace eligo::service {
namespace {

// Each entry moves the schema up one version; applied in order, never edited once shipped.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
                    password_hash TEXT NOT NULL, created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE TABLE tokens (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
                     token_hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE TABLE people (id TEXT PRIMARY KEY, manager TEXT NOT NULL DEFAULT '', assessor TEXT NOT NULL DEFAULT '',
                     version INTEGER NOT NULL);
CREATE TABLE profile_versions (person TEXT NOT NULL REFERENCES people(id), version INTEGER NOT NULL,
                               json TEXT NOT NULL, sha256 TEXT NOT NULL, by_user TEXT NOT NULL, at TEXT NOT NULL,
                               PRIMARY KEY (person, version));
CREATE TABLE assessments (id INTEGER PRIMARY KEY, person TEXT NOT NULL REFERENCES people(id),
                          competency TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('met','not_met')),
                          date TEXT NOT NULL, note TEXT NOT NULL, source TEXT NOT NULL, by_user TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE receipts (id TEXT PRIMARY KEY, person TEXT NOT NULL REFERENCES people(id), version INTEGER NOT NULL,
                       profile_sha256 TEXT NOT NULL, rules_digest TEXT NOT NULL, role TEXT NOT NULL, level TEXT NOT NULL,
                       as_of TEXT NOT NULL, decision TEXT NOT NULL, verdicts TEXT NOT NULL, profile_json TEXT NOT NULL, by_user TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                    user TEXT NOT NULL, action TEXT NOT NULL, record TEXT NOT NULL);
-- The log and the records of what was decided are append-only.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments are append-only'); END;
CREATE TRIGGER versions_no_update BEFORE UPDATE ON profile_versions BEGIN SELECT RAISE(ABORT, 'profile versions are never overwritten'); END;
)sql",
    R"sql(
CREATE TABLE vacancies (id INTEGER PRIMARY KEY, title TEXT NOT NULL, role TEXT NOT NULL, level TEXT NOT NULL,
                        closing_date TEXT NOT NULL, mapping TEXT NOT NULL, by_user TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE applicants (vacancy INTEGER NOT NULL REFERENCES vacancies(id), id TEXT NOT NULL, json TEXT NOT NULL,
                         by_user TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (vacancy, id));
CREATE TABLE screen_runs (id INTEGER PRIMARY KEY, vacancy INTEGER NOT NULL REFERENCES vacancies(id), as_of TEXT NOT NULL,
                          rules_digest TEXT NOT NULL, results TEXT NOT NULL, audit TEXT NOT NULL,
                          by_user TEXT NOT NULL, at TEXT NOT NULL);
)sql",
    R"sql(
ALTER TABLE people ADD COLUMN erased TEXT NOT NULL DEFAULT '';
-- Erasure empties a version's text and nothing else: its number, hash, author and time stay.
DROP TRIGGER versions_no_update;
CREATE TRIGGER versions_no_update BEFORE UPDATE ON profile_versions
WHEN NOT (NEW.json = '' AND NEW.person = OLD.person AND NEW.version = OLD.version AND NEW.sha256 = OLD.sha256
          AND NEW.by_user = OLD.by_user AND NEW.at = OLD.at)
BEGIN SELECT RAISE(ABORT, 'profile versions are never overwritten'); END;
)sql",
};

// A connection and the statements prepared on it, kept for its life: preparing (parsing and
// planning the SQL) costs more than running most of these queries.
struct Connection {
    sqlite3* db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> prepared;

    sqlite3_stmt* statement(const char* sql) {
        auto [it, added] = prepared.try_emplace(sql, nullptr);
        if (added && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &it->second, nullptr) != SQLITE_OK) {
            prepared.erase(it);
            throw std::runtime_error(std::string("store: ") + sqlite3_errmsg(db));
        }
        return it->second;
    }
    void close() {
        for (auto& [_, stmt] : prepared) sqlite3_finalize(stmt);
        prepared.clear();
        sqlite3_close(db);
    }
};

// One use of a prepared statement: bound, stepped, then reset for the next use.
class Statement {
public:
    Statement(Connection& c, const char* sql) : db_(c.db), stmt_(c.statement(sql)) {}
    ~Statement() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const std::string& text) {
        sqlite3_bind_text(stmt_, ++index_, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(long long value) {
        sqlite3_bind_int64(stmt_, ++index_, value);
        return *this;
    }
    /// Steps once: true while a row is available.
    bool row() {
        int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw std::runtime_error(std::string("store: ") + sqlite3_errmsg(db_));
    }
    void run() {
        while (row()) {
        }
    }
    std::string text(int column) {
        auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
    }
    long long integer(int column) { return sqlite3_column_int64(stmt_, column); }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
    int index_ = 0;
};

void exec(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw std::runtime_error("store: " + text);
    }
}

User read_user(Statement& s) { return User{s.integer(0), s.text(1), s.text(2), s.text(3)}; }

PersonRecord read_person(Statement& s) {
    return PersonRecord{s.text(0), s.text(1), s.text(2), static_cast<int>(s.integer(3)), s.text(4)};
}

ProfileVersion read_version(Statement& s) {
    return ProfileVersion{s.text(0), static_cast<int>(s.integer(1)), s.text(2), s.text(3), s.text(4), s.text(5)};
}

Receipt read_receipt(Statement& s) {
    return Receipt{s.text(0), s.text(1), static_cast<int>(s.integer(2)), s.text(3), s.text(4), s.text(5),
                   s.text(6), s.text(7), s.text(8), s.text(9), s.text(10), s.text(11), s.text(12)};
}

const char* const kReceiptColumns =
    "SELECT id, person, version, profile_sha256, rules_digest, role, level, as_of, decision, verdicts, profile_json, by_user, at "
    "FROM receipts ";

}  // namespace

struct Store::Impl : Connection {
    std::recursive_mutex mutex;
    // The token lookup of every request has a read-only connection of its own: in WAL mode it
    // reads beside a writer, so authenticating never waits behind another request's commit.
    Connection reader;
    std::mutex reader_mutex;
};

Store::Store(const std::string& path) : impl_(std::make_unique<Impl>()) {
    if (sqlite3_open_v2(path.c_str(), &impl_->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        std::string message = impl_->db ? sqlite3_errmsg(impl_->db) : "out of memory";
        sqlite3_close(impl_->db);
        throw std::runtime_error(path + ": " + message);
    }
    sqlite3* db = impl_->db;
    sqlite3_busy_timeout(db, 5000);
    exec(db, "PRAGMA journal_mode=WAL");
    // FULL: a commit the client was told about is on disk before the answer goes out.
    exec(db, "PRAGMA synchronous=FULL");
    exec(db, "PRAGMA foreign_keys=ON");
    int version = schema_version();
    const int latest = static_cast<int>(std::size(kMigrations));
    for (int v = version; v < latest; ++v) {
        exec(db, "BEGIN IMMEDIATE");
        try {
            exec(db, kMigrations[v]);
            exec(db, ("PRAGMA user_version=" + std::to_string(v + 1)).c_str());
            exec(db, "COMMIT");
        } catch (...) {
            exec(db, "ROLLBACK");
            throw;
        }
    }
    if (sqlite3_open_v2(path.c_str(), &impl_->reader.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
        std::string message = impl_->reader.db ? sqlite3_errmsg(impl_->reader.db) : "out of memory";
        impl_->reader.close();
        impl_->close();
        throw std::runtime_error(path + ": " + message);
    }
    sqlite3_busy_timeout(impl_->reader.db, 5000);
}

Store::~Store() {
    impl_->reader.close();
    impl_->close();
}

int Store::schema_version() {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "PRAGMA user_version");
    return s.row() ? static_cast<int>(s.integer(0)) : 0;
}

bool Store::transaction(const std::function<bool()>& work) {
    std::lock_guard lock(impl_->mutex);
    exec(impl_->db, "BEGIN IMMEDIATE");
    bool keep = false;
    try {
        keep = work();
    } catch (...) {
        exec(impl_->db, "ROLLBACK");
        throw;
    }
    exec(impl_->db, keep ? "COMMIT" : "ROLLBACK");
    return keep;
}

std::optional<User> Store::user_by_name(const std::string& name) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "SELECT id, name, role, password_hash FROM users WHERE name = ?");
    s.bind(name);
    if (!s.row()) return std::nullopt;
    return read_user(s);
}

std::optional<User> Store::user_by_token_hash(const std::string& token_hash) {
    std::lock_guard lock(impl_->reader_mutex);
    Statement s(impl_->reader,
                "SELECT u.id, u.name, u.role, u.password_hash FROM tokens t JOIN users u ON u.id = t.user_id "
                "WHERE t.token_hash = ?");
    s.bind(token_hash);
    if (!s.row()) return std::nullopt;
    return read_user(s);
}

long long Store::add_user(const std::string& name, const std::string& role, const std::string& password_hash) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?)");
    s.bind(name).bind(role).bind(password_hash).run();
    return sqlite3_last_insert_rowid(impl_->db);
}

void Store::add_token(long long user_id, const std::string& token_hash) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "INSERT INTO tokens (user_id, token_hash) VALUES (?, ?)");
    s.bind(user_id).bind(token_hash).run();
}

std::optional<PersonRecord> Store::person(const std::string& id) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "SELECT id, manager, assessor, version, erased FROM people WHERE id = ?");
    s.bind(id);
    if (!s.row()) return std::nullopt;
    return read_person(s);
}

std::vector<PersonRecord> Store::people() {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "SELECT id, manager, assessor, version, erased FROM people ORDER BY id");
    std::vector<PersonRecord> out;
    while (s.row()) out.push_back(read_person(s));
    return out;
}

void Store::put_person(const PersonRecord& person) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "INSERT INTO people (id, manager, assessor, version) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET manager = excluded.manager, assessor = excluded.assessor, "
                "version = excluded.version");
    s.bind(person.id).bind(person.manager).bind(person.assessor).bind(person.version).run();
}

std::optional<ProfileVersion> Store::profile_version(const std::string& person, int version) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "SELECT person, version, json, sha256, by_user, at FROM profile_versions WHERE person = ? AND version = ?");
    s.bind(person).bind(version);
    if (!s.row()) return std::nullopt;
    return read_version(s);
}

std::vector<ProfileVersion> Store::profile_versions(const std::string& person) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "SELECT person, version, json, sha256, by_user, at FROM profile_versions WHERE person = ? "
                "ORDER BY version DESC");
    s.bind(person);
    std::vector<ProfileVersion> out;
    while (s.row()) out.push_back(read_version(s));
    return out;
}

void Store::add_profile_version(const ProfileVersion& v) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "INSERT INTO profile_versions (person, version, json, sha256, by_user, at) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(v.person).bind(v.version).bind(v.json).bind(v.sha256).bind(v.by).bind(v.at).run();
}

std::vector<Assessment> Store::assessments(const std::string& person) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "SELECT id, person, competency, status, date, note, source, by_user, at FROM assessments "
                "WHERE person = ? ORDER BY id DESC");
    s.bind(person);
    std::vector<Assessment> out;
    while (s.row())
        out.push_back(Assessment{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                                 s.text(7), s.text(8)});
    return out;
}

long long Store::add_assessment(const Assessment& a) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "INSERT INTO assessments (person, competency, status, date, note, source, by_user, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(a.person).bind(a.competency).bind(a.status).bind(a.date).bind(a.note).bind(a.source).bind(a.by).bind(a.at).run();
    return sqlite3_last_insert_rowid(impl_->db);
}

void Store::add_receipt(const Receipt& r) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "INSERT INTO receipts (id, person, version, profile_sha256, rules_digest, role, level, as_of, decision, "
                "verdicts, profile_json, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(r.id).bind(r.person).bind(r.version).bind(r.profile_sha256).bind(r.rules_digest).bind(r.role)
        .bind(r.level).bind(r.as_of).bind(r.decision).bind(r.verdicts).bind(r.profile_json).bind(r.by).bind(r.at).run();
}

std::optional<Receipt> Store::receipt(const std::string& id) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, (std::string(kReceiptColumns) + "WHERE id = ?").c_str());
    s.bind(id);
    if (!s.row()) return std::nullopt;
    return read_receipt(s);
}

std::vector<Receipt> Store::receipts(const std::string& person) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, (std::string(kReceiptColumns) + "WHERE person = ? ORDER BY at DESC").c_str());
    s.bind(person);
    std::vector<Receipt> out;
    while (s.row()) out.push_back(read_receipt(s));
    return out;
}

long long Store::add_vacancy(const Vacancy& v) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "INSERT INTO vacancies (title, role, level, closing_date, mapping, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(v.title).bind(v.role).bind(v.level).bind(v.closing_date).bind(v.mapping).bind(v.by).bind(v.at).run();
    return sqlite3_last_insert_rowid(impl_->db);
}

namespace {
const char* const kVacancyColumns = "SELECT id, title, role, level, closing_date, mapping, by_user, at FROM vacancies ";

Vacancy read_vacancy(Statement& s) {
    return Vacancy{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
}
}  // namespace

std::optional<Vacancy> Store::vacancy(long long id) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, (std::string(kVacancyColumns) + "WHERE id = ?").c_str());
    s.bind(id);
    if (!s.row()) return std::nullopt;
    return read_vacancy(s);
}

std::vector<Vacancy> Store::vacancies() {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, (std::string(kVacancyColumns) + "ORDER BY id").c_str());
    std::vector<Vacancy> out;
    while (s.row()) out.push_back(read_vacancy(s));
    return out;
}

bool Store::add_applicant(const Applicant& a) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "INSERT INTO applicants (vacancy, id, json, by_user, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(vacancy, id) DO NOTHING");
    s.bind(a.vacancy).bind(a.id).bind(a.json).bind(a.by).bind(a.at).run();
    return sqlite3_changes(impl_->db) == 1;
}

std::vector<Applicant> Store::applicants(long long vacancy) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "SELECT vacancy, id, json, by_user, at FROM applicants WHERE vacancy = ? ORDER BY rowid");
    s.bind(vacancy);
    std::vector<Applicant> out;
    while (s.row()) out.push_back(Applicant{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return out;
}

long long Store::add_screen_run(const ScreenRun& r) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_,
                "INSERT INTO screen_runs (vacancy, as_of, rules_digest, results, audit, by_user, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(r.vacancy).bind(r.as_of).bind(r.rules_digest).bind(r.results).bind(r.audit).bind(r.by).bind(r.at).run();
    return sqlite3_last_insert_rowid(impl_->db);
}

namespace {
const char* const kScreenRunColumns =
    "SELECT id, vacancy, as_of, rules_digest, results, audit, by_user, at FROM screen_runs WHERE vacancy = ? ORDER BY id DESC";

ScreenRun read_screen_run(Statement& s) {
    return ScreenRun{s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
}
}  // namespace

std::optional<ScreenRun> Store::latest_screen_run(long long vacancy) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, (std::string(kScreenRunColumns) + " LIMIT 1").c_str());
    s.bind(vacancy);
    if (!s.row()) return std::nullopt;
    return read_screen_run(s);
}

std::vector<ScreenRun> Store::screen_runs(long long vacancy) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, kScreenRunColumns);
    s.bind(vacancy);
    std::vector<ScreenRun> out;
    while (s.row()) out.push_back(read_screen_run(s));
    return out;
}

bool Store::erase_person(const std::string& id, const std::string& at) {
    std::lock_guard lock(impl_->mutex);
    Statement mark(*impl_, "UPDATE people SET erased = ? WHERE id = ?");
    mark.bind(at).bind(id).run();
    if (sqlite3_changes(impl_->db) != 1) return false;
    Statement(*impl_, "UPDATE profile_versions SET json = '' WHERE person = ?").bind(id).run();
    Statement(*impl_, "DELETE FROM assessments WHERE person = ?").bind(id).run();
    Statement(*impl_, "UPDATE receipts SET profile_json = '' WHERE person = ?").bind(id).run();
    return true;
}

bool Store::erase_applicant(long long vacancy, const std::string& id) {
    std::lock_guard lock(impl_->mutex);
    Statement(*impl_, "DELETE FROM applicants WHERE vacancy = ? AND id = ?").bind(vacancy).bind(id).run();
    return sqlite3_changes(impl_->db) == 1;
}

std::pair<long long, long long> Store::purge_applicants(const std::string& before) {
    std::lock_guard lock(impl_->mutex);
    const std::string closed = "(SELECT id FROM vacancies WHERE closing_date < ?)";
    Statement count(*impl_, ("SELECT count(*), count(DISTINCT vacancy) FROM applicants WHERE vacancy IN " + closed).c_str());
    count.bind(before);
    count.row();
    std::pair<long long, long long> purged{count.integer(0), count.integer(1)};
    Statement(*impl_, ("DELETE FROM applicants WHERE vacancy IN " + closed).c_str()).bind(before).run();
    Statement(*impl_, ("DELETE FROM screen_runs WHERE vacancy IN " + closed).c_str()).bind(before).run();
    return purged;
}

void Store::audit(const std::string& user, const std::string& action, const std::string& record) {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "INSERT INTO audit (user, action, record) VALUES (?, ?, ?)");
    s.bind(user).bind(action).bind(record).run();
}

std::vector<AuditEntry> Store::audit_log() {
    std::lock_guard lock(impl_->mutex);
    Statement s(*impl_, "SELECT id, at, user, action, record FROM audit ORDER BY id");
    std::vector<AuditEntry> out;
    while (s.row()) out.push_back(AuditEntry{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return out;
}

void Store::backup(const std::string& path) {
    std::lock_guard lock(impl_->mutex);
    sqlite3* target = nullptr;
    if (sqlite3_open(path.c_str(), &target) != SQLITE_OK) {
        std::string message = target ? sqlite3_errmsg(target) : "out of memory";
        sqlite3_close(target);
        throw std::runtime_error(path + ": " + message);
    }
    sqlite3_backup* b = sqlite3_backup_init(target, "main", impl_->db, "main");
    int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
    if (b) sqlite3_backup_finish(b);
    std::string message = sqlite3_errmsg(target);
    sqlite3_close(target);
    if (rc != SQLITE_DONE) throw std::runtime_error(path + ": " + message);
}

}  // namespace eligo::service
