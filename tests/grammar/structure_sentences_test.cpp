// Sentences of communique/structure.hpp: where parse_structure ends a sentence and where it
// does not (abbreviations, initials, decimals, times, ellipses, quotations, bullets).
#include "fixtures.hpp"
#include "printers.hpp"

#include <communique/detail/structure_scan.hpp>
#include <communique/grammar/structure/structure.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {
struct row {
    const char* text;
    const char* sentences; ///< the expected sentences, joined by " | "
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.text; }
};

std::string sentences_of(const std::string& text) {
    const auto st = communique::parse_structure(text);
    std::string out;
    for (const auto& s : st.sentences) {
        if (!out.empty()) out += " | ";
        out += std::string(s.where.in(text));
    }
    return out;
}

const row splits[] = {
    {"He left. She stayed.", "He left. | She stayed."},
    {"Is it over? Yes! It is.", "Is it over? | Yes! | It is."},
    {"Mr. Lavrov met Mrs. Smith and Dr. Jones.", "Mr. Lavrov met Mrs. Smith and Dr. Jones."},
    {"Gen. Dunford, Sen. McCain and Gov. Brown spoke.",
     "Gen. Dunford, Sen. McCain and Gov. Brown spoke."},
    {"John F. Kennedy was president.", "John F. Kennedy was president."},
    {"Growth was 3.5 percent. It fell.", "Growth was 3.5 percent. | It fell."},
    {"It began at 12:42 p.m. EDT on Monday.", "It began at 12:42 p.m. EDT on Monday."},
    {"U.S. Ambassador to the U.N. Nikki Haley spoke.",
     "U.S. Ambassador to the U.N. Nikki Haley spoke."},
    {"He flew to the U.S. The talks began.", "He flew to the U.S. | The talks began."},
    {"It was signed on Jan. 5 in Paris.", "It was signed on Jan. 5 in Paris."},
    // The longest abbreviations are still looked up (a longer word is not: longest_abbreviation).
    {"It weighs approx. Ten tons. Messrs. Smith and Jones came.",
     "It weighs approx. Ten tons. | Messrs. Smith and Jones came."},
    {"They met the Messrss. Then they left.", "They met the Messrss. | Then they left."},
    {"Resolution No. 2401 passed.", "Resolution No. 2401 passed."},
    {"Russia vs. the West, e.g. sanctions, i.e. pressure.",
     "Russia vs. the West, e.g. sanctions, i.e. pressure."},
    {"“We will respond.” he said.", "“We will respond.” he said."},
    {"“We will respond,” he said. “Rest assured.” Then he left.",
     "“We will respond,” he said. | “Rest assured.” | Then he left."},
    {"\"It is over.\" Then silence.", "\"It is over.\" | Then silence."},
    {"I hope to go there… I hope so.", "I hope to go there… | I hope so."},
    {"Wait… and see.", "Wait… and see."},
    {"He paused... Then he spoke.", "He paused... | Then he spoke."},
    {"Here are the points:\n  • Sanctions stay\n  • Talks go on",
     "Here are the points: | Sanctions stay | Talks go on"},
    {"First line\n\nSecond line.", "First line | Second line."},
    {"The end. ", "The end."},
    {"\xC2\xA0 Padded sentence.\xC2\xA0", "Padded sentence."},
};
} // namespace

BOOST_AUTO_TEST_SUITE(structure_sentences)

BOOST_DATA_TEST_CASE(sentence_boundaries, bdata::make(splits), r) {
    BOOST_TEST(sentences_of(r.text) == std::string(r.sentences));
}

// abbreviation_words and longest_abbreviation read the arrays the abbreviation table is built
// from: every word listed is one the built rule reads to its stop, and the longest is theirs.
BOOST_AUTO_TEST_CASE(longest_abbreviation_is_that_of_the_built_table) {
    namespace g = communique::grammar::structure;
    std::size_t longest = 0;
    const auto words = g::abbreviation_words();
    BOOST_TEST_REQUIRE(words.size() > 50u);
    for (const std::string& w : words) {
        longest = std::max(longest, w.size());
        const std::string text = w + ".";
        const char* first = text.data();
        g::ast::abbreviation kind{};
        BOOST_TEST((boost::spirit::x3::parse(first, text.data() + text.size(), g::abbreviation(), kind) &&
                    first == text.data() + text.size()),
                   '"' << w << "\" is listed but the rule does not read it");
    }
    BOOST_TEST(g::longest_abbreviation() == longest);
}

// full_stop_ends asks rule abbreviation about the word before a full stop only when
// abbreviation_heads lets the word by: every word the rule reads to its stop must pass. The
// table's words, each with a byte more or less, every word of one to three letters, and every
// word before a full stop in the dev corpus; plain words must fail, or the look saves nothing.
BOOST_AUTO_TEST_CASE(the_abbreviation_look_passes_every_word_the_rule_reads) {
    namespace cd = communique::detail::_structure;
    namespace g = communique::grammar::structure;
    const auto words = g::abbreviation_words();
    BOOST_TEST_REQUIRE(words.size() > 50u);
    const cd::abbreviation_heads heads(words);
    const auto rule_reads = [](const std::string& word) {
        const std::string text = word + ".";
        const char* first = text.data();
        g::ast::abbreviation kind{};
        return boost::spirit::x3::parse(first, text.data() + text.size(), g::abbreviation(), kind)
               && first == text.data() + text.size();
    };
    std::size_t checked = 0, turned_down = 0;
    const auto check = [&](const std::string& word) {
        ++checked;
        if (heads.may_be(word.data(), word.size())) return;
        ++turned_down;
        BOOST_TEST(!rule_reads(word), '"' << word << "\" is read by the rule but turned down");
    };
    for (const std::string& w : words) {
        BOOST_TEST(rule_reads(w), w);
        check(w);
        check(w + "s");
        check(w.substr(1));
        check(w.substr(0, w.size() - 1));
    }
    std::string letters;
    for (char c = 'a'; c <= 'z'; ++c) letters += {c, static_cast<char>(c - 'a' + 'A')};
    letters += ".'";
    for (const char a : letters) {
        check(std::string{a});
        for (const char b : letters) {
            check(std::string{a, b});
            for (const char c : std::string("aeiorstAEIOST.'")) check(std::string{a, b, c});
        }
    }
    if (fixtures::have_dev_corpus()) {
        for (const auto& entry : std::filesystem::directory_iterator(fixtures::dev_corpus())) {
            if (entry.path().extension() != ".txt") continue;
            const std::string text = fixtures::read_file(entry.path());
            for (std::size_t dot = text.find('.'); dot != std::string::npos; dot = text.find('.', dot + 1)) {
                std::size_t t = dot;
                while (t > 0 && dot - t < 12 && text[t - 1] != ' ' && text[t - 1] != '\n') --t;
                for (std::size_t from = t; from < dot; ++from) check(text.substr(from, dot - from));
            }
        }
    }
    BOOST_TEST(turned_down > checked / 2);
    BOOST_TEST(!heads.may_be("said", 4));
    BOOST_TEST(heads.may_be("Mr", 2));
}

// word_before_stop (one look-up a byte, full stops noted on the way) must give the start and
// the dotted flag of its byte-at-a-time definition: random runs of letters, full stops,
// apostrophes and other bytes (some above 0x7F), every stop position, every `from` close to
// it and the 24-byte bound on both sides.
BOOST_AUTO_TEST_CASE(the_word_before_a_stop_matches_the_byte_by_byte_definition) {
    namespace cd = communique::detail::_structure;
    std::mt19937 rng(20261129);
    const std::string alphabet = "abzAZ..''  ,-(9\x80\xE2\xC3qM";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(1, 60);
    std::size_t dotted_words = 0;
    for (int round = 0; round < 600; ++round) {
        std::string text(length(rng), 'x');
        for (char& c : text) c = alphabet[pick(rng)];
        if (round % 3 == 0) text = std::string(30, 'a') + text; // past the 24-byte bound
        const auto* base = reinterpret_cast<const unsigned char*>(text.data());
        for (std::size_t dot = 0; dot < text.size(); ++dot) {
            for (std::size_t from = dot > 30 ? dot - 30 : 0; from <= dot; ++from) {
                bool want_dotted = false, got_dotted = true;
                const std::size_t want = cd::word_before_stop_reference(base, from, dot, want_dotted);
                const std::size_t got = cd::word_before_stop(base, from, dot, got_dotted);
                BOOST_TEST_REQUIRE(got == want, text << " dot " << dot << " from " << from);
                BOOST_TEST_REQUIRE(got_dotted == want_dotted, text << " dot " << dot << " from " << from);
                dotted_words += want_dotted;
            }
        }
    }
    BOOST_TEST(dotted_words > 1000u);
}

BOOST_AUTO_TEST_CASE(a_sentence_never_crosses_its_block) {
    const std::string text = "It was said that\n\nthe talks failed. Then more.";
    const auto st = communique::parse_structure(text);
    for (const auto& s : st.sentences) {
        BOOST_TEST_REQUIRE(s.block < st.blocks.size());
        BOOST_TEST(st.blocks[s.block].where.contains(s.where));
    }
    BOOST_TEST(st.sentences.size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_wrapped_line_joins_its_block) {
    const std::string text = "Sign up for daily updates about the most important\nstories today.\nNext.";
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.blocks.size() == 2u);
    BOOST_TEST(st.blocks[0].where == (communique::span{0, text.find("\nNext")}));
}

BOOST_AUTO_TEST_CASE(chrome_has_no_sentences) {
    const auto st = communique::parse_structure("Menu\n\nSearch\n\nThe talks ended.\n");
    BOOST_TEST(st.sentences.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_turn_sentence_keeps_its_label) {
    const std::string text = "Maria Zakharova: We caution the US. We mean it.";
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.sentences.size() == 2u);
    BOOST_TEST(std::string(st.sentences[0].where.in(text)) == "Maria Zakharova: We caution the US.");
}

// The scan jumps sixteen (or eight) bytes at a time to the next byte that may matter: stops and marks are
// found at every offset, and the bytes it lets by for nothing (# $ % &) change nothing.
BOOST_AUTO_TEST_CASE(stops_and_marks_are_found_at_every_offset) {
    for (std::size_t pad = 1; pad < 18; ++pad) {
        const std::string lead(pad, 'a');
        const std::string middle = "He said \"no\" and \xE2\x80\x98yes\xE2\x80\x99 #1 $2 %3 &4!";
        const std::string text = lead + " went. " + middle + " End";
        BOOST_TEST(sentences_of(text) == lead + " went. | " + middle + " | End", "pad " << pad);
        const auto st = communique::parse_structure(text);
        BOOST_TEST_REQUIRE(st.quotations.size() == 2u, "pad " << pad);
        BOOST_TEST(std::string(st.quotations[0].where.in(text)) == "\"no\"");
        BOOST_TEST(std::string(st.quotations[1].where.in(text)) == "\xE2\x80\x98yes\xE2\x80\x99");
    }
}

// Each way the pass has of finding the next hot byte (a stop, a quote, a lead byte of a
// curly mark) and the next NUL or non-ASCII byte must stop where the byte-at-a-time
// definition stops: from every start, over text of every length, with the bytes it must find
// and those it must let by (# $ % &, other non-ASCII) mixed in at random.
BOOST_AUTO_TEST_CASE(fast_byte_searches_stop_where_the_byte_loop_does) {
    namespace st = communique::detail::_structure;
    std::mt19937 rng(11);
    const std::string alphabet = std::string("abc XYZ 019,;#$%&()-\n\t.?!\"'") + "\xE2\xC2\xC3\x80\xA0\x9C\xFF" + std::string(1, '\0');
    for (int round = 0; round < 3000; ++round) {
        const std::size_t n = rng() % 80;
        std::vector<unsigned char> text(n);
        const std::size_t rare = 1 + rng() % 40; // sometimes dense, sometimes sparse
        for (auto& c : text)
            c = static_cast<unsigned char>(rng() % rare == 0 ? alphabet[rng() % alphabet.size()] : 'a' + rng() % 26);
        const unsigned char* const begin = text.data();
        const unsigned char* const end = begin + n;
        for (std::size_t from = 0; from <= n; ++from) {
            const unsigned char* p = begin + from;
            const auto want_any = st::next_stop_reference<false>(p, end) - begin;
            BOOST_TEST_REQUIRE(st::next_stop<false>(p, end) - begin == want_any);
            BOOST_TEST_REQUIRE(st::next_stop_swar<false>(p, end) - begin == want_any);
            const auto want_ascii = st::next_stop_reference<true>(p, end) - begin;
            BOOST_TEST_REQUIRE(st::next_stop<true>(p, end) - begin == want_ascii);
            BOOST_TEST_REQUIRE(st::next_stop_swar<true>(p, end) - begin == want_ascii);
            // The searches never pass a hot byte (the ASCII one none below 0x80).
            BOOST_TEST_REQUIRE(want_any <= st::next_hot_reference(p, end) - begin);
            BOOST_TEST_REQUIRE(st::next_unusual(p, end) - begin == st::next_unusual_reference(p, end) - begin);
        }
    }
}

// The stop sets hold every hot byte (and the ASCII set every hot byte below 0x80), so the
// scanner, which passes over any other byte it stops at, misses none.
BOOST_AUTO_TEST_CASE(the_stop_bytes_hold_every_hot_byte) {
    namespace st = communique::detail::_structure;
    for (unsigned c = 0; c < 256; ++c) {
        if (!st::hot_bytes.hot[c]) continue;
        BOOST_TEST(st::stop_bytes.any[c], c);
        BOOST_TEST((st::stop_bytes.ascii[c] || c >= 0x80), c);
    }
}

// A text without a byte above 0x7F is scanned with the ASCII stop set and white space tests:
// its blocks, sentences and quotations must be those the general scan finds, which a last
// paragraph with a non-ASCII letter makes the pass take (that paragraph, after a blank line,
// changes nothing before it). Random text dense in stops, quotes, the bytes let by, white
// space and line ends.
BOOST_AUTO_TEST_CASE(an_ascii_text_is_scanned_as_the_general_scan_does) {
    std::mt19937 rng(29);
    const std::string alphabet = "abc XYZ 019,;#$%&()-\n\t\r\f\v.?!\"'";
    const std::string words[] = {"Mr", "U.S", "He", "The", "e.g", "said", "No", "approx"};
    std::size_t quotes = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t n = 1 + rng() % 300;
        while (text.size() < n) {
            if (rng() % 5 == 0) text += words[rng() % std::size(words)];
            else if (rng() % 3 == 0) text += alphabet[rng() % alphabet.size()];
            else text += static_cast<char>('a' + rng() % 26);
        }
        const std::string marked = text + "\n\nEt\xC3\xA9 ends.";
        const auto plain = communique::parse_structure(text);
        const auto general = communique::parse_structure(marked);
        BOOST_TEST_REQUIRE(general.blocks.size() >= plain.blocks.size());
        for (std::size_t b = 0; b < plain.blocks.size(); ++b) {
            BOOST_TEST_REQUIRE((plain.blocks[b].kind == general.blocks[b].kind), text);
            BOOST_TEST_REQUIRE(plain.blocks[b].where == general.blocks[b].where);
            BOOST_TEST_REQUIRE(plain.blocks[b].body == general.blocks[b].body);
            BOOST_TEST_REQUIRE(plain.blocks[b].label == general.blocks[b].label);
        }
        const auto before = [&plain](const auto& list) {
            std::vector<std::remove_cv_t<std::remove_reference_t<decltype(list[0])>>> out;
            for (const auto& x : list)
                if (x.block < plain.blocks.size()) out.push_back(x);
            return out;
        };
        const auto ps = before(plain.sentences), gs = before(general.sentences);
        BOOST_TEST_REQUIRE(ps.size() == gs.size(), text);
        for (std::size_t k = 0; k < ps.size(); ++k) {
            BOOST_TEST_REQUIRE(ps[k].where == gs[k].where, text);
            BOOST_TEST_REQUIRE(ps[k].block == gs[k].block);
        }
        const auto pq = before(plain.quotations), gq = before(general.quotations);
        BOOST_TEST_REQUIRE(pq.size() == gq.size(), text);
        for (std::size_t k = 0; k < pq.size(); ++k) {
            BOOST_TEST_REQUIRE(pq[k].where == gq[k].where, text);
            BOOST_TEST_REQUIRE(pq[k].inner == gq[k].inner);
            BOOST_TEST_REQUIRE(pq[k].depth == gq[k].depth);
            BOOST_TEST_REQUIRE(pq[k].closed == gq[k].closed);
        }
        quotes += pq.size();
    }
    BOOST_TEST(quotes > 100u); // the texts do hold quotations
}

// is_ascii_space tests bits of one word: every byte value against the six it stands for.
BOOST_AUTO_TEST_CASE(ascii_white_space_is_the_six_bytes) {
    namespace st = communique::detail::_structure;
    const std::string six = " \t\n\v\f\r";
    for (unsigned c = 0; c < 256; ++c)
        BOOST_TEST(st::is_ascii_space(static_cast<unsigned char>(c)) == (six.find(static_cast<char>(c)) != std::string::npos), c);
}

// next_unusual over longer stretches, where it takes sixty-four bytes a turn: one NUL or
// non-ASCII byte (or none) at every place of a few hundred plain bytes, from starts at every
// alignment.
BOOST_AUTO_TEST_CASE(the_unusual_byte_search_stops_where_the_byte_loop_does_in_long_text) {
    namespace st = communique::detail::_structure;
    std::mt19937 rng(23);
    const unsigned char odd[] = {0x00, 0x80, 0xC3, 0xE2, 0xFF};
    for (int round = 0; round < 400; ++round) {
        const std::size_t n = 64 + rng() % 240;
        std::vector<unsigned char> text(n);
        for (auto& c : text) c = static_cast<unsigned char>(0x01 + rng() % 0x7F);
        if (rng() % 4 != 0) text[rng() % n] = odd[rng() % sizeof odd];
        const unsigned char* const begin = text.data();
        const unsigned char* const end = begin + n;
        for (std::size_t from = 0; from < 70 && from <= n; ++from) {
            const unsigned char* p = begin + from;
            BOOST_TEST_REQUIRE(st::next_unusual(p, end) - begin == st::next_unusual_reference(p, end) - begin);
        }
    }
}

// The line features that sort blocks read each word with a table of byte kinds: it must end
// the word where the byte-at-a-time definition does and mark the same things, for every byte
// value (all 256 appear), white space of every kind (ASCII, U+00A0, U+2009, U+3000, and
// bytes that only start like them), from every start, with marks carried over from before.
BOOST_AUTO_TEST_CASE(words_are_read_as_the_byte_loop_reads_them) {
    namespace st = communique::detail::_structure;
    std::mt19937 rng(19);
    const std::vector<std::string> pieces = {"\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF", "\xE3\x80\x80", "\xE2\x80\x99",
                                             "\xE2\x80\x8B", "\xC2\xAB", "\xE3\x80\x81", "a/B", "a/b", "1/B", "/B", "a/"};
    for (int round = 0; round < 4000; ++round) {
        const std::size_t n = rng() % 40;
        std::string text;
        while (text.size() < n) {
            const unsigned r = rng() % 8;
            if (r == 0) text += pieces[rng() % pieces.size()];
            else if (r == 1) text += static_cast<char>(rng() % 256);
            else if (r == 2) text += " ,|-.'\t\n"[rng() % 8];
            else text += static_cast<char>('a' + rng() % 26 - (rng() % 3 == 0 ? 32 : 0));
        }
        const auto* base = reinterpret_cast<const unsigned char*>(text.data());
        for (std::size_t from = 0; from <= text.size(); ++from) {
            for (std::size_t to = from; to <= text.size(); to += 1 + to % 3) {
                st::word_marks want, got;
                want.commas = got.commas = rng() % 3;
                want.pipe = got.pipe = rng() % 2;
                want.digit = got.digit = rng() % 2;
                BOOST_TEST_REQUIRE(st::read_word(base, from, to, got) == st::read_word_reference(base, from, to, want));
                BOOST_TEST_REQUIRE(got.commas == want.commas);
                BOOST_TEST_REQUIRE(got.pipe == want.pipe);
                BOOST_TEST_REQUIRE(got.slash == want.slash);
                BOOST_TEST_REQUIRE(got.digit == want.digit);
                BOOST_TEST_REQUIRE(got.letters == want.letters);
                BOOST_TEST_REQUIRE(got.any_letter == want.any_letter);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
