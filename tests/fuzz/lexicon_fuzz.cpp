// libFuzzer target: the lexicon file loader (communique::parse_lexicon and lexicon::add), and
// an extraction with every lexicon that loads (tests/fuzz/invariants_*.hpp). A violation traps.
#include "invariants_extract.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (fuzz_invariants::check_lexicon(text) != nullptr) __builtin_trap();
    return 0;
}
