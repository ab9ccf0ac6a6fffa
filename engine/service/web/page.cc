#include "page.h"

#include "html.h"

namespace eligo::web {

std::vector<NavLink> nav_for(std::string_view role) {
    std::vector<NavLink> nav{{"/", "Home"}};
    bool admin = role == "admin";
    if (admin || role == "hr") {
        nav.push_back({"/team", "Team"});
        nav.push_back({"/import", "Import people"});
    }
    if (admin || role == "manager" || role == "assessor") nav.push_back({"/my-team", "My team"});
    if (admin || role == "recruiter") nav.push_back({"/vacancies", "Vacancies"});
    if (admin || role == "author") {
        nav.push_back({"/roles", "Roles"});
        nav.push_back({"/readings", "Readings"});
        nav.push_back({"/check", "Check"});
    }
    return nav;
}

std::string_view content_security_policy() {
    return "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
           "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
}

namespace {

void header(Html& h, const Frame& frame) {
    h.open("header", {{"class", "site"}});
    h.element("a", "Skip to main content", {{"class", "skip"}, {"href", "#main"}});
    h.element("p", "eligo workspace", {{"class", "brand"}});
    if (!frame.user.empty()) {
        h.open("nav", {{"aria-label", "Main"}}).open("ul");
        for (const NavLink& link : frame.nav) {
            h.open("li").element("a", link.label,
                                 {{"href", link.href},
                                  {link.href == frame.current ? "aria-current" : "", "page"}});
            h.close();
        }
        h.close().close();
        h.open("form", {{"class", "signout"}, {"method", "post"}, {"action", "/logout"}});
        h.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", frame.csrf}});
        h.element("span", frame.user + " (" + frame.role + ")", {{"class", "who"}});
        h.element("button", "Sign out", {{"type", "submit"}});
        h.close();
    }
    h.close();
}

}  // namespace

std::string page(const Frame& frame, std::string_view main) {
    Html h;
    h.trusted("<!DOCTYPE html>\n");
    h.open("html", {{"lang", "en-GB"}}).open("head");
    h.empty("meta", {{"charset", "utf-8"}});
    h.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    h.element("title", frame.title + " · eligo workspace");
    h.empty("link", {{"rel", "stylesheet"}, {"href", "/static/style.css"}});
    if (frame.script) h.open("script", {{"src", "/static/pages.js"}, {"defer", ""}}).close();
    h.close();
    h.open("body");
    header(h, frame);
    h.open("main", {{"id", "main"}, {"tabindex", "-1"}});
    h.element("h1", frame.title);
    h.trusted(main);
    h.close();
    return h.finish();
}

}  // namespace eligo::web
