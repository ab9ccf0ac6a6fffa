// The workspace's records: users, tokens, people and their profile versions, assessments,
// decisions with receipts, and the audit log. The only interface to the database; the SQL
// behind it lives in this folder alone, so another store could replace it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace eligo::service {

struct User {
    long long id = 0;
    std::string name;
    std::string role;  ///< admin, hr, manager, assessor, recruiter, author
    std::string password_hash;
};

struct PersonRecord {
    std::string id;
    std::string manager;   ///< a user name, "" when none
    std::string assessor;  ///< a user name, "" when none
    int version = 0;       ///< the latest
    std::string erased;    ///< when the personal data was erased; "" while it is held
};

struct ProfileVersion {
    std::string person;
    int version = 0;
    std::string json;    ///< canonical JSON of the profile
    std::string sha256;  ///< of `json`
    std::string by;
    std::string at;
};

struct Assessment {
    long long id = 0;
    std::string person;
    std::string competency;
    std::string status;  ///< met, not_met
    std::string date;
    std::string note;
    std::string source;  ///< manager, assessor, document
    std::string by;
    std::string at;
};

struct Receipt {
    std::string id;
    std::string person;
    int version = 0;
    std::string profile_sha256;
    std::string rules_digest;
    std::string role;
    std::string level;
    std::string as_of;
    std::string decision;
    std::string verdicts;  ///< JSON object: level id -> verdict
    std::string profile_json;  ///< the profile as evaluated (its version plus the assessments applied)
    std::string by;
    std::string at;
};

struct Vacancy {
    long long id = 0;
    std::string title;
    std::string role;
    std::string level;
    std::string closing_date;
    std::string mapping;  ///< the CSV mapping (JSON) its applicants' exports are read with; "" when none
    std::string by;
    std::string at;
};

/// An applicant to a vacancy: the profile as read from the upload, canonical JSON.
struct Applicant {
    long long vacancy = 0;
    std::string id;
    std::string json;
    std::string by;
    std::string at;
};

/// A screen of a vacancy's applicants: when, under which rules, and what it found (rows
/// without names, and the knock-out audit).
struct ScreenRun {
    long long id = 0;
    long long vacancy = 0;
    std::string as_of;
    std::string rules_digest;
    std::string results;  ///< JSON array of rows, no names
    std::string audit;    ///< JSON object: counts and the knock-out lines
    std::string by;
    std::string at;
};

struct AuditEntry {
    long long id = 0;
    std::string at;
    std::string user;
    std::string action;
    std::string record;
};

/// A connection to one database file. Calls are serialised; `transaction` runs a request's
/// reads and writes as one unit: all of it is kept, or none.
class Store {
public:
    /// Opens (creating if needed) and migrates the file; throws std::runtime_error when it
    /// cannot, with the file named.
    explicit Store(const std::string& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// The schema version the file is at after migration.
    int schema_version();

    /// Runs `work` in one transaction; commits when it returns true, rolls back otherwise or
    /// when it throws (and rethrows).
    bool transaction(const std::function<bool()>& work);

    // Users and tokens.
    std::optional<User> user_by_name(const std::string& name);
    std::optional<User> user_by_token_hash(const std::string& token_hash);
    long long add_user(const std::string& name, const std::string& role, const std::string& password_hash);
    void add_token(long long user_id, const std::string& token_hash);

    // People.
    std::optional<PersonRecord> person(const std::string& id);
    std::vector<PersonRecord> people();
    void put_person(const PersonRecord& person);
    std::optional<ProfileVersion> profile_version(const std::string& person, int version);
    std::vector<ProfileVersion> profile_versions(const std::string& person);
    void add_profile_version(const ProfileVersion& version);

    // Assessments, newest first.
    std::vector<Assessment> assessments(const std::string& person);
    long long add_assessment(const Assessment& assessment);

    // Decisions.
    void add_receipt(const Receipt& receipt);
    std::optional<Receipt> receipt(const std::string& id);
    std::vector<Receipt> receipts(const std::string& person);

    // Vacancies, their applicants and screens.
    long long add_vacancy(const Vacancy& vacancy);
    std::optional<Vacancy> vacancy(long long id);
    std::vector<Vacancy> vacancies();
    /// False when the vacancy already has an applicant of that id.
    bool add_applicant(const Applicant& applicant);
    std::vector<Applicant> applicants(long long vacancy);
    long long add_screen_run(const ScreenRun& run);
    std::optional<ScreenRun> latest_screen_run(long long vacancy);
    /// Every screen of the vacancy kept, newest first.
    std::vector<ScreenRun> screen_runs(long long vacancy);

    // Information governance.
    /// Removes a person's personal data (profile texts, assessments, the profiles kept with
    /// receipts) and keeps what records a decision: versions' hashes, receipts' outcomes,
    /// verdicts and rule set digests, and the audit log. False when there is no such person.
    bool erase_person(const std::string& id, const std::string& at);
    /// Removes one applicant of a vacancy; false when there is none.
    bool erase_applicant(long long vacancy, const std::string& id);
    /// Removes the applicants (and the screens of them) of vacancies that closed before
    /// `before` (YYYY-MM-DD); how many applicants, of how many vacancies.
    std::pair<long long, long long> purge_applicants(const std::string& before);

    // The audit log, oldest first.
    void audit(const std::string& user, const std::string& action, const std::string& record);
    std::vector<AuditEntry> audit_log();

    /// Copies the database to `path` with SQLite's online backup.
    void backup(const std::string& path);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace eligo::service
