// libFuzzer target: the structure grammar alone (communique::parse_structure): spans in
// bounds and in order, sentences inside their blocks, quotations inside the block they open
// in (tests/fuzz/invariants_*.hpp). A violation traps.
#include "invariants_structure.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const communique::structure st = communique::parse_structure(text);
    if (fuzz_invariants::check_structure(text, st) != nullptr) __builtin_trap();
    return 0;
}
