// Attribution patterns end to end, through the default lexicon: each row is a short passage,
// written from spec/statements.md, and the statements it must give as
// "source|kind|mode" in order (the source by canonical name, or its members joined by "+").
#include "printers.hpp"

#include <communique/communique.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>

namespace bdata = boost::unit_test::data;

namespace {
struct row {
    const char* family;
    const char* text;
    const char* expected;
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.family; }
};

std::string source_name(const communique::actor& a) {
    if (a.members.empty()) return a.name;
    std::string out;
    for (const auto& m : a.members) out += (out.empty() ? "" : "+") + m.name;
    return out;
}

std::string describe(const std::string& text) {
    const communique::document doc = communique::extract(text);
    std::string out;
    for (const auto& s : doc.statements) {
        if (!out.empty()) out += "; ";
        out += source_name(s.source.actor) + "|" + std::string(communique::to_string(s.kind)) + "|" +
               std::string(communique::to_string(s.mode));
    }
    return out;
}

const row rows[] = {
    {"SOURCE CUE that CONTENT",
     "Sergei Lavrov said that the talks were useful.\n",
     "Sergei Lavrov|statement|indirect"},
    {"a title and a name not in the lexicon",
     "Foreign Minister Ana Birchall said that the talks were useful.\n",
     "Ana Birchall|statement|indirect"},
    {"QUOTE, SOURCE CUE",
     "“The talks were long, detailed and useful for both sides,” Lavrov said.\n",
     "Sergei Lavrov|statement|direct"},
    {"QUOTE, CUE SOURCE",
     "“The talks went well and we are satisfied with them,” said Putin.\n",
     "Vladimir Putin|statement|direct"},
    {"stance construction",
     "Russia is ready to restore the memorandum.\n",
     "Russia|intent|indirect"},
    {"criticism",
     "Sergei Lavrov condemned the strike.\n",
     "Sergei Lavrov|criticism|indirect"},
    {"pronoun continues the speaker",
     "Sergei Lavrov arrived in Hanoi on Monday.\nHe condemned the strike.\n",
     "Sergei Lavrov|criticism|indirect"},
    {"own-side rule",
     "Sergei Lavrov said Russia is ready to restore the memorandum.\n",
     "Sergei Lavrov|intent|indirect"},
    {"nested attribution",
     "Mr. Lavrov said that Mr. Tillerson supports this kind of investigation.\n",
     "Sergei Lavrov|statement|indirect; Rex Tillerson|support|indirect"},
    {"joint source",
     "Russia and the United States agreed to continue the talks.\n",
     "Russia+United States|agreement|indirect"},
    {"passive with an agent",
     "The issue was discussed by Russia and China.\n",
     "Russia+China|consultation|summary"},
};

const row negatives[] = {
    {"narration of a fact", "The meeting lasted five hours.\n", ""},
    {"the author's voice", "We expected that the conference would provide some clarity.\n", ""},
    {"a cue whose subject is not an actor", "The plan threatens to derail the talks.\n", ""},
    {"site chrome", "Menu\n\nSearch\n\nSign up for daily updates\n", ""},
};
} // namespace

BOOST_AUTO_TEST_SUITE(patterns)

BOOST_DATA_TEST_CASE(each_pattern_gives_its_statements, bdata::make(rows), r) {
    BOOST_TEST(describe(r.text) == std::string(r.expected));
}

BOOST_DATA_TEST_CASE(no_statement_where_nobody_speaks, bdata::make(negatives), r) {
    BOOST_TEST(describe(r.text) == std::string(r.expected));
}

BOOST_AUTO_TEST_CASE(offsets_point_into_the_original_text) {
    const std::string text = "Intro line.\n\nSergei Lavrov condemned the strike.\n";
    const auto doc = communique::extract(text);
    BOOST_TEST_REQUIRE(doc.statements.size() == 1u);
    const auto& s = doc.statements.front();
    BOOST_TEST(doc.at(s.cue) == "condemned");
    BOOST_TEST(doc.at(s.source.where) == "Sergei Lavrov");
    BOOST_TEST(std::string(communique::info(s.kind).cameo).substr(0, 2) == "11");
}

BOOST_AUTO_TEST_SUITE_END()
