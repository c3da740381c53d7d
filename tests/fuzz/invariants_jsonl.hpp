// The properties the fuzz targets check, shared with the regression suite
// (tests/fuzz_regressions/fuzz_regressions_test.cpp), which replays tests/fuzz/regressions/**.
// Each check returns nullptr when the result is sound, else a short description of the first
// violation: a fuzzer traps on it (__builtin_trap), the regression suite fails with it.
// One header per area, so that a header-only fuzzer compiles only the library code it calls.
// This one: communique::jsonl_reader and parse_jsonl_line.
#ifndef COMMUNIQUE_TESTS_FUZZ_INVARIANTS_JSONL_HPP
#define COMMUNIQUE_TESTS_FUZZ_INVARIANTS_JSONL_HPP

#include <communique/io/jsonl_reader.hpp>

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>

namespace fuzz_invariants {
/// The JSONL reader over the whole input (a small line limit, so that the over-long path is
/// taken too): line numbers increase, every error has a message, every byte is consumed;
/// then parse_jsonl_line on the first line.
inline const char* check_jsonl(std::string_view data, std::size_t max_line_bytes = 512) {
    std::istringstream in{std::string(data)};
    communique::jsonl_reader_options ro;
    ro.max_line_bytes = max_line_bytes;
    communique::jsonl_reader reader(in, ro);
    std::size_t last_line = 0;
    while (auto entry = reader.next()) {
        std::size_t line = 0;
        if (const auto* r = std::get_if<communique::jsonl_record>(&*entry)) line = r->line;
        else {
            const auto& e = std::get<communique::jsonl_error>(*entry);
            if (e.message.empty()) return "jsonl error without a message";
            line = e.line;
        }
        if (line <= last_line) return "jsonl line numbers do not increase";
        if (line > reader.lines()) return "jsonl line number past lines()";
        last_line = line;
    }
    if (reader.bytes() != data.size()) return "jsonl reader did not consume every byte";
    // The single-line parser on the first line, with whatever follows cut off.
    const std::size_t eol = data.find('\n');
    std::string_view first = data.substr(0, eol);
    if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
    (void)communique::parse_jsonl_line(first, 1);
    return nullptr;
}

} // namespace fuzz_invariants

#endif
