// The frame every workspace page shares: head, a skip link, the header with the signed-in
// user and the navigation their role allows, the main content, and the sign-out form.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eligo::web {

struct NavLink {
    std::string href;
    std::string label;
};

struct Frame {
    std::string title;          ///< the page's h1 and the start of the document title
    std::string user;           ///< staff user name; empty on the sign-in page
    std::string role;           ///< the user's role, e.g. `hr`
    std::string csrf;           ///< the session's token, for the sign-out form
    std::vector<NavLink> nav;   ///< what the role may open
    std::string current;        ///< href of the nav entry to mark as the current page
    bool script = false;        ///< loads the page script: table sorting, upload progress
};

/// The navigation for a role: only the pages it may open.
std::vector<NavLink> nav_for(std::string_view role);

/// The whole document around `main`, which must be markup from a renderer.
std::string page(const Frame& frame, std::string_view main);

/// The Content-Security-Policy every page is served with: own stylesheet and script only.
std::string_view content_security_policy();

/// The stylesheet at /static/style.css and the page script at /static/pages.js.
std::string_view stylesheet();
std::string_view page_script();

}  // namespace eligo::web
