// Expected failures as values: a code, a location and a message.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace eligo {

enum class ErrorCode {
    io,              ///< a file could not be read
    profile_syntax,  ///< a profile is not valid JSON
    profile_field,   ///< a profile field has the wrong type or value
    profile_limit,   ///< a profile is over the size limit
    rules_syntax,    ///< a rule script does not parse
    rules_runtime,   ///< a rule script failed while running
    rules_limit,     ///< a rule script exceeded the instruction or memory limit
    rules_invalid,   ///< a rule script describes something the engine cannot compile
    usage,           ///< the caller asked for something that does not exist
};

/// One problem, reported as `where: message` (`where` is `file:line` or a field path).
struct Error {
    ErrorCode code = ErrorCode::usage;
    std::string where;
    std::string message;
    std::string hint;  ///< optional second line, e.g. "did you mean `min_grade`?"

    std::string to_string() const;
};

/// A value or the errors that prevented it.
template <class T>
class Expected {
public:
    Expected(T value) : state_(std::move(value)) {}
    Expected(Error error) : state_(std::vector<Error>{std::move(error)}) {}
    Expected(std::vector<Error> errors) : state_(std::move(errors)) {}

    explicit operator bool() const { return state_.index() == 0; }
    T& value() { return std::get<0>(state_); }
    const T& value() const { return std::get<0>(state_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const std::vector<Error>& errors() const { return std::get<1>(state_); }

private:
    std::variant<T, std::vector<Error>> state_;
};

/// The closest of `candidates` to `word` by edit distance, or "" when none is close.
std::string nearest(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace eligo
