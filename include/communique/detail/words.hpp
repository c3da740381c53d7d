// Words by their spelling: spaces and marks, where a word ends, and what the grammar knows of
// a word without the lexicon (its closed class, whether it is a preposition, whether it starts
// a sentence with a capital without naming anyone). The tagger (tagging.hpp) builds on these.
#ifndef COMMUNIQUE_DETAIL_WORDS_HPP
#define COMMUNIQUE_DETAIL_WORDS_HPP

#include <communique/detail/abbreviations.hpp>
#include <communique/detail/ascii.hpp>
#include <communique/detail/lexicon_tables.hpp>

#include <boost/config.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Which pronoun or description a unit is, for coreference.
enum class reference : unsigned char {
    none,
    he,       ///< he, she, his, her
    they,     ///< they
    we,       ///< we, I, us, our
    title,    ///< "the minister", "the secretary": the last person with that role
    pair,     ///< "the duo", "both", "the two sides": the two actors in the news
    surname,  ///< a person named by a surname alone ("Mr Howard", "Lavrov"): an N unit whose
              ///< person the text may have named in full before
    it        ///< "it" before its cue: the last body or state that was a subject or spoke
};

/// Whether `w` is spelled `word`, a literal: its bytes compared inline, where string_view's ==
/// calls memcmp for every word of the right length ("the", "of", "both" on every sentence).
template <std::size_t N> BOOST_FORCEINLINE bool spelled(std::string_view w, const char (&word)[N]) noexcept {
    if (w.size() != N - 1) return false;
    for (std::size_t k = 0; k + 1 < N; ++k)
        if (w[k] != word[k]) return false;
    return true;
}

/// A word of lower-case letters (and hyphens) only: "human", "peace-keeping".
inline bool is_plain_lower_word(std::string_view w) noexcept {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

/// "the", "a": the article before a noun ("the press", "a news conference").
inline bool is_article(std::string_view w) noexcept { return spelled(w, "the") || spelled(w, "a"); }

/// Whether a noun names the press one speaks to: "reporters", "journalists", "(the) media",
/// "(the) press", "(a) news (conference)".
inline bool is_the_press(std::string_view w) noexcept {
    return spelled(w, "reporters") || spelled(w, "journalists") || spelled(w, "correspondents") ||
           spelled(w, "press") || spelled(w, "media") || spelled(w, "news");
}

inline bool is_space_at(std::string_view t, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
    return c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0;
}
inline std::size_t space_length(std::string_view t, std::size_t i) {
    return static_cast<unsigned char>(t[i]) == 0xC2 ? 2 : 1;
}
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The byte length of a multi-byte punctuation mark at `i` we care about, and its kind:
/// 'o' opening quote, 'c' closing quote, '-' dash, '\'' right single quote, 0 if none.
inline char mark_at(std::string_view t, std::size_t i, std::size_t& len) {
    len = 1;
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
        len = 3;
        switch (static_cast<unsigned char>(t[i + 2])) {
        case 0x9C: return 'o';  // “
        case 0x9D: return 'c';  // ”
        case 0x98: return 'o';  // ‘
        case 0x99: return '\''; // ’
        case 0x93: case 0x94: return '-'; // – —
        case 0xA6: return '.';  // …
        default: break;
        }
        len = 1;
        return 0;
    }
    if (c == 0xC2 && i + 1 < t.size()) {
        const unsigned char d = static_cast<unsigned char>(t[i + 1]);
        if (d == 0xAB) { len = 2; return 'o'; } // «
        if (d == 0xBB) { len = 2; return 'c'; } // »
    }
    return 0;
}

/// End of the word starting at `i`: letters, digits and UTF-8 letters, with inner
/// apostrophes, hyphens and dots ("Russia’s", "al-Assad", "U.S.").
/// `from` (i by default) is where the scan resumes: the bytes of a word's lead (lead_at) are
/// word bytes with no mark among them, so a caller that has the lead may start after it.
inline std::size_t word_end(std::string_view t, std::size_t i, std::size_t end, std::size_t from = 0) {
    std::size_t j = std::max(i, from);
    while (j < end) {
        const unsigned char c = static_cast<unsigned char>(t[j]);
        if (is_lead_byte(c)) { // word bytes with nothing to decide, eight at a time
            j = lead_bytes_end(t, j, end);
            continue;
        }
        if (is_word_byte(c)) {
            std::size_t len = 1;
            if (c >= 0x80 && mark_at(t, j, len) != 0) {
                // ’ inside a word is an apostrophe; other marks end the word.
                if (mark_at(t, j, len) == '\'' && j + len < end &&
                    is_word_byte(static_cast<unsigned char>(t[j + len])) && j > i) {
                    j += len;
                    continue;
                }
                break;
            }
            if (c == 0xC2 && j + 1 < end && static_cast<unsigned char>(t[j + 1]) == 0xA0) break;
            ++j;
            continue;
        }
        if ((c == '\'' || c == '-' || c == '.') && j > i && j + 1 < end &&
            is_word_byte(static_cast<unsigned char>(t[j + 1])) &&
            !(c == '.' && is_space_at(t, j + 1))) {
            ++j;
            continue;
        }
        break;
    }
    // An abbreviation keeps its final dot: "U.S.", "Mr.", "Lt. Col.", and a month's before its
    // day ("on Oct. 10"): no sentence ends there (abbreviations.hpp, the structure's own list).
    if (j < end && t[j] == '.' && j > i) {
        const std::string_view w = t.substr(i, j - i);
        if (w.find('.') != std::string_view::npos ||
            keeps_its_stop(w, j + 2 < end && t[j + 1] == ' ' && is_digit(t[j + 2])))
            ++j;
    }
    return j == i ? i + 1 : j;
}

/// word_end for the word at `i` whose lead there is `lead` (lead_at(t, i), which may reach past
/// `end`). A lead followed by a space or a comma is the whole word; other ends need word_end
/// (inner apostrophes, hyphens, dots; "Mr.").
BOOST_FORCEINLINE std::size_t end_of_word(std::string_view t, std::size_t i, std::size_t end, word_lead lead) {
    const std::size_t lead_end = i + lead.length;
    if (lead.length > 0 && lead_end < end && (t[lead_end] == ' ' || t[lead_end] == ','))
        return lead_end;
    return word_end(t, i, end, std::min(lead_end, end));
}

/// Bit 7 of each byte of `x` that is no lower-case ASCII letter: seven-bit arithmetic as in
/// alnum_low7 (no sum carries into the next byte).
BOOST_FORCEINLINE std::uint64_t not_lower_bits(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80, lows = ~highs;
    const std::uint64_t low7 = x & lows;
    const std::uint64_t lower = (low7 + ones * (0x80 - 'a')) & ~(low7 + ones * (0x80 - 'z' - 1)) & ~x;
    return ~lower & highs;
}

/// The end of the run of lower-case ASCII letters from `j` (before `end`): most words of prose
/// end within eight bytes, found with one load; a longer run goes on a byte at a time.
BOOST_FORCEINLINE std::size_t lower_run_end(std::string_view t, std::size_t j, std::size_t end) noexcept {
    if (j < end && end - j >= 8) {
        const std::uint64_t stop = not_lower_bits(boost::endian::load_little_u64(reinterpret_cast<const unsigned char*>(t.data()) + j));
        if (stop) return j + static_cast<unsigned>(boost::core::countr_zero(stop)) / 8;
        j += 8;
    }
    while (j < end && is_lower(t[j])) ++j;
    return j;
}

/// word_end where most words are short and lower case or capitalised ("the", "its",
/// "Moscow"): such a word followed by a space or a comma ends there, found inline (word_end
/// reads its letters, lead bytes, and stops at either with no dot to keep); any other word is
/// left to word_end, which resumes after the letters read. An ASCII byte that is no letter
/// or digit (a comma a gap steps over) is a word of one byte to word_end.
BOOST_FORCEINLINE std::size_t plain_word_end(std::string_view t, std::size_t i, std::size_t end) {
    std::size_t j = i;
    if (j < end && is_upper(t[j])) ++j;
    j = lower_run_end(t, j, end);
    if (j > i) {
        if (j < end && (t[j] == ' ' || t[j] == ',')) return j;
    } else if (j < end && static_cast<unsigned char>(t[j]) < 0x80 && !is_word_byte(static_cast<unsigned char>(t[j]))) {
        return j + 1;
    }
    return word_end(t, i, end, j);
}

struct word_class {
    char tag;
    reference ref;
};

/// What the grammar knows of a word by its spelling alone: its closed class (tag and
/// reference), whether it is a preposition, and whether, capitalised, it starts a sentence
/// without naming anyone. One hash probe answers all three for the tagger's every word.
struct grammar_word {
    std::string_view word;
    std::uint64_t key = 0; ///< lead_key(word, 0)
    char tag = 'w';
    reference ref = reference::none;
    bool preposition = false;
    bool common_capital = false;
};

class grammar_words {
public:
    static const grammar_words& instance() {
        static const grammar_words words;
        return words;
    }
    /// `key` is lead_key(w, 0), which the tagger has at hand for every word (the lead of a
    /// word and of the word without its contraction are the same).
    BOOST_FORCEINLINE const grammar_word* find(std::string_view w, std::uint64_t key) const noexcept {
        if (!((keys_[(key >> 6) % key_words] >> (key & 63)) & 1)) return nullptr; // most words
        return probe(w, key);
    }

    /// The lexicon's lead index keeps, for the lead key of each word here, which word it is
    /// (lexicon_tables::lead_tables::word): 1 + the word's slot, or `shared` where words with
    /// different spellings have that key ("A" and "A."), or 0 for none.
    static constexpr std::uint16_t shared = 0xFFFF;
    template <typename F> void for_each_slot(F f) const {
        for (std::size_t i = 0; i < slots_.size(); ++i)
            if (!slots_[i].word.empty()) f(slots_[i], static_cast<std::uint16_t>(i + 1));
    }
    /// find with the lead index's `word` of `w`'s lead: no filter and no probe.
    BOOST_FORCEINLINE const grammar_word* find(std::string_view w, std::uint64_t key, std::uint16_t word) const noexcept {
        if (word == 0) return nullptr;
        if (word == shared) return probe(w, key);
        const grammar_word& g = slots_[word - 1u];
        return same_bytes(g.word, w) ? &g : nullptr;
    }

private:
    BOOST_FORCEINLINE const grammar_word* probe(std::string_view w, std::uint64_t key) const noexcept {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = static_cast<std::size_t>(key ^ (key >> 29)) & mask;; i = (i + 1) & mask) {
            const grammar_word& g = slots_[i];
            if (g.word.empty()) return nullptr;
            if (g.key == key && same_bytes(g.word, w)) return &g;
        }
    }
    /// The words are short: a loop, not a call of memcmp.
    static bool same_bytes(std::string_view a, std::string_view b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t k = 0; k < a.size(); ++k)
            if (a[k] != b[k]) return false;
        return true;
    }

    std::vector<grammar_word> slots_ = std::vector<grammar_word>(512);
    /// One bit per key of a word here (4096 bits, a few in a hundred set): the other words of
    /// a text are turned down by one load, before the slots are probed.
    static constexpr std::size_t key_words = 64;
    std::uint64_t keys_[key_words] = {};

    grammar_word& slot(std::string_view w) {
        const std::size_t mask = slots_.size() - 1;
        const std::uint64_t key = lead_key(w, 0);
        keys_[(key >> 6) % key_words] |= std::uint64_t{1} << (key & 63);
        std::size_t i = static_cast<std::size_t>(key ^ (key >> 29)) & mask;
        while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & mask;
        slots_[i].word = w;
        slots_[i].key = key;
        return slots_[i];
    }

    grammar_words() {
        // Closed-class words: the grammar's own vocabulary, not knowledge of the world.
        // Object pronouns (tag m) are never a subject, only "according to him".
        static constexpr struct { std::string_view w; char tag; reference ref; } closed[] = {
            {"he", 'P', reference::he}, {"He", 'P', reference::he}, {"she", 'P', reference::he},
            {"She", 'P', reference::he}, {"they", 'P', reference::they},
            {"They", 'P', reference::they}, {"we", 'W', reference::we}, {"We", 'W', reference::we},
            {"him", 'm', reference::he}, {"them", 'm', reference::they}, {"us", 'm', reference::we},
            {"me", 'm', reference::we}, {"I", 'W', reference::we}, {"both", 'D', reference::pair},
            {"Both", 'D', reference::pair}, {"is", 'b', reference::none},
            {"are", 'b', reference::none}, {"was", 'b', reference::none},
            {"were", 'b', reference::none}, {"be", 'b', reference::none},
            {"been", 'b', reference::none}, {"being", 'b', reference::none},
            {"am", 'b', reference::none}, {"remains", 'b', reference::none},
            {"remain", 'b', reference::none}, {"remained", 'b', reference::none},
            {"has", 'h', reference::none},
            {"have", 'h', reference::none}, {"had", 'h', reference::none},
            {"do", 'd', reference::none}, {"does", 'd', reference::none},
            {"did", 'd', reference::none}, {"would", 'd', reference::none},
            {"could", 'd', reference::none}, {"should", 'd', reference::none},
            {"may", 'd', reference::none}, {"might", 'd', reference::none},
            {"must", 'd', reference::none}, {"can", 'd', reference::none},
            {"not", 'n', reference::none}, {"never", 'n', reference::none},
            {"also", 'a', reference::none}, {"again", 'a', reference::none},
            {"Also", 'a', reference::none}, {"further", 'a', reference::none},
            {"once", 'a', reference::none}, {"still", 'a', reference::none},
            {"then", 'a', reference::none}, {"later", 'a', reference::none},
            {"meanwhile", 'a', reference::none}, {"too", 'a', reference::none},
            {"already", 'a', reference::none}, {"just", 'a', reference::none},
            {"now", 'a', reference::none}, {"all", 'a', reference::none},
            {"long", 'a', reference::none}, // "has long expressed interest in"
            // ("would nevertheless continue to cooperate", "would soon visit", "would instead seek")
            {"nevertheless", 'a', reference::none}, {"nonetheless", 'a', reference::none},
            {"soon", 'a', reference::none}, {"instead", 'a', reference::none},
            // ("The Government therefore rejects", "the ministry thus reiterates")
            {"therefore", 'a', reference::none}, {"thus", 'a', reference::none},
            // When, as an adverb between a subject and its verb: "Lavrov yesterday said".
            {"yesterday", 'a', reference::none}, {"today", 'a', reference::none},
            {"earlier", 'a', reference::none}, {"tonight", 'a', reference::none},
            {"that", 't', reference::none}, {"and", '&', reference::none},
            {"And", '&', reference::none}, {"by", 'y', reference::none},
            {"but", 'u', reference::none}, {"But", 'u', reference::none},
        };
        for (const auto& c : closed) {
            grammar_word& g = slot(c.w);
            g.tag = c.tag;
            g.ref = c.ref;
        }
        // Prepositions: an actor right after one is a place or an object, not a speaker. Not
        // "of": "the members of the Security Council" names the council as the speaker.
        static constexpr std::string_view prepositions[] = {
            "in", "at", "from", "to", "on", "against", "with", "for", "about", "over", "regarding",
            "towards", "toward", "into", "during", "between", "near", "across", "within", "without",
            "under", "upon",
        };
        for (auto w : prepositions) slot(w).preposition = true;
        // Words that start a sentence with a capital without naming anyone.
        static constexpr std::string_view common[] = {
            "The", "A", "An", "In", "On", "At", "This", "That", "These", "Those", "It", "There", "But",
            "And", "Or", "If", "When", "While", "Whilst", "Whereas", "Unless", "Once", "After", "Before", "As", "For", "With", "From", "By",
            "To", "Of", "His", "Her", "Their", "Our", "My", "Its", "Some", "Many", "Most", "All",
            "Any", "No", "Not", "He", "She", "They", "We", "Finally", "However", "Also", "Here", "Today", "Yesterday", "Thank",
            "Question", "Q", "A.", "What", "Who", "Why", "How", "Where", "Which", "First", "Second",
            "Third", "Well", "Yes", "So", "Now", "Then", "Although", "Because", "Since", "Until",
            "During", "Under", "Over", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Economic",
            // Sentence adverbs ("Meanwhile Ms Hutt said", "Earlier Tony Blair told"):
            "Meanwhile", "Earlier", "Later", "Yet", "Even", "Again", "Next", "Overall", "Separately",
            "Instead", "Indeed", "Still", "Only", "Nevertheless", "Nonetheless", "Moreover",
            "Furthermore", "Similarly", "Likewise", "Elsewhere", "Currently", "Recently", "Previously",
            "Initially", "Eventually", "Ultimately", "Tonight", "Tomorrow", "Besides",
            // Auxiliaries opening a question ("Does China support ...?"); not "Will", a name.
            "Does", "Do", "Did", "Is", "Are", "Was", "Were", "Would", "Can", "Could", "Should", "Has",
            "Have", "Had",
            // Time zones of a live page's timestamps ("09:12 GMT — Vieira opened the meeting"):
            "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "MSK", "JST", "IST",
        };
        for (auto w : common) slot(w).common_capital = true;
    }
};

/// "they’re", "we’ll", "I’m": the pronoun decides. `lead` is the length of the word's lead
/// run (lead_at): a word that is all lead has no contraction.
inline std::string_view without_contraction_suffix(std::string_view w) {
    static constexpr std::string_view suffixes[] = {"\xE2\x80\x99" "re", "\xE2\x80\x99" "ll",
        "\xE2\x80\x99" "ve", "\xE2\x80\x99" "m", "\xE2\x80\x99" "d", "'re", "'ll", "'ve", "'m", "'d"};
    for (std::string_view suffix : suffixes)
        if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix)
            return w.substr(0, w.size() - suffix.size());
    return w;
}

BOOST_FORCEINLINE std::string_view without_contraction(std::string_view w, std::size_t lead) {
    return lead >= w.size() ? w : without_contraction_suffix(w);
}

/// -ly adverbs ("strongly", "firmly", "repeatedly") may stand between a source and its cue.
BOOST_FORCEINLINE bool is_ly_adverb(std::string_view w) {
    return w.size() > 4 && w[w.size() - 2] == 'l' && w.back() == 'y' && is_lower(w[0]);
}

/// A word with its first letter in lower case ("Leaders" is "leaders", "Kingdom" "kingdom"),
/// for the word lists below, which are in lower case; a word of more than 15 bytes comes back
/// as it is. The view lives as long as the object.
class lowered_first {
public:
    explicit lowered_first(std::string_view w) noexcept : view_(w) {
        if (w.empty() || w.size() > sizeof buf_ || !is_upper(w[0])) return;
        std::memcpy(buf_, w.data(), w.size());
        buf_[0] = static_cast<char>(w[0] - 'A' + 'a');
        view_ = std::string_view(buf_, w.size());
    }
    lowered_first(const lowered_first&) = delete; // (the view may point into this object)
    lowered_first& operator=(const lowered_first&) = delete;
    std::string_view view() const noexcept { return view_; }

private:
    char buf_[15];
    std::string_view view_;
};

/// A word for a body's members together after its name ("EU leaders", "NATO allies", "ASEAN
/// foreign ministers"): through them the body speaks (members_of_body), and "the ministers"
/// to come are that body.
inline bool is_members_word(std::string_view w) noexcept {
    for (std::string_view m : {"leaders", "officials", "diplomats", "ministers", "members", "envoys", "negotiators",
                               "ambassadors", "delegates", "allies", "experts"})
        if (w == m) return true;
    return false;
}

/// The words by which a report names a state's side ("the government", "the country"): a
/// person speaks for it only from a state's office.
inline bool names_a_state_side(std::string_view w) noexcept {
    for (std::string_view n : {"government", "authorities", "administration", "ministry", "department", "country",
                               "nation", "kingdom", "republic", "state", "military", "army"})
        if (w == n) return true;
    return false;
}

/// The words by which a report names the speaker's own side after his saying ("Senegal said
/// the country would ...", "the ministry said the government would ...", "said the group would
/// challenge ..."): a state's side (names_a_state_side) or another body, in lower case. Not the
/// words for people ("officials") nor for a thing ("the plan", "prices").
inline bool is_own_side_noun(std::string_view w) noexcept {
    if (names_a_state_side(w)) return true;
    for (std::string_view n : {"agency", "embassy", "mission", "group", "organisation", "organization", "company", "party",
                               "alliance", "bloc", "union", "council", "commission", "committee", "federation",
                               "association", "charity", "coalition", "institutions", "secretariat", "presidency",
                               "chairmanship", "bureau", "movement", "forum", "board", "cabinet", "junta",
                               // (a state that names itself by its form: "the grand duchy would upgrade")
                               "duchy", "emirate", "sultanate", "principality", "confederation"})
        if (w == n) return true;
    return false;
}

/// A particle of a name, linking its parts: "bin", "al", "Al", "de", "van", "von", "da", "el",
/// "do" ("Hamood bin Saif Al Rawahi", "Ursula von der Leyen", "André Corrêa do Lago").
inline bool is_name_particle(std::string_view w) noexcept {
    switch (w.size()) {
    case 2: return w == "al" || w == "Al" || w == "de" || w == "da" || w == "el" || w == "du" || w == "la" || w == "di" ||
                   w == "do"; // ("André Corrêa do Lago")
    case 3: return w == "bin" || w == "ibn" || w == "van" || w == "von" || w == "der" || w == "den" || w == "del" ||
                   w == "dos" || w == "das";
    case 4: return w == "bint";
    default: return false;
    }
}

/// A name's part with the Arabic article in lower case: "al-Harbi", "el-Sisi", "ad-Din" (the
/// article, a hyphen, a capital).
inline bool is_arabic_article_name(std::string_view w) noexcept {
    return w.size() > 4 && w[2] == '-' && is_upper(w[3]) && w[0] >= 'a' && w[0] <= 'e' &&
           ((w[0] == 'a' && (w[1] == 'l' || w[1] == 'd' || w[1] == 'n' || w[1] == 's' || w[1] == 't' || w[1] == 'z')) ||
            (w[0] == 'e' && w[1] == 'l'));
}

/// An adverb of the way something is said, capitalised as a heading in Title Case writes it
/// ("Strongly Condemns", "Firmly Rejects", "Warmly Welcomes").
inline bool is_manner_adverb(std::string_view w) {
    static constexpr std::string_view adverbs[] = {
        "Strongly", "Firmly", "Sharply", "Categorically", "Vehemently", "Strenuously", "Roundly", "Fully",
        "Warmly", "Deeply", "Resolutely", "Unequivocally", "Publicly", "Jointly", "Openly", "Repeatedly",
        "Formally", "Officially", "Seriously", "Severely", "Highly", "Vigorously", "Emphatically", "Flatly",
        "Bitterly", "Angrily", "Cautiously", "Greatly", "Sincerely", "Heartily", "Profoundly", "Gravely",
        "Swiftly", "Promptly", "Utterly", "Totally", "Completely", "Unanimously", "Tacitly", "Explicitly"};
    for (std::string_view a : adverbs)
        if (w == a) return true;
    return false;
}

/// What a word is to the grammar, found by one lookup: its closed class, or 'w'.
struct word_facts {
    word_class cls{'w', reference::none};
    bool preposition = false;
};

/// The facts of `w`, whose word without its contraction is `bare`, where the grammar knows it as `g`.
BOOST_FORCEINLINE word_facts facts_of(std::string_view w, std::string_view bare, const grammar_word* g) {
    word_facts f;
    if (g) {
        if (g->tag != 'w') f.cls = {g->tag, g->ref};
        f.preposition = g->preposition && bare.size() == w.size();
    }
    if (f.cls.tag == 'w' && is_ly_adverb(bare)) f.cls = {'a', reference::none};
    return f;
}

/// `lead` is the word's lead (lead_at); `words` the grammar's words, which the tagger keeps.
BOOST_FORCEINLINE word_facts facts_of(std::string_view w, word_lead lead, const grammar_words& words) {
    const std::string_view bare = without_contraction(w, lead.length);
    return facts_of(w, bare, words.find(bare, lead.key));
}

/// The same with the lead index's `word` of the lead (grammar_words::for_each_slot): one probe
/// of that index tells the tagger both the tables and the word of the grammar a lead may be.
BOOST_FORCEINLINE word_facts facts_of(std::string_view w, word_lead lead, const grammar_words& words,
                                      std::uint16_t word) {
    const std::string_view bare = without_contraction(w, lead.length);
    return facts_of(w, bare, words.find(bare, lead.key, word));
}

inline word_facts facts_of(std::string_view w, word_lead lead) {
    return facts_of(w, lead, grammar_words::instance());
}

inline word_class classify_word(std::string_view w) { return facts_of(w, lead_at(w, 0)).cls; }

/// Words that start a sentence with a capital without naming anyone. `key` is lead_key(w, 0).
inline bool is_common_capitalised(std::string_view w, std::uint64_t key) {
    const grammar_word* g = grammar_words::instance().find(w, key);
    return g && g->common_capital;
}

/// Whether a word of a name follows the word that ends at `i`, one space between: a
/// capitalised word that does not open sentences ("Rapid Support Forces"; not "Said Nothing").
inline bool name_word_follows(std::string_view text, std::size_t i, std::size_t end) {
    if (i + 1 >= end || text[i] != ' ' || !is_upper(text[i + 1])) return false;
    const std::string_view next = text.substr(i + 1, plain_word_end(text, i + 1, end) - i - 1);
    return !is_common_capitalised(next, lead_key(next, 0));
}

/// A form of address that is no part of the name after it, with or without its dot ("Mr",
/// "Mrs.", "Dr", "Prof"): "Dr Fox" names Fox. (A text's "Sir Alex Ferguson" or "Lord
/// Falconer" keeps its title in the name: is_honorific knows those too.)
BOOST_FORCEINLINE bool is_form_of_address(std::string_view w) {
    if (w.size() < 2 || w.size() > 6) return false;
    if (w.back() == '.') w.remove_suffix(1);
    // (And India's: "Shri Randhir Jaiswal", "Smt. Nirmala Sitharaman"; a member of
    // parliament's in the Commonwealth: "Hon. Mphatso Banda"; the Gulf agencies' "His
    // Excellency" and "His Highness": "H.E. Sugiono", "H.H. Sheikh Abdullah".)
    return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" || w == "Prof" || w == "Shri" || w == "Smt" || w == "Hon" ||
           w == "H.E" || w == "H.H" || w == "H.R.H";
}

/// The last word of a news outlet's name, lower case, or a wire agency's: in a briefing's
/// transcript a turn labelled with it is a journalist's question ("Kyodo News:", "PTI:",
/// "Vietnam News Agency:"), no statement.
inline bool is_news_outlet_word(std::string_view w) noexcept {
    for (std::string_view n : {"news", "agency", "shimbun", "ilbo", "tv", "television", "radio", "times", "post",
                               "press", "daily", "herald", "broadcasting", "network", "channel", "newspaper", "journal",
                               "tribune", "gazette", "telegraph", "reuters", "afp", "ap", "bloomberg", "xinhua", "tass",
                               "pti", "ani", "cctv", "cgtn", "nhk", "bbc", "cnn", "kyodo", "yonhap", "anadolu", "efe",
                               "dpa", "novosti", "interfax", "sputnik", "izvestia", "kommersant", "irna", "kcna", "wam",
                               "bernama", "antara", "jazeera", "arabiya", "nikkei", "asahi", "yomiuri", "ansa", "lusa",
                               "euronews", "politico"})
        if (w == n) return true;
    return false;
}

/// A form of address before a name, with or without its dot, as written or in capitals
/// ("Mr", "MRS.", "Dr.", "Sir", "LORD"): no given name.
inline bool is_honorific(std::string_view w) {
    if (is_form_of_address(w)) return true;
    // (A title shortened with its dot, as a transcript labels a speaker: "AMB. NGIRAINGAS:",
    // "MIN. BAPTISTE:". Only with the dot: "Min Aung Hlaing" is a name.)
    if (w == "Amb." || w == "AMB." || w == "Min." || w == "MIN." || w == "Sec." || w == "SEC.") return true;
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    static constexpr std::string_view forms[] = {"Sir", "Dame", "Lord", "Lady", "MR", "MRS", "MS",
                                                 "DR",  "PROF", "SIR",  "DAME", "LORD", "LADY"};
    for (std::string_view f : forms)
        if (w == f) return true;
    return false;
}

/// A word that dates an office before its title ("former Prime Minister John Key", "acting
/// President ..."): part of the phrase that names the person, as "the" is.
inline bool dates_an_office(std::string_view w) noexcept {
    for (std::string_view d : {"former", "outgoing", "incoming", "acting", "interim", "caretaker"})
        if (w == d) return true;
    return false;
}

/// A peer's style, which with the title's territory or surname is the name a peer goes by
/// ("Lord Falconer", "Lady Hale").
inline bool is_peerage_style(std::string_view w) noexcept {
    return w == "Lord" || w == "Lady" || w == "LORD" || w == "LADY";
}

/// "the" and "both", the lower-case words word_at looks at by spelling and what follows.
BOOST_FORCEINLINE bool is_the_or_both(std::string_view w) {
    return spelled(w, "the") || spelled(w, "both");
}

inline bool is_calendar_word(std::string_view w) {
    static constexpr std::string_view names[] = {"January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December"};
    for (auto n : names)
        if (w == n) return true;
    return false;
}

inline bool digit_follows(std::string_view text, std::size_t i, std::size_t end) {
    while (i < end && text[i] == ' ') ++i;
    return i < end && text[i] >= '0' && text[i] <= '9';
}

/// The noun that ends the name of a place of nature ("the Taiwan Strait", "the South China
/// Sea", "the Korean Peninsula"): a state or people named before it names no actor there.
inline bool is_place_noun(std::string_view w) noexcept {
    static constexpr std::string_view nouns[] = {"Strait", "Straits", "Sea", "Gulf", "Peninsula", "River", "Island",
                                                 "Islands", "Ocean", "Bay", "Canal", "Coast", "Basin", "Valley",
                                                 "Desert", "Mountains", "Plateau", "Heights", "Strip"};
    for (auto n : nouns)
        if (w == n) return true;
    return false;
}

/// Whether the byte `c` may open a word of a name: a capital, or the lead byte of a letter
/// beyond ASCII ("Émile", "Øresund"); not 0xE2, which opens the marks and symbols of
/// U+2000-U+2FFF ("—", "€"), so "09:12 GMT — Vieira said" has no name "GMT \xE2".
constexpr bool may_open_name(unsigned char c) noexcept { return (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c != 0xE2); }

/// Whether a title is a diplomat's, for "the diplomat" or "the senior diplomat" after him: a
/// foreign minister or his deputy, an ambassador, an envoy, a secretary of state.
inline bool is_diplomats_title(std::string_view title) noexcept {
    for (std::string_view t : {"diplomat", "foreign minister", "ambassador", "envoy", "secretary of state",
                               "foreign secretary", "permanent representative", "high commissioner"})
        if (title.find(t) != std::string_view::npos) return true;
    return false;
}

/// Whether `w` names a day of the week.
inline bool is_weekday(std::string_view w) noexcept {
    static constexpr std::string_view days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (auto d : days)
        if (w == d) return true;
    return false;
}

/// Whether a day of the week, a month or a number opens the text at `i` (past spaces): "on
/// Friday", "on 5 March", "on March 5" say when, not what a cue is on.
inline bool date_follows(std::string_view text, std::size_t i, std::size_t end) {
    if (digit_follows(text, i, end)) return true;
    while (i < end && text[i] == ' ') ++i;
    if (i >= end || !is_upper(text[i])) return false;
    std::string_view w = text.substr(i, word_end(text, i, end) - i);
    if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) w.remove_suffix(2);
    return is_weekday(w) || is_calendar_word(w);
}

/// Whether the word at `i` is followed by no capitalised word: it would end a name there.
inline bool last_word_of_name(std::string_view text, std::size_t i, std::size_t end) {
    std::size_t j = word_end(text, i, end);
    while (j < end && text[j] == ' ') ++j;
    return j >= end || !is_upper(text[j]);
}

/// The words by which a title's role names a body, not a person (src/lexicon/titles.lex).
inline constexpr std::string_view body_words[] = {"ministry", "office", "department", "embassy", "mission",
                                                  "government", "administration", "service", "forces"};

/// A title whose role names a body, not a person ("foreign ministry", "embassy", "government"):
/// after a demonym or a state it is that state speaking (src/lexicon/titles.lex).
inline bool is_body_role(std::string_view role) {
    // A whole word of the role: "commissioner" holds "mission" and is a person.
    for (std::string_view w : body_words)
        for (std::size_t at = role.find(w); at != std::string_view::npos; at = role.find(w, at + 1))
            if ((at == 0 || role[at - 1] == ' ') && (at + w.size() == role.size() || role[at + w.size()] == ' '))
                return true;
    return false;
}

/// A role of a state's office ("prime minister", "ambassador", "press secretary"): whoever holds
/// it for a country the text names nobody of speaks for that state. (Not "actor" or
/// "archbishop": "the British actor" is no voice of Britain.)
inline bool is_state_office(std::string_view role) {
    for (std::string_view w : {"president", "minister", "premier", "chancellor", "secretary", "ambassador", "envoy",
                               "diplomat", "spokesperson", "king", "queen", "representative", "official", "delegate",
                               "high commissioner", "counterpart"})
        if (role.find(w) != std::string_view::npos) return true;
    return false;
}

/// A government minister's title ("foreign minister", "Minister of Trade", "prime minister"):
/// an office only a state gives, unlike a president's or a secretary's, which companies and
/// unions have too.
inline bool is_minister_title(std::string_view title) {
    return title.find("minister") != std::string_view::npos || title.find("Minister") != std::string_view::npos;
}

/// A person's title or a role of titles.lex that makes a spokesperson ("spokeswoman", "Kremlin
/// spokesman", "deputy spokesperson", "press secretary"); not a body ("spokesperson's office").
/// ("foreign ministry spokesperson" is one: only a body's word at its end makes a body.)
inline bool is_spokesperson_title(std::string_view title) {
    const std::size_t space = title.rfind(' ');
    return (title.find("spokes") != std::string_view::npos || title.find("press secretary") != std::string_view::npos) &&
           !is_body_role(space == std::string_view::npos ? title : title.substr(space + 1));
}

/// A word that names a body in any case ("Office", "MINISTRY", "government"): the words by
/// which is_body_role tells a body from a person.
inline bool is_body_noun(std::string_view w) {
    for (std::string_view body : body_words)
        if (equals_lower(w, body)) return true;
    return false;
}

/// The last words of a name that make it a body's ("Home Office", "Deutsche Bank", "Electoral
/// Commission", "BBC News"), in any case. Words that are also common surnames ("Court",
/// "Church") are not among them.
inline bool is_organization_head(std::string_view w) {
    if (is_body_noun(w)) return true; // "office", "ministry", "department", ...
    static constexpr std::string_view heads[] = {
        "bank", "council", "commission", "committee", "agency", "authority", "association", "community",
        "federation", "union", "party", "police", "corporation", "company", "group", "institute",
        "university", "college", "foundation", "organisation", "organization", "society", "board",
        "fund", "trust", "airlines", "airways", "records", "studios", "club", "league", "assembly",
        "parliament", "senate", "congress", "tribunal", "exchange", "news", "television", "radio",
        "treasury", "army", "international", "watch", // ("Amnesty International", "Human Rights Watch")
        // ("the Carter Center", "Mediterranean Rights Observatory", "Forum for Citizens' Rights",
        // "Coordination Headquarters for the Treatment of Prisoners of War", "Joint Chiefs of Staff")
        "center", "centre", "centers", "centres", "observatory", "network", "coalition", "alliance", "movement", "forum", "front",
        "initiative", "headquarters", "command", "directorate", "secretariat", "presidency", "chiefs", "chamber"};
    for (std::string_view h : heads)
        if (equals_lower(w, h)) return true;
    return false;
}

/// The word for an intergovernmental body's organ, in any case ("Commission", "Council",
/// "Secretariat", "Presidency"): after the body's name it is the body speaking ("the African
/// Union Commission"), and alone it is the body the text named last with that word.
inline bool is_body_organ(std::string_view w) {
    for (std::string_view organ : {"commission", "council", "secretariat", "presidency"})
        if (equals_lower(w, organ)) return true;
    return false;
}

/// The word after "the" that means a body named before ("the league", "the bloc", "the
/// alliance", "the council", "the mission", "the agency"), as the role of its description;
/// empty for any other word.
inline std::string_view body_word_after_the(std::string_view w) {
    for (std::string_view body : {"league", "bloc", "alliance", "council", "commission", "union", "mission", "agency"})
        if (w == body) return body;
    return {};
}

/// The role of titles.lex for a state's armed forces ("the Israeli military", "Pakistan's
/// army"): a body that speaks for its state, and after a name the name's last word.
inline bool is_armed_forces_role(std::string_view role) { return role == "armed forces"; }

/// Whether a role is a delegate's, who speaks for the state or body of his description ("the
/// representative of France", "the delegate for Brazil").
inline bool is_delegate_role(std::string_view role) {
    return role == "representative" || role == "delegate" || role == "permanent representative";
}

/// Whether a description's role is one of body_word_after_the's.
inline bool is_body_word_role(std::string_view role) { return !body_word_after_the(role).empty(); }

/// Whether a name ends in is_organization_head ("Electoral Commission", or "Commission"
/// alone): a body, not a person.
inline bool names_a_body(std::string_view name) {
    // ("State Committee for National Security", "Institute of Peace Studies": the head before
    // the name's " for " or " of " names the body.)
    for (std::string_view link : {" for ", " of ", " on "})
        if (const std::size_t at = name.find(link); at != std::string_view::npos) name = name.substr(0, at);
    const std::size_t space = name.rfind(' ');
    return is_organization_head(space == std::string_view::npos ? name : name.substr(space + 1));
}

/// Whether a capitalised word is one that ends a minister's or commissioner's portfolio
/// ("Foreign Affairs", "Trade Policy", "International Partnerships", "the Pacific"): no part
/// of the holder's name that runs on after it.
inline bool is_portfolio_word(std::string_view w) {
    for (std::string_view p : {"Affairs", "Trade", "Policy", "Development", "Cooperation", "Co-operation", "Relations",
                               "Partnerships", "Security", "Defence", "Defense", "Finance", "Health", "Energy", "Justice",
                               "Environment", "Climate", "Economy", "Industry", "Education", "Agriculture", "Transport",
                               "Interior", "Migration", "Enlargement", "Neighbourhood", "Pacific", "Mediterranean",
                               "Europe", "Asia", "Africa", "Americas", "Arctic", "Commonwealth", "Investment", "Commerce",
                               "Planning", "Action", "Aid", "Rights", "Integration"})
        if (w == p) return true;
    return false;
}

/// Whether capitalised words the lexicon does not know name a person in full: two words or
/// more that name no body ("Felix Tshisekedi", not "Political Bureau" of a party's).
inline bool names_a_person_in_full(std::string_view name) {
    return name.find(' ') != std::string_view::npos && !names_a_body(name);
}

/// "she" or "She": the "he" reference (reference::he) that means a woman.
BOOST_FORCEINLINE bool is_she(std::string_view w) noexcept { return spelled(w, "she") || spelled(w, "She"); }

/// A person's sex as a text shows it, where it does (for "he" and "she").
enum class sex : std::uint8_t { unknown, male, female };

/// What a person's mention shows of the person's sex: its form of address ("Ms Hewitt", "Mr
/// Howard", "Baroness Scotland", "Sir Alan") or a title that says it ("spokeswoman",
/// "spokesman").
inline sex shown_sex(std::string_view mention, std::string_view title) {
    // (As is_honorific reads a form of address: with or without its dot, as written or in capitals.)
    std::string_view first = mention.substr(0, mention.find(' '));
    if (!first.empty() && first.back() == '.') first.remove_suffix(1);
    static constexpr std::string_view women[] = {"ms", "mrs", "miss", "baroness", "lady", "dame", "queen", "princess", "madam"};
    static constexpr std::string_view men[] = {"mr", "sir", "lord", "king", "prince"};
    for (std::string_view w : women)
        if (equals_lower(first, w)) return sex::female;
    for (std::string_view m : men)
        if (equals_lower(first, m)) return sex::male;
    if (title.find("woman") != std::string_view::npos) return sex::female;
    if (title.find("spokesman") != std::string_view::npos || title.find("chairman") != std::string_view::npos) return sex::male;
    return sex::unknown;
}

/// A word that opens a clause of its own ("while", "which", "as", "if"), in any case: what
/// stands after it is no modifier of what came before.
inline bool opens_a_clause(std::string_view w) {
    static constexpr std::string_view words[] = {"while", "whilst", "when", "where", "which", "who", "whom",
        "whose", "what", "how", "why", "as", "if", "because", "since", "although", "though", "unless", "until",
        "whether", "so", "but", "or", "than", "after", "before", "once", "like", "with"};
    for (std::string_view o : words)
        if (equals_lower(w, o)) return true;
    return false;
}

/// A cue of saying what happened, in any form ("say", "confirmed", "mention", "comment"), not
/// of a view ("believe", "suggest"): denied ("did not say whether ..."), nothing was said.
inline bool tells_what(std::string_view cue) {
    const std::string_view w = cue.substr(0, cue.find(' '));
    for (std::string_view stem : {"say", "said", "confirm", "mention", "comment", "explain", "specify", "specified",
                                  "disclose", "reveal", "elaborate", "detail"})
        if (w.size() >= stem.size() && equals_lower(w.substr(0, stem.size()), stem)) return true;
    return false;
}

/// A capitalised preposition that opens a sentence with a phrase of place or time ("In
/// Beijing, ...", "At the UN, ..."), not one that may open a clause ("After Lavrov spoke").
inline bool opens_with_preposition(std::string_view w) {
    for (std::string_view p : {"In", "At", "On", "From", "For", "With", "During", "Near", "Outside", "Inside", "Across",
                               "Throughout", "Under", "Within", "Despite", "Beyond", "Against", "Among", "Amid", "Via"})
        if (w == p) return true;
    return false;
}

/// Whether `w` has capitals and no small ASCII letter ("KULEBA", "SZIJJÁRTÓ").
inline bool in_capitals_only(std::string_view w) {
    bool capital = false;
    for (char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        capital = capital || (c >= 'A' && c <= 'Z');
    }
    return capital;
}

/// Words in capitals as a name is written ("KULEBA" is "Kuleba", "SZIJJÁRTÓ" "Szijjártó", "NEW
/// DELHI" "New Delhi"): the letters after each word's first made small, ASCII and the accented
/// capitals of Latin-1.
inline std::string capitalised(std::string_view w) {
    std::string out(w);
    for (std::size_t i = 1; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (out[i - 1] == ' ' || out[i - 1] == '-') continue; // a word's first letter
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // U+00C0..U+00DE but U+00D7 (x) are the capitals of U+00E0..U+00FE.
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

/// Whether a cue names each side's act against the other at once ("traded accusations",
/// "exchange blame", "accused each other", "blamed one another"), given the cue and the text
/// after it: a form of "trade" or "exchange" opening the cue, or "each other" or "one another"
/// right after it. Event data codes such an act as one event a side, each aimed at the other.
inline bool is_reciprocal_act(std::string_view cue, std::string_view after) {
    const std::string_view w = cue.substr(0, cue.find(' '));
    if (w.size() != cue.size())
        for (std::string_view stem : {"trade", "trading", "exchang"})
            if (w.size() >= stem.size() && equals_lower(w.substr(0, stem.size()), stem)) return true;
    const std::size_t from = after.find_first_not_of(' ');
    if (from == std::string_view::npos) return false;
    after.remove_prefix(from);
    for (std::string_view each : {"each other", "one another"})
        if (after.substr(0, each.size()) == each && (after.size() == each.size() || !is_word_byte(static_cast<unsigned char>(after[each.size()]))))
            return true;
    return false;
}

/// Whether a cue phrase opens with a form of "tell" ("told", "Tells", "telling reporters"):
/// its object is the one told, not a speaker.
inline bool is_tell(std::string_view cue) {
    const std::string_view w = cue.substr(0, cue.find(' '));
    return equals_lower(w, "told") || equals_lower(w, "tells") || equals_lower(w, "tell") || equals_lower(w, "telling");
}

/// Whether `name` ends in the words `tail` after a word of its own ("Earlier Tony Blair" in
/// "Tony Blair", "Michael Howard" in "Howard"): a longer name of the same person or surname.
inline bool ends_in_words(std::string_view name, std::string_view tail) noexcept {
    return name.size() > tail.size() + 1 && name.substr(name.size() - tail.size()) == tail &&
           name[name.size() - tail.size() - 1] == ' ';
}

/// Whether `name` holds `part` as whole words: "EU foreign policy chief Kaja Kallas" holds
/// "EU", "EUROPOL chief" does not.
inline bool holds_words(std::string_view name, std::string_view part) noexcept {
    if (part.empty()) return false;
    for (std::size_t at = name.find(part); at != std::string_view::npos; at = name.find(part, at + 1)) {
        const std::size_t end = at + part.size();
        if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ' || name[end] == '\'')) return true;
    }
    return false;
}

/// "its", "his", "their": a determiner that makes the word after it a noun.
/// A determiner after which a cue's word is a noun, as after a possessive: "called those
/// demands an ultimatum", "rejected the demands", "such warnings".
inline bool is_noun_determiner(std::string_view w) noexcept {
    return w == "the" || w == "The" || w == "those" || w == "these" || w == "such" || w == "Those" || w == "These" ||
           w == "Such";
}

inline bool is_possessive_determiner(std::string_view w) noexcept {
    if (w.size() < 2 || w.size() > 5) return false;
    return w == "its" || w == "his" || w == "her" || w == "their" || w == "our" || w == "my" || w == "your" ||
           w == "Its" || w == "His" || w == "Her" || w == "Their" || w == "Our" || w == "My" || w == "Your";
}

/// Whether English news writes the names of a country's people family name first ("Xi
/// Jinping", "Kim Jong Un", "Hun Sen"), so that the name alone is the first word ("Xi said").
inline bool family_name_first(std::string_view country) noexcept {
    return country == "CHN" || country == "TWN" || country == "HKG" || country == "MAC" || country == "PRK" ||
           country == "KOR" || country == "KHM";
}

/// What the given name of a person's full name shows of the person's sex, where the lexicon
/// lists that name ("Patricia Hewitt": female): its first word, unless the person's country
/// writes the family name first (the lexicon lists none of those countries' given names). A
/// name of one word has no given name to read.
inline sex given_name_sex(const lexicon_tables& t, std::string_view full_name, std::string_view country) {
    const std::size_t space = full_name.find(' ');
    if (space == std::string_view::npos || family_name_first(country)) return sex::unknown;
    const std::uint32_t* i = t.given_names.find(full_name.substr(0, space));
    if (!i) return sex::unknown;
    return t.entries.given_names[*i].sex == given_sex::female ? sex::female : sex::male;
}

/// A spokesperson's word ("spokesman", "spokeswomen"): "a spokesman for the ministry" and "the
/// Kremlin spokesman" speak for their body.
inline bool is_spokesperson(std::string_view w) {
    if (w.size() < 9 || w.substr(0, 6) != "spokes") return false;
    const std::string_view rest = w.substr(6);
    return rest == "man" || rest == "woman" || rest == "person" || rest == "men" || rest == "women" || rest == "people";
}

/// Heads of an "X of ACTOR" phrase through which the actor itself speaks.
inline bool speaks_for(std::string_view head) {
    static constexpr std::string_view words[] = {"members", "member", "head", "heads", "leader",
        "leaders", "leadership", "government", "representative", "representatives", "delegation",
        "delegations", "ministers", "envoy", "envoys", "officials", "presidents", "Members", "Head",
        "Leaders", "Government"};
    for (auto w : words)
        if (head == w) return true;
    return is_spokesperson(head);
}

/// Descriptions that refer back to the two actors in the news.
/// `w` spelled `word` (a lower-case literal), or so with a capital first letter ("Ministers"
/// of a formal text: "The two Ministers shared the view").
template <std::size_t N> BOOST_FORCEINLINE bool spelled_or_capitalised(std::string_view w, const char (&word)[N]) noexcept {
    return w.size() == N - 1 && (w[0] == word[0] || w[0] == word[0] - ('a' - 'A')) && w.substr(1) == word + 1;
}

/// Whether a description of a pair ends in a noun for persons ("the two men", "the leaders",
/// "both presidents"), not for states or sides.
inline bool names_persons(std::string_view description) noexcept {
    const std::string_view noun = description.substr(description.rfind(' ') + 1);
    return spelled(noun, "men") || spelled_or_capitalised(noun, "leaders") || spelled_or_capitalised(noun, "presidents") ||
           spelled_or_capitalised(noun, "ministers") || spelled(noun, "diplomats");
}

/// Whether a description of a pair is the parties to a text ("The Parties", "the Sides").
inline bool names_parties(std::string_view description) noexcept {
    const std::string_view noun = description.substr(description.rfind(' ') + 1);
    return spelled_or_capitalised(noun, "parties") || spelled(noun, "Sides");
}

/// Whether a description of a pair ends in a noun for states ("the two countries", "both
/// nations"), not for persons or sides.
inline bool names_states(std::string_view description) noexcept {
    const std::string_view noun = description.substr(description.rfind(' ') + 1);
    return spelled(noun, "countries") || spelled(noun, "nations") || spelled(noun, "states") || spelled(noun, "governments");
}

/// How many a description counts ("the three countries": 3; "both sides": 2), 0 where it
/// says no number.
inline std::size_t counted_in(std::string_view description) noexcept {
    for (std::size_t at = 0, next; at < description.size(); at = next + 1) {
        next = std::min(description.find(' ', at), description.size());
        const std::string_view w = description.substr(at, next - at);
        if (spelled_or_capitalised(w, "two") || spelled_or_capitalised(w, "both")) return 2;
        if (spelled_or_capitalised(w, "three")) return 3;
        if (spelled_or_capitalised(w, "four")) return 4;
    }
    return 0;
}

BOOST_FORCEINLINE bool is_pair_noun(std::string_view w) {
    switch (w.size()) { // most words have a length none of these has
    case 3: return spelled(w, "duo") || spelled(w, "men");
    case 5: return spelled_or_capitalised(w, "sides");
    case 7:
        return spelled_or_capitalised(w, "leaders") || spelled_or_capitalised(w, "parties") || spelled(w, "nations") ||
               spelled(w, "members");
    case 9: return spelled(w, "countries") || spelled_or_capitalised(w, "ministers") || spelled(w, "diplomats");
    case 10: return spelled_or_capitalised(w, "presidents");
    case 11: return spelled(w, "governments");
    default: return false;
    }
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
