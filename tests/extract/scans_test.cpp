// The engine's text scans against their plain forms: topics_in skips each word's lead once it
// is hashed, and in_capitals stops counting once the rest cannot change its answer. Both must
// give what a byte-by-byte scan gives, on any span of any text.
#include <communique/communique.hpp>
#include <communique/detail/sentence_rules.hpp>

#include <boost/test/unit_test.hpp>

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
} // namespace

BOOST_AUTO_TEST_SUITE(scans)

BOOST_AUTO_TEST_CASE(topics_skip_no_word_start) {
    const auto& tables = communique::lexicon::builtin().tables();
    std::vector<std::string> words;
    for (const auto& e : tables.entries.topics)
        for (const auto& form : e.forms) words.push_back(form);
    BOOST_REQUIRE(!words.empty());
    for (const char* w : {"sanctions", "nuclear", "weapons", "Syria", "talks", "trade", "a", "in"}) words.push_back(w);
    std::mt19937 rng(20261129);
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
    BOOST_TEST(found > 0u); // the texts did name topics
}

BOOST_AUTO_TEST_CASE(capitals_stop_only_when_decided) {
    std::mt19937 rng(7);
    const std::string alphabet = "AAAAAAAAAaBCDEFbc 1,.-\xC3\xA9";
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const std::size_t n = rng() % 120;
        // Mostly capitals with a few lower-case letters, so that both answers come up.
        for (std::size_t k = 0; k < n; ++k) text += alphabet[rng() % alphabet.size()];
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

BOOST_AUTO_TEST_SUITE_END()
