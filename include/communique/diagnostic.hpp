// communique/diagnostic.hpp: problems reported as values, never thrown through the caller.
#ifndef COMMUNIQUE_DIAGNOSTIC_HPP
#define COMMUNIQUE_DIAGNOSTIC_HPP

#include <communique/span.hpp>

#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE

enum class severity : unsigned char {
    note,    ///< worth knowing, nothing was lost ("12 quotation marks ignored: nested too deep")
    warning, ///< a best-effort result: bytes that are not text ("8 invalid UTF-8 sequences;
             ///< kept as bytes", repaired to U+FFFD only in the output), something cut short
    error    ///< the input (or part of it) could not be used
};

struct diagnostic {
    communique::severity severity = severity::warning;
    span where;          ///< where in the input, when it has a place
    std::size_t line = 0;   ///< 1-based line for line-oriented inputs (lexicon files, JSONL); 0 if none
    std::size_t column = 0; ///< 1-based column, with line
    std::string message;
};

using diagnostics = std::vector<diagnostic>;

inline const char* to_string(severity s) noexcept {
    switch (s) {
    case severity::note: return "note";
    case severity::warning: return "warning";
    case severity::error: return "error";
    }
    return "error";
}

COMMUNIQUE_END_NAMESPACE

#endif
