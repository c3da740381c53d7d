// CAMEO actor codes from country and role (io/cameo_actor.hpp): a table of actors and the
// code each must get, one data-test sample per row.
#include "printers.hpp"

#include <communique/io/cameo_actor.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;
using communique::actor;
using communique::actor_kind;

namespace {

actor make(std::string name, actor_kind kind, std::string country, std::string title = {},
           std::vector<actor> members = {}) {
    actor a;
    a.name = std::move(name);
    a.kind = kind;
    a.country = std::move(country);
    a.title = std::move(title);
    a.members = std::move(members);
    return a;
}

const actor lavrov = make("Sergei Lavrov", actor_kind::person, "RUS", "foreign minister");
const actor tillerson = make("Rex Tillerson", actor_kind::person, "USA", "secretary of state");
const actor peskov = make("Dmitry Peskov", actor_kind::person, "RUS", "Kremlin spokesman");
const actor russia = make("Russia", actor_kind::state, "RUS");
const actor nobody = make("analysts", actor_kind::other, "");

struct row {
    const char* label;
    actor who;
    const char* code;
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.label; }
};

const std::vector<row> rows = {
    // States
    {"state", russia, "RUS"},
    {"state usa", make("United States", actor_kind::state, "USA"), "USA"},
    {"state without country", make("Somewhere", actor_kind::state, ""), ""},
    {"state kosovo XKX", make("Kosovo", actor_kind::state, "XKX"), "KSV"},
    {"malformed country", make("Russia", actor_kind::state, "ru"), ""},
    // Government
    {"foreign minister", lavrov, "RUSGOV"},
    {"secretary of state", tillerson, "USAGOV"},
    {"president", make("Vladimir Putin", actor_kind::person, "RUS", "president"), "RUSGOV"},
    {"prime minister", make("Theresa May", actor_kind::person, "GBR", "Prime Minister"), "GBRGOV"},
    {"spokesperson", make("Maria Zakharova", actor_kind::person, "RUS",
                          "Foreign Ministry spokeswoman"), "RUSGOV"},
    {"kremlin spokesman", peskov, "RUSGOV"},
    {"ambassador", make("Anatoly Antonov", actor_kind::person, "RUS", "ambassador"), "RUSGOV"},
    {"envoy", make("Kurt Volker", actor_kind::person, "USA", "special envoy for Ukraine"), "USAGOV"},
    {"permanent representative", make("Vassily Nebenzia", actor_kind::person, "RUS",
                                      "permanent representative to the UN"), "RUSGOV"},
    {"deputy foreign minister", make("Sergei Ryabkov", actor_kind::person, "RUS",
                                     "deputy foreign minister"), "RUSGOV"},
    {"defence minister is GOV", make("Sergei Shoigu", actor_kind::person, "RUS",
                                     "defence minister"), "RUSGOV"},
    {"justice minister is GOV", make("X", actor_kind::person, "UKR", "justice minister"), "UKRGOV"},
    {"attorney general is JUD", make("X", actor_kind::person, "USA", "attorney general"), "USAJUD"},
    {"unnamed officials", make("Russian officials", actor_kind::other, "RUS", "officials"), "RUSGOV"},
    {"White House chief of staff", make("X", actor_kind::person, "USA",
                                        "White House chief of staff"), "USAGOV"},
    // Military
    {"general", make("Valery Gerasimov", actor_kind::person, "RUS",
                     "chief of the general staff"), "RUSMIL"},
    {"major general", make("Igor Konashenkov", actor_kind::person, "RUS", "Major-General"), "RUSMIL"},
    {"military spokesman", make("X", actor_kind::person, "USA", "military spokesman"), "USAMIL"},
    {"army chief of staff", make("X", actor_kind::person, "USA", "army chief of staff"), "USAMIL"},
    {"commander", make("X", actor_kind::person, "SYR", "commander"), "SYRMIL"},
    // Legislators
    {"senator", make("John McCain", actor_kind::person, "USA", "senator"), "USALEG"},
    {"congressman", make("X", actor_kind::person, "USA", "Congressman"), "USALEG"},
    {"lawmaker", make("X", actor_kind::person, "RUS", "lawmaker"), "RUSLEG"},
    {"MP", make("X", actor_kind::person, "GBR", "MP"), "GBRLEG"},
    {"duma deputy", make("X", actor_kind::person, "RUS", "State Duma deputy"), "RUSLEG"},
    {"bare representative", make("X", actor_kind::person, "USA", "Representative"), "USALEG"},
    // Others
    {"former president is ELI", make("Barack Obama", actor_kind::person, "USA",
                                     "former president"), "USAELI"},
    {"ex-minister is ELI", make("X", actor_kind::person, "UKR", "ex-minister"), "UKRELI"},
    {"opposition leader", make("X", actor_kind::person, "RUS", "opposition leader"), "RUSOPP"},
    {"separatist leader", make("X", actor_kind::person, "UKR", "separatist leader"), "UKRREB"},
    {"intelligence chief", make("X", actor_kind::person, "USA", "CIA director"), "USASPY"},
    {"person without title", make("Some Person", actor_kind::person, "RUS"), "RUS"},
    {"unknown title", make("X", actor_kind::person, "RUS", "analyst"), "RUS"},
    {"person without country", make("Some Person", actor_kind::person, "", "president"), ""},
    {"nobody", nobody, ""},
    // Organisations with a country
    {"foreign ministry", make("Russian Foreign Ministry", actor_kind::organization, "RUS"), "RUSGOV"},
    {"administration", make("Barack Obama administration", actor_kind::organization, "USA"),
     "USAGOV"},
    {"white house", make("White House", actor_kind::organization, "USA"), "USAGOV"},
    {"congress", make("US Congress", actor_kind::organization, "USA"), "USALEG"},
    {"pentagon", make("Pentagon", actor_kind::organization, "USA"), "USAMIL"},
    {"armed forces", make("Russian armed forces", actor_kind::organization, "RUS"), "RUSMIL"},
    {"plain organisation", make("Gazprom", actor_kind::organization, "RUS"), "RUS"},
    // International bodies
    {"UN", make("United Nations", actor_kind::organization, "IGO"), "IGOUNO"},
    {"U.N.", make("U.N.", actor_kind::organization, "IGO"), "IGOUNO"},
    {"UNSC", make("UN Security Council", actor_kind::organization, "IGO"), "IGOUNO"},
    {"NATO", make("NATO", actor_kind::organization, "IGO"), "IGOWSTNAT"},
    {"EU", make("the European Union", actor_kind::organization, "IGO"), "IGOEUREEC"},
    {"OSCE", make("OSCE", actor_kind::organization, "IGO"), "IGOEURSCE"},
    {"IAEA", make("IAEA", actor_kind::organization, "IGO"), "IGOUNOIAE"},
    {"OPCW has no code", make("OPCW", actor_kind::organization, "IGO"), "IGO"},
    {"unknown body", make("Some Forum", actor_kind::organization, "IGO"), "IGO"},
    {"UN human rights office inside name",
     make("Office of the UN High Commissioner for Human Rights", actor_kind::organization, "IGO"),
     "IGOUNOHRIHCH"},
    {"body name without country", make("NATO", actor_kind::organization, ""), "IGOWSTNAT"},
    {"UN secretary-general", make("Antonio Guterres", actor_kind::person, "IGO",
                                  "UN secretary-general"), "IGOUNO"},
    {"NATO secretary general", make("Jens Stoltenberg", actor_kind::person, "IGO",
                                    "NATO Secretary General"), "IGOWSTNAT"},
    {"IGO person, no body", make("X", actor_kind::person, "IGO", "spokesperson"), "IGO"},
    {"hamas", make("Hamas", actor_kind::organization, ""), "PSEREBHMS"},
    {"hamas with country", make("Hamas", actor_kind::organization, "PSE"), "PSEREBHMS"},
    // Groups
    {"group of two governments", make("Russia and the United States", actor_kind::group, "",
                                      {}, {lavrov, tillerson}), "RUSGOV;USAGOV"},
    {"group sharing a code", make("the Russian side", actor_kind::group, "RUS", {},
                                  {lavrov, peskov}), "RUSGOV"},
    {"group of states", make("the two sides", actor_kind::group, "", {},
                             {russia, make("United States", actor_kind::state, "USA")}),
     "RUS;USA"},
    {"group with an unknown member", make("X and analysts", actor_kind::group, "", {},
                                          {lavrov, nobody}), "RUSGOV"},
    {"group of unknowns", make("analysts", actor_kind::group, "", {}, {nobody, nobody}), ""},
    {"group of unknowns with a country", make("the Russian side", actor_kind::group, "RUS", {},
                                              {nobody}), "RUS"},
    {"G7 as a body", make("G7", actor_kind::group, "IGO", {},
                          {make("Canada", actor_kind::state, "CAN"),
                           make("France", actor_kind::state, "FRA")}), "IGOBUSGOS"},
    {"group without members", make("G7", actor_kind::group, "IGO"), "IGOBUSGOS"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(cameo_actor)

BOOST_DATA_TEST_CASE(actor_codes, bdata::make(rows), r) {
    BOOST_TEST(communique::cameo_actor_code(r.who) == r.code);
}

BOOST_AUTO_TEST_CASE(role_codes) {
    using communique::cameo_role_code;
    BOOST_TEST(cameo_role_code("Foreign Minister") == "GOV");
    BOOST_TEST(cameo_role_code("secretary-general") == "GOV");
    BOOST_TEST(cameo_role_code("inspector general") == "");
    BOOST_TEST(cameo_role_code("Admiral") == "MIL");
    BOOST_TEST(cameo_role_code("Senator") == "LEG");
    BOOST_TEST(cameo_role_code("") == "");
}

BOOST_AUTO_TEST_CASE(body_codes) {
    using communique::cameo_body_code;
    BOOST_TEST(cameo_body_code("United Nations") == "IGOUNO");
    BOOST_TEST(cameo_body_code("U.N.") == "IGOUNO");
    BOOST_TEST(cameo_body_code("North Atlantic Treaty Organization") == "IGOWSTNAT");
    BOOST_TEST(cameo_body_code("G-7") == "IGOBUSGOS");
    BOOST_TEST(cameo_body_code("WHO") == "IGOUNOHLHWHO");
    BOOST_TEST(cameo_body_code("Russia") == "");
    BOOST_TEST(cameo_body_code("") == "");
}

BOOST_AUTO_TEST_SUITE_END()
