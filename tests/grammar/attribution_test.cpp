// The attribution grammar over tag strings (grammar/attribution/ast.hpp has the alphabet).
// Each row is a sentence shape from spec/statements.md and the attributions it must yield,
// written as "pattern:source_begin-source_end@cue" with unit indexes.
#include "printers.hpp"

#include <communique/detail/attributions.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {
struct row {
    const char* shape;    // what the tags stand for
    const char* tags;
    const char* expected; // space-separated "P:b-e@c", or "" for none
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.shape; }
};

std::string describe(std::string_view tags) {
    std::string out;
    for (const auto& a : communique::detail::find_attributions(tags)) {
        if (!out.empty()) out += ' ';
        out += a.pattern;
        out += ':' + std::to_string(a.source_begin) + '-' + std::to_string(a.source_end) + '@' +
               std::to_string(a.cue);
    }
    return out;
}

const row positive[] = {
    {"Lavrov said that ...", "NStww.", "A:0-1@1"},
    {"He stressed that ... and said that ...", "PStww&Stw.", "A:0-1@1 K:7-7@6"},
    {"Zelensky thanked the US for its support but said ...: 'but' ends no modifier, it coordinates",
     "NVNpwwuSw.", "A:0-1@1 K:8-8@7"},
    {"Mr. Lavrov again condemned ...", "NaVww.", "A:0-1@2"},
    {"Russia is ready to ...", "NbJww.", "A:0-1@2"},
    {"Putin has not ruled out ...", "NhnVw.", "A:0-1@3"},
    {"Russia and the U.S. are committed to ...", "N&NbJw.", "A:0-3@4"},
    {"Germany, France and the EU urged ...", "N,N&NVw.", "A:0-5@5"},
    {"Germany, France, and the EU urged ...", "N,N,&NVw.", "A:0-6@6"},
    {"... by Adler and Ross, and Adler is writing ...: a comma after two joins clauses", "wpN&N,&NbSw.", "A:7-8@9"},
    {"..., said Putin, and Lavrov added ...", "ww,SN,&NSw.", "I:4-5@3 A:7-8@8"},
    {"Lavrov, Russia's foreign minister, said ...", "N,Nww,Sw.", "A:0-1@6"},
    {"David Page, of Investec Securities, said ...: a name after 'of' in the apposition", "C,wl,Sw.", "A:0-1@5"},
    {"Hamas, in a statement, said ...: how the words were given, in the apposition", "N,O,Sw.", "A:0-1@4"},
    {"Mr Rimmer, the service director for registrations of marriages at Brent Council in north-west London, said",
     "N,wwwwwwwwwwC,Sw.", "A:0-1@14"},
    {"Fidelis Nanga, a journalist based in the Cameroon capital Yaounde, said ...: eight units between the commas",
     "C,wwwpwNwN,Sw.", "A:0-1@11"},
    {"Cosby's lawyer, Walter Phillips, said ...", "Gw,C,Sww.", "A:3-4@5"},
    {"The firm, Paion, has said ...", "ww,C,hSw.", "A:3-4@6"},
    {"“...,” Lavrov said.", "qwwQ,NS.", "A:5-6@6"},
    {"“...,” said Putin.", "qwwQ,SN.", "I:6-7@5"},
    {"“...,” said Ladbrokes's Warren Lush: the possessive modifies the speaker", "qwwQ,SGC.", "I:7-8@5"},
    {"“...,” said DZ bank economist Bernd Weidensteiner: the employer modifies the speaker", "qwwQ,SCwwC.", "I:9-10@5"},
    {"“...,” said Clapton who joined Guy and King: no employer before a list", "qwwQ,SCwwC&Cpw.", "I:6-7@5"},
    {"“...,” said entrepreneur Drayton Valentine: plain words say what the source is", "qwwQ,SwC.", "I:7-8@5"},
    {"“...,” said security firm RSA, which ...: before a name that ends the clause", "qwwQ,SwwC,ww.", "I:8-9@5"},
    {"“...,” said Russia's foreign minister, Sergei Lavrov: the name in apposition", "qwwQ,SGww,N.", "I:10-11@5"},
    {"“...,” said the minister, Sergei Lavrov: a description, then the name", "qwwQ,SD,N.", "I:8-9@5"},
    {"“...,” said the plan was sound: no name after the words, no source", "qwwQ,Swwbw.", ""},
    {"..., according to Sputnik.", "ww,RN.", "R:4-5@3"},
    {"According to a senior Turkish diplomat, ...: a determiner and an adjective before a description",
     "RwwN,wwdw.", "R:3-4@0"},
    {"Guterres, in a statement issued by his spokesperson, said ...: by whom, in the apposition", "N,Owyww,SPbw.",
     "A:0-1@8"},
    {"Economic relations were also discussed.", "wwbaV.", "P:5-5@4"},
    {"This issue was raised by both countries' presidents.", "wwbVyD.", "P:5-6@3"},
    {"Lavrov: talks were useful", "N:wbw", "L:0-1@1"},
    {"The duo has touched upon Ukraine", "DhVN", "A:0-1@2"},
    {"Rojansky says ...", "CSww.", "A:0-1@1"},
    {"We caution the US ...", "WVN.", "A:0-1@1"},
    {"In a statement, ...", "wO,ww.", "B:2-2@1"},
    {"... condolences to the Government of X and they wished ...", "VwpD&PVw.", "A:5-6@6"},
    // The scan stops after the last cue tag: a pattern that opens on it or ends with it is
    // still found.
    {"a sentence ending on its cue (..., Lavrov said)", "ww,NS", "A:3-4@4"},
    {"a passive cue as the last tag (... was discussed)", "wwZ", "P:3-3@2"},
    {"a nominal cue as the last tag", "wwO", "B:3-3@2"},
    {"a label's colon as the last tag of a headline", "N:", ""},
};

const row negative[] = {
    {"narration without a cue", "wwNwwN.", ""},
    {"According to its Paris lawyer, ...: a name that modifies a noun is no source", "RwNw,Cwww.", ""},
    {"a cue whose subject is not an actor (the plan threatens to ...)", "wwVw.", ""},
    {"a label not at the start of a sentence", "wwN:w", ""},
    {"a cue before any source", "Vwwww.", ""},
    {"an actor after a preposition is its object (... to the minister said)", "wpDSw.", ""},
    {"..., said Washington had not ...: a name before an auxiliary is the subject of the words said",
     "wwNw,wpww,SNhnbw.", ""},
    {"an empty sentence", "", ""},
    {"only punctuation", ".,:x", ""},
};
} // namespace

BOOST_AUTO_TEST_SUITE(attribution)

BOOST_DATA_TEST_CASE(each_construction_is_found, bdata::make(positive), r) {
    BOOST_TEST(describe(r.tags) == std::string(r.expected));
}

BOOST_DATA_TEST_CASE(no_attribution_where_there_is_none, bdata::make(negative), r) {
    BOOST_TEST(describe(r.tags) == std::string(r.expected));
}

BOOST_AUTO_TEST_CASE(scanning_is_linear) {
    // 200,000 tags of alternating sources and cues: every match is found, in one pass.
    std::string tags;
    for (int i = 0; i < 100000; ++i) tags += "NS";
    BOOST_TEST(communique::detail::find_attributions(tags).size() == 100000u);
}

BOOST_AUTO_TEST_CASE(last_pattern_cue_is_find_last_of) {
    // Every length around the sixteen-tag blocks read from the end, the first sixteen read
    // again for the rest, cues anywhere or nowhere.
    const std::string_view alphabet = "NCPWDGSVJMRZO:qQbhdnat&y,.wxpolms";
    std::mt19937 rng(5);
    for (int round = 0; round < 20000; ++round) {
        std::string tags(rng() % 52, 'w');
        const auto cues = rng() % 3; // often none or one: the search must read every block
        for (std::size_t k = 0; k < cues && !tags.empty(); ++k) tags[rng() % tags.size()] = alphabet[rng() % alphabet.size()];
        if (round % 2)
            for (char& t : tags) t = rng() % 4 ? t : alphabet[rng() % alphabet.size()];
        BOOST_TEST_CONTEXT("tags '" << tags << "'") {
            BOOST_TEST(communique::detail::last_pattern_cue(tags) == tags.find_last_of("SVJMRZO:"));
        }
    }
    BOOST_TEST(communique::detail::last_pattern_cue("NSwwVww:ww") == 7u);
    BOOST_TEST(communique::detail::last_pattern_cue("NwwAww") == std::string::npos);
    BOOST_TEST(communique::detail::last_pattern_cue("") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(look_ahead_drops_only_failing_parses) {
    // Random tag strings weighted to actors, cues and what may stand between them: the
    // attributions found with the look-ahead after an actor are those of a parse at every tag.
    const std::string_view alphabet = "NNNCPWDDSSVJMRZO:qQbbhdnat&&y,,,.wwwwpplG";
    std::mt19937 rng(9);
    std::vector<communique::detail::attribution> quick, every;
    for (int round = 0; round < 20000; ++round) {
        std::string tags(rng() % 24, 'w');
        for (char& t : tags) t = alphabet[rng() % alphabet.size()];
        communique::detail::find_attributions(tags, quick);
        communique::detail::find_attributions(tags, every, false);
        BOOST_TEST_CONTEXT("tags '" << tags << "'") {
            BOOST_TEST_REQUIRE(quick.size() == every.size());
            for (std::size_t k = 0; k < quick.size(); ++k) {
                BOOST_TEST(quick[k].pattern == every[k].pattern);
                BOOST_TEST(quick[k].source_begin == every[k].source_begin);
                BOOST_TEST(quick[k].source_end == every[k].source_end);
                BOOST_TEST(quick[k].cue == every[k].cue);
                BOOST_TEST(quick[k].end_unit == every[k].end_unit);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
