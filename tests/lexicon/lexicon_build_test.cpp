// Building a lexicon's tables the fast way holds exactly what the old way held: the forms
// put_cased puts (each distinct form once, no vector of apostrophe variants) are the forms of
// the former code, the pooled tries (pooled_tst) hold and find what X3's own tst does, and the
// built-in entries (parsed straight into the tables) are those of the files one by one.
#include <communique/detail/default_lexicon_data.hpp>
#include <communique/detail/lexicon_forms.hpp>
#include <communique/detail/lexicon_tables.hpp>
#include <communique/lexicon.hpp>

#include <boost/core/bit.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace detail = communique::detail;
namespace x3 = boost::spirit::x3;

namespace {

/// A table that records what is put: the value of each form, and how often each was put.
struct recorder {
    std::map<std::string, std::uint32_t> values;
    std::map<std::string, int> puts;
    std::uint32_t& at(const std::string& form) {
        ++puts[form];
        return values[form];
    }
};

/// Texts drawn from a fixed LCG (the same from run to run): mostly single lower-case letters,
/// so that leads run long, and otherwise one of `pieces`.
struct random_texts {
    std::uint64_t state;
    std::size_t below(std::size_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    }
    /// 1 to `max_parts` parts, each a letter unless a draw below `letter_odds` is 0.
    template <std::size_t N>
    std::string text(std::size_t max_parts, std::size_t letter_odds, const char* const (&pieces)[N]) {
        std::string out;
        const std::size_t parts = 1 + below(max_parts);
        for (std::size_t k = 0; k < parts; ++k)
            out += below(letter_odds) != 0 ? std::string(1, static_cast<char>('a' + below(26))) : pieces[below(N)];
        return out;
    }
};

/// The former code, as it was before the shortcuts: every variant put, duplicates too.
namespace before {
std::vector<std::string> apostrophe_variants(const std::string& s) {
    std::vector<std::string> out{s};
    static constexpr std::string_view curly = "\xE2\x80\x99";
    if (s.find('\'') != std::string::npos) {
        std::string v;
        for (char c : s) {
            if (c == '\'') v += curly;
            else v += c;
        }
        out.push_back(std::move(v));
    }
    std::size_t at = s.find(curly);
    if (at != std::string::npos) {
        std::string v = s;
        while ((at = v.find(curly)) != std::string::npos) v.replace(at, curly.size(), "'");
        out.push_back(std::move(v));
    }
    return out;
}
void put(recorder& table, const std::string& form, std::uint32_t index) {
    if (form.empty()) return;
    for (const auto& v : apostrophe_variants(form)) table.at(v) = index;
}
void put_cased(recorder& table, const std::string& form, std::uint32_t index, bool title) {
    put(table, form, index);
    put(table, detail::capitalised(form), index);
    if (title) put(table, detail::title_case(form), index);
}
} // namespace before

/// Every phrase of the built-in lexicon, and some written to try the shortcuts: apostrophes of
/// both kinds (mixed, first, last, alone), upper case, Title Case the same as Capitalised.
std::vector<std::string> all_forms() {
    std::vector<std::string> forms = {
        "",         "x",           "'",          "\xE2\x80\x99", "don't",       "Don\xE2\x80\x99t",
        "o'clock",  "l\xE2\x80\x99" "Elys\xC3\xA9" "e",          "a'b\xE2\x80\x99" "c'd", "'s",
        "IMF",      "the Kremlin", "envoy",      "head of state", "secretary-general",
        "Prime Minister", "rock \xE2\x80\x99n' roll", "\xC3\xA9lys\xC3\xA9" "e", "9/11"};
    const auto& e = communique::lexicon::builtin().entries();
    for (const auto& a : e.actors) forms.insert(forms.end(), a.names.begin(), a.names.end());
    for (const auto& d : e.demonyms) forms.insert(forms.end(), d.forms.begin(), d.forms.end());
    for (const auto& t : e.titles) forms.insert(forms.end(), t.forms.begin(), t.forms.end());
    for (const auto& c : e.cues) forms.insert(forms.end(), c.forms.begin(), c.forms.end());
    for (const auto& t : e.topics) forms.insert(forms.end(), t.forms.begin(), t.forms.end());
    return forms;
}

/// A trie's phrases and values, in its order.
template <typename Symbols>
std::vector<std::pair<std::string, std::uint32_t>> listing(const Symbols& symbols) {
    std::vector<std::pair<std::string, std::uint32_t>> out;
    symbols.for_each([&out](const std::string& s, std::uint32_t v) { out.emplace_back(s, v); });
    return out;
}

/// The longest phrase of `symbols` at the start of `text`: its length and value, or -1 and 0.
template <typename Symbols>
std::pair<long, std::uint32_t> longest(const Symbols& symbols, const std::string& text) {
    auto it = text.begin();
    std::uint32_t value = 0;
    if (!x3::parse(it, text.end(), symbols, value)) return {-1, 0};
    return {static_cast<long>(it - text.begin()), value};
}

/// X3's own insertion (tst_node::add) into nodes of its own: the tree pooled_tst's insert must
/// build node for node.
struct x3_nodes {
    using node = x3::detail::tst_node<char, std::uint32_t>;
    std::vector<std::unique_ptr<node>> nodes;
    std::vector<std::unique_ptr<std::uint32_t>> values;
    node* root = nullptr;
    node* new_node(char c) { return nodes.emplace_back(std::make_unique<node>(c)).get(); }
    std::uint32_t* new_data(std::uint32_t v) { return values.emplace_back(std::make_unique<std::uint32_t>(v)).get(); }
    std::uint32_t& at(const std::string& s) { return *node::add(root, s.begin(), s.end(), 0u, this); }
};

/// Whether two trees have the same nodes in the same places, with the same values.
bool same_tree(const x3_nodes::node* a, const x3_nodes::node* b) {
    if (!a || !b) return a == b;
    if (a->id != b->id || !a->data != !b->data || (a->data && *a->data != *b->data)) return false;
    return same_tree(a->lt, b->lt) && same_tree(a->eq, b->eq) && same_tree(a->gt, b->gt);
}

} // namespace

BOOST_AUTO_TEST_SUITE(lexicon_build)

BOOST_AUTO_TEST_CASE(pooled_tries_are_x3_tries_node_for_node) {
    // phrase_table::at adds from a first byte's kept node (add_below), phrase_symbols::at from
    // the root: both must make X3's tree, whose root is the first phrase's first node.
    auto forms = all_forms();
    forms.insert(forms.end(), {"said", "said", "sa", "s", "saidx", "zz", "z", "\x80\xFF"});
    x3_nodes plain;
    detail::phrase_table table;
    detail::phrase_symbols symbols;
    std::uint32_t index = 0;
    for (const auto& form : forms) {
        if (form.empty()) continue;
        plain.at(form) = index;
        table.at(form) = index;
        symbols.at(form) = index;
        ++index;
    }
    const char first = forms[1][0];
    BOOST_TEST_REQUIRE(plain.root->id == first);
    BOOST_TEST(same_tree(plain.root, table.symbols.lookup->first_node(first)));
    BOOST_TEST(same_tree(plain.root, symbols.lookup->first_node(first)));
    BOOST_TEST(plain.nodes.size() > 10000u);
}

BOOST_AUTO_TEST_CASE(phrase_leads_are_the_leads_of_the_phrase_itself) {
    // phrase_leads_of reads a zero-padded copy; the keys must be those read from the phrase
    // where it ends (lead_at_end's way). Leads ending at the end, 0xE2 and 0xC2 last or before
    // the end, separators last, and phrases too long for the copy.
    auto forms = all_forms();
    const std::string long_form = "a phrase of more than fifty-six bytes, which is read where it is";
    forms.insert(forms.end(), {"said ", "said  ", "U.S.", "a \xE2", "a\xE2", "a\xE2\x80", "a\xE2\x80\x99s",
                               "x \xE2\x80\x94 y", "a\xC2", "a \xC2\xA0" "b", "seven77", "eight888",
                               "nine99999", "a b", "a        b", "a       b", long_form,
                               long_form.substr(0, 56), long_form.substr(0, 57), long_form.substr(0, 55)});
    for (const auto& form : forms) {
        const detail::phrase_leads runs = detail::phrase_leads_of(form);
        const detail::word_lead first = detail::lead_at(form, 0);
        const detail::word_lead second = detail::second_lead(form, first.length);
        BOOST_TEST(runs.first.key == first.key, form);
        BOOST_TEST(runs.first.length == first.length, form);
        BOOST_TEST(runs.second.key == second.key, form);
        BOOST_TEST(runs.second.length == second.length, form);
    }
}

namespace {
template <std::size_t Spread>
void check_reserved_against_grown() {
    for (std::size_t n : {0u, 1u, 15u, 16u, 17u, 100u, 1023u, 1024u, 3259u, 4095u}) {
        detail::key_map<std::uint8_t, Spread> grown, reserved;
        reserved.reserve(n);
        for (std::uint64_t k = 1; k <= n; ++k) {
            grown[k * 2 + 1] = static_cast<std::uint8_t>(k);
            reserved[k * 2 + 1] = static_cast<std::uint8_t>(k);
        }
        grown[3]; // a lookup after the last key may grow the map too
        reserved[3];
        BOOST_TEST(grown.capacity() == reserved.capacity(), n);
        BOOST_TEST(grown.size() == reserved.size(), n);
        for (std::uint64_t k = 1; k <= n; ++k)
            BOOST_TEST(*reserved.find(k * 2 + 1) == static_cast<std::uint8_t>(k));
        reserved.reserve(0); // never smaller
        BOOST_TEST(grown.capacity() == reserved.capacity(), n);
        BOOST_TEST(reserved.capacity() >= (reserved.size() + 1) * Spread, n);
    }
}
} // namespace

BOOST_AUTO_TEST_CASE(a_reserved_key_map_has_the_slots_growth_reaches) {
    // index_entries reserves the lead index for its keys: the same slots as growth, so the
    // tagger's probes are those of before (the spreads of the per-table maps and of the index).
    check_reserved_against_grown<2>();
    check_reserved_against_grown<4>();
    check_reserved_against_grown<8>();
}

// The lexicon's lead and pair index stay at most one slot in two full (lexicon_tables::leads),
// and every key of every table is in them, past their filters.
BOOST_AUTO_TEST_CASE(the_lead_index_is_at_most_one_slot_in_two_full) {
    const auto& t = communique::lexicon::builtin().tables();
    BOOST_TEST(t.leads.size() > 1000u);
    BOOST_TEST(t.leads.capacity() >= 2 * t.leads.size());
    BOOST_TEST(t.pairs.size() > 1000u);
    BOOST_TEST(t.pairs.capacity() >= 2 * t.pairs.size());
    for (const detail::phrase_table* table : {&t.cues, &t.gap_heads, &t.actors, &t.titles, &t.demonyms, &t.topics}) {
        table->leads.for_each([&](std::uint64_t key, std::uint8_t) { BOOST_TEST(t.leads.find(key) != nullptr); });
        table->pairs.for_each([&](std::uint64_t key, bool) { BOOST_TEST(t.pairs.find(key) != nullptr); });
    }
}

BOOST_AUTO_TEST_CASE(put_cased_puts_the_forms_of_the_old_way_each_once) {
    const auto forms = all_forms();
    BOOST_TEST_REQUIRE(forms.size() > 1000u);
    for (const bool title : {false, true}) {
        recorder old_way, new_way;
        std::string scratch; // one buffer for all the forms, as index_entries does
        std::uint32_t index = 0;
        for (const auto& form : forms) {
            before::put_cased(old_way, form, index, title);
            recorder one; // this form's puts alone: none twice
            detail::put_cased(one, form, index, title);
            for (const auto& [put, times] : one.puts) BOOST_TEST(times == 1, put);
            detail::put_cased(new_way, form, index, title, scratch);
            ++index;
        }
        BOOST_TEST((old_way.values == new_way.values));
        // The old way put some forms twice in one call ("IMF" Capitalised): the shortcut has
        // something to skip, and does.
        BOOST_TEST((new_way.puts != old_way.puts));
    }
}

// has_byte reads eight bytes at a time, and the bytes past the end as zeros: a byte looked for
// is found at each place of strings of each length, and neighbours of it (one bit apart,
// the same low seven bits) are not taken for it.
BOOST_AUTO_TEST_CASE(has_byte_finds_a_byte_wherever_it_stands) {
    const unsigned char sought[] = {'\'', 0xE2, '*'};
    const unsigned char others[] = {'a', '&', '(', 0xA7, 0x62, 0xE3, 0xE0, 0x80, 0x01, 0xFF, '+', 0xAA};
    for (std::size_t length = 0; length <= 25; ++length) {
        for (const unsigned char other : others) {
            const std::string plain(length, static_cast<char>(other));
            for (const unsigned char a : sought) BOOST_TEST(!detail::has_byte(plain, a, a));
            for (std::size_t at = 0; at < length; ++at)
                for (const unsigned char a : sought) {
                    std::string s = plain;
                    s[at] = static_cast<char>(a);
                    BOOST_TEST(detail::has_byte(s, a, '\''), s);
                    BOOST_TEST(detail::has_byte(s, 0xE2, a), s);
                    BOOST_TEST(detail::has_byte(s, '*', a) == true, s);
                    // Only `a` is there: a search for two other bytes finds neither.
                    const unsigned char b = a == '*' ? '\'' : '*', c = a == 0xE2 ? '\'' : 0xE2;
                    BOOST_TEST(!detail::has_byte(s, b, c), s);
                }
        }
    }
    // A view into a longer string: the bytes after its end are not read as its own.
    const std::string longer = "abcdefgh'";
    BOOST_TEST(!detail::has_byte(std::string_view(longer).substr(0, 8), '\'', '\''));
    BOOST_TEST(!detail::has_byte(std::string_view(longer).substr(1, 7), '\'', '\''));
}

BOOST_AUTO_TEST_CASE(the_apostrophes_of_a_form_are_those_a_search_finds) {
    for (const auto& form : all_forms()) {
        const detail::apostrophes marks = detail::apostrophes_in(form);
        BOOST_TEST(marks.straight == (form.find('\'') != std::string::npos), form);
        BOOST_TEST(marks.curly == (form.find("\xE2\x80\x99") != std::string::npos), form);
    }
    // 0xE2 opening another mark ("–", U+2013) is no curly apostrophe.
    BOOST_TEST(!detail::apostrophes_in("a \xE2\x80\x93 b").curly);
}

BOOST_AUTO_TEST_CASE(put_writes_both_apostrophes) {
    recorder table;
    detail::put(table, "a'b\xE2\x80\x99" "c", 7);
    const std::map<std::string, std::uint32_t> expected = {
        {"a'b\xE2\x80\x99" "c", 7}, {"a\xE2\x80\x99" "b\xE2\x80\x99" "c", 7}, {"a'b'c", 7}};
    BOOST_TEST((table.values == expected));
}

BOOST_AUTO_TEST_CASE(pooled_tries_hold_and_find_what_x3_tst_does) {
    const auto forms = all_forms();
    x3::symbols<std::uint32_t> plain;
    detail::phrase_symbols pooled;
    std::uint32_t index = 0;
    for (const auto& form : forms) { // later forms write over the values of earlier ones
        if (form.empty()) continue;
        plain.at(form) = index;
        pooled.at(form) = index;
        ++index;
    }
    for (std::size_t i = 0; i < forms.size(); i += 7) {
        plain.remove(forms[i]);
        pooled.remove(forms[i]);
    }
    const auto expected = listing(plain);
    BOOST_TEST_REQUIRE(expected.size() > 1000u);
    BOOST_TEST((listing(pooled) == expected));
    const detail::phrase_symbols copied(pooled); // shares the trie (x3::symbols semantics)
    const detail::pooled_tst<char, std::uint32_t> cloned(*pooled.lookup);
    detail::phrase_symbols assigned;
    assigned.at("stale") = 1;
    *assigned.lookup = cloned; // drops the old nodes, clones the others
    BOOST_TEST((listing(assigned) == expected));
    for (const auto& form : forms) {
        const std::string text = form + " and more";
        BOOST_TEST((longest(pooled, text) == longest(plain, text)), text);
        BOOST_TEST((longest(assigned, text) == longest(plain, text)), text);
    }
    pooled.clear();
    BOOST_TEST(listing(pooled).empty());
    BOOST_TEST(listing(copied).empty());
    BOOST_TEST((listing(assigned) == expected));
}

BOOST_AUTO_TEST_CASE(a_frozen_table_finds_what_its_tree_finds) {
    // Every form, each with a word after it, cut short, and run on into more letters; and
    // random runs of letters and pieces: the frozen copy's answer is the tree walk's.
    const auto forms = all_forms();
    detail::phrase_table table;
    std::uint32_t index = 0;
    for (const auto& form : forms)
        if (!form.empty()) table.at(form) = index++;
    std::vector<std::string> texts;
    for (const auto& form : forms) {
        texts.push_back(form + " and more");
        texts.push_back(form);
        if (form.size() > 1) texts.push_back(form.substr(0, form.size() - 1));
        texts.push_back(form + "s said");
    }
    static const char* const pieces[] = {" ", "the ", "said", "Russia", "â", "'s ", "-", "Minister "};
    random_texts draw{2026};
    for (int k = 0; k < 20000; ++k) texts.push_back(draw.text(6, 3, pieces));
    auto answer = [&table](const std::string& text) {
        const auto m = table.longest(text, 0);
        return m ? std::pair<long, std::uint32_t>(static_cast<long>(m->length), m->index) : std::pair<long, std::uint32_t>(-1, 0);
    };
    std::vector<std::pair<long, std::uint32_t>> walked;
    for (const auto& text : texts) walked.push_back(answer(text));
    BOOST_TEST_REQUIRE(std::count_if(walked.begin(), walked.end(), [](const auto& m) { return m.first > 0; }) > 1000);
    table.freeze();
    for (std::size_t k = 0; k < texts.size(); ++k) BOOST_TEST((answer(texts[k]) == walked[k]), texts[k]);
    // A phrase added after freezing is found: the frozen copy is dropped until frozen again.
    const std::string added = "zzq unheard phrase";
    BOOST_TEST((answer(added) == std::pair<long, std::uint32_t>(-1, 0)));
    table.at(added) = 7;
    BOOST_TEST((answer(added) == std::pair<long, std::uint32_t>(static_cast<long>(added.size()), 7)));
    table.freeze();
    BOOST_TEST((answer(added) == std::pair<long, std::uint32_t>(static_cast<long>(added.size()), 7)));
}

BOOST_AUTO_TEST_CASE(builtin_entries_are_the_files_parsed_one_by_one) {
    std::vector<std::string> actors, demonyms, titles, cues, topics; // each entry's first form
    for (const auto& file : detail::default_lexicon_files) {
        communique::lexicon_entries part;
        communique::diagnostics errors;
        BOOST_TEST_REQUIRE(communique::parse_lexicon(file.text, file.name, part, errors));
        for (const auto& a : part.actors) actors.push_back(a.names.front() + " " + a.country);
        for (const auto& d : part.demonyms) demonyms.push_back(d.forms.front());
        for (const auto& t : part.titles) titles.push_back(t.forms.front() + " " + t.role);
        for (const auto& c : part.cues) cues.push_back(c.forms.front() + " " + c.cameo);
        for (const auto& t : part.topics) topics.push_back(t.forms.front() + " " + t.topic);
    }
    const auto& e = communique::lexicon::builtin().entries();
    const auto firsts = [](const auto& entries, auto first) {
        std::vector<std::string> out;
        for (const auto& entry : entries) out.push_back(first(entry));
        return out;
    };
    BOOST_TEST(firsts(e.actors, [](const auto& a) { return a.names.front() + " " + a.country; }) == actors,
               boost::test_tools::per_element());
    BOOST_TEST(firsts(e.demonyms, [](const auto& d) { return d.forms.front(); }) == demonyms,
               boost::test_tools::per_element());
    BOOST_TEST(firsts(e.titles, [](const auto& t) { return t.forms.front() + " " + t.role; }) == titles,
               boost::test_tools::per_element());
    BOOST_TEST(firsts(e.cues, [](const auto& c) { return c.forms.front() + " " + c.cameo; }) == cues,
               boost::test_tools::per_element());
    BOOST_TEST(firsts(e.topics, [](const auto& t) { return t.forms.front() + " " + t.topic; }) == topics,
               boost::test_tools::per_element());
}

// key_map's probe walks byte offsets: key * (sizeof(entry) / 2) masked is slot
// (key >> 1) & (size - 1), then the next slots, wrapping at the end. for_each reads the slots
// in order, so the order it gives is the layout: the same as a plain model's, keys that
// share a slot and a run that wraps past the last slot among them.
BOOST_AUTO_TEST_CASE(key_map_slots_are_key_bits_above_bit_0_then_the_next) {
    for (std::size_t n : {1u, 5u, 40u, 700u}) {
        detail::key_map<std::uint32_t, 2> map;
        map.reserve(n);
        const std::size_t size = map.capacity();
        std::vector<std::uint64_t> model(size, 0);
        std::vector<std::uint64_t> keys;
        std::uint64_t state = 99 + n;
        for (std::size_t k = 0; k < n; ++k) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            std::uint64_t key = state | 1;
            if (k % 4 == 1) key = (size - 1) * 2 + 1 + (state & ~std::uint64_t{0} << 40); // the last slot: wraps
            if (k % 4 == 2) key = keys.back() + 2 * size;                             // the same slot
            if (k % 5 == 3) key &= ~std::uint64_t{1};                                  // bit 0 clear
            if (key == 0) continue;
            keys.push_back(key);
        }
        for (std::uint64_t key : keys) {
            const bool fresh = map.find(key) == nullptr;
            map[key] = static_cast<std::uint32_t>(key >> 3);
            if (!fresh) continue;
            std::size_t i = static_cast<std::size_t>(key >> 1) & (size - 1);
            while (model[i] != 0) i = (i + 1) & (size - 1);
            model[i] = key;
        }
        BOOST_TEST_REQUIRE(map.capacity() == size, n); // reserved: no rehash moved a key
        std::vector<std::uint64_t> laid, expected;
        map.for_each([&](std::uint64_t key, std::uint32_t value) {
            laid.push_back(key);
            BOOST_TEST_REQUIRE(value == static_cast<std::uint32_t>(key >> 3));
        });
        for (std::uint64_t key : model)
            if (key != 0) expected.push_back(key);
        BOOST_TEST(laid == expected, boost::test_tools::per_element());
        for (std::uint64_t key : keys) BOOST_TEST_REQUIRE(map.find(key) != nullptr);
        for (std::uint64_t absent = 3; absent < 3 + 64 * size; absent += 2 * size + 2)
            if (std::find(keys.begin(), keys.end(), absent) == keys.end()) BOOST_TEST_REQUIRE(map.find(absent) == nullptr);
    }
}

// lead_at reads the first eight bytes on their own and takes the bytes before the stop by
// one mask; lead_at_end reads every lead byte by byte through lead_stops. Both give the same
// lead at every position of texts of letters, digits, marks, bytes from 0x80 and ends.
BOOST_AUTO_TEST_CASE(lead_at_is_lead_at_end_at_every_position) {
    static const char* const pieces[] = {"a", "Z", "q", "7", " ", ".", "-", "'", "\xE2\x80\x99", "\xC2\xA0",
                                         "\xC3\xA9", "\xE2\x82\xAC", "\xE2", "\xC2", "\x80", ",", "\t", "x"};
    random_texts texts{4242};
    std::size_t long_leads = 0;
    for (int round = 0; round < 3000; ++round) {
        // Mostly letters, so that leads run past eight and sixteen bytes.
        const std::string text = texts.text(40, 3, pieces);
        for (std::size_t i = 0; i <= text.size(); ++i) {
            const detail::word_lead fast = detail::lead_at(text, i);
            const detail::word_lead slow = detail::lead_at_end(text, i);
            BOOST_TEST_REQUIRE(fast.length == slow.length, "at " << i << " of " << text);
            BOOST_TEST_REQUIRE(fast.key == slow.key, "at " << i << " of " << text);
            long_leads += fast.length >= 8;
        }
    }
    BOOST_TEST(long_leads > 100u);
}

// lead_hash turns the product's high bits to the bottom: the lead index picks its slot and
// the grammar's word filter its bit there, and the product's own low bits depend on the
// low bits of the first bytes only. Two-letter words reach nearly every odd value of the
// low six bits (bit 0 is always set; without the turn the first letter alone picks them: at
// most 26) and some 500 of the 1024 slots of bits 1..10 (without it, at most 208: the first
// letter and three bits of the second). The length keeps strings whose last bytes are zero
// apart.
BOOST_AUTO_TEST_CASE(lead_keys_are_spread_over_their_low_bits) {
    std::vector<bool> low(64, false), slots(1024, false);
    std::size_t distinct = 0, slots_hit = 0;
    for (char a = 'a'; a <= 'z'; ++a)
        for (char b = 'a'; b <= 'z'; ++b) {
            const std::uint64_t key = detail::bytes_key(std::string{a, b});
            if (!low[key & 63]) ++distinct;
            low[key & 63] = true;
            if (!slots[(key >> 1) & 1023]) ++slots_hit;
            slots[(key >> 1) & 1023] = true;
        }
    BOOST_TEST(distinct >= 30u);
    BOOST_TEST(slots_hit >= 400u);
    BOOST_TEST(detail::bytes_key(std::string("ab", 2)) != detail::bytes_key(std::string("ab\0", 3)));
    BOOST_TEST(detail::bytes_key(std::string("abcdefgh", 8)) != detail::bytes_key(std::string("abcdefgh\0", 9)));
    BOOST_TEST(detail::bytes_key("") != detail::bytes_key(std::string(1, '\0')));
}

// second_run takes one space before an ASCII letter or digit without its loop over the gap;
// the loop (written out here) finds the same run wherever the text stands: one space, two,
// marks, bytes from 0x80, the end of the text, a gap too long to reach.
BOOST_AUTO_TEST_CASE(second_run_is_the_walk_over_the_gap) {
    const auto walk = [](std::string_view text, std::size_t lead_end) -> detail::run_at {
        std::size_t j = lead_end;
        while (j < text.size() && j - lead_end < 8 && detail::lead_is_empty_at(text, j)) ++j;
        if (j >= text.size() || j - lead_end >= 8) return {j, {0, 0}};
        return {j, detail::lead_at(text, j)};
    };
    static const char* const pieces[] = {"a", "Q", "4", " ", " ", ".", "\xE2\x80\x99", "\xE2\x80\x94", "\xC2\xA0",
                                         "\xC3\x89", "\xE2", "\xC2", "-", "        ", "\n"};
    random_texts texts{77};
    std::size_t quick = 0;
    for (int round = 0; round < 3000; ++round) {
        const std::string text = texts.text(30, 2, pieces);
        for (std::size_t i = 0; i <= text.size(); ++i) {
            const detail::run_at fast = detail::second_run(text, i);
            const detail::run_at slow = walk(text, i);
            BOOST_TEST_REQUIRE(fast.at == slow.at, "at " << i << " of " << text);
            BOOST_TEST_REQUIRE(fast.lead.key == slow.lead.key, "at " << i << " of " << text);
            BOOST_TEST_REQUIRE(fast.lead.length == slow.lead.length, "at " << i << " of " << text);
            quick += i + 1 < text.size() && text[i] == ' ' && static_cast<unsigned char>(text[i + 1]) < 0x80 &&
                     detail::is_word_byte(static_cast<unsigned char>(text[i + 1]));
        }
    }
    BOOST_TEST(quick > 1000u);
}

// ascii_stop_byte (SSE2 compares where at hand) is the byte of ascii_lead_stops' lowest stop:
// every byte value in every place of a chunk of letters, and chunks of random bytes.
BOOST_AUTO_TEST_CASE(ascii_stop_byte_is_the_lowest_stop_of_the_swar_reading) {
    const auto swar = [](std::uint64_t x) -> unsigned {
        const std::uint64_t stop = detail::ascii_lead_stops(x);
        return stop ? static_cast<unsigned>(boost::core::countr_zero(stop)) / 8 : 8;
    };
    const std::uint64_t letters = 0x6D6C6B6A69686766ULL; // "fghijklm"
    BOOST_TEST(detail::ascii_stop_byte(letters) == 8u);
    std::size_t stopped = 0;
    for (unsigned k = 0; k < 8; ++k)
        for (unsigned b = 0; b < 256; ++b) {
            const std::uint64_t x = (letters & ~(std::uint64_t{0xFF} << (8 * k))) | std::uint64_t{b} << (8 * k);
            BOOST_TEST_REQUIRE(detail::ascii_stop_byte(x) == swar(x), "byte " << b << " at " << k);
            stopped += detail::ascii_stop_byte(x) == k;
        }
    BOOST_TEST(stopped == 8u * (256u - 62u)); // all but the 62 letters and digits stop the lead
    std::uint64_t state = 5;
    for (int round = 0; round < 100000; ++round) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const std::uint64_t x = state ^ (state >> 29);
        BOOST_TEST_REQUIRE(detail::ascii_stop_byte(x) == swar(x), std::hex << x);
    }
}

BOOST_AUTO_TEST_SUITE_END()
