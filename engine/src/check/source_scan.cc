#include "check/source_scan.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "eligo/profile.h"

namespace eligo::check {
namespace {

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A Lua 5.4 lexer reduced to what the scan needs: names, the text of strings, and the line of
// each; comments and long brackets are skipped whole. Invalid source is scanned as far as it
// goes: loading reports the syntax error itself.
class Lexer {
public:
    explicit Lexer(std::string_view text) : s_(text) {}

    enum class Token { end, name, string, open_bracket, close_bracket, other };

    // The next token; its text (for a name or a string) and its first line are kept.
    Token next() {
        for (;;) {
            if (i_ >= s_.size()) return Token::end;
            char c = s_[i_];
            if (c == '\n') {
                ++line_;
                ++i_;
            } else if (std::isspace(static_cast<unsigned char>(c))) {
                ++i_;
            } else if (c == '-' && at(i_ + 1) == '-') {
                comment();
            } else {
                break;
            }
        }
        token_line_ = line_;
        char c = s_[i_];
        if (c == '[') {
            if (int level = bracket_level(i_); level >= 0) {
                long_bracket(level);
                return Token::string;
            }
            ++i_;
            return Token::open_bracket;
        }
        if (c == ']') {
            ++i_;
            return Token::close_bracket;
        }
        if (c == '"' || c == '\'') {
            quoted(c);
            return Token::string;
        }
        if (is_name_start(c)) {
            std::size_t start = i_;
            while (i_ < s_.size() && is_name_char(s_[i_])) ++i_;
            text_ = s_.substr(start, i_ - start);
            return Token::name;
        }
        if (is_digit(c) || (c == '.' && is_digit(at(i_ + 1)))) {
            numeral();
            return Token::other;
        }
        ++i_;
        return Token::other;
    }

    std::string_view text() const { return text_; }
    int line() const { return token_line_; }

private:
    char at(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

    // `[` `=`* `[` at `i`: the number of `=`; -1 when it does not open a long bracket.
    int bracket_level(std::size_t i) const {
        std::size_t j = i + 1;
        while (at(j) == '=') ++j;
        return at(j) == '[' ? static_cast<int>(j - i - 1) : -1;
    }

    void comment() {
        i_ += 2;
        if (at(i_) == '[') {
            if (int level = bracket_level(i_); level >= 0) {
                long_bracket(level);
                return;
            }
        }
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
    }

    // From `[==[` to the matching `]==]`; the text between is kept.
    void long_bracket(int level) {
        i_ += static_cast<std::size_t>(level) + 2;
        std::string close = "]" + std::string(static_cast<std::size_t>(level), '=') + "]";
        std::size_t end = s_.find(close, i_);
        if (end == std::string_view::npos) end = s_.size();
        text_ = s_.substr(i_, end - i_);
        line_ += static_cast<int>(std::count(text_.begin(), text_.end(), '\n'));
        i_ = std::min(s_.size(), end + close.size());
    }

    void quoted(char quote) {
        std::size_t start = ++i_;
        while (i_ < s_.size() && s_[i_] != quote && s_[i_] != '\n') {
            if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
                ++i_;
                if (s_[i_] == 'z') {  // `\z` skips the white space after it, line breaks included
                    while (i_ + 1 < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_ + 1])))
                        if (s_[++i_] == '\n') ++line_;
                } else if (s_[i_] == '\n') {
                    ++line_;
                }
            }
            ++i_;
        }
        text_ = s_.substr(start, std::min(i_, s_.size()) - start);
        if (i_ < s_.size() && s_[i_] == quote) ++i_;
    }

    void numeral() {
        while (i_ < s_.size()) {
            char c = s_[i_];
            char before = i_ > 0 ? s_[i_ - 1] : '\0';
            bool sign = (c == '+' || c == '-') && (before == 'e' || before == 'E' || before == 'p' || before == 'P');
            if (!is_name_char(c) && c != '.' && !sign) break;
            ++i_;
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
    int line_ = 1;
    int token_line_ = 1;
    std::string_view text_;
};

bool is_protected(std::string_view name) {
    const auto& fields = protected_fields();
    return std::find(fields.begin(), fields.end(), name) != fields.end();
}

}  // namespace

std::vector<Error> protected_references(const std::string& display, std::string_view text) {
    std::vector<Error> found;
    std::set<std::pair<int, std::string>> reported;  // one error per name and line
    auto report = [&](std::string_view name, int line) {
        if (!reported.emplace(line, std::string(name)).second) return;
        found.push_back({ErrorCode::rules_invalid, display + ":" + std::to_string(line),
                         "`" + std::string(name) + "` is a protected characteristic; rules must not refer to it",
                         "rules decide on qualifications, experience and assessed competence; profiles never carry "
                         "protected characteristics (docs/profile-format.md)"});
    };
    Lexer lexer(text);
    // A string is a name only as a key: `p["age"]` or `{ ["age"] = ... }`.
    Lexer::Token before = Lexer::Token::other;
    std::string_view key;
    int key_line = 0;
    for (Lexer::Token token = lexer.next(); token != Lexer::Token::end; token = lexer.next()) {
        if (token == Lexer::Token::name && is_protected(lexer.text())) report(lexer.text(), lexer.line());
        if (token == Lexer::Token::string && before == Lexer::Token::open_bracket) {
            key = lexer.text();
            key_line = lexer.line();
        } else if (token == Lexer::Token::close_bracket && before == Lexer::Token::string && !key.empty()) {
            if (is_protected(key)) report(key, key_line);
        }
        if (token != Lexer::Token::string) key = {};
        before = token;
    }
    return found;
}

}  // namespace eligo::check
