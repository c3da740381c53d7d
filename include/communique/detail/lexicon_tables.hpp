// The lookup tables of a lexicon: x3::symbols tries from phrase to entry index. Internal: the
// public lexicon type holds them behind a pointer so no Spirit type reaches a user's code.
#ifndef COMMUNIQUE_DETAIL_LEXICON_TABLES_HPP
#define COMMUNIQUE_DETAIL_LEXICON_TABLES_HPP

#include <communique/lexicon.hpp>

#include <boost/spirit/home/x3.hpp>

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

inline bool is_word_byte(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// The word run that starts at a position: its letters, digits and non-ASCII letter bytes, up
/// to the first space, ASCII punctuation, hyphen, dot or apostrophe, or a mark of
/// U+0080..U+00BF or U+2000..U+203F (no-break space, « », ’, “ ”, –, —, …). `key` is an FNV-1a
/// hash of its bytes. A phrase can only match where the text's run equals the phrase's own first
/// run (a phrase ends on a word boundary), so a set of these keys rules out a word before a
/// trie is walked.
struct word_lead {
    std::uint64_t key;
    std::size_t length;
};

/// For each byte: 0 ends a lead, 1 continues it, 2 ends it when it opens a mark (0xC2, and
/// 0xE2 0x80).
struct lead_bytes {
    unsigned char kind[256] = {};
    constexpr lead_bytes() {
        for (int c = '0'; c <= '9'; ++c) kind[c] = 1;
        for (int c = 'a'; c <= 'z'; ++c) kind[c] = 1;
        for (int c = 'A'; c <= 'Z'; ++c) kind[c] = 1;
        for (int c = 0x80; c < 256; ++c) kind[c] = 1;
        kind[0xC2] = 2;
        kind[0xE2] = 2;
    }
};
inline constexpr lead_bytes lead_byte_kinds{};

inline word_lead lead_at(std::string_view text, std::size_t at) noexcept {
    std::uint64_t h = 14695981039346656037ull;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t j = at;
    for (; j < n; ++j) {
        const unsigned char c = p[j];
        const unsigned char k = lead_byte_kinds.kind[c];
        if (k != 1 && (k == 0 || c == 0xC2 || (j + 1 < n && p[j + 1] == 0x80))) break;
        h = (h ^ c) * 1099511628211ull;
    }
    return {h | 1, j - at}; // never 0, the empty slot
}

inline std::uint64_t lead_key(std::string_view text, std::size_t at) noexcept {
    return lead_at(text, at).key;
}

/// A hash table keyed by lead keys (never 0): open addressing, at most half full.
template <typename Value>
class key_map {
public:
    Value& operator[](std::uint64_t key) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        entry& e = probe(slots_, key);
        if (e.key == 0) {
            e.key = key;
            ++size_;
        }
        return e.value;
    }
    const Value* find(std::uint64_t key) const noexcept {
        if (slots_.empty()) return nullptr;
        const entry& e = probe(slots_, key);
        return e.key == key ? &e.value : nullptr;
    }
    template <typename F> void for_each(F f) const {
        for (const entry& e : slots_)
            if (e.key != 0) f(e.key, e.value);
    }

private:
    struct entry {
        std::uint64_t key = 0;
        Value value{};
    };
    std::vector<entry> slots_;
    std::size_t size_ = 0;

    /// The slot of `key`, or the empty slot where it would go.
    template <typename Slots> static auto& probe(Slots& slots, std::uint64_t key) noexcept {
        const std::size_t mask = slots.size() - 1;
        std::size_t i = static_cast<std::size_t>(key ^ (key >> 29)) & mask;
        while (slots[i].key != 0 && slots[i].key != key) i = (i + 1) & mask;
        return slots[i];
    }
    void grow() {
        std::vector<entry> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, entry{});
        for (const entry& e : old)
            if (e.key != 0) probe(slots_, e.key) = e;
    }
};

/// Whether no lead starts at `j`: the byte ends a lead at once (a space, a mark).
inline bool lead_is_empty_at(std::string_view text, std::size_t j) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char c = p[j];
    const unsigned char k = lead_byte_kinds.kind[c];
    return k == 0 || (k == 2 && (c == 0xC2 || (j + 1 < text.size() && p[j + 1] == 0x80)));
}

/// The second run of a phrase or of the text at a word: the lead after the one that ends at
/// `lead_end`, past at most a few separating bytes (" ", ". ", "’"). Its key, or 0 when there
/// is none within reach. `end` is where the lead found may reach: the phrase's end when a table
/// is built, the text's end when it is read.
inline word_lead second_lead(std::string_view text, std::size_t lead_end) noexcept {
    constexpr std::size_t reach = 8;
    std::size_t j = lead_end;
    while (j < text.size() && j - lead_end < reach && lead_is_empty_at(text, j)) ++j;
    if (j >= text.size() || j - lead_end >= reach) return {0, 0};
    return lead_at(text, j);
}

/// Combines the keys of a phrase's first two runs (never 0, the empty slot).
inline std::uint64_t pair_key(std::uint64_t first, std::uint64_t second) noexcept {
    return ((first * 0x9E3779B97F4A7C15ull) ^ second) | 1;
}

/// An x3::symbols trie with the lead keys of its phrases: most words of a text start no
/// phrase of a given table, and one hash probe says so before the trie is walked. Where every
/// phrase with a lead has a second run ("the Kremlin", "is ready to"), the keys of the first
/// two runs together say whether the trie can match: "the" and "is" start thousands of words
/// of news and a phrase of the table at few of them.
struct phrase_table {
    x3::symbols<std::uint32_t> symbols;
    /// Lead keys: `alone` when some phrase with that lead has no second run inside it (the
    /// trie is walked whatever follows), else `paired` (look up `pairs` first).
    key_map<std::uint8_t> leads;
    key_map<bool> pairs;
    static constexpr std::uint8_t paired = 1, alone = 2;

    std::uint32_t& at(const std::string& key) {
        const word_lead first = lead_at(key, 0);
        const word_lead second = second_lead(key, first.length);
        if (second.key == 0) {
            leads[first.key] |= alone;
        } else {
            leads[first.key] |= paired;
            pairs[pair_key(first.key, second.key)] = true;
        }
        return symbols.at(key);
    }
    const std::uint32_t* find(const std::string& key) const { return symbols.find(key); }

    /// Whether a phrase of the table may start at `at` of `text`, whose lead there is `lead`.
    /// Never false where the trie would match: a match means the text holds the phrase's
    /// bytes, so its first two runs are the phrase's (a match ends on a word boundary).
    bool may_start(std::string_view text, std::size_t at, word_lead lead) const noexcept {
        const std::uint8_t* kinds = leads.find(lead.key);
        if (!kinds) return false;
        if (*kinds & alone) return true;
        const word_lead second = second_lead(text, at + lead.length);
        return second.key != 0 && pairs.find(pair_key(lead.key, second.key)) != nullptr;
    }
};

/// The continuation of a cue written with a gap ("expressed * concern about"): the phrases
/// that may follow the gap word, each to its cue entry.
struct gap_rule {
    x3::symbols<std::uint32_t> tails;
};

/// The tables a lead key starts a phrase in, one bit each: the tagger probes this once per
/// word instead of each table's own set.
namespace in_table {
constexpr std::uint8_t cues = 1, gap_heads = 2, actors = 4, titles = 8, demonyms = 16, topics = 32;
}

struct lexicon_tables {
    lexicon_entries entries;
    phrase_table actors;    // case as written: proper names
    phrase_table demonyms;  // case as written, with ’ and ' both
    phrase_table titles;    // lower case, Capitalised and Title Case
    phrase_table cues;      // lower case and Capitalised
    phrase_table gap_heads; // cue phrases before a `*` -> index into gap_rules
    std::vector<gap_rule> gap_rules;
    phrase_table topics;    // as written, lower case and Capitalised
    /// Every table's lead keys, built last: the in_table bits of the tables with a phrase
    /// that starts with that lead, and of those where such a phrase may be the lead alone.
    struct lead_tables {
        std::uint8_t any = 0;
        std::uint8_t alone = 0;
    };
    key_map<lead_tables> leads;
    key_map<std::uint8_t> pairs; ///< every table's pair keys to in_table bits

    /// The in_table bits of the tables with a phrase whose lead has this key.
    std::uint8_t tables_with(std::uint64_t key) const noexcept {
        const lead_tables* bits = leads.find(key);
        return bits ? bits->any : 0;
    }
    /// The in_table bits of the tables that may have a phrase at `at` of `text`, whose lead
    /// there is `lead`: two probes for all tables (phrase_table::may_start for one).
    std::uint8_t tables_at(std::string_view text, std::size_t at, word_lead lead) const noexcept {
        const lead_tables* bits = leads.find(lead.key);
        if (!bits) return 0;
        if (bits->any == bits->alone) return bits->any;
        const word_lead second = second_lead(text, at + lead.length);
        const std::uint8_t* paired = second.key ? pairs.find(pair_key(lead.key, second.key)) : nullptr;
        return static_cast<std::uint8_t>(bits->alone | (paired ? *paired & bits->any : 0));
    }
    /// Persons by surname ("Lavrov" -> Sergei Lavrov), so that "Mr. Lavrov" finds him.
    std::unordered_map<std::string, std::uint32_t> person_by_last_name;
    /// The state of a country code ("RUS" -> Russia).
    std::unordered_map<std::string, std::uint32_t> state_by_country;
};

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

/// Longest phrase of `table` that starts at `at` and ends on a word boundary. Kept out of line:
/// the trie walk is long and rare (the lead keys filter first), its callers short and hot.
BOOST_NOINLINE inline std::optional<phrase_match> match_phrase(const x3::symbols<std::uint32_t>& table,
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

/// The same with the lead key of the word at `at` already computed (`lead_key(text, at)`).
inline std::optional<phrase_match> match_phrase(const phrase_table& table, std::string_view text,
                                                std::size_t at, word_lead lead) {
    if (at >= text.size() || !table.may_start(text, at, lead)) return std::nullopt;
    return match_phrase(table.symbols, text, at);
}

inline std::optional<phrase_match> match_phrase(const phrase_table& table, std::string_view text,
                                                std::size_t at) {
    if (at >= text.size()) return std::nullopt;
    return match_phrase(table, text, at, lead_at(text, at));
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
