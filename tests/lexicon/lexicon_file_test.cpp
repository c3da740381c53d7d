// The lexicon file grammar (parse_lexicon): what loads, and the exact diagnostic for what
// does not. The format is src/lexicon/README.md.
#include "printers.hpp"

#include <communique/detail/default_lexicon_data.hpp>
#include <communique/lexicon.hpp>

#include <boost/spirit/home/x3.hpp>
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bdata = boost::unit_test::data;
using communique::actor_kind;
using communique::cue_frame;
using communique::statement_kind;

namespace {

struct counts {
    std::size_t actors, demonyms, titles, cues, topics, given = 0;
};

struct good_case {
    const char* name;
    const char* text;
    counts expected;
    friend std::ostream& operator<<(std::ostream& os, const good_case& c) { return os << c.name; }
};

const good_case good_cases[] = {
    {"empty", "", {0, 0, 0, 0, 0}},
    {"comments and blanks only", "# a comment\n\n   \n\t\n  # indented comment\n", {0, 0, 0, 0, 0}},
    {"a header alone", "[cue]\n", {0, 0, 0, 0, 0}},
    {"one of each",
     "[actor]\nRussia|Moscow\tstate\tRUS\n[demonym]\nRussian|Russia's\tRUS\n"
     "[title]\nforeign minister\n[cue]\nsaid|says\tstatement\t010\t0.0\tsay\n"
     "[topic]\nsarin|chemical weapons\tchemical weapons\n",
     {1, 1, 1, 1, 1}},
    {"sections repeat and plurals", "[cues]\nsaid\tstatement\t010\t0\tsay\n[actors]\nUN\torganization\tIGO\n"
                                    "[cue]\nurged\tappeal\t020\t3\tact\n",
     {1, 0, 0, 2, 0}},
    {"no final newline", "[topic]\nSyria\tSyria", {0, 0, 0, 0, 1}},
    {"CRLF line ends", "[actor]\r\nRussia\tstate\tRUS\r\n\r\n# c\r\n[topic]\r\nSyria\tSyria\r\n",
     {1, 0, 0, 0, 1}},
    {"byte order mark", "\xEF\xBB\xBF[title]\nenvoy\n", {0, 0, 1, 0, 0}},
    {"aligned with several tabs", "[cue]\nsaid\t\t\tstatement\t\t010\t0.0\t\tsay\n", {0, 0, 0, 1, 0}},
    {"spaces around separators", "[actor]\nSergei Lavrov | Sergey Lavrov \t person\tRUS \t foreign minister  \n",
     {1, 0, 0, 0, 0}},
    {"trailing tab after optional field", "[actor]\nRussia\tstate\tRUS\t\n[title]\nenvoy\t\n",
     {1, 0, 1, 0, 0}},
    {"non-ASCII names",
     "[actor]\nJean-Yves Le Drian\tperson\tFRA\tforeign minister\n"
     "Recep Tayyip Erdoğan|Erdoğan\tperson\tTUR\tpresident\n"
     "Dmytro Kuleba\tperson\tUKR\n"
     "the Élysée|Élysée\tstate\tFRA\n"
     "Sigmar\xC2\xA0Gabriel\tperson\tDEU\n",
     {5, 0, 0, 0, 0}},
    {"curly apostrophes", "[demonym]\nRussia’s|Russia's\tRUS\n[cue]\nexpressed * concern about\tconcern\t012\t-0.1\tact\n",
     {0, 1, 0, 1, 0}},
    {"given names", "[given]\nMaria|Mariya\tfemale\nSergei|Sergey\t male \n[given names]\nOlaf\tmale\n",
     {0, 0, 0, 0, 0, 3}},
    {"four-digit CAMEO and signed weights",
     "[cue]\npromised aid\tintent\t0311\t+5.2\tact\nthreatened war\tthreat\t138\t-7\tact\n"
     "made peace\tagreement\t050\t10\tact\n",
     {0, 0, 0, 3, 0}},
};

struct bad_case {
    const char* name;
    const char* text;
    std::size_t line, column;
    const char* message;
    std::size_t kept; ///< entries (of any section) parsed before the bad line
    friend std::ostream& operator<<(std::ostream& os, const bad_case& c) { return os << c.name; }
};

const bad_case bad_cases[] = {
    {"record before any section", "said\tstatement\t010\t0\tsay\n", 1, 1,
     "t.lex:1:1: expected a section header ([actor], [demonym], [title], [cue], [topic] or [given])", 0},
    {"unknown section", "[cues]\nsaid\tstatement\t010\t0\tsay\n[verbs]\n", 3, 2,
     "t.lex:3:2: expected a section name (actor|demonym|title|cue|topic|given)", 1},
    {"section name with a suffix", "[actorz]\n", 1, 2,
     "t.lex:1:2: expected a section name (actor|demonym|title|cue|topic|given)", 0},
    {"unclosed section", "[actor\n", 1, 7, "t.lex:1:7: expected ']'", 0},
    {"text after a section", "[actor] x\n", 1, 8, "t.lex:1:8: expected the end of the line", 0},
    {"unknown statement kind", "[cue]\nsaid\tstatment\t010\t0.0\tsay\n", 2, 6,
     "t.lex:2:6: expected a statement kind (statement|optimism|concern|appeal|intent|"
     "consultation|agreement|support|demand|criticism|rejection|threat|sympathy)", 0},
    {"statement kind is a prefix", "[cue]\nsaid\tstatements\t010\t0.0\tsay\n", 2, 6,
     "t.lex:2:6: expected a statement kind (statement|optimism|concern|appeal|intent|"
     "consultation|agreement|support|demand|criticism|rejection|threat|sympathy)", 0},
    {"two-digit CAMEO", "[cue]\nsaid\tstatement\t01\t0.0\tsay\n", 2, 16,
     "t.lex:2:16: expected a CAMEO code (3 or 4 digits)", 0},
    {"five-digit CAMEO", "[cue]\nsaid\tstatement\t01234\t0.0\tsay\n", 2, 16,
     "t.lex:2:16: expected a CAMEO code (3 or 4 digits)", 0},
    {"Goldstein out of range", "[cue]\nsaid\tstatement\t010\t0\tsay\ncondemned\tcriticism\t111\t-12\tact\n", 3, 25,
     "t.lex:3:25: expected a Goldstein weight (a number from -10 to 10)", 1},
    {"Goldstein not a number", "[cue]\nsaid\tstatement\t010\tnan\tsay\n", 2, 20,
     "t.lex:2:20: expected a Goldstein weight (a number from -10 to 10)", 0},
    {"Goldstein with junk", "[cue]\nsaid\tstatement\t010\t1.5x\tsay\n", 2, 20,
     "t.lex:2:20: expected a Goldstein weight (a number from -10 to 10)", 0},
    {"unknown frame", "[cue]\nsaid\tstatement\t010\t0.0\tspeak\n", 2, 24,
     "t.lex:2:24: expected a cue frame (say|act|stance|modal|according|nominal|signal)", 0},
    {"missing field", "[cue]\nsaid\tstatement\t010\t0.0\n", 2, 23, "t.lex:2:23: expected a TAB", 0},
    {"spaces instead of a tab", "[cue]\nsaid statement 010 0.0 say\n", 2, 27, "t.lex:2:27: expected a TAB", 0},
    {"extra field", "[demonym]\nRussian\tRUS\tRussia\n", 2, 12, "t.lex:2:12: expected the end of the line", 0},
    {"unknown actor kind", "[actor]\nRussia\tcountry\tRUS\n", 2, 8,
     "t.lex:2:8: expected an actor kind (person|state|organization|group|other)", 0},
    {"lower-case country", "[actor]\nRussia\tstate\tRus\n", 2, 14,
     "t.lex:2:14: expected a country code (3 capital letters, or IGO)", 0},
    {"long country", "[demonym]\nRussian\tRUSS\n", 2, 9,
     "t.lex:2:9: expected a country code (3 capital letters, or IGO)", 0},
    {"empty first name", "[actor]\n|Russia\tstate\tRUS\n", 2, 1, "t.lex:2:1: expected a name", 0},
    {"empty alternative", "[actor]\nRussia||Moscow\tstate\tRUS\n", 2, 8, "t.lex:2:8: expected a name", 0},
    {"blank alternative", "[topic]\nSyria|  \tSyria\n", 2, 7, "t.lex:2:7: expected a form", 0},
    {"missing topic", "[topic]\nsarin\t\n", 2, 7, "t.lex:2:7: expected a topic", 0},
    {"unknown sex", "[given]\nMaria\tfemale\nAlex\tunisex\n", 3, 6, "t.lex:3:6: expected a sex (female|male)", 1},
    {"sex is a prefix", "[given]\nMaria\tfemales\n", 2, 7, "t.lex:2:7: expected a sex (female|male)", 0},
    {"given name without a sex", "[given]\nMaria\n", 2, 6, "t.lex:2:6: expected a TAB", 0},
    {"gap at the end", "[cue]\nexpressed *\tconcern\t012\t-0.1\tact\n", 2, 1,
     "t.lex:2:1: expected a cue form (words, with at most one ' * ' gap between two words)", 0},
    {"two gaps", "[cue]\nsaid|a * b * c\tconcern\t012\t-0.1\tact\n", 2, 6,
     "t.lex:2:6: expected a cue form (words, with at most one ' * ' gap between two words)", 0},
    {"star inside a word", "[cue]\nsa*id\tstatement\t010\t0\tsay\n", 2, 1,
     "t.lex:2:1: expected a cue form (words, with at most one ' * ' gap between two words)", 0},
    {"column counts characters", "[actor]\nErdoğan’s\tperson\tTÜR\n", 2, 18,
     "t.lex:2:18: expected a country code (3 capital letters, or IGO)", 0},
    {"CRLF keeps line numbers", "[actor]\r\nRussia\tstate\tRUS\r\n\r\nChina\tstate\tchn\r\n", 4, 13,
     "t.lex:4:13: expected a country code (3 capital letters, or IGO)", 1},
    {"BOM is not a column", "\xEF\xBB\xBF[nope]\n", 1, 2,
     "t.lex:1:2: expected a section name (actor|demonym|title|cue|topic|given)", 0},
};

std::size_t total(const communique::lexicon_entries& e) {
    return e.actors.size() + e.demonyms.size() + e.titles.size() + e.cues.size() + e.topics.size() +
           e.given_names.size();
}

} // namespace

BOOST_AUTO_TEST_SUITE(lexicon_file)

BOOST_DATA_TEST_CASE(well_formed_files_load, bdata::make(good_cases), c) {
    communique::lexicon_entries out;
    communique::diagnostics errors;
    BOOST_TEST(communique::parse_lexicon(c.text, "t.lex", out, errors));
    BOOST_TEST(errors.empty());
    for (const auto& e : errors) BOOST_TEST_MESSAGE(e.message);
    BOOST_TEST(out.actors.size() == c.expected.actors);
    BOOST_TEST(out.demonyms.size() == c.expected.demonyms);
    BOOST_TEST(out.titles.size() == c.expected.titles);
    BOOST_TEST(out.cues.size() == c.expected.cues);
    BOOST_TEST(out.topics.size() == c.expected.topics);
    BOOST_TEST(out.given_names.size() == c.expected.given);
}

BOOST_DATA_TEST_CASE(malformed_lines_are_reported_exactly, bdata::make(bad_cases), c) {
    communique::lexicon_entries out;
    communique::diagnostics errors;
    BOOST_TEST(!communique::parse_lexicon(c.text, "t.lex", out, errors));
    BOOST_TEST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].severity == communique::severity::error);
    BOOST_TEST(errors[0].message == c.message);
    BOOST_TEST(errors[0].line == c.line);
    BOOST_TEST(errors[0].column == c.column);
    BOOST_TEST(total(out) == c.kept);
}

BOOST_AUTO_TEST_CASE(fields_land_in_the_entries) {
    const char* text = "[actor]\n"
                       "Sergei Lavrov | Sergey Lavrov\tperson\tRUS\tforeign minister\n"
                       "NATO\torganization\tIGO\n"
                       "[demonym]\nRussian|Russia’s\tRUS\n"
                       "[title]\nForeign Minister|foreign affairs minister\n"
                       "envoy|special envoy\tenvoy\n"
                       "[cue]\nexpressed * concern about|voiced concern\tconcern\t012\t-0.1\tact\n"
                       "according to\tstatement\t010\t0\taccording\n"
                       "[topic]\nsarin|chemical attack\tchemical weapons\n"
                       "[given]\nMaria|Mariya\tfemale\nSergei\tmale\n";
    communique::lexicon_entries out;
    communique::diagnostics errors;
    BOOST_TEST_REQUIRE(communique::parse_lexicon(text, "t.lex", out, errors));

    BOOST_TEST_REQUIRE(out.actors.size() == 2u);
    BOOST_TEST(out.actors[0].names == (std::vector<std::string>{"Sergei Lavrov", "Sergey Lavrov"}),
               boost::test_tools::per_element());
    BOOST_TEST(out.actors[0].kind == actor_kind::person);
    BOOST_TEST(out.actors[0].country == "RUS");
    BOOST_TEST(out.actors[0].title == "foreign minister");
    BOOST_TEST(out.actors[1].kind == actor_kind::organization);
    BOOST_TEST(out.actors[1].country == "IGO");
    BOOST_TEST(out.actors[1].title.empty());

    BOOST_TEST_REQUIRE(out.demonyms.size() == 1u);
    BOOST_TEST(out.demonyms[0].forms[1] == "Russia’s");
    BOOST_TEST(out.demonyms[0].country == "RUS");

    BOOST_TEST_REQUIRE(out.titles.size() == 2u);
    BOOST_TEST(out.titles[0].role == "foreign minister"); // defaults to the first form, lower case
    BOOST_TEST(out.titles[1].role == "envoy");

    BOOST_TEST_REQUIRE(out.cues.size() == 2u);
    BOOST_TEST(out.cues[0].forms[0] == "expressed * concern about");
    BOOST_TEST(out.cues[0].kind == statement_kind::concern);
    BOOST_TEST(out.cues[0].cameo == "012");
    BOOST_TEST(out.cues[0].goldstein == -0.1);
    BOOST_TEST(out.cues[0].frame == cue_frame::act);
    BOOST_TEST(out.cues[1].frame == cue_frame::according);

    BOOST_TEST_REQUIRE(out.topics.size() == 1u);
    BOOST_TEST(out.topics[0].forms[1] == "chemical attack");
    BOOST_TEST(out.topics[0].topic == "chemical weapons");

    BOOST_TEST_REQUIRE(out.given_names.size() == 2u);
    BOOST_TEST(out.given_names[0].forms[1] == "Mariya");
    BOOST_TEST(out.given_names[0].sex == communique::given_sex::female);
    BOOST_TEST(out.given_names[1].sex == communique::given_sex::male);
}

BOOST_AUTO_TEST_CASE(every_kind_and_frame_name_loads) {
    std::string text = "[cue]\n";
    for (const auto& row : communique::kind_table)
        text += "w" + std::string(row.name) + "\t" + std::string(row.name) + "\t" +
                std::string(row.cameo) + "\t" + std::to_string(row.goldstein) + "\tsay\n";
    for (const char* f : {"say", "act", "stance", "modal", "according", "nominal"})
        text += std::string("f") + f + "\tstatement\t010\t0\t" + f + "\n";
    communique::lexicon_entries out;
    communique::diagnostics errors;
    BOOST_TEST_REQUIRE(communique::parse_lexicon(text, "t.lex", out, errors));
    BOOST_TEST_REQUIRE(out.cues.size() == communique::kind_table.size() + 6);
    for (std::size_t i = 0; i < communique::kind_table.size(); ++i)
        BOOST_TEST(out.cues[i].kind == communique::kind_table[i].kind);
    BOOST_TEST(out.cues.back().frame == cue_frame::nominal);
}

BOOST_AUTO_TEST_CASE(entries_before_the_bad_line_are_kept_and_later_ones_not) {
    const char* text = "[topic]\nSyria\tSyria\nIraq\tIraq\nLibya\n[topic]\nYemen\tYemen\n";
    communique::lexicon_entries out;
    communique::diagnostics errors;
    BOOST_TEST(!communique::parse_lexicon(text, "t.lex", out, errors));
    BOOST_TEST(out.topics.size() == 2u);
    BOOST_TEST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].message == "t.lex:4:6: expected a TAB");
    BOOST_TEST(errors[0].where.begin == std::string_view(text).find("Libya") + 5);
}

BOOST_AUTO_TEST_CASE(a_malformed_user_file_adds_nothing) {
    communique::lexicon lex;
    communique::diagnostics errors;
    BOOST_TEST(!lex.add("[topic]\nSyria\tSyria\nbad line\n", "user.lex", errors));
    BOOST_TEST(lex.entries().topics.empty());
    BOOST_TEST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].message == "user.lex:3:9: expected a TAB");
}

namespace {

/// The list of forms the way the grammar read it before pipe_list and form_parser: X3's
/// raw[+field_byte] with an action that trimmed the spaces, in `form > *('|' > form)`.
namespace old_forms {
namespace x3 = boost::spirit::x3;
const auto field_byte = ~x3::standard::char_("\t|\r\n");
const auto trim = [](auto& ctx) {
    std::string& s = x3::_attr(ctx);
    std::size_t b = 0, e = s.size();
    while (b < e && s[b] == ' ') ++b;
    while (e > b && s[e - 1] == ' ') --e;
    s = s.substr(b, e - b);
    x3::_pass(ctx) = !s.empty();
};
const auto lone_gap = [](auto& ctx) {
    const std::string& s = x3::_attr(ctx);
    const std::size_t star = s.find('*');
    if (star == std::string::npos) return;
    x3::_pass(ctx) = star > 0 && star + 1 < s.size() && s[star - 1] == ' ' && s[star + 1] == ' ' &&
                     s.find('*', star + 1) == std::string::npos;
};
const x3::rule<class form, std::string, true> form = "form";
const x3::rule<class cue_form, std::string, true> cue_form = "cue form";
const auto form_def = x3::raw[+field_byte][trim];
const auto cue_form_def = x3::raw[+field_byte][trim][lone_gap];
BOOST_SPIRIT_DEFINE(form, cue_form)

/// A keyword field the way the grammar read codes before ascii_run: X3's repeat.
const auto keyword_end = !(field_byte - ' ');
const auto country = x3::lexeme[x3::repeat(3)[x3::ascii::upper] >> keyword_end];
const auto cameo = x3::lexeme[x3::repeat(3, 4)[x3::ascii::digit] >> keyword_end];

/// What the list at the start of `field` read: the forms and where it stopped, or where it
/// failed (nothing when the first form failed: the byte 0).
struct result {
    bool ok = false;
    std::vector<std::string> forms;
    std::size_t where = 0;
};
template <typename Form>
result read(const Form& one, std::string_view field) {
    const char* const first = field.data();
    const char* it = first;
    result r;
    try {
        r.ok = x3::parse(it, first + field.size(), one > *('|' > one), r.forms);
        r.where = r.ok ? static_cast<std::size_t>(it - first) : 0;
    } catch (const x3::expectation_failure<const char*>& failure) {
        r.where = static_cast<std::size_t>(failure.where() - first);
    }
    return r;
}
/// The code `code` read at the start of `text`, and where it stopped; nothing where it failed.
template <typename Code>
std::optional<std::pair<std::string, std::size_t>> read_code(const Code& code, std::string_view text) {
    const char* it = text.data();
    std::string value;
    if (!x3::parse(it, text.data() + text.size(), code, value)) return std::nullopt;
    return std::make_pair(value, static_cast<std::size_t>(it - text.data()));
}
} // namespace old_forms

/// Every string of up to `longest` of `pieces`, the empty one among them.
std::vector<std::string> strings_of(const std::vector<std::string>& pieces, int longest) {
    std::vector<std::string> all = {""}, shorter = {""};
    for (int length = 1; length <= longest; ++length) {
        std::vector<std::string> longer;
        for (const auto& s : shorter)
            for (const auto& p : pieces) longer.push_back(s + p);
        all.insert(all.end(), longer.begin(), longer.end());
        shorter = std::move(longer);
    }
    return all;
}

/// Fields to read: every list of forms of the built-in files, and every string of up to four
/// of the bytes and characters that decide how a form reads (space, '|', '*', a CR inside the
/// line, a letter, a two-byte letter).
std::vector<std::string> form_fields() {
    std::vector<std::string> fields;
    for (const auto& file : communique::detail::default_lexicon_files) {
        std::string_view text = file.text;
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = text.find('\n', at);
            if (end == std::string_view::npos) end = text.size();
            const std::string_view line = text.substr(at, end - at);
            at = end + 1;
            if (line.empty() || line[0] == '#' || line[0] == '[') continue;
            fields.emplace_back(line.substr(0, line.find('\t')));
        }
    }
    const auto spelled = strings_of({" ", "|", "*", "\r", "a", "\xC3\xA9"}, 4);
    fields.insert(fields.end(), spelled.begin(), spelled.end());
    // The same past an eight-byte step (form_end reads eight bytes at a time).
    for (const auto& s : spelled) fields.push_back("abcdefghij" + s + " k");
    return fields;
}

} // namespace

// pipe_list and form_parser (grammar/lexicon_file/lexicon_file_def.hpp) stand for X3's list of
// raw[+field_byte] with actions: the same forms, and a malformed list fails at the same byte.
BOOST_AUTO_TEST_CASE(forms_read_as_the_x3_list_of_raw_fields_read_them) {
    const auto fields = form_fields();
    BOOST_TEST_REQUIRE(fields.size() > 3500u);
    enum class kind { topic, actor, cue };
    struct section {
        kind of;
        const char* header;
        const char* rest; // the fields after the forms
    };
    const section sections[] = {{kind::topic, "[topic]\n", "\tt\n"},
                                {kind::actor, "[actor]\n", "\tstate\tRUS\n"},
                                {kind::cue, "[cue]\n", "\tstatement\t010\t0\tsay\n"}};
    std::size_t failures = 0;
    for (const auto& sec : sections) {
        for (const auto& field : fields) {
            const std::string text = sec.header + field + sec.rest;
            const std::string line = field + sec.rest;
            const auto old = sec.of == kind::cue ? old_forms::read(old_forms::cue_form, line)
                                     : old_forms::read(old_forms::form, line);
            communique::lexicon_entries out;
            communique::diagnostics errors;
            const bool ok = communique::parse_lexicon(text, "t.lex", out, errors);
            const std::size_t header = std::string_view(sec.header).size();
            if (old.ok && line[old.where] == '\t') { // the rest of the line reads as it is
                BOOST_TEST_REQUIRE(ok, field);
                const auto& forms = sec.of == kind::cue     ? out.cues.at(0).forms
                                    : sec.of == kind::actor ? out.actors.at(0).names
                                                            : out.topics.at(0).forms;
                BOOST_TEST(forms == old.forms, field);
            } else {
                ++failures;
                BOOST_TEST_REQUIRE(!ok, field);
                BOOST_TEST_REQUIRE(errors.size() == 1u);
                BOOST_TEST(errors[0].where.begin == header + old.where, field);
            }
        }
    }
    BOOST_TEST(failures > 1000u); // malformed lists were among them
}

// ascii_run (country codes, CAMEO codes) reads what X3's repeat of ASCII characters read: the
// same codes, and a bad field fails at the same byte.
BOOST_AUTO_TEST_CASE(codes_read_as_x3_repeat_read_them) {
    const auto fields = strings_of({"A", "Z", "a", "0", "9", " ", "\xC3\x89", "|", "@", "["}, 5);
    std::size_t read = 0;
    for (const bool cue : {false, true}) {
        const std::string before = cue ? "[cue]\nsaid\tstatement\t" : "[actor]\nX\tstate\t";
        const std::string after = cue ? "\t0\tsay" : "";
        for (const auto& field : fields) {
            if (cue && field.empty()) continue; // the separator would take the next TAB too
            communique::lexicon_entries out;
            communique::diagnostics errors;
            const bool ok = communique::parse_lexicon(before + field + after, "t.lex", out, errors);
            // The separator takes the spaces before the code.
            const std::size_t lead = std::min(field.find_first_not_of(' '), field.size());
            const std::string rest = field.substr(lead) + after;
            const auto old = cue ? old_forms::read_code(old_forms::cameo, rest)
                                 : old_forms::read_code(old_forms::country, rest);
            // After the code only spaces may come before the line's end (or the next TAB).
            const bool whole = old && field.find_first_not_of(' ', lead + old->second) == std::string::npos;
            BOOST_TEST_REQUIRE(ok == whole, field);
            if (ok) {
                ++read;
                BOOST_TEST((cue ? out.cues.at(0).cameo : out.actors.at(0).country) == old->first, field);
            } else {
                BOOST_TEST_REQUIRE(errors.size() == 1u);
                BOOST_TEST(errors[0].where.begin == before.size() + lead + (old ? old->second : 0), field);
            }
        }
    }
    BOOST_TEST(read > 100u); // good codes were among them
}

BOOST_AUTO_TEST_SUITE_END()
