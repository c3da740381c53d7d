// libFuzzer target: the JSON Lines input reader (communique::jsonl_reader over a stream, and
// parse_jsonl_line), with a 512-byte line limit so that over-long lines are skipped too
// (tests/fuzz/invariants_*.hpp). A violation traps.
#include "invariants_jsonl.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (fuzz_invariants::check_jsonl(text) != nullptr) __builtin_trap();
    return 0;
}
