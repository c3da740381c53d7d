// Whole-document behaviour of parse_structure: the seed article against its golden file,
// properties over every dev article and over generated text, and bad input.
//
// To regenerate the golden file after a deliberate change (check it by eye first):
//   COMMUNIQUE_REGENERATE_GOLDEN=1 communique-tests --run_test=structure_golden
#include "fixtures.hpp"
#include "printers.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace {
using communique::block_kind;
using communique::span;

std::filesystem::path golden_path() {
    return fixtures::source_dir() / "tests" / "golden" / "lavrov-post-meeting.structure.jsonl";
}

std::string to_jsonl(const communique::structure& st) {
    std::ostringstream os;
    for (const auto& b : st.blocks)
        os << "{\"type\": \"block\", \"kind\": \"" << communique::to_string(b.kind)
           << "\", \"begin\": " << b.where.begin << ", \"end\": " << b.where.end
           << ", \"body\": [" << b.body.begin << ", " << b.body.end << "], \"label\": ["
           << b.label.begin << ", " << b.label.end << "]}\n";
    for (const auto& s : st.sentences)
        os << "{\"type\": \"sentence\", \"block\": " << s.block << ", \"begin\": " << s.where.begin
           << ", \"end\": " << s.where.end << "}\n";
    for (const auto& q : st.quotations)
        os << "{\"type\": \"quotation\", \"block\": " << q.block << ", \"depth\": " << q.depth
           << ", \"closed\": " << (q.closed ? "true" : "false") << ", \"begin\": " << q.where.begin
           << ", \"end\": " << q.where.end << "}\n";
    return os.str();
}

bool is_space_at_edge(std::string_view s) {
    if (s.empty()) return false;
    const auto front = static_cast<unsigned char>(s.front());
    const auto back = static_cast<unsigned char>(s.back());
    return front == ' ' || front == '\n' || front == '\t' || back == ' ' || back == '\n'
           || back == '\t' || s.substr(0, 2) == "\xC2\xA0"
           || (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0");
}

/// The invariants of communique::structure, for any input.
void check_properties(const std::string& text, const communique::structure& st) {
    const std::size_t n = text.size();
    std::size_t last_end = 0;
    for (const auto& b : st.blocks) {
        BOOST_TEST_REQUIRE(b.where.end <= n);
        BOOST_TEST_REQUIRE(!b.where.empty());
        BOOST_TEST_REQUIRE(b.where.begin >= last_end);
        BOOST_TEST_REQUIRE(b.where.contains(b.body));
        BOOST_TEST_REQUIRE((b.label.empty() || b.where.contains(b.label)));
        BOOST_TEST_REQUIRE(!is_space_at_edge(b.where.in(text)));
        last_end = b.where.end;
    }
    last_end = 0;
    std::uint32_t last_block = 0;
    for (const auto& s : st.sentences) {
        BOOST_TEST_REQUIRE(s.block < st.blocks.size());
        BOOST_TEST_REQUIRE(s.block >= last_block);
        BOOST_TEST_REQUIRE(s.where.begin >= last_end);
        BOOST_TEST_REQUIRE(!s.where.empty());
        BOOST_TEST_REQUIRE(st.blocks[s.block].where.contains(s.where));
        BOOST_TEST_REQUIRE(!is_space_at_edge(s.where.in(text)));
        last_end = s.where.end;
        last_block = s.block;
    }
    std::vector<std::size_t> end_at_depth;
    std::size_t last_begin = 0;
    for (const auto& q : st.quotations) {
        BOOST_TEST_REQUIRE(q.block < st.blocks.size());
        const span home = st.blocks[q.block].where;
        BOOST_TEST_REQUIRE(q.where.begin >= last_begin);
        BOOST_TEST_REQUIRE(home.contains(q.where));
        BOOST_TEST_REQUIRE(q.where.contains(q.inner));
        if (end_at_depth.size() <= q.depth) end_at_depth.resize(q.depth + 1u, 0);
        BOOST_TEST_REQUIRE(q.where.begin >= end_at_depth[q.depth]);
        end_at_depth[q.depth] = q.where.end;
        // Closed, or closed at the end of its paragraph (or inside the quotation around it).
        BOOST_TEST_REQUIRE((q.closed || q.where.end == home.end || q.depth > 0));
        last_begin = q.where.begin;
    }
}

std::string random_text(std::mt19937& rng, std::size_t pieces) {
    static const char* const parts[] = {
        "Mr. Lavrov said ", "“we will respond.” ", "He left. ", "U.S. ", "e.g. ", "3.5 ",
        "\n", "\n\n", "  • ", "1. ", "QUESTION: ", "Maria Zakharova: ", "‘", "’", "\"", "'",
        "«", "»", "…", "... ", "\xC2\xA0", "\xFF", "\xE2\x80", std::string_view("\0", 1).data(),
        "WASHINGTON -- ", "Menu\n", "| ", "the talks ", "Russia’s ", "Then ", "? ", "! ",
        "12:42 p.m. EDT", "John F. Kennedy ", "“", "”", "Sign up for news\n", "By Alice Cuddy\n"};
    std::uniform_int_distribution<std::size_t> pick(0, std::size(parts) - 1);
    std::string out;
    for (std::size_t i = 0; i < pieces; ++i) {
        const std::size_t k = pick(rng);
        if (k == 23) out.push_back('\0');
        else out += parts[k];
    }
    return out;
}
} // namespace

BOOST_AUTO_TEST_SUITE(structure_golden)

BOOST_AUTO_TEST_CASE(seed_article_reads_like_a_reader_sees_it) {
    const std::string text = fixtures::read_file(fixtures::seed_article());
    BOOST_TEST_REQUIRE(!text.empty());
    const auto st = communique::parse_structure(text);
    std::size_t titles = 0, bullets = 0;
    for (const auto& b : st.blocks) {
        if (b.kind == block_kind::title) {
            ++titles;
            BOOST_TEST(std::string(b.where.in(text))
                       == "Global Geo-political Series: Tillerson Russia meeting – post meeting "
                          "conference: Sergei Lavrov");
        }
        if (b.kind == block_kind::bullet) ++bullets;
        const std::string line(b.where.in(text));
        for (const char* chrome : {"Menu", "Search", "Close", "Welcome to EconoTimes"})
            if (line == chrome) BOOST_TEST(b.kind == block_kind::chrome, line);
        if (line.find("Commentary") != std::string::npos || line.find("Market Data") != std::string::npos
            || line.find("Sign up") == 0)
            BOOST_TEST(b.kind == block_kind::chrome, line);
    }
    // The page marks 15 lines with "•": the 14 points of the list, and "• Market Data", a
    // lone link after the article, which is chrome.
    std::size_t marked = 0;
    for (const auto& b : st.blocks)
        if (b.where.in(text).substr(0, 3) == "\xE2\x80\xA2") ++marked;
    BOOST_TEST(marked == 15u);
    BOOST_TEST(titles == 1u);
    BOOST_TEST(bullets == 14u);
    BOOST_TEST(st.diagnostics.empty());
    check_properties(text, st);
}

BOOST_AUTO_TEST_CASE(seed_article_matches_its_golden_file) {
    const std::string text = fixtures::read_file(fixtures::seed_article());
    const std::string got = to_jsonl(communique::parse_structure(text));
    if (std::getenv("COMMUNIQUE_REGENERATE_GOLDEN")) {
        std::ofstream(golden_path(), std::ios::binary) << got;
        BOOST_TEST_MESSAGE("regenerated " << golden_path());
    }
    const std::string want = fixtures::read_file(golden_path());
    BOOST_TEST_REQUIRE(!want.empty());
    BOOST_TEST(got == want);
}

BOOST_AUTO_TEST_CASE(dev_articles_keep_the_invariants) {
    if (!fixtures::have_dev_corpus()) {
        BOOST_TEST_MESSAGE("skipped: ../shared/corpus/dev is absent");
        return;
    }
    std::size_t docs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures::dev_corpus())) {
        if (entry.path().extension() != ".txt") continue;
        BOOST_TEST_CONTEXT(entry.path().filename().string()) {
            const std::string text = fixtures::read_file(entry.path());
            const auto st = communique::parse_structure(text);
            BOOST_TEST(!st.sentences.empty());
            check_properties(text, st);
        }
        ++docs;
    }
    BOOST_TEST(docs > 0u);
}

BOOST_AUTO_TEST_CASE(generated_text_keeps_the_invariants) {
    std::mt19937 rng(20261128);
    for (int round = 0; round < 300; ++round) {
        const std::string text = random_text(rng, 5 + static_cast<std::size_t>(round));
        BOOST_TEST_CONTEXT("round " << round) {
            check_properties(text, communique::parse_structure(text));
        }
    }
}

BOOST_AUTO_TEST_CASE(empty_input) {
    const auto st = communique::parse_structure("");
    BOOST_TEST(st.blocks.empty());
    BOOST_TEST(st.sentences.empty());
    BOOST_TEST(st.quotations.empty());
    BOOST_TEST(st.diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_reported_and_kept) {
    const std::string text = "Bad \xFF\xFE bytes. \xE2\x80 More “text\xC0” here.";
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.diagnostics.size() == 1u);
    BOOST_TEST(st.diagnostics[0].severity == communique::severity::warning);
    BOOST_TEST(st.diagnostics[0].where.begin == 4u);
    BOOST_TEST(st.diagnostics[0].message.find("5 invalid UTF-8") == 0u);
    BOOST_TEST(st.sentences.size() == 2u);
    check_properties(text, st);
}

BOOST_AUTO_TEST_CASE(nul_bytes_are_reported_and_kept) {
    const std::string text("One\0 sentence. Two\0.", 20);
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.diagnostics.size() == 1u);
    BOOST_TEST(st.diagnostics[0].message.find("2 NUL bytes") == 0u);
    BOOST_TEST(st.diagnostics[0].where.begin == 3u);
    BOOST_TEST(st.sentences.size() == 2u);
    check_properties(text, st);
}

BOOST_AUTO_TEST_CASE(fifty_megabytes_without_a_newline) {
    std::string text;
    text.reserve(50u << 20);
    const std::string unit = "Mr. Lavrov said “we will respond. Rest assured” and left. ";
    while (text.size() + unit.size() <= (50u << 20)) text += unit;
    const auto t0 = std::chrono::steady_clock::now();
    const auto st = communique::parse_structure(text);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    BOOST_TEST(st.blocks.size() == 1u);
    BOOST_TEST(st.sentences.size() == 2 * (text.size() / unit.size()));
    BOOST_TEST(st.quotations.size() == text.size() / unit.size());
    BOOST_TEST_MESSAGE("50 MB, one line: " << seconds << " s");
    BOOST_TEST(seconds < 20.0); // generous: sanitizer builds are slow, but never quadratic
}

BOOST_AUTO_TEST_CASE(a_hundred_thousand_unbalanced_marks) {
    for (const std::string mark : {"“", "”", "‘", "«", "'"}) {
        std::string text;
        for (int i = 0; i < 100000; ++i) text += mark + " x ";
        text += "\nLast paragraph.";
        const auto st = communique::parse_structure(text);
        BOOST_TEST_CONTEXT(mark) {
            BOOST_TEST(st.blocks.size() == 2u);
            for (const auto& q : st.quotations) BOOST_TEST_REQUIRE(q.block == 0u);
            check_properties(text, st);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
