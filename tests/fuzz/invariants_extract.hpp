// The properties the fuzz targets check, shared with the regression suite
// (tests/fuzz_regressions/fuzz_regressions_test.cpp), which replays tests/fuzz/regressions/**.
// Each check returns nullptr when the result is sound, else a short description of the first
// violation: a fuzzer traps on it (__builtin_trap), the regression suite fails with it.
// One header per area, so that a header-only fuzzer compiles only the library code it calls.
// This one: communique::extract (with communique::to_json) and the lexicon loader.
#ifndef COMMUNIQUE_TESTS_FUZZ_INVARIANTS_EXTRACT_HPP
#define COMMUNIQUE_TESTS_FUZZ_INVARIANTS_EXTRACT_HPP

#include "invariants_structure.hpp"

#include <communique/extract.hpp>
#include <communique/io/jsonl.hpp>
#include <communique/lexicon.hpp>

#include <boost/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace fuzz_invariants {
/// A document: its structure, every span of every statement and diagnostic in bounds, and the
/// JSON of each statement (communique::to_json) valid JSON in valid UTF-8.
inline const char* check_document(std::string_view text, const communique::document& doc,
                                  std::size_t max_statements) {
    if (doc.text.data() != text.data() && !text.empty()) return "document text is not the caller's bytes";
    if (const char* why = check_structure(doc.text, doc.structure)) return why;
    const std::size_t n = text.size();
    if (doc.statements.size() > max_statements) return "more statements than max_statements";
    for (const auto& s : doc.statements) {
        if (!in_bounds(s.where, n)) return "statement out of bounds";
        if (!in_bounds(s.cue, n)) return "cue out of bounds";
        if (!in_bounds(s.content, n)) return "content out of bounds";
        if (s.quote && !in_bounds(*s.quote, n)) return "quote out of bounds";
        if (!in_bounds(s.source.where, n)) return "source out of bounds";
        if (s.target && !in_bounds(s.target->where, n)) return "target out of bounds";
        for (const auto& t : s.times)
            if (!in_bounds(t.where, n)) return "time out of bounds";
        boost::json::error_code ec;
        const boost::json::value v = boost::json::parse(communique::to_json(doc, s), ec);
        if (ec || !v.is_object()) return "to_json is not valid JSON in UTF-8";
    }
    for (const auto& d : doc.diagnostics)
        if (d.where.begin > d.where.end) return "diagnostic span reversed";
    return nullptr;
}

inline const char* check_extract(const communique::extractor& x, std::string_view text,
                                 const communique::options& opts = {}) {
    const communique::document doc = x.extract(text, opts);
    return check_document(text, doc, opts.max_statements);
}

/// The lexicon loader: parse_lexicon and lexicon::add agree; a failure says where
/// ("ORIGIN:LINE:COLUMN: ..."); a lexicon that loads can extract a fixed sentence soundly.
inline const char* check_lexicon(std::string_view text) {
    communique::lexicon_entries entries;
    communique::diagnostics errors;
    const bool parsed = communique::parse_lexicon(text, "fuzz.lex", entries, errors);
    if (!parsed) {
        if (errors.empty()) return "parse_lexicon failed without a diagnostic";
        if (errors.front().message.compare(0, 9, "fuzz.lex:") != 0)
            return "lexicon error without ORIGIN:LINE:COLUMN";
    }
    communique::lexicon lex;
    communique::diagnostics add_errors;
    const bool added = lex.add(text, "fuzz.lex", add_errors);
    if (added != parsed) return "lexicon::add and parse_lexicon disagree";
    if (!added) return nullptr;
    static const std::string_view sentence =
        "Foreign Minister Sergei Lavrov said on Tuesday that Russia “will respond” to the "
        "sanctions, the ministry said in a statement. The talks were constructive, he added.";
    const communique::extractor x(std::move(lex));
    return check_extract(x, sentence);
}

} // namespace fuzz_invariants

#endif
