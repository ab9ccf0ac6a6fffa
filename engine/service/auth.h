// Passwords (Argon2id) and API tokens (random, kept only as a hash). The only unit that
// includes sodium.h.
#pragma once

#include <string>

namespace eligo::service {

/// Initialises libsodium; throws std::runtime_error when it cannot.
void init_crypto();
/// An Argon2id hash in libsodium's encoded form (salt and limits included).
std::string hash_password(const std::string& password);
bool verify_password(const std::string& encoded, const std::string& password);
/// A new random secret: 32 bytes, hex; for tokens, passwords and receipt ids (shorter).
std::string random_hex(std::size_t bytes);
/// How a token is stored and looked up: its SHA-256, hex.
std::string token_hash(const std::string& token);
/// SHA-256 of `text`, hex.
std::string sha256_hex(const std::string& text);

}  // namespace eligo::service
