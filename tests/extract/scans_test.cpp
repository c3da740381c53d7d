// The engine's text scans against their plain forms: topics_in finds word starts sixteen bytes
// at a time and looks up only the words its filter of first bytes lets by, and in_capitals stops counting once the rest cannot change its answer. Both must
// give what a byte-by-byte scan gives, on any span of any text. So must the sentence passes'
// shortcuts: next_tag_in reads eight tags at a time, name_analysts skips units too far from a
// saying, a statement on the span of the one before takes its topics and times, and a
// quotation is tagged for a first person's cue no further than its last first person, and
// the first content signal of a range is searched for sixteen tags at a time.
#include <communique/communique.hpp>
#include <communique/detail/engine_window.hpp>
#include <communique/detail/sentence_rules.hpp>
#include <communique/detail/topic_filter.hpp>

#include "fixtures.hpp"
#include "printers.hpp"

#include <boost/core/bit.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {
namespace cd = communique::detail;

/// topics_in as a byte-by-byte scan: a lead is looked up at every word start.
std::vector<std::string> plain_topics(const cd::lexicon_tables& t, std::string_view text, communique::span where) {
    std::vector<std::string> out;
    std::size_t i = where.begin;
    const std::size_t end = std::min(where.end, text.size());
    bool at_word = true;
    while (i < end) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (at_word && cd::is_word_byte(c)) {
            if (auto m = cd::match_phrase(t.topics, text, i); m && i + m->length <= end) {
                const std::string& topic = t.entries.topics[m->index].topic;
                if (std::find(out.begin(), out.end(), topic) == out.end()) out.push_back(topic);
                i += m->length;
                at_word = false;
                continue;
            }
        }
        at_word = !cd::is_word_byte(c);
        ++i;
    }
    return out;
}

/// in_capitals counting every byte.
bool plain_capitals(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t upper = 0, lower = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        upper += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
    }
    return upper + lower > 8 && upper * 10 > (upper + lower) * 8;
}

/// Texts of topic words, their cased forms, marks that end and do not end a lead (no-break
/// space, curly quotes, an apostrophe, a hyphen), digits, invalid UTF-8 and a NUL.
std::string random_text(std::mt19937& rng, const std::vector<std::string>& words) {
    static const std::vector<std::string> bits = {
        " ", " ", ", ", ". ", "-", "'", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xA0",
        "\xE2\x82\xAC", "\xC3\xA9", "\xFF", std::string(1, '\0'), "42", "the", "THE", "Said", "x"};
    std::string text;
    const std::size_t n = rng() % 40;
    for (std::size_t k = 0; k < n; ++k) {
        if (rng() % 2) {
            std::string w = words[rng() % words.size()];
            if (rng() % 4 == 0)
                for (char& c : w) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
            else if (rng() % 4 == 0 && !w.empty() && w[0] >= 'a' && w[0] <= 'z')
                w[0] = static_cast<char>(w[0] - 'a' + 'A');
            text += w;
        } else {
            text += bits[rng() % bits.size()];
        }
    }
    return text;
}

/// Fewer than `longest` bytes, each drawn from `alphabet`.
std::string random_string(std::mt19937& rng, std::string_view alphabet, std::size_t longest) {
    std::string out;
    const std::size_t n = rng() % longest;
    for (std::size_t k = 0; k < n; ++k) out += alphabet[rng() % alphabet.size()];
    return out;
}

/// The first unit from `from` on tagged one of `set`, unit by unit.
std::size_t plain_next_tag_in(std::string_view set, std::string_view tags, std::size_t from) {
    for (std::size_t i = from; i < tags.size(); ++i)
        if (set.find(tags[i]) != std::string_view::npos) return i;
    return std::string::npos;
}

/// name_analysts as it read every unit: a commentator's word, an optional short "of" phrase,
/// then a saying or act cue.
void plain_name_analysts(std::string_view text, cd::tagged_sentence& ts) {
    if (ts.tags.find_first_of("SV") == std::string::npos) return;
    for (std::size_t i = 0; i < ts.tags.size(); ++i) {
        if (ts.tags[i] != 'w') continue;
        const std::string_view w = ts.units[i].where.in(text);
        if (w != "analysts" && w != "experts" && w != "observers" && w != "commentators") continue;
        std::size_t cue = i + 1;
        if (cue < ts.units.size() && ts.units[cue].where.in(text) == "of")
            while (cue < ts.units.size() && cue < i + 5 && ts.tags[cue] != 'S' && ts.tags[cue] != 'V' &&
                   std::string_view("wpo").find(ts.tags[cue]) != std::string_view::npos)
                ++cue;
        if (cue >= ts.units.size() || (ts.tags[cue] != 'S' && ts.tags[cue] != 'V')) continue;
        cd::sentence_rules::name_commentator(ts, i, cue, w);
    }
}

/// A sentence of random words, each its own unit with a random tag.
cd::tagged_sentence random_sentence(std::mt19937& rng, std::string& text) {
    static const std::vector<std::string> words = {"analysts", "experts", "observers", "commentators", "of",
                                                   "the", "US-Russia", "relations", "say", "said", "x"};
    static const std::string tags = "wwwwpoSSNV,J";
    cd::tagged_sentence ts;
    text.clear();
    const std::size_t n = rng() % 24;
    for (std::size_t k = 0; k < n; ++k) {
        const std::string& w = words[rng() % words.size()];
        cd::unit u;
        u.where = {text.size(), text.size() + w.size()};
        u.tag = tags[rng() % tags.size()];
        text += w + " ";
        ts.units.push_back(u);
        ts.tags += u.tag;
    }
    return ts;
}

/// A sentence of the words of `text` (split at spaces), tagged `tags`.
cd::tagged_sentence sentence_of(const std::string& text, const std::string& tags) {
    cd::tagged_sentence ts;
    for (std::size_t b = 0; b < text.size();) {
        const std::size_t e = std::min(text.find(' ', b), text.size());
        cd::unit u;
        u.where = {b, e};
        u.tag = tags[ts.units.size()];
        ts.units.push_back(u);
        b = e + 1;
    }
    ts.tags = tags;
    return ts;
}

/// The seed article and, where ../shared has it, the texts of the dev corpus.
std::vector<std::filesystem::path> seed_and_dev_texts() {
    std::vector<std::filesystem::path> files = {fixtures::seed_article()};
    if (fixtures::have_dev_corpus())
        for (const auto& f : std::filesystem::directory_iterator(fixtures::dev_corpus()))
            if (f.path().extension() == ".txt") files.push_back(f.path());
    return files;
}

/// A lexicon of the user's with topics only: phrases shorter than the filter's four bytes,
/// both apostrophes, one that opens with a digit and one with a letter outside ASCII.
communique::lexicon custom_topics() {
    communique::lexicon lex;
    communique::diagnostics errors;
    BOOST_REQUIRE(lex.add("[topic]\nEU|ox|Q|5G networks|Kim's summit|Z\xC3\xBCrich talks|the Arctic\tcustom\n"
                          "arctic ice|UN\xE2\x80\x99s mandate\tpolar\n",
                          "custom.lex", errors));
    return lex;
}

/// Every phrase of a lexicon's topic trie (as written, cased, both apostrophes).
std::vector<std::string> topic_phrases(const cd::lexicon_tables& t) {
    std::vector<std::string> out;
    t.topics.symbols.for_each([&out](const std::string& phrase, std::uint32_t) { out.push_back(phrase); });
    return out;
}

/// topics_in against the plain scan on random texts of `words` and on the seed and dev texts.
/// Returns how many topics were found (a comparison over texts that name none proves little).
std::size_t compare_topics(const cd::lexicon_tables& tables, std::vector<std::string> words, std::uint32_t seed) {
    for (const char* w : {"sanctions", "nuclear", "weapons", "Syria", "talks", "trade", "a", "in"}) words.push_back(w);
    std::mt19937 rng(seed);
    std::size_t found = 0;
    for (int round = 0; round < 3000; ++round) {
        const std::string text = random_text(rng, words);
        const std::size_t b = text.empty() ? 0 : rng() % (text.size() + 1);
        const std::size_t e = b + rng() % (text.size() + 4 - b); // may end past the text
        const communique::span where{b, e};
        BOOST_TEST_CONTEXT("text '" << text << "' span " << b << ".." << e) {
            const auto fast = cd::topics_in(tables, text, where);
            BOOST_TEST(fast == plain_topics(tables, text, where), boost::test_tools::per_element());
            found += fast.size();
        }
    }
    const std::vector<std::filesystem::path> files = seed_and_dev_texts();
    for (const auto& file : files) {
        const std::string text = fixtures::read_file(file);
        // Spans of every length class from every few bytes: word starts at all sixteen
        // positions of a block, spans that end inside a word or a phrase.
        for (std::size_t b = 0; b < text.size(); b += 97) {
            const communique::span where{b, b + 1 + (b * 7919) % 600};
            BOOST_TEST_CONTEXT(file.filename() << " span " << where.begin << ".." << where.end) {
                const auto fast = cd::topics_in(tables, text, where);
                BOOST_TEST(fast == plain_topics(tables, text, where), boost::test_tools::per_element());
                found += fast.size();
            }
        }
    }
    return found;
}

/// A first person's kind as a number for comparing (-1: none).
int kind_number(std::optional<communique::statement_kind> k) { return k ? static_cast<int>(*k) : -1; }

// Sixteen test bytes: each one from `alphabet` (the edge cases of a scan) or any byte, half
// and half.
void fill_block(unsigned char (&bytes)[16], std::mt19937& rng, std::string_view alphabet) {
    for (unsigned char& c : bytes) c = static_cast<unsigned char>(rng() % 2 ? alphabet[rng() % alphabet.size()] : rng());
}
} // namespace

BOOST_AUTO_TEST_SUITE(scans)

BOOST_AUTO_TEST_CASE(topics_skip_no_word_start) {
    const auto& tables = communique::lexicon::builtin().tables();
    std::vector<std::string> words;
    for (const auto& e : tables.entries.topics)
        for (const auto& form : e.forms) words.push_back(form);
    BOOST_REQUIRE(!words.empty());
    const std::size_t found = compare_topics(tables, words, 20261129);
    BOOST_TEST(found > 0u); // the texts did name topics
    // The run after a paired lead is read once and taken as the next word's lead; one too far
    // after it (past eight bytes of marks and spaces) is none, and the next word is read anew.
    std::size_t paired = 0;
    for (const auto& e : tables.entries.topics)
        for (const auto& form : e.forms) {
            const std::size_t space = form.find(' ');
            if (space == std::string::npos) continue;
            ++paired;
            // Gaps of 7, 8 (the reach: the run there is none) and more bytes among them.
            for (const char* gap : {" ", ", ", "       ", "        ", "\xE2\x80\x9C \xE2\x80\x9D, \xC2\xA0 ", "          "}) {
                const std::string text = form.substr(0, space) + gap + form + " " + form.substr(space + 1);
                const communique::span where{0, text.size()};
                BOOST_TEST_CONTEXT("text '" << text << "'") {
                    BOOST_TEST(cd::topics_in(tables, text, where) == plain_topics(tables, text, where),
                               boost::test_tools::per_element());
                }
            }
        }
    BOOST_TEST(paired > 0u); // the lexicon has topics of more than one word
}

// A lexicon of the user's has its own filter: its topics are found, short ones among them,
// and nothing else changes.
BOOST_AUTO_TEST_CASE(topics_of_a_user_lexicon_pass_the_filter) {
    const communique::lexicon lex = custom_topics();
    const auto& tables = lex.tables();
    std::vector<std::string> words = topic_phrases(tables);
    BOOST_TEST(compare_topics(tables, words, 7) > 0u);
    const std::string text = "On EU, 5G networks and Kim\xE2\x80\x99s summit in Z\xC3\xBCrich talks: ox, Q.";
    const std::vector<std::string> want = {"custom"};
    BOOST_TEST(cd::topics_in(tables, text, {0, text.size()}) == want, boost::test_tools::per_element());
}

// The filter lets by every phrase of the trie wherever it stands: at the text's start, after
// a space, near the end (fewer than four or eight bytes left), and with any bytes after a
// phrase shorter than four or eight. A phrase it turned down would be a topic topics_in never finds.
BOOST_AUTO_TEST_CASE(topic_filter_drops_no_topic_start) {
    const communique::lexicon custom = custom_topics();
    std::size_t short_ones = 0;
    for (const cd::lexicon_tables* t : {&communique::lexicon::builtin().tables(), &custom.tables()}) {
        const std::vector<std::string> phrases = topic_phrases(*t);
        BOOST_REQUIRE(!phrases.empty());
        for (const std::string& phrase : phrases) {
            short_ones += phrase.size() < 4;
            for (const std::string& after : {std::string(), std::string(" "), std::string("\xE2\x80\x99s role"), std::string("\xFF\x01 zzzzzzzz")}) {
                const std::string text = "x " + phrase + after;
                BOOST_TEST_CONTEXT("phrase '" << phrase << "' then '" << after << "'") {
                    BOOST_TEST(t->topic_heads.may_start(text, 2));
                    BOOST_TEST(t->topic_heads.may_start(phrase + after, 0));
                }
            }
        }
    }
    BOOST_TEST(short_ones > 0u); // the shorter keys were tried
    // And it does filter: most words of news start no topic.
    const auto& builtin = communique::lexicon::builtin().tables();
    std::size_t let_by = 0;
    for (const char* w : {"said ", "would ", "minister ", "Russia ", "which ", "after ", "were ", "people "})
        let_by += builtin.topic_heads.may_start(w, 0);
    BOOST_TEST(let_by < 3u);
}

// may_start_in asks may_start of every start of a block at once, the check for the text's end
// left out where a whole block and eight bytes more are left: the same starts, at every cut
// of a text's end and far from it.
BOOST_AUTO_TEST_CASE(topic_filter_of_a_block_is_start_by_start) {
    const auto& tables = communique::lexicon::builtin().tables();
    std::mt19937 rng(37);
    const std::vector<std::string> words = {"sanctions", "nuclear", "weapons", "the", "Syria", "oil", "gas", "trade", "a", "said"};
    std::size_t kept = 0, dropped = 0;
    for (int round = 0; round < 3000; ++round) {
        const std::string text = random_text(rng, words);
        for (std::size_t at = 0; at < text.size(); ++at) {
            const std::size_t left = std::min<std::size_t>(16, text.size() - at);
            const std::uint32_t starts = static_cast<std::uint32_t>(rng()) & ((1u << left) - 1);
            std::uint32_t want = 0;
            for (std::size_t k = 0; k < left; ++k)
                if ((starts >> k & 1) && tables.topic_heads.may_start(text, at + k)) want |= 1u << k;
            BOOST_TEST_CONTEXT("text '" << text << "' at " << at << " starts " << starts) {
                BOOST_TEST(tables.topic_heads.may_start_in(text, at, starts) == want);
            }
            kept += static_cast<std::size_t>(boost::core::popcount(want));
            dropped += static_cast<std::size_t>(boost::core::popcount(starts & ~want));
        }
    }
    BOOST_TEST(kept > 1000u);
    BOOST_TEST(dropped > 1000u);
}

// The word mask of sixteen bytes, the fast way against the byte loop, on random bytes (word
// bytes, marks, bytes from 0x80 and NUL) and at every cut of a short text's end.
BOOST_AUTO_TEST_CASE(topic_word_mask_is_the_byte_loop) {
    std::mt19937 rng(16);
    const std::string_view alphabet("aZz09 .-'@[`{/:\x80\xC2\xE2\xFF\0", 20);
    for (int round = 0; round < 20000; ++round) {
        unsigned char bytes[16];
        fill_block(bytes, rng, alphabet);
        const std::uint32_t want = cd::topic_scan::word_mask_reference(bytes);
        BOOST_TEST(cd::topic_scan::word_mask_with<cd::bytes16::swar>(bytes) == want);
#ifdef COMMUNIQUE_BYTES16_SSE2
        BOOST_TEST(cd::topic_scan::word_mask_with<cd::bytes16::sse2>(bytes) == want);
#endif
        const std::string_view text(reinterpret_cast<const char*>(bytes), 16);
        const std::size_t hi = rng() % 17;
        BOOST_TEST(cd::topic_scan::word_mask_at(text, 0, hi) == (want & ((1u << hi) - 1)));
        const std::size_t from = rng() % 16;
        BOOST_TEST(cd::topic_scan::word_mask_at(text, from, 16) == want >> from);
    }
}

// The letters of sixteen bytes, the fast way against the byte loop: bytes around the ranges'
// ends (@ A Z [ ` a z {), bytes from 0x80 whose low seven bits are letters, and NUL.
BOOST_AUTO_TEST_CASE(letter_count_is_the_byte_loop) {
    std::mt19937 rng(17);
    const std::string_view alphabet("@AZ[`az{ 1\xC1\xDA\xE1\xFA\x80\xFF\0", 17);
    for (int round = 0; round < 20000; ++round) {
        unsigned char bytes[16];
        fill_block(bytes, rng, alphabet);
        const cd::bytes16::letter_count want = cd::bytes16::letters_reference(bytes);
        const cd::bytes16::letter_count got = cd::bytes16::letters(bytes);
        BOOST_TEST(got.upper == want.upper);
        BOOST_TEST(got.lower == want.lower);
    }
}

BOOST_AUTO_TEST_CASE(capitals_stop_only_when_decided) {
    std::mt19937 rng(7);
    for (int round = 0; round < 20000; ++round) {
        // Mostly capitals with a few lower-case letters, so that both answers come up.
        std::string text = random_string(rng, "AAAAAAAAAaBCDEFbc 1,.-\xC3\xA9", 120);
        if (round % 3 == 0)
            for (char& c : text) c = (c >= 'A' && c <= 'Z' && rng() % 3 == 0) ? static_cast<char>(c - 'A' + 'a') : c;
        const std::size_t b = text.empty() ? 0 : rng() % (text.size() + 1);
        const std::size_t e = b + rng() % (text.size() + 1 - b);
        BOOST_TEST_CONTEXT("text '" << text << "' span " << b << ".." << e) {
            BOOST_TEST(cd::in_capitals(text, b, e) == plain_capitals(text, b, e));
        }
    }
    BOOST_TEST(cd::in_capitals("SECRETARY-GENERAL URGES RESTRAINT", 0, 33));
    BOOST_TEST(!cd::in_capitals("Secretary-General urges restraint in the region", 0, 47));
    BOOST_TEST(!cd::in_capitals("", 0, 0));
}

BOOST_AUTO_TEST_CASE(next_tag_in_finds_the_first) {
    // Every length around the eight- and sixteen-tag blocks, every start, the set's tags anywhere.
    std::mt19937 rng(11);
    // Each tag of the sets and the tag one above it in its last bit (a zero-byte borrow
    // flags it falsely): R W K L O F.
    for (int round = 0; round < 4000; ++round) {
        // Up to three blocks of sixteen and the block that ends the string read over again.
        const std::string tags = random_string(rng, "wwwwwwwNGSVJMRWKLOFpo,.qCPDEXQ", 52);
        for (std::size_t from = 0; from <= tags.size() + 1; ++from) {
            BOOST_TEST_CONTEXT("tags '" << tags << "' from " << from) {
                BOOST_TEST(cd::next_subject_cue(tags, from) == plain_next_tag_in("SVJM", tags, from));
                BOOST_TEST((cd::next_tag_in<'N', 'G'>(tags, from)) == plain_next_tag_in("NG", tags, from));
                BOOST_TEST((cd::next_tag_in<'V', 'S'>(tags, from)) == plain_next_tag_in("VS", tags, from));
                BOOST_TEST(cd::next_actor_like(tags, from) == plain_next_tag_in("NCPWDG", tags, from));
            }
        }
    }
    // In text: bytes one off a wanted one in the last bit (H v V), bytes from 0x80 (whose low
    // seven bits may equal a wanted byte) and NUL.
    for (int round = 0; round < 4000; ++round) {
        const std::string text = random_string(rng, std::string("IwWHvV e\xC9\xF7\xD7\xC8\xE2\x80\x9C") + '\0', 40);
        for (std::size_t from = 0; from <= text.size() + 1; ++from) {
            BOOST_TEST_CONTEXT("text '" << text << "' from " << from) {
                BOOST_TEST((cd::next_tag_in<'I', 'w', 'W'>(text, from)) == plain_next_tag_in("IwW", text, from));
            }
        }
    }
    // for_each_tag_in visits what next_tag_in finds from 0 on, each once, in order: strings
    // shorter than a block, whole blocks, and a partial block read again from the string's end.
    for (int round = 0; round < 4000; ++round) {
        const std::string tags = random_string(rng, "wwwwwwwNGSVJMRWKLOFpo,.qCPDEXQ", 70);
        std::vector<std::size_t> plain, visited;
        for (std::size_t i = plain_next_tag_in("NG", tags, 0); i != std::string::npos; i = plain_next_tag_in("NG", tags, i + 1))
            plain.push_back(i);
        cd::for_each_tag_in<'N', 'G'>(tags, [&](std::size_t i) { visited.push_back(i); });
        BOOST_TEST_CONTEXT("tags '" << tags << "'") { BOOST_TEST(visited == plain, boost::test_tools::per_element()); }
    }
    // leading_actor: the first N C P W D if it is among the first four units, else none.
    for (int round = 0; round < 4000; ++round) {
        const std::string tags = random_string(rng, "wwwNCPWDGSV,.pt", 9);
        const std::size_t first = plain_next_tag_in("NCPWD", tags, 0);
        BOOST_TEST_CONTEXT("tags '" << tags << "'") {
            BOOST_TEST(cd::leading_actor(tags) == (first < 4 ? first : std::string::npos));
        }
    }
    BOOST_TEST(cd::leading_actor("wwwN") == 3u);
    BOOST_TEST(cd::leading_actor("wwwwN") == std::string::npos);
    // The zero-byte test's borrow: "SR" in the last eight tags, read from the R, has no cue.
    BOOST_TEST(cd::next_subject_cue(std::string("wwwwwwwwwSRw"), 10) == std::string::npos);
    BOOST_TEST(cd::next_subject_cue(std::string("wwwwwwwwwSRw"), 9) == 9u);
    BOOST_TEST((cd::next_tag_in<'N', 'G'>(std::string("wwwwwwwwwwwww"), 3)) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(quote_window_finds_what_a_binary_search_finds) {
    // quote_at's window against upper_bound over all the items: windows placed at ends that
    // mostly grow (sentences in order) and now and then fall back, items that begin at 0, at
    // a window's end and just past it, and bytes from 0 to the window's end.
    std::mt19937 rng(23);
    for (int round = 0; round < 2000; ++round) {
        std::vector<std::size_t> begins(rng() % 8);
        for (auto& b : begins) b = rng() % 60;
        std::sort(begins.begin(), begins.end());
        auto begin_of = [&](std::size_t k) { return begins[k]; };
        cd::begun_window window;
        window.place(0, begins.size(), begin_of);
        std::size_t end = 0;
        for (int step = 0; step < 12; ++step) {
            for (std::size_t pos = 0; pos <= end; ++pos) {
                const auto after = std::upper_bound(begins.begin(), begins.end(), pos);
                const std::size_t expected = after == begins.begin() ? std::size_t(-1) : static_cast<std::size_t>(after - begins.begin()) - 1;
                BOOST_TEST_CONTEXT("round " << round << " end " << end << " pos " << pos) {
                    BOOST_TEST(window.last_at(pos, begin_of) == expected);
                }
            }
            end = rng() % 4 == 0 ? rng() % 64 : end + rng() % 12;
            window.place(end, begins.size(), begin_of);
        }
    }
}

BOOST_AUTO_TEST_CASE(list_phrases_found_as_by_find) {
    // Pieces of both phrases and near misses ("the follower", "as follow", "fellow": an f with
    // a w five on, no phrase), glued at random so that hits fall in every place of the blocks
    // of sixteen, in the block that ends the text and in texts shorter than one block.
    const std::vector<std::string> pieces = {"the following", "as follows", "as follow", "the follow", "fellow", "follow",
                                             "f", "w", " ", "the ", "as ", "of", "x", "the followin", "s follows"};
    std::mt19937 rng(17);
    std::size_t found = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const std::size_t parts = rng() % 12;
        for (std::size_t k = 0; k < parts; ++k) text += pieces[rng() % pieces.size()];
        for (std::size_t from = 0; from <= text.size(); from += 1 + rng() % 3) {
            const std::string_view tail = std::string_view(text).substr(from);
            const bool expected = cd::announces_list_reference(tail);
            found += expected;
            BOOST_TEST_CONTEXT("text '" << tail << "'") { BOOST_TEST(cd::announces_list(tail) == expected); }
        }
    }
    BOOST_TEST(found > 1000u); // the phrases did turn up
    // Each place of a block and of the block that ends a text, one phrase in each.
    for (std::size_t before = 0; before < 40; ++before)
        for (std::size_t after = 0; after < 20; ++after)
            for (const std::string_view phrase : {"the following", "as follows", "the followin"}) {
                const std::string text = std::string(before, 'x') + std::string(phrase) + std::string(after, 'x');
                BOOST_TEST(cd::announces_list(text) == (phrase != "the followin"));
            }
}

BOOST_AUTO_TEST_CASE(analysts_named_as_unit_by_unit) {
    const auto& tables = communique::lexicon::builtin().tables();
    std::mt19937 rng(5);
    std::size_t named = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        cd::tagged_sentence fast = random_sentence(rng, text);
        cd::tagged_sentence plain = fast;
        cd::sentence_rules(text, tables).name_analysts(fast);
        plain_name_analysts(text, plain);
        BOOST_TEST_CONTEXT("text '" << text << "' tags " << plain.tags) {
            BOOST_TEST_REQUIRE(fast.tags == plain.tags);
            for (std::size_t i = 0; i < fast.units.size(); ++i) {
                BOOST_TEST(fast.units[i].where.begin == plain.units[i].where.begin);
                BOOST_TEST(fast.units[i].where.end == plain.units[i].where.end);
                BOOST_TEST(fast.units[i].actor == plain.units[i].actor);
            }
        }
        named += plain.actors.size();
    }
    BOOST_TEST(named > 100u); // commentators were named, some through "of" phrases
    // The farthest cue: "of" and three words between the word and its saying; one more is
    // too far.
    for (const bool far : {false, true}) {
        const std::string text = far ? "analysts of the old US-Russia relations say" : "analysts of the US-Russia relations say";
        cd::tagged_sentence ts = sentence_of(text, far ? "wpwwwwS" : "wpwwwS");
        cd::sentence_rules(text, tables).name_analysts(ts);
        BOOST_TEST(ts.tags == (far ? "wpwwwwS" : "NS"));
    }
}

BOOST_AUTO_TEST_CASE(statements_fit_the_room_reserved_for_them) {
    // The engine reserves one statement a sentence so that the vector never grows (a move of
    // every statement each time). Texts that give more than one statement to two sentences,
    // the old reservation, must come up and must still fit.
    const std::vector<std::filesystem::path> files = seed_and_dev_texts();
    std::size_t dense = 0;
    for (const auto& file : files) {
        const std::string text = fixtures::read_file(file);
        const communique::document doc = communique::extract(text);
        const std::size_t room = doc.structure.sentences.size() + 1;
        if (doc.statements.size() > room) continue; // more than one a sentence: it may grow
        dense += doc.statements.size() > doc.structure.sentences.size() / 2 + 1;
        BOOST_TEST_CONTEXT(file.filename()) { BOOST_TEST(doc.statements.capacity() == room); }
    }
    BOOST_TEST(dense > 0u);
}

BOOST_AUTO_TEST_CASE(statements_in_a_row_keep_their_own_topics_and_times) {
    // A statement that reads the span of the one before takes its topics and times from it:
    // each must still be what its own span gives.
    const auto& tables = communique::lexicon::builtin().tables();
    const std::vector<std::filesystem::path> files = seed_and_dev_texts();
    std::size_t shared = 0;
    for (const auto& file : files) {
        const std::string text = fixtures::read_file(file);
        const communique::document doc = communique::extract(text);
        const auto published = communique::find_publication_date(text, doc.structure);
        communique::span before{1, 0};
        for (const auto& s : doc.statements) {
            const communique::span said = s.quote ? *s.quote : s.content;
            const communique::span about = said.empty() ? s.where : said;
            BOOST_TEST_CONTEXT(file.filename() << " statement at " << s.cue.begin) {
                BOOST_TEST(s.topics == cd::topics_in(tables, text, about), boost::test_tools::per_element());
                const auto times = communique::find_times(text, about, published);
                BOOST_TEST_REQUIRE(s.times.size() == times.size());
                for (std::size_t k = 0; k < times.size(); ++k) {
                    BOOST_TEST(s.times[k].where == times[k].where);
                    BOOST_TEST(s.times[k].iso == times[k].iso);
                }
            }
            shared += about == before && !s.topics.empty();
            before = about;
        }
    }
    BOOST_TEST(shared > 0u); // the seed article has statements in a row on one span with topics
}

BOOST_AUTO_TEST_CASE(first_person_kind_reads_no_further_than_it_needs) {
    // Tagging a quotation stops past its last first person: the kind must be what tagging it
    // all gives, on random quotations and on every quotation of the seed article and corpus.
    const auto& tables = communique::lexicon::builtin().tables();
    const cd::tagger tagging(tables);
    cd::tagged_sentence bounded, whole;
    auto same = [&](const std::string& text, communique::span inner) {
        const auto fast = cd::first_person_kind(tagging, tables, text, inner, bounded);
        const auto plain = cd::first_person_kind(tagging, tables, text, inner, whole, false);
        BOOST_TEST_CONTEXT("text '" << text << "' span " << inner.begin << ".." << inner.end) {
            BOOST_TEST(kind_number(fast) == kind_number(plain));
        }
        return plain.has_value();
    };
    static const std::vector<std::string> words = {
        "we", "We", "I", "WE", "i", "we're", "I'm", "hope", "agree", "will", "must", "not", "have", "also",
        "really", "do", "said", "the", "sanctions", "Russia", "welcome", "condemn", "call", "on", "urge",
        "are", "ready", "to", "talks", ",", ".", "and"};
    std::mt19937 rng(3);
    std::size_t kinds = 0;
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        const std::size_t n = rng() % 16;
        for (std::size_t k = 0; k < n; ++k) text += words[rng() % words.size()] + " ";
        const std::size_t b = text.empty() ? 0 : rng() % (text.size() + 1) / 2;
        kinds += same(text, {b, text.size()});
    }
    BOOST_TEST(kinds > 100u); // first persons with cues came up
    const std::vector<std::filesystem::path> files = seed_and_dev_texts();
    for (const auto& file : files) {
        const std::string text = fixtures::read_file(file);
        for (const auto& q : communique::parse_structure(text).quotations) same(text, q.inner);
    }
}

BOOST_AUTO_TEST_CASE(first_signal_is_the_unit_by_unit_search) {
    // first_signal reads the tags sixteen at a time for an s: it must find what a look at
    // every unit of the range finds, with a span to begin in or without, in a quotation (no
    // appeal) or not, for ranges that start or end anywhere, past the sentence as well.
    const auto& tables = communique::lexicon::builtin().tables();
    const auto& cues = tables.entries.cues;
    std::vector<int> appeals, others;
    for (std::size_t c = 0; c < cues.size(); ++c)
        (cues[c].kind == communique::statement_kind::appeal ? appeals : others).push_back(static_cast<int>(c));
    BOOST_TEST_REQUIRE(!appeals.empty());
    BOOST_TEST_REQUIRE(!others.empty());
    auto plain = [&](const cd::tagged_sentence& ts, std::size_t from, std::size_t to, bool quoted,
                     const communique::span* within) {
        for (std::size_t i = from; i < to && i < ts.units.size(); ++i) {
            if (within && !within->contains(ts.units[i].where.begin)) continue;
            if (ts.tags[i] != 's') continue;
            if (quoted && cues[static_cast<std::size_t>(ts.units[i].cue)].kind == communique::statement_kind::appeal) continue;
            return i;
        }
        return std::string::npos;
    };
    std::mt19937 rng(11);
    std::size_t found = 0, passed_appeal = 0;
    for (int round = 0; round < 20000; ++round) {
        cd::tagged_sentence ts;
        const std::size_t n = rng() % 40;
        for (std::size_t k = 0; k < n; ++k) {
            cd::unit u;
            u.where = {3 * k, 3 * k + 2};
            u.tag = "sswwS,tN"[rng() % 8];
            if (u.tag == 's') u.cue = rng() % 2 ? appeals[rng() % appeals.size()] : others[rng() % others.size()];
            ts.units.push_back(u);
            ts.tags += u.tag;
        }
        // (Units of two letters: no "must", which a quotation keeps as an appeal.)
        const std::string text(3 * n + 2, 'x');
        const std::size_t from = rng() % (n + 3), to = rng() % (n + 5);
        const bool quoted = rng() % 2;
        const communique::span within{rng() % (3 * n + 2), rng() % (3 * n + 2)};
        for (const communique::span* w : {static_cast<const communique::span*>(nullptr), &within}) {
            const std::size_t fast = cd::first_signal(tables, ts, text, from, to, quoted, w);
            BOOST_TEST_CONTEXT("tags " << ts.tags << " from " << from << " to " << to << " quoted " << quoted) {
                BOOST_TEST(fast == plain(ts, from, to, quoted, w));
            }
            found += fast != std::string::npos;
            passed_appeal += quoted && fast != plain(ts, from, to, false, w);
        }
    }
    BOOST_TEST(found > 1000u);        // signals came up
    BOOST_TEST(passed_appeal > 100u); // and appeals in quotations were passed by
}

BOOST_AUTO_TEST_SUITE_END()
