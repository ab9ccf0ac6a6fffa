#include "routes.h"

#include <httplib.h>

#include "backend.h"
#include "html.h"
#include "page.h"

namespace eligo::web {

namespace {

constexpr const char* kSessionCookie = "eligo_session";
constexpr const char* kLoginCookie = "eligo_login";

std::string cookie(const httplib::Request& req, const std::string& name) {
    std::string all = req.get_header_value("Cookie");
    std::size_t at = 0;
    while (at < all.size()) {
        std::size_t end = all.find(';', at);
        if (end == std::string::npos) end = all.size();
        std::string part = all.substr(at, end - at);
        std::size_t start = part.find_first_not_of(' ');
        if (start != std::string::npos && part.compare(start, name.size() + 1, name + "=") == 0) {
            return part.substr(start + name.size() + 1);
        }
        at = end + 1;
    }
    return "";
}

// Replaces what a server-wide handler may have set already: two policies would both apply.
void header(httplib::Response& res, const char* name, const std::string& value) {
    res.headers.erase(name);
    res.set_header(name, value);
}

void secure_headers(httplib::Response& res) {
    header(res, "Content-Security-Policy", std::string(content_security_policy()));
    header(res, "X-Content-Type-Options", "nosniff");
    header(res, "Referrer-Policy", "no-referrer");
    header(res, "Cache-Control", "no-store");
}

// A form's field: urlencoded forms give parameters, multipart forms (with a file) give parts.
std::string field(const httplib::Request& req, const char* name) {
    if (req.has_param(name)) return req.get_param_value(name);
    if (req.has_file(name)) return req.get_file_value(name).content;
    return "";
}

void send_page(httplib::Response& res, const Frame& frame, const std::string& main, int status = 200) {
    secure_headers(res);
    res.status = status;
    res.set_content(page(frame, main), "text/html; charset=utf-8");
}

void redirect(httplib::Response& res, const std::string& to) {
    secure_headers(res);
    res.status = 303;
    res.set_header("Location", to);
}

Frame frame_for(const Viewer& v, std::string title, std::string current, bool script = false) {
    return {std::move(title), v.user, v.role, v.csrf, nav_for(v.role), std::move(current), script};
}

const char* refusal_title(int status) {
    switch (status) {
        case 400: return "Please check what you entered";
        case 403: return "Not allowed";
        case 404: return "Not found";
        case 429: return "Too many attempts";
        default: return "Something went wrong";
    }
}

void send_refusal(httplib::Response& res, const Viewer& v, const Refused& r) {
    Html h;
    h.element("p", r.message, {{"class", "error"}, {"role", "alert"}});
    h.open("p").element("a", "Back to your work", {{"href", "/"}}).close();
    send_page(res, frame_for(v, refusal_title(r.status), ""), h.finish(), r.status);
}

// Runs `page` for a signed-in user whose form (for a POST) carries their CSRF token; anyone
// else is sent to the sign-in page, or refused.
template <class Page>
httplib::Server::Handler signed_in(Backend& backend, Page page) {
    return [&backend, page](const httplib::Request& req, httplib::Response& res) {
        std::optional<Viewer> v = backend.viewer(cookie(req, kSessionCookie));
        if (!v) return redirect(res, "/login");
        if (req.method == "POST" && field(req, "csrf") != v->csrf) {
            return send_refusal(res, *v, {403, "csrf: the form is out of date; open the page again and resend it"});
        }
        page(*v, req, res);
    };
}

// Renders an answer's value with `render`, or the refusal.
template <class T, class Render>
void answer(httplib::Response& res, const Viewer& v, Answer<T> a, Render render) {
    if (auto* refused = std::get_if<Refused>(&a)) return send_refusal(res, v, *refused);
    render(std::get<T>(std::move(a)));
}

void send_download(httplib::Response& res, const Download& d) {
    secure_headers(res);
    res.set_header("Content-Disposition", "attachment; filename=\"" + d.filename + "\"");
    res.set_content(d.bytes, d.content_type.c_str());
}

std::string param(const httplib::Request& req, const char* name) { return field(req, name); }

void mount_session(httplib::Server& server, Backend& backend, bool secure) {
    std::string flags = std::string("; Path=/; HttpOnly; SameSite=Strict") + (secure ? "; Secure" : "");
    auto login_form = [&backend, flags](httplib::Response& res, const std::string& user, const std::string& error,
                                        int status) {
        std::string token = backend.new_token();
        res.set_header("Set-Cookie", std::string(kLoginCookie) + "=" + token + flags);
        send_page(res, Frame{"Sign in", "", "", "", {}, "", false}, login_page({token, user, error}), status);
    };
    server.Get("/login", [login_form](const httplib::Request&, httplib::Response& res) {
        login_form(res, "", "", 200);
    });
    server.Post("/login", [&backend, login_form, flags](const httplib::Request& req, httplib::Response& res) {
        std::string token = cookie(req, kLoginCookie);
        if (token.empty() || param(req, "csrf") != token) {
            return login_form(res, param(req, "user"), "csrf: the form is out of date; please sign in again", 403);
        }
        Answer<Session> s = backend.sign_in(param(req, "user"), param(req, "password"), req.remote_addr);
        if (auto* refused = std::get_if<Refused>(&s)) {
            return login_form(res, param(req, "user"), refused->message, refused->status);
        }
        res.set_header("Set-Cookie", std::string(kSessionCookie) + "=" + std::get<Session>(s).id + flags);
        redirect(res, "/");
    });
    server.Post("/logout", signed_in(backend, [&backend, flags](const Viewer&, const httplib::Request& req,
                                                                  httplib::Response& res) {
        backend.sign_out(cookie(req, kSessionCookie));
        res.set_header("Set-Cookie", std::string(kSessionCookie) + "=" + flags + "; Max-Age=0");
        redirect(res, "/login");
    }));
    // Browsers ask for an icon on every site; there is none, and saying so is not an error.
    server.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
    server.Get("/static/style.css", [](const httplib::Request&, httplib::Response& res) {
        header(res, "X-Content-Type-Options", "nosniff");
        res.set_content(std::string(stylesheet()), "text/css; charset=utf-8");
    });
    server.Get("/static/pages.js", [](const httplib::Request&, httplib::Response& res) {
        header(res, "X-Content-Type-Options", "nosniff");
        res.set_content(std::string(page_script()), "text/javascript; charset=utf-8");
    });
}

void mount_people(httplib::Server& server, Backend& backend) {
    server.Get("/", signed_in(backend, [&backend](const Viewer& v, const httplib::Request&, httplib::Response& res) {
        send_page(res, frame_for(v, "Your work", "/"), home_main(backend.home(v)));
    }));
    server.Get("/team", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req, httplib::Response& res) {
        answer(res, v, backend.team(v), [&](std::vector<TeamRow> rows) {
            TeamView view{{}, param(req, "q"), param(req, "ready")};
            for (TeamRow& r : rows) {
                if (!view.ready.empty() && ready_words(r.readiness) != view.ready) continue;
                std::string hay = r.id + " " + r.name + " " + r.role;
                if (!view.filter.empty() && hay.find(view.filter) == std::string::npos) continue;
                view.rows.push_back(std::move(r));
            }
            send_page(res, frame_for(v, "Team", "/team", true), team_main(view));
        });
    }));
    server.Get("/team.xlsx", signed_in(backend, [&backend](const Viewer& v, const httplib::Request&, httplib::Response& res) {
        answer(res, v, backend.team_xlsx(v), [&](const Download& d) { send_download(res, d); });
    }));
    server.Get(R"(/people/([^/]+))", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                     httplib::Response& res) {
        answer(res, v, backend.person(v, req.matches[1]), [&](PersonView view) {
            view.receipt = param(req, "receipt");
            view.csrf = v.csrf;
            std::string title = view.name.empty() ? view.id : view.name;
            send_page(res, frame_for(v, title, "/team"), person_main(view));
        });
    }));
    server.Post(R"(/people/([^/]+)/decisions)", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                             httplib::Response& res) {
        std::string id = req.matches[1];
        answer(res, v, backend.decide(v, id, param(req, "role"), param(req, "level"), param(req, "decision"), param(req, "as_of")),
               [&](const std::string& receipt) { redirect(res, "/people/" + id + "?receipt=" + receipt); });
    }));
    server.Get("/import", signed_in(backend, [](const Viewer& v, const httplib::Request&, httplib::Response& res) {
        send_page(res, frame_for(v, "Import people", "/import"), import_main({v.csrf, {}, {}, false}));
    }));
    server.Post("/import", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req, httplib::Response& res) {
        httplib::MultipartFormData file = req.get_file_value("file");
        answer(res, v, backend.import_people(v, file.filename, file.content, param(req, "mapping")),
               [&](ImportView view) {
                   view.csrf = v.csrf;
                   send_page(res, frame_for(v, "Import people", "/import"), import_main(view));
               });
    }));
    server.Get(R"(/receipts/([^/]+))", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                      httplib::Response& res) {
        answer(res, v, backend.receipt(v, req.matches[1]), [&](const ReceiptView& r) {
            Html h;
            h.open("dl", {{"class", "facts"}});
            for (const auto& [label, value] : r.facts) h.element("dt", label).element("dd", value);
            h.close().open("p", {{"class", "noprint"}}).element("a", "Back to the person", {{"href", "/people/" + r.person}}).close();
            send_page(res, frame_for(v, "Receipt " + r.id, "/team"), h.finish());
        });
    }));
    server.Get("/my-team", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req, httplib::Response& res) {
        answer(res, v, backend.my_team(v), [&](std::vector<TeamMember> people) {
            send_page(res, frame_for(v, "My team", "/my-team"), my_team_main({std::move(people), v.csrf, param(req, "saved")}));
        });
    }));
    server.Post(R"(/people/([^/]+)/assessments)", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                               httplib::Response& res) {
        std::string id = req.matches[1];
        answer(res, v, backend.assess(v, id, param(req, "competency"), param(req, "status"), param(req, "date"), param(req, "note")),
               [&](bool) { redirect(res, "/my-team?saved=" + id); });
    }));
}

void mount_work(httplib::Server& server, Backend& backend) {
    server.Get("/vacancies", signed_in(backend, [&backend](const Viewer& v, const httplib::Request&, httplib::Response& res) {
        answer(res, v, backend.vacancies(v), [&](VacanciesView view) {
            view.csrf = v.csrf;
            send_page(res, frame_for(v, "Vacancies", "/vacancies"), vacancies_main(view));
        });
    }));
    server.Post("/vacancies", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req, httplib::Response& res) {
        answer(res, v, backend.open_vacancy(v, param(req, "role"), param(req, "level"), param(req, "closing"), param(req, "mapping")),
               [&](const std::string& id) { redirect(res, "/vacancies/" + id); });
    }));
    server.Get(R"(/vacancies/(\d+))", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                      httplib::Response& res) {
        answer(res, v, backend.results(v, req.matches[1], param(req, "names") == "1"), [&](ResultsView view) {
            view.csrf = v.csrf;
            send_page(res, frame_for(v, "Vacancy " + view.vacancy.id, "/vacancies", true), results_main(view));
        });
    }));
    server.Post(R"(/vacancies/(\d+)/applicants)", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                                 httplib::Response& res) {
        std::string id = req.matches[1];
        httplib::MultipartFormData file = req.get_file_value("file");
        answer(res, v, backend.upload(v, id, file.filename, file.content), [&](const std::vector<std::string>& problems) {
            if (problems.empty()) return redirect(res, "/vacancies/" + id);
            Html h;
            h.element("p", std::to_string(problems.size()) + (problems.size() == 1 ? " record" : " records") +
                               " could not be read; the others were screened.");
            h.open("ul");
            for (const std::string& p : problems) h.element("li", p);
            h.close().open("p").element("a", "See the results", {{"href", "/vacancies/" + id}}).close();
            send_page(res, frame_for(v, "Upload checked", "/vacancies"), h.finish(), 200);
        });
    }));
    server.Get(R"(/vacancies/(\d+)/results\.xlsx)", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                                     httplib::Response& res) {
        answer(res, v, backend.results_xlsx(v, req.matches[1]), [&](const Download& d) { send_download(res, d); });
    }));
    server.Get("/roles", signed_in(backend, [&backend](const Viewer& v, const httplib::Request&, httplib::Response& res) {
        answer(res, v, backend.roles(v), [&](const std::vector<RoleLine>& roles) {
            send_page(res, frame_for(v, "Roles", "/roles", true), roles_main(roles));
        });
    }));
    server.Get(R"(/roles/(.+))", signed_in(backend, [&backend](const Viewer& v, const httplib::Request& req,
                                                                httplib::Response& res) {
        answer(res, v, backend.role_document(v, req.matches[1]), [&](const std::string& markup) {
            send_page(res, frame_for(v, "Framework document", "/roles"), markup);
        });
    }));
    server.Get("/readings", signed_in(backend, [&backend](const Viewer& v, const httplib::Request&, httplib::Response& res) {
        answer(res, v, backend.readings(v), [&](const std::string& text) {
            send_page(res, frame_for(v, "Readings", "/readings"),
                      output_main("How each ambiguous policy statement is read by the rules.", text));
        });
    }));
    server.Get("/check", signed_in(backend, [&backend](const Viewer& v, const httplib::Request&, httplib::Response& res) {
        answer(res, v, backend.check(v), [&](const std::string& text) {
            send_page(res, frame_for(v, "Check", "/check"), output_main("The checks of the loaded rules.", text));
        });
    }));
}

}  // namespace

void mount_pages(httplib::Server& server, Backend& backend, bool secure) {
    mount_session(server, backend, secure);
    mount_people(server, backend);
    mount_work(server, backend);
}

}  // namespace eligo::web
