#include "html.h"

#include "support/text.h"

namespace eligo::web {

void Html::write_open(std::string_view tag, std::initializer_list<Attr> attrs) {
    out_ += '<';
    out_ += tag;
    for (const Attr& a : attrs) {
        if (a.name.empty()) continue;
        out_ += ' ';
        out_ += a.name;
        out_ += "=\"";
        out_ += text::html(a.value);
        out_ += '"';
    }
    out_ += '>';
}

Html& Html::open(std::string_view tag, std::initializer_list<Attr> attrs) {
    write_open(tag, attrs);
    open_.emplace_back(tag);
    return *this;
}

Html& Html::close() {
    if (open_.empty()) return *this;
    out_ += "</";
    out_ += open_.back();
    out_ += '>';
    open_.pop_back();
    return *this;
}

Html& Html::empty(std::string_view tag, std::initializer_list<Attr> attrs) {
    write_open(tag, attrs);
    return *this;
}

Html& Html::text(std::string_view s) {
    out_ += text::html(s);
    return *this;
}

Html& Html::element(std::string_view tag, std::string_view s, std::initializer_list<Attr> attrs) {
    write_open(tag, attrs);
    out_ += text::html(s);
    out_ += "</";
    out_ += tag;
    out_ += '>';
    return *this;
}

Html& Html::trusted(std::string_view markup) {
    out_ += markup;
    return *this;
}

std::string Html::finish() {
    while (!open_.empty()) close();
    return std::move(out_);
}

}  // namespace eligo::web
