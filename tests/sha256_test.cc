// SHA-256 against the FIPS 180 examples, and the processor's SHA extensions against the
// portable rounds on every length and split that touches the padding and the block edges.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "support/sha256.h"

using eligo::Sha256;

namespace {

std::string digest(std::string_view text, Sha256::Rounds rounds) {
    Sha256 hash(rounds);
    hash.update(text);
    return hash.hex();
}

}  // namespace

TEST_CASE("SHA-256 gives the FIPS 180 example digests with each kind of rounds", "[sha256]") {
    auto rounds = GENERATE(Sha256::Rounds::portable, Sha256::Rounds::sha_extensions);
    // On a processor without the extensions the second pass runs the portable rounds again.
    CAPTURE(rounds == Sha256::Rounds::portable ? "portable" : "sha_extensions", Sha256::supported(rounds));
    CHECK(digest("", rounds) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(digest("abc", rounds) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", rounds) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(digest("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                  rounds) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    Sha256 million(rounds);
    std::string thousand(1000, 'a');
    for (int i = 0; i < 1000; ++i) million.update(thousand);
    CHECK(million.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256: both kinds of rounds agree however the input is split", "[sha256]") {
    if (!Sha256::supported(Sha256::Rounds::sha_extensions)) SUCCEED("this processor has no SHA extensions");
    std::mt19937 random(20261206);
    std::string bytes(1200, '\0');
    for (auto& c : bytes) c = static_cast<char>(random() & 0xff);
    for (std::size_t size = 0; size <= bytes.size(); size += size < 200 ? 1 : 37) {
        std::string_view text(bytes.data(), size);
        std::string whole = digest(text, Sha256::Rounds::portable);
        CAPTURE(size);
        REQUIRE(digest(text, Sha256::Rounds::sha_extensions) == whole);
        // The same bytes in pieces of random sizes, some inside a block, some over several.
        Sha256 pieces;
        for (std::size_t at = 0; at < size;) {
            std::size_t n = std::min<std::size_t>(size - at, random() % 150);
            pieces.update(text.substr(at, n));
            at += n;
        }
        REQUIRE(pieces.hex() == whole);
    }
}

TEST_CASE("SHA-256: an empty view, even one that points at nothing, adds nothing", "[sha256]") {
    Sha256 hash;
    hash.update(std::string_view());  // no bytes to point at: copied from nowhere under a sanitizer before
    hash.update("ab");
    hash.update(std::string_view());
    hash.update("c");
    CHECK(hash.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("SHA-256 chooses the extensions only where the processor has them", "[sha256]") {
    CHECK(Sha256::supported(Sha256::Rounds::portable));
    CHECK((Sha256::fastest() == Sha256::Rounds::sha_extensions) == Sha256::supported(Sha256::Rounds::sha_extensions));
}
