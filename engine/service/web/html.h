// A small HTML writer for the workspace pages: every text and attribute value goes through
// the escaper, so a name `<script>` from a profile or a CSV shows as text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eligo::web {

/// One attribute; the value is escaped when written. An empty name is skipped, so a
/// conditional attribute reads `{checked ? "checked" : "", ""}`.
struct Attr {
    std::string_view name;
    std::string_view value;
};

/// Writes elements in order; `close` ends the innermost open one. Markup written with
/// `trusted` must come from this writer or another renderer, never from data.
class Html {
public:
    Html& open(std::string_view tag, std::initializer_list<Attr> attrs = {});
    Html& close();
    /// A void element (input, meta, link, br): no content, nothing to close.
    Html& empty(std::string_view tag, std::initializer_list<Attr> attrs = {});
    Html& text(std::string_view s);
    /// `<tag attrs>text</tag>` in one call.
    Html& element(std::string_view tag, std::string_view s, std::initializer_list<Attr> attrs = {});
    Html& trusted(std::string_view markup);

    /// The markup so far, with every open element closed.
    std::string finish();

private:
    void write_open(std::string_view tag, std::initializer_list<Attr> attrs);
    std::string out_;
    std::vector<std::string> open_;
};

}  // namespace eligo::web
