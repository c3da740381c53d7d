// The Phoenix-style TSV writer (io/tsv.hpp): documents built by hand, exact rows, the header,
// dates, Goldstein formatting and the escaping of tabs, line breaks and invalid UTF-8.
#include "printers.hpp"

#include <communique/io/tsv.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace communique;

namespace {

// Byte offsets, for the spans below:
//   0-50    "Lavrov accused Washington of stalling on April 14."   cue "accused" 7-14
//   51-84   "He expressed\nconcern about Syria."                    cue 54-77 (holds "\n")
//   85-117  "\"We will talk\", he said\u2028again."                 cue 104-116 (holds U+2028)
const std::string text =
    "Lavrov accused Washington of stalling on April 14.\n"
    "He expressed\nconcern about Syria.\n"
    "\"We will talk\", he said\xE2\x80\xA8" "again.";

actor person(std::string name, std::string country, std::string title) {
    actor a;
    a.name = std::move(name);
    a.kind = actor_kind::person;
    a.country = std::move(country);
    a.title = std::move(title);
    return a;
}

actor state(std::string name, std::string country) {
    actor a;
    a.name = std::move(name);
    a.kind = actor_kind::state;
    a.country = std::move(country);
    return a;
}

document sample() {
    document doc;
    doc.id = "doc-1";
    doc.text = text;

    statement accused;
    accused.where = {0, 50};
    accused.cue = {7, 14};
    accused.source = {{0, 6}, person("Sergei Lavrov", "RUS", "foreign minister")};
    accused.target = mention{{15, 25}, state("United States", "USA")};
    accused.kind = statement_kind::criticism;
    accused.mode = mode::indirect;
    accused.cameo = "112";
    accused.goldstein = -2.0;
    accused.content = {26, 49};
    accused.topics = {"Syria", "chemical weapons"};
    accused.times = {{{41, 49}, "2017-04-14"}};
    doc.statements.push_back(accused);

    statement concern;
    concern.where = {51, 84};
    concern.cue = {54, 77};
    concern.source = {{51, 53}, person("Sergei\t\nLavrov", "RUS", "foreign minister")};
    concern.kind = statement_kind::concern;
    concern.mode = mode::indirect;
    concern.cameo = "";      // left empty: the kind's default, 012
    concern.goldstein = -0.1;
    concern.content = {78, 83};
    concern.topics = {"arms\tcontrol", "Syria;Iraq"};
    doc.statements.push_back(concern);

    statement said;
    said.where = {85, 117};
    said.cue = {104, 116};
    said.source = {{}, person("Lavrov \xFF", "RUS", "")};
    said.kind = statement_kind::intent;
    said.mode = mode::direct;
    said.cameo = "036";
    said.goldstein = 4.0;
    said.content = {86, 98};
    said.quote = span{85, 99};
    said.times = {{{0, 0}, ""}, {{0, 0}, "2017-04"}, {{0, 0}, "2017-04-03/2017-04-04"}};
    doc.statements.push_back(said);
    return doc;
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(tsv)

BOOST_AUTO_TEST_CASE(header_names_the_columns) {
    std::ostringstream out;
    write_tsv_header(out);
    BOOST_TEST(out.str() ==
               "date\tsource\ttarget\tcode\troot_code\tquad_class\tgoldstein\tissues\tdoc_id\t"
               "sentence\tsource_name\ttarget_name\tkind\tmode\tcue\n");
    BOOST_TEST(tsv_columns.size() == 15u);
}

BOOST_AUTO_TEST_CASE(exact_rows) {
    const document doc = sample();
    tsv_options opts;
    opts.published = civil_date{2017, 4, 12};
    std::ostringstream out;
    write_tsv(out, doc, opts);
    const auto rows = lines(out.str());
    BOOST_TEST_REQUIRE(rows.size() == 3u);
    BOOST_TEST(rows[0] == "20170414\tRUSGOV\tUSA\t112\t11\t3\t-2.0\tSyria;chemical weapons\tdoc-1\t"
                          "0-50\tSergei Lavrov\tUnited States\tcriticism\tindirect\taccused");
    // No time of its own: the publication date. Empty code: the kind's default. Tabs and line
    // breaks in names, topics and the cue: one space per run. ";" inside a topic: ",".
    BOOST_TEST(rows[1] == "20170412\tRUSGOV\t\t012\t01\t1\t-0.1\tarms control;Syria,Iraq\tdoc-1\t"
                          "51-84\tSergei Lavrov\t\tconcern\tindirect\texpressed concern about");
    // The first time that is a full date (the start of a range); invalid UTF-8 repaired;
    // U+2028 in the cue a space; no title: the country alone.
    BOOST_TEST(rows[2] == "20170403\tRUS\t\t036\t03\t1\t4.0\t\tdoc-1\t85-117\tLavrov \xEF\xBF\xBD\t\t"
                          "intent\tdirect\tsaid again");
    for (const auto& r : rows) BOOST_TEST(std::count(r.begin(), r.end(), '\t') == 14);
}

BOOST_AUTO_TEST_CASE(to_tsv_is_one_row_without_newline) {
    const document doc = sample();
    const std::string row = to_tsv(doc, doc.statements[0]);
    BOOST_TEST(row.find('\n') == std::string::npos);
    BOOST_TEST(row.substr(0, 9) == "20170414\t");
}

BOOST_AUTO_TEST_CASE(publication_dates_only) {
    const document doc = sample();
    tsv_options opts;
    opts.published = civil_date{2017, 4, 12};
    opts.statement_dates = false;
    for (const auto& s : doc.statements) BOOST_TEST(to_tsv(doc, s, opts).substr(0, 9) == "20170412\t");
}

BOOST_AUTO_TEST_CASE(no_date_is_an_empty_field) {
    const document doc = sample();
    BOOST_TEST(to_tsv(doc, doc.statements[1]).substr(0, 8) == "\tRUSGOV\t");
}

BOOST_AUTO_TEST_CASE(escaping_of_every_field) {
    std::string body = "A\tB\r\nC\x01" "D";
    document doc;
    doc.id = "dir/with\ttab\nand newline.txt";
    doc.text = body;
    statement s;
    s.where = {0, body.size()};
    s.cue = {0, body.size()};
    s.source.actor = person("Name\twith tab", "RUS", "minister");
    s.target = mention{{}, state("Target\r\nName", "USA")};
    s.topics = {"\n"};
    s.cameo = "010";
    const std::string row = to_tsv(doc, s);
    BOOST_TEST(std::count(row.begin(), row.end(), '\t') == 14);
    BOOST_TEST(row.find('\n') == std::string::npos);
    BOOST_TEST(row.find('\r') == std::string::npos);
    BOOST_TEST(row.find('\x01') == std::string::npos);
    BOOST_TEST(row == "\tRUSGOV\tUSA\t010\t01\t1\t0.0\t \tdir/with tab and newline.txt\t0-8\t"
                      "Name with tab\tTarget Name\tstatement\tindirect\tA B C D");
}

BOOST_AUTO_TEST_CASE(goldstein_has_one_decimal_and_a_point) {
    const document doc = sample();
    statement s = doc.statements[0];
    const auto weight = [&](double w) {
        s.goldstein = w;
        const std::string row = to_tsv(doc, s);
        std::size_t at = 0;
        for (int i = 0; i < 6; ++i) at = row.find('\t', at) + 1;
        return row.substr(at, row.find('\t', at) - at);
    };
    BOOST_TEST(weight(3.4) == "3.4");
    BOOST_TEST(weight(0.4) == "0.4");
    BOOST_TEST(weight(-4.4) == "-4.4");
    BOOST_TEST(weight(-10.0) == "-10.0");
    BOOST_TEST(weight(0.0) == "0.0");
    BOOST_TEST(weight(-0.04) == "0.0");
}

BOOST_AUTO_TEST_CASE(quad_classes_follow_the_code) {
    const document doc = sample();
    statement s = doc.statements[0];
    const auto quad = [&](const char* code) {
        s.cameo = code;
        const std::string row = to_tsv(doc, s);
        std::size_t at = 0;
        for (int i = 0; i < 5; ++i) at = row.find('\t', at) + 1;
        return row.substr(at, 1);
    };
    BOOST_TEST(quad("013") == "1");
    BOOST_TEST(quad("0251") == "1");
    BOOST_TEST(quad("130") == "3");
    BOOST_TEST(quad("057") == "1");
}

BOOST_AUTO_TEST_CASE(group_source_codes) {
    document doc = sample();
    statement s = doc.statements[0];
    actor both;
    both.name = "Russia and the United States";
    both.kind = actor_kind::group;
    both.members = {person("Sergei Lavrov", "RUS", "foreign minister"),
                    person("Rex Tillerson", "USA", "secretary of state")};
    s.source.actor = both;
    s.target.reset();
    const std::string row = to_tsv(doc, s);
    BOOST_TEST(row.substr(0, 25) == "20170414\tRUSGOV;USAGOV\t\t1");
}

BOOST_AUTO_TEST_CASE(empty_document_writes_nothing) {
    document doc;
    std::ostringstream out;
    write_tsv(out, doc);
    BOOST_TEST(out.str().empty());
}

BOOST_AUTO_TEST_SUITE_END()
