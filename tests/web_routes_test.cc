// The page routes over loopback with a fake backend: sign-in with its CSRF token, the session
// cookie, refusals shown as pages with their status, and the security headers.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <thread>

#include "web/backend.h"
#include "web/routes.h"

using namespace eligo::web;

namespace {

Refused nothing() { return {404, "people/E-1: not found"}; }

// One user, `hana` (hr) with password `pw`; her team has one person; everything else 404.
class FakeBackend : public Backend {
public:
    Answer<Session> sign_in(const std::string& user, const std::string& password, const std::string&) override {
        if (user == "hana" && password == "pw") return Session{"s1", "c1"};
        return Refused{401, "the user name or password is not right"};
    }
    std::optional<Viewer> viewer(const std::string& session) override {
        if (session == "s1" && !signed_out) return Viewer{"hana", "hr", "c1"};
        return std::nullopt;
    }
    void sign_out(const std::string&) override { signed_out = true; }
    std::string new_token() override { return "t1"; }
    std::vector<Task> home(const Viewer&) override { return {{"/team", "Team", "1 person"}}; }
    Answer<std::vector<eligo::TeamRow>> team(const Viewer&) override {
        eligo::TeamRow row;
        row.id = "E-1";
        row.name = "<script>";
        return std::vector<eligo::TeamRow>{row};
    }
    Answer<Download> team_xlsx(const Viewer&) override { return nothing(); }
    Answer<PersonView> person(const Viewer&, const std::string&) override { return nothing(); }
    Answer<std::string> decide(const Viewer&, const std::string&, const std::string&, const std::string& level,
                               const std::string&, const std::string&) override {
        decided = level;
        return std::string("7");
    }
    Answer<ImportView> import_people(const Viewer&, const std::string&, const std::string&, const std::string&) override {
        return nothing();
    }
    Answer<ReceiptView> receipt(const Viewer&, const std::string&) override { return nothing(); }
    Answer<std::vector<TeamMember>> my_team(const Viewer&) override { return nothing(); }
    Answer<bool> assess(const Viewer&, const std::string&, const std::string&, const std::string&, const std::string&,
                        const std::string&) override { return nothing(); }
    Answer<VacanciesView> vacancies(const Viewer&) override { return Refused{403, "vacancies: for recruiters"}; }
    Answer<std::string> open_vacancy(const Viewer&, const std::string&, const std::string&, const std::string&,
                                     const std::string&) override {
        return nothing();
    }
    Answer<std::vector<std::string>> upload(const Viewer&, const std::string&, const std::string&,
                                            const std::string&) override { return nothing(); }
    Answer<ResultsView> results(const Viewer&, const std::string&, bool) override { return nothing(); }
    Answer<Download> results_xlsx(const Viewer&, const std::string&) override { return nothing(); }
    Answer<std::vector<RoleLine>> roles(const Viewer&) override { return nothing(); }
    Answer<std::string> role_document(const Viewer&, const std::string&) override { return nothing(); }
    Answer<std::string> readings(const Viewer&) override { return nothing(); }
    Answer<std::string> check(const Viewer&) override { return nothing(); }

    bool signed_out = false;
    std::string decided;
};

struct Running {
    FakeBackend backend;
    httplib::Server server;
    std::thread thread;
    int port = 0;
    Running() {
        mount_pages(server, backend, false);
        port = server.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { server.listen_after_bind(); });
        while (!server.is_running()) std::this_thread::yield();
    }
    ~Running() {
        server.stop();
        thread.join();
    }
    httplib::Client client() const { return httplib::Client("127.0.0.1", port); }
};

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("pages: sign-in needs the form's token, then the session reaches the pages", "[web]") {
    Running r;
    httplib::Client c = r.client();
    auto form = c.Get("/login");
    REQUIRE(form);
    CHECK(form->get_header_value("Content-Security-Policy").find("script-src 'self'") != std::string::npos);
    CHECK(form->get_header_value("Set-Cookie") == "eligo_login=t1; Path=/; HttpOnly; SameSite=Strict");

    httplib::Headers login_cookie{{"Cookie", "eligo_login=t1"}};
    auto forged = c.Post("/login", login_cookie, httplib::Params{{"user", "hana"}, {"password", "pw"}, {"csrf", "x"}});
    REQUIRE(forged);
    CHECK(forged->status == 403);

    auto wrong = c.Post("/login", login_cookie, httplib::Params{{"user", "hana"}, {"password", "no"}, {"csrf", "t1"}});
    REQUIRE(wrong);
    CHECK(wrong->status == 401);
    CHECK(contains(wrong->body, "role=\"alert\">the user name or password is not right</p>"));

    auto ok = c.Post("/login", login_cookie, httplib::Params{{"user", "hana"}, {"password", "pw"}, {"csrf", "t1"}});
    REQUIRE(ok);
    CHECK(ok->status == 303);
    CHECK(ok->get_header_value("Set-Cookie") == "eligo_session=s1; Path=/; HttpOnly; SameSite=Strict");

    httplib::Headers session{{"Cookie", "eligo_login=t1; eligo_session=s1"}};
    auto team = c.Get("/team", session);
    REQUIRE(team);
    CHECK(team->status == 200);
    CHECK(contains(team->body, "&lt;script&gt;"));
    CHECK_FALSE(contains(team->body, "<script>"));
}

TEST_CASE("pages: a refusal is a page with its status; a form without the session's token changes nothing", "[web]") {
    Running r;
    httplib::Client c = r.client();
    CHECK(c.Get("/team")->status == 303);
    httplib::Headers session{{"Cookie", "eligo_session=s1"}};
    auto person = c.Get("/people/E-1", session);
    CHECK(person->status == 404);
    CHECK(contains(person->body, "<h1>Not found</h1><p class=\"error\" role=\"alert\">people/E-1: not found</p>"));
    CHECK(c.Get("/vacancies", session)->status == 403);

    auto forged = c.Post("/people/E-1/decisions", session, httplib::Params{{"level", "B"}, {"csrf", "wrong"}});
    CHECK(forged->status == 403);
    CHECK(r.backend.decided.empty());
    auto sent = c.Post("/people/E-1/decisions", session, httplib::Params{{"level", "B"}, {"csrf", "c1"}});
    CHECK(sent->status == 303);
    CHECK(sent->get_header_value("Location") == "/people/E-1?receipt=7");
    CHECK(r.backend.decided == "B");
}
