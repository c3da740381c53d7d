// Blocks of communique/structure.hpp: titles, paragraphs, bullets, turns, datelines,
// bylines, captions and chrome, with their bodies and labels.
#include "fixtures.hpp"
#include "printers.hpp"

#include <communique/detail/structure_scan.hpp>
#include <communique/grammar/structure/structure.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {
struct row {
    const char* text;
    const char* kinds; ///< the block kinds, space separated
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.text; }
};

std::string kinds_of(const std::string& text) {
    const auto st = communique::parse_structure(text);
    std::string out;
    for (const auto& b : st.blocks) {
        if (!out.empty()) out += ' ';
        out += std::string(communique::to_string(b.kind));
    }
    return out;
}

const row cases[] = {
    // chrome by what it is
    {"Menu\n\nSearch\n\nThe talks ended.", "chrome chrome paragraph"},
    {"\xC2\xA0 \xC2\xA0|\xC2\xA0 \xC2\xA0 Commentary\nThe talks ended.", "chrome paragraph"},
    {"Sign up for daily updates.\nThe talks ended.", "chrome paragraph"},
    {"Please enter your comment!\nThe talks ended.", "chrome paragraph"},
    {"12:42 p.m. EDT\nThe talks ended.", "chrome paragraph"},
    {"  • en-GB1 ru-RU1\nThe talks ended.", "chrome paragraph"},
    {"Kurt Volker, Surkov, Donbas, Russia, peacekeeping mission, Ukraine\nThe talks ended.",
     "chrome paragraph"},
    // A headline printed twice is the headline at each place (spec: it holds its
    // statements at each place it stands); other repeated short lines are chrome.
    {"Kremlin condemns new sanctions\nKremlin condemns new sanctions\nThe talks ended.",
     "title title paragraph"},
    {"Menu\nThe talks ended. They lasted long.\nMenu", "chrome paragraph chrome"},
    {"The talks ended.\n  • Market Data\nClose", "paragraph chrome chrome"},
    // titles and headings
    {"Menu\nTillerson meets Lavrov in Moscow\nThe talks ended.", "chrome title paragraph"},
    {"Series: Tillerson meets Lavrov\nThe talks ended.", "title paragraph"},
    {"Headline here\nThe talks ended.\nElection meddling\nMore text.",
     "title paragraph title paragraph"},
    {"Here are the key points,\nThe talks ended.", "paragraph paragraph"},
    // lists
    {"Points:\n  • Sanctions stay.\n  • Talks go on.", "paragraph bullet bullet"},
    {"Points:\n1. First point.\n2) Second point.\n- Third point.\n* Fourth point.",
     "paragraph bullet bullet bullet bullet"},
    {"-5 degrees was the low.", "paragraph"},
    // transcripts
    {"QUESTION: Will you meet?\nMR RATHKE: I don’t have that.\nQ: Why?\nA: Because.",
     "turn turn turn turn"},
    {"He continued: we will see.", "paragraph"},
    {"Official Spokesperson, Shri Randhir Jaiswal: We reject them.", "turn"},
    {"President von der Leyen: Thank you, Antonio.", "turn"},
    {"Jose Eduardo dos Santos: We agree.", "turn"},
    {"Notes de la: page.", "paragraph"},
    // datelines, bylines, captions
    {"WASHINGTON -- The U.S. has no evidence.", "dateline"},
    {"WASHINGTON- Russian Foreign Minister spoke.", "dateline"},
    {"MOSCOW, 12 APR – RIA Novosti. Lavrov said so.", "dateline"},
    {"DA’NANG, Vietnam — The leaders met.", "dateline"},
    {"MANILA (XINHUA) - China and the Philippines agreed.", "dateline"},
    {"MOSCOW, March 3 (Reuters) - The foreign ministry said so.", "dateline"},
    {"NEW DELHI, Jan 5 (Press Trust of India) - The talks ended.", "dateline"},
    {"NEW DELHI, Aug 28 (PTI) Leaders of the SCO adopted the text.", "dateline"},
    {"ISLAMABAD, Sept 12 (APP): Pakistan on Friday urged Kabul to act.", "dateline"},
    {"MOSCOW (Reuters) the talks ended.", "paragraph"},
    // (an agency's place in title case: the agency in capitals and the dash are required)
    {"Pyongyang, April 21 (KCNA) -- A spokesperson issued a statement.", "dateline"},
    {"Kuala Lumpur (ANTARA) - Foreign ministers met on Tuesday.", "dateline"},
    {"Hanoi (VNA) \xE2\x80\x93 The two leaders held talks.", "dateline"},
    {"Hanoi (VNA) The two leaders held talks.", "paragraph"},
    {"Hanoi (Vietnam) - The two leaders held talks.", "paragraph"},
    {"The Kremlin (Russia's presidency) - said nothing.", "paragraph"},
    {"DEMANDING CEASEFIRE IN GAZA, SECRETARY-GENERAL URGES RESTRAINT\nThe talks ended.", "title paragraph"},
    {"NATO and Russia met today.", "paragraph"},
    {"UK-based bank Standard Chartered said it would buy a bank.", "paragraph"},
    {"US-led forces took the town.", "paragraph"},
    {"By Alice Cuddy\nThe talks ended.", "byline paragraph"},
    {"Published on 12 April 2017\nThe talks ended.", "byline paragraph"},
    // (a wire report's credits, however long, parenthesised or not; a sentence that opens
    // with "Reporting" is no credit line)
    {"The talks ended.\n(Reporting by Idrissa Kane in Niamey and Claire Vautrin in Paris; Additional reporting "
     "by Mark Henley in Washington; Writing by Nadia Ferrand; Editing by Peter Gwynne)",
     "paragraph byline"},
    {"The talks ended.\nReporting by Lena Fraser in Sydney; editing by Peter Hale", "paragraph byline"},
    {"Reporting by the agency said the talks had ended. Writing later, he agreed.", "paragraph"},
    {"Image: Presidents Trump and Putin talk.\nThe talks ended.", "caption paragraph"},
    {"Yuri Gripas/Reuters\nThe talks ended.", "caption paragraph"},
    {"Talks in Manila\nThe talks ended.", "title paragraph"},
    {"", ""},
    {"\n\n \xC2\xA0\n", ""},
};
} // namespace

BOOST_AUTO_TEST_SUITE(structure_blocks)

BOOST_DATA_TEST_CASE(block_kinds, bdata::make(cases), r) {
    BOOST_TEST(kinds_of(r.text) == std::string(r.kinds));
}

BOOST_AUTO_TEST_CASE(bullet_body_follows_its_marker) {
    const std::string text = "Intro:\n  • Sergei Lavrov spoke.\n  • He left.";
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.blocks.size() == 3u);
    BOOST_TEST(std::string(st.blocks[1].where.in(text)) == "• Sergei Lavrov spoke.");
    BOOST_TEST(std::string(st.blocks[1].body.in(text)) == "Sergei Lavrov spoke.");
    BOOST_TEST(st.blocks[1].label.empty());
}

BOOST_AUTO_TEST_CASE(turn_label_and_body) {
    const std::string text = "Maria Zakharova: On September 6, a meeting was held.";
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.blocks.size() == 1u);
    BOOST_TEST(st.blocks[0].kind == communique::block_kind::turn);
    BOOST_TEST(std::string(st.blocks[0].label.in(text)) == "Maria Zakharova");
    BOOST_TEST(std::string(st.blocks[0].body.in(text)) == "On September 6, a meeting was held.");
}

BOOST_AUTO_TEST_CASE(dateline_place_and_body) {
    // (A place in capitals, and an agency's place in title case.)
    for (const auto& [text, place, body] :
         {std::array<std::string, 3>{"WASHINGTON -- The U.S. has no evidence.", "WASHINGTON", "The U.S. has no evidence."},
          std::array<std::string, 3>{"Kuala Lumpur (ANTARA) - Foreign ministers met.", "Kuala Lumpur", "Foreign ministers met."}}) {
        const auto st = communique::parse_structure(text);
        BOOST_TEST_REQUIRE(st.blocks.size() == 1u);
        BOOST_TEST(std::string(st.blocks[0].label.in(text)) == place);
        BOOST_TEST(std::string(st.blocks[0].body.in(text)) == body);
        BOOST_TEST(st.blocks[0].where == (communique::span{0, text.size()}));
    }
}

BOOST_AUTO_TEST_CASE(crlf_and_nbsp_are_trimmed) {
    const std::string text = "\xC2\xA0" "First para.\r\n\r\nSecond para.\xC2\xA0\r\n";
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.blocks.size() == 2u);
    BOOST_TEST(std::string(st.blocks[0].where.in(text)) == "First para.");
    BOOST_TEST(std::string(st.blocks[1].where.in(text)) == "Second para.");
}

// The byte check reads sixteen and eight bytes at a time: a NUL or a bad byte is reported
// where it stands whatever its offset, and nothing past the end of the text is read (the
// byte after it here is a NUL that must not be reported).
BOOST_AUTO_TEST_CASE(the_byte_check_reports_each_bad_byte_where_it_stands) {
    for (std::size_t size = 0; size < 48; ++size) {
        const std::string buffer = std::string(size, 'a') + '\0';
        const auto clean = communique::parse_structure(std::string_view(buffer.data(), size));
        BOOST_TEST(clean.diagnostics.empty(), "size " << size);
        for (std::size_t at = 0; at < size; ++at) {
            for (const char bad : {'\0', '\xFF'}) {
                std::string text(size, 'a');
                text[at] = bad;
                const auto st = communique::parse_structure(text);
                BOOST_TEST_REQUIRE(st.diagnostics.size() == 1u, "size " << size << " at " << at);
                BOOST_TEST(st.diagnostics[0].where.begin == at);
            }
        }
    }
}

// classify() calls the speaker_label and dateline rules only on a line whose head passes
// may_open_speaker_label / may_open_dateline: the checks must pass every head the rules match
// (each head and tail below, glued, is run through both), and reject running text.
template <class Rule>
bool rule_matches(const Rule& rule, const std::string& line) {
    const char* first = line.data();
    communique::grammar::structure::ast::range attr;
    return boost::spirit::x3::parse(first, line.data() + line.size(), rule, attr);
}

BOOST_AUTO_TEST_CASE(label_and_dateline_checks_pass_every_head_the_rules_match) {
    namespace cd = communique::detail::_structure;
    namespace g = communique::grammar::structure;
    const char* heads[] = {"Q", "QUESTION", "MR RATHKE", "Maria Zakharova", "Mr. O'Brien-Smith",
                           "\xC3\x89ric Dupont", "\xC3\xA9ric", "DA\xE2\x80\x99NANG, Vietnam",
                           "ST. PETERSBURG", "O'BRIEN", "WASHINGTON", "A", "AB", "I", "U.S.",
                           "MOSCOW, 12 APR", "MANILA (XINHUA)", "NEW YORK, N.Y.", "The talks",
                           "Here are the key points", "he said", "x", "1.", "", " Q", "\xC2\xA0Q",
                           "A B C D E F G", "A B C D E F", "Aa", "A.", "A'", "a",
                           "Official Spokesperson, Shri Randhir Jaiswal", "Minister, Lavrov",
                           "President von der Leyen", "Lula da Silva"};
    const char* tails[] = {"", ":", ": ", ":\t", ":x", " --", "--", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
                           "-", " - ", " (XINHUA) - ", " (Reuters) - ", " (PTI) ", ", 3 May (Dow Jones) -- ", ", 3 May -- ", " : ",
                           ", said: ", "."};
    int labels = 0;
    int datelines = 0;
    for (const char* h : heads) {
        for (const char* t : tails) {
            for (const char* body : {"", "talks ended.", "Talks"}) {
                const std::string line = std::string(h) + t + body;
                const char* b = line.data();
                const char* e = b + line.size();
                if (rule_matches(g::speaker_label(), line)) {
                    ++labels;
                    BOOST_TEST(cd::may_open_speaker_label(b, e), line);
                }
                if (rule_matches(g::dateline(), line)) {
                    ++datelines;
                    BOOST_TEST(cd::may_open_dateline(b, e), line);
                }
            }
        }
    }
    BOOST_TEST(labels > 50);
    BOOST_TEST(datelines > 50);
    for (const std::string line : {"The talks ended.", "Here are the key points", "he said: yes",
                                    "1. Item", "Talks: none"}) {
        const char* b = line.data();
        BOOST_TEST(!cd::may_open_dateline(b, b + line.size()), line);
    }
    for (const std::string line : {"The talks ended.", "he said: yes", "1. Item", ""}) {
        const char* b = line.data();
        BOOST_TEST(!cd::may_open_speaker_label(b, b + line.size()), line);
    }
}

// classify() calls the furniture_word rule only on a head that furniture_heads lets by: the
// look must pass every head the rule matches. Each phrase's first two bytes are replaced by
// every pair of bytes (every case, and bytes a locale might fold), with tails that end the
// word or not; then every line of the dev corpus. Running text must fail the look.
bool furniture_rule_matches(const std::string& line) {
    const char* first = line.data();
    communique::grammar::structure::ast::furniture kind{};
    return boost::spirit::x3::parse(first, line.data() + line.size(), communique::grammar::structure::furniture_word(), kind);
}

BOOST_AUTO_TEST_CASE(the_furniture_look_passes_every_head_the_rule_matches) {
    namespace cd = communique::detail::_structure;
    namespace g = communique::grammar::structure;
    const std::vector<std::string> phrases = g::furniture_phrases();
    const cd::furniture_heads heads(phrases);
    BOOST_TEST(phrases.size() > 50u);
    std::size_t matched = 0;
    const auto check = [&](const std::string& line) {
        if (!furniture_rule_matches(line)) return;
        ++matched;
        BOOST_TEST_REQUIRE(heads.may_open(line.data(), line.data() + line.size()), line);
    };
    std::set<std::string> rests;
    for (const std::string& w : phrases) {
        // The list is the rule's table: each phrase matches, in any case.
        std::string upper = w;
        for (char& c : upper) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        BOOST_TEST(furniture_rule_matches(w), w);
        BOOST_TEST(furniture_rule_matches(upper + ": x"), upper);
        // Every case of the first four bytes (the look folds them), glued or not.
        for (unsigned mask = 0; mask < 16; ++mask) {
            std::string mixed = w;
            for (std::size_t k = 0; k < 4 && k < mixed.size(); ++k)
                if ((mask >> k & 1) != 0) mixed[k] = upper[k];
            check(mixed);
            check(mixed + " x");
            check(mixed + "x");
        }
        rests.insert(w.substr(std::min<std::size_t>(2, w.size())));
    }
    for (const std::string& rest : rests) {
        for (unsigned c0 = 0; c0 < 256; ++c0) {
            for (unsigned c1 = 0; c1 < 256; ++c1) {
                std::string line{static_cast<char>(c0), static_cast<char>(c1)};
                line += rest;
                check(line);
                check(line + " the rest");
            }
        }
    }
    BOOST_TEST(matched > 100u);
    for (const std::string line : {"The talks ended.", "He said so.", "Mr Lavrov", "\"We agree\"", "Tony Blair",
                                   "Labour plans", "Conservatives", "Shadow chancellor"})
        BOOST_TEST(!heads.may_open(line.data(), line.data() + line.size()), line);
    if (!fixtures::have_dev_corpus()) return;
    std::size_t lines = 0, passed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures::dev_corpus())) {
        const std::string text = fixtures::read_file(entry.path());
        std::size_t b = 0;
        while (b < text.size()) {
            std::size_t e = text.find('\n', b);
            if (e == std::string::npos) e = text.size();
            const std::string line = text.substr(b, e - b);
            ++lines;
            passed += heads.may_open(line.data(), line.data() + line.size());
            check(line);
            b = e + 1;
        }
    }
    BOOST_TEST(passed * 2 < lines); // most lines are turned down by the look alone
}

// classify() calls the list_marker rule only on a head that may_open_list_marker lets by:
// every first byte, followed by the rest of each marker the rule knows and by text, must pass
// the check whenever the rule matches.
BOOST_AUTO_TEST_CASE(the_list_marker_check_passes_every_head_the_rule_matches) {
    namespace cd = communique::detail::_structure;
    namespace g = communique::grammar::structure;
    const char* rests[] = {" item", "\t item", "\xC2\xA0item", "\x80\xA2 item", "\x96\xAA item", "\x97\xA6 item",
                           "\xB7 item", "\x80\x93 item", ". item", ") item", "2. item", "23) item", "1. item",
                           "1.item", "", "-", "item"};
    int matched = 0;
    for (unsigned c = 0; c < 256; ++c) {
        for (const char* rest : rests) {
            const std::string line = std::string(1, static_cast<char>(c)) + rest;
            const char* first = line.data();
            communique::grammar::structure::ast::marker m{};
            if (!boost::spirit::x3::parse(first, line.data() + line.size(), g::list_marker(), m)) continue;
            ++matched;
            BOOST_TEST(cd::may_open_list_marker(line.data(), line.data() + line.size()), line);
        }
    }
    BOOST_TEST(matched > 30);
    for (const std::string line : {"The talks ended.", "Mr Lavrov", "\"We agree\""})
        BOOST_TEST(!cd::may_open_list_marker(line.data(), line.data() + line.size()), line);
}

// line_set (classify's repeated lines and titles) answers as the hash set it stands in for,
// before and after it outgrows its array: random lines from a pool larger than the array,
// each inserted and looked up.
BOOST_AUTO_TEST_CASE(the_line_set_answers_as_a_hash_set) {
    std::mt19937 rng(5);
    for (int round = 0; round < 200; ++round) {
        const std::size_t pool = 1 + rng() % 80;
        std::vector<std::string> lines;
        for (std::size_t k = 0; k < pool; ++k) lines.push_back("line " + std::to_string(rng() % 100));
        lines.push_back(""); // an empty line is a line too
        communique::detail::_structure::line_set set;
        std::unordered_set<std::string_view> want;
        for (int step = 0; step < 120; ++step) {
            const std::string_view s = lines[rng() % lines.size()];
            const std::string_view probe = lines[rng() % lines.size()];
            BOOST_TEST_REQUIRE(set.contains(probe) == (want.count(probe) != 0));
            BOOST_TEST_REQUIRE(set.insert(s) == want.insert(s).second);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
