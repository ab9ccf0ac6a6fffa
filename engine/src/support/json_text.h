// JSON documents as text. Rule texts and ids come from scripts and may hold bytes that are
// not UTF-8 (a Lua escape such as "\xff"); such bytes are written as U+FFFD rather than
// failing the whole report.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace eligo {

template <class Json>  // nlohmann::json or nlohmann::ordered_json, keeping its key order
std::string json_text(const Json& doc, int indent = -1) {
    return doc.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace eligo
