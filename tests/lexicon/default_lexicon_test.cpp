// The embedded default lexicon (src/lexicon/*.lex): it loads without a diagnostic, its
// CAMEO codes and Goldstein weights agree with their kinds, and the lookups the extractor
// relies on work through lexicon::builtin().tables().
#include "printers.hpp"

#include <communique/detail/default_lexicon_data.hpp>
#include <communique/detail/lexicon_tables.hpp>
#include <communique/lexicon.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>

namespace bdata = boost::unit_test::data;
using communique::statement_kind;
namespace detail = communique::detail;

namespace {

const detail::lexicon_tables& builtin() { return communique::lexicon::builtin().tables(); }

/// The entry index of the longest phrase of `table` at the start of `text`, if it spans the
/// whole of `phrase` (the first `phrase.size()` bytes of text).
template <typename Table>
std::optional<std::uint32_t> lookup(const Table& table, std::string_view text, std::size_t length) {
    const auto m = detail::match_phrase(table, text, 0);
    if (!m || m->length != length) return std::nullopt;
    return m->index;
}
template <typename Table>
std::optional<std::uint32_t> lookup(const Table& table, std::string_view phrase) {
    return lookup(table, phrase, phrase.size());
}

std::string actor_of(std::string_view phrase) {
    const auto i = lookup(builtin().actors, phrase);
    return i ? builtin().entries.actors.at(*i).names.front() : "(none)";
}
std::string country_of(std::string_view phrase) {
    const auto i = lookup(builtin().actors, phrase);
    return i ? builtin().entries.actors.at(*i).country : "(none)";
}
std::optional<statement_kind> cue_kind(std::string_view phrase) {
    const auto i = lookup(builtin().cues, phrase);
    if (!i) return std::nullopt;
    return builtin().entries.cues.at(*i).kind;
}

/// The CAMEO root each kind's cues must carry (spec/statements.md, "Kinds").
std::set<std::string> roots_of(statement_kind k) {
    switch (k) {
    case statement_kind::statement: return {"01"};
    case statement_kind::optimism: return {"01"};
    case statement_kind::concern: return {"01"};
    case statement_kind::sympathy: return {"01"};
    case statement_kind::appeal: return {"02"};
    case statement_kind::intent: return {"03"};
    case statement_kind::consultation: return {"04"};
    case statement_kind::agreement: return {"05"};
    case statement_kind::support: return {"05"};
    case statement_kind::demand: return {"10"};
    case statement_kind::criticism: return {"11"};
    case statement_kind::rejection: return {"12"};
    case statement_kind::threat: return {"13"};
    }
    return {};
}

struct cue_case {
    const char* text;
    statement_kind kind;
    friend std::ostream& operator<<(std::ostream& os, const cue_case& c) { return os << c.text; }
};
const cue_case cue_cases[] = {
    {"said", statement_kind::statement},
    {"Said", statement_kind::statement},
    {"stressed", statement_kind::statement},
    {"emphasised", statement_kind::statement},
    {"pointed out", statement_kind::statement},
    {"according to", statement_kind::statement},
    {"declined to comment", statement_kind::statement},
    {"expressed hope", statement_kind::optimism},
    {"is optimistic about", statement_kind::optimism},
    {"expressed concern about", statement_kind::concern},
    {"are worried about", statement_kind::concern},
    {"called for", statement_kind::appeal},
    {"urged", statement_kind::appeal},
    {"stressed the need for", statement_kind::appeal},
    {"is ready to", statement_kind::intent},
    {"are committed to", statement_kind::intent},
    {"seeks to", statement_kind::intent},
    {"will", statement_kind::intent},
    {"discussed", statement_kind::consultation},
    {"touched upon", statement_kind::consultation},
    {"held talks", statement_kind::consultation},
    {"agreed", statement_kind::agreement},
    {"reached an agreement", statement_kind::agreement},
    {"reaffirmed", statement_kind::agreement},
    {"welcomed", statement_kind::support},
    {"applauded", statement_kind::support},
    {"demanded", statement_kind::demand},
    {"insisted on", statement_kind::demand},
    {"condemned", statement_kind::criticism},
    {"Condemned", statement_kind::criticism},
    {"accused", statement_kind::criticism},
    {"rejected", statement_kind::rejection},
    {"denied", statement_kind::rejection},
    {"will not support", statement_kind::rejection},
    {"warned", statement_kind::threat},
    {"will respond", statement_kind::threat},
    {"expressed condolences", statement_kind::sympathy},
    {"mourned", statement_kind::sympathy},
    {"voiced alarm", statement_kind::concern},
    {"expressed solidarity with", statement_kind::support},
    {"expressed dissatisfaction", statement_kind::criticism},
    {"expressed opposition", statement_kind::rejection},
    {"signalled readiness", statement_kind::intent},
    {"held a video call", statement_kind::consultation},
    // The present tense of official texts ("The Council expresses its deep concern").
    {"expresses concern", statement_kind::concern},
    {"express condolences", statement_kind::sympathy},
    {"expressing support for", statement_kind::support},
    {"reaffirms the need to", statement_kind::appeal},
};

struct actor_case {
    const char* text;
    const char* canonical;
    const char* country;
    friend std::ostream& operator<<(std::ostream& os, const actor_case& c) { return os << c.text; }
};
const actor_case actor_cases[] = {
    {"Sergey Lavrov", "Sergei Lavrov", "RUS"},
    {"Sergei Lavrov", "Sergei Lavrov", "RUS"},
    {"the Kremlin", "Russia", "RUS"},
    {"The Kremlin", "Russia", "RUS"},
    {"Kremlin", "Russia", "RUS"},
    {"Moscow", "Russia", "RUS"},
    {"Russian Federation", "Russia", "RUS"},
    {"U.S.", "United States", "USA"},
    {"the White House", "United States", "USA"},
    {"State Department", "United States", "USA"},
    {"Washington", "United States", "USA"},
    {"Downing Street", "United Kingdom", "GBR"},
    {"UK", "United Kingdom", "GBR"},
    {"Kyiv", "Ukraine", "UKR"},
    {"Kiev", "Ukraine", "UKR"},
    {"Élysée", "France", "FRA"},
    {"DPRK", "North Korea", "PRK"},
    {"UAE", "United Arab Emirates", "ARE"},
    {"Security Council", "UN Security Council", "IGO"},
    {"OPCW", "OPCW", "IGO"},
    {"Jean-Yves Le Drian", "Jean-Yves Le Drian", "FRA"},
    {"Erdoğan", "Recep Tayyip Erdogan", "TUR"},
    {"Dmytro Kuleba", "Dmytro Kuleba", "UKR"},
    {"Zelenskyy", "Volodymyr Zelensky", "UKR"},
    {"Antonio Guterres", "António Guterres", "IGO"},
    {"Vassily Nebenzia", "Vasily Nebenzya", "RUS"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(default_lexicon)

BOOST_AUTO_TEST_CASE(every_embedded_file_parses_without_a_diagnostic) {
    std::size_t files = 0;
    for (const auto& file : detail::default_lexicon_files) {
        BOOST_TEST_CONTEXT("file " << file.name) {
            communique::lexicon_entries out;
            communique::diagnostics errors;
            BOOST_TEST(communique::parse_lexicon(file.text, file.name, out, errors));
            BOOST_TEST(errors.empty());
            for (const auto& e : errors) BOOST_TEST_MESSAGE(e.message);
            ++files;
        }
    }
    BOOST_TEST(files >= 5u);
}

BOOST_AUTO_TEST_CASE(every_section_is_populated) {
    const auto& e = communique::lexicon::builtin().entries();
    std::size_t states = 0;
    std::size_t people = 0;
    for (const auto& a : e.actors) {
        states += (a.kind == communique::actor_kind::state);
        people += (a.kind == communique::actor_kind::person);
        if (a.kind == communique::actor_kind::person) BOOST_TEST(!a.title.empty(), a.names[0]);
    }
    BOOST_TEST(states >= 197u); // 193 UN members, Taiwan, Kosovo, Palestine, the Holy See
    BOOST_TEST(people >= 150u);
    BOOST_TEST(e.demonyms.size() >= 190u);
    BOOST_TEST(e.titles.size() >= 50u);
    BOOST_TEST(e.cues.size() >= 150u);
    BOOST_TEST(e.topics.size() >= 50u);
    std::size_t given = 0;
    for (const auto& g : e.given_names) given += g.forms.size();
    BOOST_TEST(given >= 2000u);
}

// A given name that both sexes bear would send a pronoun to the wrong person: such names are
// left out, and no name is listed twice (with one sex or two).
BOOST_AUTO_TEST_CASE(given_names_are_listed_once_and_none_that_both_sexes_bear) {
    const auto& e = communique::lexicon::builtin().entries();
    std::map<std::string, int> seen;
    for (const auto& g : e.given_names)
        for (const auto& f : g.forms) BOOST_TEST(++seen[f] == 1, "given name listed twice: " << f);
    for (const char* both : {"Andrea", "Nicola", "Jean", "Kim", "Alex", "Sasha", "Simone", "Nikola", "Ariel", "Kelly"})
        BOOST_TEST(seen.count(both) == 0u, "a name both sexes bear is listed: " << both);
    BOOST_TEST(seen.count("Patricia") == 1u);
    BOOST_TEST(seen.count("Sergei") == 1u);
}

BOOST_AUTO_TEST_CASE(cue_codes_lie_under_their_kind_and_one_code_has_one_weight) {
    std::map<std::string, double> weight_of;
    for (const auto& c : communique::lexicon::builtin().entries().cues) {
        BOOST_TEST_CONTEXT("cue " << c.forms.front() << " (" << c.kind << ", " << c.cameo << ")") {
            BOOST_TEST(roots_of(c.kind).count(std::string(communique::cameo_root(c.cameo))) == 1u);
            // The kinds whose root is shared say which code they carry.
            if (c.kind == statement_kind::optimism) BOOST_TEST(c.cameo == "013");
            if (c.kind == statement_kind::concern) BOOST_TEST(c.cameo == "012");
            if (c.kind == statement_kind::sympathy) BOOST_TEST(c.cameo == "018");
            if (c.kind == statement_kind::statement)
                BOOST_TEST((c.cameo != "012" && c.cameo != "013" && c.cameo != "018"));
            // A cue with its kind's default code carries the default weight.
            if (c.cameo == communique::info(c.kind).cameo)
                BOOST_TEST(c.goldstein == communique::info(c.kind).goldstein);
            const auto [at, fresh] = weight_of.emplace(c.cameo, c.goldstein);
            if (!fresh) BOOST_TEST(at->second == c.goldstein);
            BOOST_TEST((c.goldstein >= -10.0 && c.goldstein <= 10.0));
            // Verbal cooperation weighs >= 0 except the mildly negative 011/012; conflict < 0.
            if (communique::quad_of(c.cameo) == communique::quad_class::verbal_conflict)
                BOOST_TEST(c.goldstein < 0.0);
            else
                BOOST_TEST(c.goldstein >= -0.5);
        }
    }
}

BOOST_AUTO_TEST_CASE(no_form_is_listed_twice_with_different_meanings) {
    const auto& e = communique::lexicon::builtin().entries();
    std::map<std::string, std::string> cue_owner;
    for (const auto& c : e.cues)
        for (const auto& f : c.forms) {
            const std::string meaning = std::string(communique::to_string(c.kind)) + c.cameo;
            const auto [at, fresh] = cue_owner.emplace(f, meaning);
            BOOST_TEST((fresh || at->second == meaning), "cue form listed twice: " << f);
        }
    std::map<std::string, std::string> actor_owner;
    for (const auto& a : e.actors)
        for (const auto& n : a.names) {
            const auto [at, fresh] = actor_owner.emplace(n, a.names.front());
            BOOST_TEST((fresh || at->second == a.names.front()), "actor name listed twice: " << n);
        }
}

BOOST_DATA_TEST_CASE(cue_phrases_find_their_kind, bdata::make(cue_cases), c) {
    const auto kind = cue_kind(c.text);
    BOOST_TEST_REQUIRE(kind.has_value());
    BOOST_TEST(*kind == c.kind);
}

BOOST_DATA_TEST_CASE(actor_names_find_their_canonical_actor, bdata::make(actor_cases), c) {
    BOOST_TEST(actor_of(c.text) == c.canonical);
    BOOST_TEST(country_of(c.text) == c.country);
}

BOOST_AUTO_TEST_CASE(matches_end_on_a_word_boundary) {
    const auto& t = builtin();
    BOOST_TEST(!detail::match_phrase(t.cues, "saidx", 0).has_value());
    const auto said = detail::match_phrase(t.cues, "said, adding", 0);
    BOOST_TEST_REQUIRE(said.has_value());
    BOOST_TEST(said->length == 4u);
    // The longest form wins: "refused to comment" is not "refused".
    const auto refused = detail::match_phrase(t.cues, "refused to comment on it", 0);
    BOOST_TEST_REQUIRE(refused.has_value());
    BOOST_TEST(refused->length == std::string_view("refused to comment").size());
    BOOST_TEST(t.entries.cues[refused->index].cameo == "011");
    // "states" is no cue ("member states"), "Russians" is no demonym "Russian".
    BOOST_TEST(!detail::match_phrase(t.cues, "states of the region", 0).has_value());
    BOOST_TEST(!detail::match_phrase(t.demonyms, "Russians", 0).has_value());
}

BOOST_AUTO_TEST_CASE(a_gap_cue_takes_one_word) {
    const auto& t = builtin();
    const std::string_view text = "expressed Russia’s concern about the strikes";
    const auto head = detail::match_phrase(t.gap_heads, text, 0);
    BOOST_TEST_REQUIRE(head.has_value());
    BOOST_TEST(head->length == std::string_view("expressed").size());
    const std::size_t tail_at = text.find("concern");
    const auto tail = detail::match_phrase(t.gap_rules.at(head->index).tails, text, tail_at);
    BOOST_TEST_REQUIRE(tail.has_value());
    BOOST_TEST(t.entries.cues[tail->index].kind == statement_kind::concern);
    BOOST_TEST(t.entries.cues[tail->index].cameo == "012");
}

BOOST_AUTO_TEST_CASE(titles_demonyms_and_topics) {
    const auto& t = builtin();
    const auto title = lookup(t.titles, "Foreign Minister");
    BOOST_TEST_REQUIRE(title.has_value());
    BOOST_TEST(t.entries.titles[*title].role == "foreign minister");
    const auto sg = lookup(t.titles, "Secretary-General");
    BOOST_TEST_REQUIRE(sg.has_value());
    BOOST_TEST(t.entries.titles[*sg].role == "secretary-general");
    for (std::string_view d : {"Russian", "Russia's", "Russia’s", "the Kremlin's"}) {
        const auto i = lookup(t.demonyms, d);
        BOOST_TEST_REQUIRE(i.has_value(), d);
        BOOST_TEST(t.entries.demonyms[*i].country == "RUS");
    }
    const auto filipino = lookup(t.demonyms, "Filipino");
    BOOST_TEST_REQUIRE(filipino.has_value());
    BOOST_TEST(t.entries.demonyms[*filipino].country == "PHL");
    for (auto [form, topic] : {std::pair<std::string_view, std::string_view>{"chemical weapons", "chemical weapons"},
                               {"sarin", "chemical weapons"},
                               {"Korean Peninsula", "Korean Peninsula"},
                               {"Russia-US relations", "Russia-US relations"},
                               {"Idlib", "Syria"},
                               {"Terrorism", "terrorism"},
                               {"Minsk agreements", "Minsk agreements"}}) {
        const auto i = lookup(t.topics, form);
        BOOST_TEST_REQUIRE(i.has_value(), form);
        BOOST_TEST(t.entries.topics[*i].topic == topic);
    }
}

BOOST_AUTO_TEST_CASE(a_user_lexicon_overrides_an_entry) {
    communique::lexicon lex = communique::lexicon::builtin();
    communique::diagnostics errors;
    BOOST_TEST_REQUIRE(lex.add("[cue]\nsaid\tconcern\t012\t-0.1\tsay\n"
                               "[actor]\nthe Kremlin\torganization\tRUS\n",
                               "user.lex", errors));
    BOOST_TEST(errors.empty());
    const auto& mine = lex.tables();
    const auto said = lookup(mine.cues, "said");
    BOOST_TEST_REQUIRE(said.has_value());
    BOOST_TEST(mine.entries.cues[*said].kind == statement_kind::concern);
    const auto kremlin = lookup(mine.actors, "the Kremlin");
    BOOST_TEST_REQUIRE(kremlin.has_value());
    BOOST_TEST(mine.entries.actors[*kremlin].kind == communique::actor_kind::organization);
    // Other entries stay, and the built-in lexicon itself is unchanged.
    BOOST_TEST(lookup(mine.cues, "condemned").has_value());
    BOOST_TEST((cue_kind("said") == statement_kind::statement));
    BOOST_TEST(actor_of("the Kremlin") == "Russia");
}

// The lead index is a filter in front of every trie: it may let a word through that starts no
// phrase, never the other way round. Every form of every table, in the contexts a text gives
// it (end of text, a space, a comma, a possessive, a dash), must pass the filter wherever the
// trie itself matches.
BOOST_AUTO_TEST_CASE(the_lead_index_never_hides_a_phrase) {
    const auto& t = builtin();
    struct table_ref {
        const detail::phrase_table* table;
        std::uint8_t bit;
        std::vector<std::string> forms;
    };
    std::vector<table_ref> tables = {{&t.actors, detail::in_table::actors, {}},
                                     {&t.demonyms, detail::in_table::demonyms, {}},
                                     {&t.titles, detail::in_table::titles, {}},
                                     {&t.cues, detail::in_table::cues, {}},
                                     {&t.topics, detail::in_table::topics, {}}};
    for (const auto& a : t.entries.actors) tables[0].forms.insert(tables[0].forms.end(), a.names.begin(), a.names.end());
    for (const auto& d : t.entries.demonyms) tables[1].forms.insert(tables[1].forms.end(), d.forms.begin(), d.forms.end());
    for (const auto& e : t.entries.titles) tables[2].forms.insert(tables[2].forms.end(), e.forms.begin(), e.forms.end());
    for (const auto& c : t.entries.cues)
        for (const auto& f : c.forms)
            if (f.find(" * ") == std::string::npos) tables[3].forms.push_back(f);
    for (const auto& e : t.entries.topics) tables[4].forms.insert(tables[4].forms.end(), e.forms.begin(), e.forms.end());
    std::size_t checked = 0;
    for (const auto& tr : tables) {
        BOOST_TEST_REQUIRE(!tr.forms.empty());
        for (const auto& form : tr.forms) {
            for (const char* tail : {"", " said", ", and", "\xE2\x80\x99s view", "'s view", "\xE2\x80\x94 then"}) {
                const std::string text = form + tail;
                if (!detail::match_phrase(tr.table->symbols, text, 0)) continue;
                ++checked;
                BOOST_TEST((t.tables_with(detail::lead_key(text, 0)) & tr.bit) != 0, "hidden: " << text);
                BOOST_TEST((t.tables_at(text, 0, detail::lead_at(text, 0)) & tr.bit) != 0, "hidden by its pair: " << text);
                BOOST_TEST(detail::match_phrase(*tr.table, text, 0).has_value(), "hidden: " << text);
            }
        }
    }
    BOOST_TEST(checked > 1000u);
}

// The pair index is what makes the lead index worth having for words like "the" and "is",
// which start phrases of several tables and thousands of words of news: after them, the next
// run decides.
BOOST_AUTO_TEST_CASE(the_pair_index_rules_out_common_leads) {
    const auto& t = builtin();
    auto at = [&](std::string_view text) { return t.tables_at(text, 0, detail::lead_at(text, 0)); };
    BOOST_TEST((t.tables_with(detail::lead_key("the weather", 0)) & detail::in_table::actors) != 0);
    BOOST_TEST((at("the weather was fine") & detail::in_table::actors) == 0);
    BOOST_TEST((at("the Kremlin said") & detail::in_table::actors) != 0);
    BOOST_TEST((at("is raining today") & detail::in_table::cues) == 0);
    BOOST_TEST((at("said on Monday") & detail::in_table::cues) != 0); // a cue of one word
    // A phrase that is its lead and a mark ("Mr.") keeps the trie walked whatever follows.
    detail::phrase_table table;
    table.at("Mr.") = 1;
    table.at("the Kremlin") = 2;
    BOOST_TEST(table.may_start("Mr. Lavrov", 0, detail::lead_at("Mr. Lavrov", 0)));
    BOOST_TEST(!table.may_start("the weather", 0, detail::lead_at("the weather", 0)));
    BOOST_TEST(table.may_start("the Kremlin", 0, detail::lead_at("the Kremlin", 0)));
    BOOST_TEST(!table.may_start("the", 0, detail::lead_at("the", 0))); // nothing after it
}

// The hash table under the lead index: every key put in is found with its value after the
// table has grown many times, and keys never put in are not found; with a filter in front of
// the slots (the lexicon's own maps) as without.
namespace {
template <typename Map>
void check_finds_what_was_put_in() {
    Map map;
    BOOST_TEST(map.find(42u) == nullptr);
    for (std::uint32_t i = 1; i <= 20000; ++i) map[detail::lead_key(std::to_string(i), 0)] = i;
    std::size_t visited = 0;
    map.for_each([&](std::uint64_t, std::uint32_t) { ++visited; });
    BOOST_TEST(visited == 20000u);
    for (std::uint32_t i = 1; i <= 20000; ++i) {
        const std::uint32_t* v = map.find(detail::lead_key(std::to_string(i), 0));
        BOOST_TEST_REQUIRE(v != nullptr);
        BOOST_TEST(*v == i);
    }
    for (std::uint32_t i = 20001; i <= 21000; ++i) BOOST_TEST(map.find(detail::lead_key(std::to_string(i), 0)) == nullptr);
    map[detail::lead_key("7", 0)] += 1; // the same key is the same slot
    BOOST_TEST(*map.find(detail::lead_key("7", 0)) == 8u);
}
} // namespace

BOOST_AUTO_TEST_CASE(a_key_map_finds_what_was_put_in_and_nothing_else) {
    check_finds_what_was_put_in<detail::key_map<std::uint32_t>>();
    check_finds_what_was_put_in<detail::key_map<std::uint32_t, 2, 16>>();
    check_finds_what_was_put_in<detail::key_map<std::uint32_t, 8, 6>>(); // a filter of one word: all bits set
}

// The lead of a word: its letters and digits up to an apostrophe, hyphen, dot or mark.
BOOST_AUTO_TEST_CASE(a_lead_stops_at_apostrophes_hyphens_dots_and_marks) {
    auto lead = [](std::string_view s) { return s.substr(0, detail::lead_at(s, 0).length); };
    BOOST_TEST(lead("Russia\xE2\x80\x99s view") == "Russia");
    BOOST_TEST(lead("Russia's view") == "Russia");
    BOOST_TEST(lead("al-Assad") == "al");
    BOOST_TEST(lead("U.S. officials") == "U");
    BOOST_TEST(lead("Kyiv\xE2\x80\x94Moscow") == "Kyiv");
    BOOST_TEST(lead("Zelensky\xC2\xA0said") == "Zelensky");
    BOOST_TEST(lead("Wei\xC3\x9F said") == "Wei\xC3\x9F"); // a letter outside ASCII stays
    BOOST_TEST(lead(", said") == "");
    // The same run, the same key, wherever it stands.
    BOOST_TEST(detail::lead_key("said", 0) == detail::lead_key("he said, adding", 3));
    BOOST_TEST(detail::lead_key("said", 0) != detail::lead_key("sad", 0));
}

// lead_at reads eight bytes at a time; the lead it finds is the one a byte-at-a-time reading
// finds, at every place of texts made of the bytes that matter (letters, digits, marks, the
// bytes that open and continue UTF-8 marks, a text's end anywhere), and its key is a function
// of the lead's bytes alone.
BOOST_AUTO_TEST_CASE(a_lead_read_eight_bytes_at_a_time_is_the_lead_read_byte_by_byte) {
    auto reference = [](std::string_view text, std::size_t at) {
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        std::size_t j = at;
        for (; j < text.size(); ++j) {
            const unsigned char c = p[j];
            const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
            if (!word || c == 0xC2 || (c == 0xE2 && j + 1 < text.size() && p[j + 1] == 0x80)) break;
        }
        return j - at;
    };
    static constexpr unsigned char bytes[] = {'a', 'z', 'A', 'Z', '0', '9', 'q', 'M', ' ', '.', '\'', '-', ',', '@',
        '[', '`', '{', '/', ':', 0x00, 0x7F, 0x80, 0x99, 0xA0, 0xAB, 0xC2, 0xC3, 0xE2};
    std::uint64_t state = 12345;
    auto next = [&state](std::uint64_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    };
    std::map<std::uint64_t, std::string> lead_of_key;
    std::size_t checked = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t size = next(40);
        while (text.size() < size) {
            // Long runs of letters now and then, so that leads cross eight and sixteen bytes.
            if (next(4) == 0) text.append(next(20), static_cast<char>('a' + next(26)));
            else text += static_cast<char>(bytes[next(sizeof bytes)]);
        }
        for (std::size_t at = 0; at <= text.size(); ++at) {
            const detail::word_lead lead = detail::lead_at(text, at);
            BOOST_TEST_REQUIRE(lead.length == reference(text, at), "at " << at << " of " << text);
            BOOST_TEST_REQUIRE(lead.key != 0u);
            const std::string bytes_of_lead = text.substr(at, lead.length);
            // The same bytes elsewhere, before another stop, have the same key.
            BOOST_TEST_REQUIRE(detail::lead_key(" " + bytes_of_lead + ". more", 1) == lead.key);
            const auto [it, fresh] = lead_of_key.emplace(lead.key, bytes_of_lead);
            BOOST_TEST_REQUIRE((fresh || it->second == bytes_of_lead), "one key, two leads: " << bytes_of_lead);
            // Word bytes with nothing to decide, read eight at a time, stop where one by one they would.
            const std::size_t end = at + next(text.size() - at + 1);
            std::size_t plain = at;
            while (plain < end && detail::is_lead_byte(static_cast<unsigned char>(text[plain]))) ++plain;
            BOOST_TEST_REQUIRE(detail::lead_bytes_end(text, at, end) == plain);
            ++checked;
        }
    }
    BOOST_TEST(checked > 50000u);
}

// The lookups by name: a string_index finds what was put in by a string_view, first or last
// put winning as asked, and nothing else.
BOOST_AUTO_TEST_CASE(a_string_index_finds_names_by_their_bytes) {
    detail::string_index index;
    index.put("Lavrov", 1, true);
    index.put("Tillerson", 2, true);
    index.put("Lavrov", 3, true);      // the last put wins when asked to
    index.put("Tillerson", 4, false);  // ... and the first when not
    index.put("", 5, true);
    index.put("a name longer than sixteen bytes", 6, true);
    const std::string text = "Mr Lavrov met Tillerson";
    BOOST_TEST(*index.find(std::string_view(text).substr(3, 6)) == 3u);
    BOOST_TEST(*index.find(std::string_view(text).substr(14)) == 2u);
    BOOST_TEST(*index.find("") == 5u);
    BOOST_TEST(*index.find("a name longer than sixteen bytes") == 6u);
    BOOST_TEST(index.find("Lavro") == nullptr);
    BOOST_TEST(index.find("Lavrovs") == nullptr);
    BOOST_TEST(index.find("a name longer than sixteen byte") == nullptr);
    for (std::uint32_t i = 0; i < 5000; ++i) index.put("name " + std::to_string(i), i, true);
    for (std::uint32_t i = 0; i < 5000; ++i) BOOST_TEST_REQUIRE(*index.find("name " + std::to_string(i)) == i);
    BOOST_TEST(index.find("name 5000") == nullptr);
    BOOST_TEST(*builtin().person_by_last_name.find("Lavrov") < builtin().entries.actors.size());
}

BOOST_AUTO_TEST_SUITE_END()
