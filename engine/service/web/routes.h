// The page routes: each reads the form, calls one backend handler, and renders the answer
// in the shared frame. Only this file of the pages knows HTTP.
#pragma once

namespace httplib {
class Server;
}

namespace eligo::web {

class Backend;

/// Adds the pages, /login, /logout and /static/* to `server`; `backend` must outlive it.
/// `secure` marks the session cookie Secure (under TLS).
void mount_pages(httplib::Server& server, Backend& backend, bool secure);

}  // namespace eligo::web
