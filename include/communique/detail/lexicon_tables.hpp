// The lookup tables of a lexicon: x3::symbols tries from phrase to entry index. Internal: the
// public lexicon type holds them behind a pointer so no Spirit type reaches a user's code.
#ifndef COMMUNIQUE_DETAIL_LEXICON_TABLES_HPP
#define COMMUNIQUE_DETAIL_LEXICON_TABLES_HPP

#include <communique/lexicon.hpp>

#include <boost/spirit/home/x3.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

namespace x3 = boost::spirit::x3;

/// A phrase found at a position: its length in bytes and the index of its entry.
struct phrase_match {
    std::size_t length = 0;
    std::uint32_t index = 0;
};

/// An x3::symbols trie with the set of bytes its phrases start with: most words of a text
/// start no phrase of a given table, and one array read says so before the trie is walked.
struct phrase_table {
    x3::symbols<std::uint32_t> symbols;
    std::array<bool, 256> starts{};

    std::uint32_t& at(const std::string& key) {
        starts[static_cast<unsigned char>(key[0])] = true;
        return symbols.at(key);
    }
    const std::uint32_t* find(const std::string& key) const { return symbols.find(key); }
};

/// The continuation of a cue written with a gap ("expressed * concern about"): the phrases
/// that may follow the gap word, each to its cue entry.
struct gap_rule {
    x3::symbols<std::uint32_t> tails;
};

struct lexicon_tables {
    lexicon_entries entries;
    phrase_table actors;    // case as written: proper names
    phrase_table demonyms;  // case as written, with ’ and ' both
    phrase_table titles;    // lower case, Capitalised and Title Case
    phrase_table cues;      // lower case and Capitalised
    phrase_table gap_heads; // cue phrases before a `*` -> index into gap_rules
    std::vector<gap_rule> gap_rules;
    phrase_table topics;    // as written, lower case and Capitalised
    /// Persons by surname ("Lavrov" -> Sergei Lavrov), so that "Mr. Lavrov" finds him.
    std::unordered_map<std::string, std::uint32_t> person_by_last_name;
    /// The state of a country code ("RUS" -> Russia).
    std::unordered_map<std::string, std::uint32_t> state_by_country;
};

inline bool is_word_byte(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// Whether `it` starts an apostrophe: ' or ’ (U+2019).
inline bool at_apostrophe(const char* it, const char* last) noexcept {
    if (*it == '\'') return true;
    return last - it >= 3 && static_cast<unsigned char>(it[0]) == 0xE2 &&
           static_cast<unsigned char>(it[1]) == 0x80 && static_cast<unsigned char>(it[2]) == 0x99;
}

/// Length of a possessive "’s" or "'s" at `i`, else 0.
inline std::size_t possessive_at(std::string_view text, std::size_t i) noexcept {
    if (i + 1 < text.size() && text[i] == '\'' && text[i + 1] == 's') return 2;
    if (i + 3 < text.size() && at_apostrophe(text.data() + i, text.data() + text.size()) &&
        text[i + 3] == 's')
        return 4;
    return 0;
}

/// Longest phrase of `table` that starts at `at` and ends on a word boundary.
inline std::optional<phrase_match> match_phrase(const x3::symbols<std::uint32_t>& table,
                                                std::string_view text, std::size_t at) {
    if (at >= text.size()) return std::nullopt;
    const char* first = text.data() + at;
    const char* const last = text.data() + text.size();
    const char* it = first;
    std::uint32_t value = 0;
    if (!x3::parse(it, last, table, value)) return std::nullopt;
    // A phrase ending in a letter must not continue into a longer word ("said" in "saidx");
    // a possessive ’s or 's may follow ("Russia’s").
    if (it != last && is_word_byte(static_cast<unsigned char>(it[-1])) &&
        is_word_byte(static_cast<unsigned char>(*it)) && !at_apostrophe(it, last))
        return std::nullopt;
    return phrase_match{static_cast<std::size_t>(it - first), value};
}

inline std::optional<phrase_match> match_phrase(const phrase_table& table, std::string_view text,
                                                std::size_t at) {
    if (at >= text.size() || !table.starts[static_cast<unsigned char>(text[at])]) return std::nullopt;
    return match_phrase(table.symbols, text, at);
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
