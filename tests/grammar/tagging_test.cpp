// The tagger (detail/tagging.hpp): the tags it gives sentences of each kind of word it handles
// (plain words, words of the grammar, cues with and without a gap, "the" phrases, titles and
// names, numbers, contractions, headlines matched lower-cased, sentences cut inside a word),
// the tag string agreeing with the units, and word_end against a byte-at-a-time reading.
#include "printers.hpp"

#include <communique/communique.hpp>
#include <communique/detail/tagging.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace bdata = boost::unit_test::data;
namespace detail = communique::detail;

namespace {

struct row {
    const char* text;
    const char* tags;        ///< as written
    const char* lowered;     ///< cue words matched in a lower-cased view (headlines)
    const char* cut;         ///< the sentence's last three bytes left out
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.text; }
};

// Each row's tags are what the tagger gave before it was made faster (commit 1b9d1e7).
const row rows[] = {
    {"Russian Foreign Minister Sergei Lavrov said on Monday that the talks had failed.",
     "NSpwtwwhs.", "NSpwtwwhs.", "NSpwtwwhw"},
    {"The two sides agreed to meet again in Geneva.", "DVwapC.", "DVwapC.", "DVwapC"},
    {"Mr. Tillerson strongly condemned the attack, calling it a crime.", "NVww,wwww.", "NVww,wwww.",
     "NVww,wwww"},
    {"The minister expressed deep concern about the 1,400 refugees.", "DVww,ww.", "DVww,ww.", "DVww,ww"},
    {"They\xE2\x80\x99re going to respond, she told reporters in Moscow.", "Pwpw,PSwpo.", "Pwpw,PSwpo.",
     "Pwpw,PSwpC"},
    {"Ban Ki-moon\xE2\x80\x99s statement was welcomed by both sides.", "GwbVyD.", "GwbVyD.", "GwbVyDw"},
    {"It was agreed that the US and Russian sides would continue talks.", "wbVNdww.", "wbVNdww.", "wbVNdww"},
    {"In a statement, the Kremlin said Putin had spoken with Theresa May.", "O,NSNhwpo.", "O,NSNhwpo.",
     "O,NSNhwpo"},
    {"Labour plans maternity pay rise", "wwwww", "wwwww", "wwwww"},
    {"Trump, Putin Release Joint Statement On Syria", "N,CwN", "N,NVwN", "N,CwC"},
};

std::string tags_of(std::string_view text, communique::span s, std::string_view cue_text = {}) {
    static const detail::tagger tagger(communique::lexicon::builtin().tables());
    const auto no_quotes = [](std::size_t, char guess) { return guess; };
    detail::tagged_sentence out;
    tagger.tag_into(out, text, s, no_quotes, cue_text);
    // The tag string is the units' tags.
    BOOST_TEST_REQUIRE(out.tags.size() == out.units.size());
    for (std::size_t k = 0; k < out.units.size(); ++k) BOOST_TEST_REQUIRE(out.tags[k] == out.units[k].tag);
    return out.tags;
}

/// word_end as it read a word before it skipped word bytes eight at a time.
std::size_t reference_word_end(std::string_view t, std::size_t i, std::size_t end) {
    std::size_t j = i;
    while (j < end) {
        const unsigned char c = static_cast<unsigned char>(t[j]);
        if (detail::is_word_byte(c)) {
            std::size_t len = 1;
            if (c >= 0x80 && detail::mark_at(t, j, len) != 0) {
                if (detail::mark_at(t, j, len) == '\'' && j + len < end &&
                    detail::is_word_byte(static_cast<unsigned char>(t[j + len])) && j > i) {
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
            detail::is_word_byte(static_cast<unsigned char>(t[j + 1])) && !(c == '.' && detail::is_space_at(t, j + 1))) {
            ++j;
            continue;
        }
        break;
    }
    if (j < end && t[j] == '.' && j > i) {
        const std::string_view w = t.substr(i, j - i);
        if (w.find('.') != std::string_view::npos || w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" ||
            w == "St" || w == "Gen" || w == "Sen" || w == "Rep" || w == "Gov" || w == "Prof")
            ++j;
    }
    return j == i ? i + 1 : j;
}

} // namespace

BOOST_AUTO_TEST_SUITE(tagging)

BOOST_DATA_TEST_CASE(each_kind_of_word_keeps_its_tags, bdata::make(rows), r) {
    const std::string text = r.text;
    std::string lowered = text;
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    BOOST_TEST(tags_of(text, {0, text.size()}) == r.tags);
    BOOST_TEST(tags_of(text, {0, text.size()}, lowered) == r.lowered);
    BOOST_TEST(tags_of(text, {0, text.size() - 3}) == r.cut);
}

// A word's end, read with its lead skipped eight bytes at a time, is where a byte-at-a-time
// reading ends it: inner apostrophes (' and ’), hyphens and dots, marks, no-break spaces,
// abbreviations, and a sentence's end anywhere.
BOOST_AUTO_TEST_CASE(a_word_ends_where_it_did_byte_by_byte) {
    static const std::string_view pieces[] = {"a", "Z", "7", "said", "Lavrov", "international", " ", ".", ". ",
        "'", "-", ",", "Mr", "U.S", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x94", "\xC2\xA0", "\xC2\xAB",
        "\xC3\xA9", "\xE2\x82\xAC", "\xE2", "\x80"};
    std::uint64_t state = 2024;
    auto next = [&state](std::uint64_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    };
    std::size_t checked = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        const std::size_t pieces_in = 1 + next(10);
        for (std::size_t k = 0; k < pieces_in; ++k) text += pieces[next(std::size(pieces))];
        for (std::size_t i = 0; i < text.size(); ++i)
            for (std::size_t end = i + 1; end <= text.size(); ++end) {
                const std::size_t expected = reference_word_end(text, i, end);
                BOOST_TEST_REQUIRE(detail::word_end(text, i, end) == expected, "at " << i << " to " << end << " of " << text);
                // A caller with the lead at hand starts after it.
                const std::size_t from = std::min(i + detail::lead_at(text, i).length, end);
                BOOST_TEST_REQUIRE(detail::word_end(text, i, end, from) == expected, "from the lead at " << i << " of " << text);
                ++checked;
            }
    }
    BOOST_TEST(checked > 100000u);
}

BOOST_AUTO_TEST_SUITE_END()
