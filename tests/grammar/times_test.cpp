// The times grammar and its driver: each date form of issue 6 against a publication date,
// the words that look like dates but are not, year inference, ranges, impossible dates, the
// seed article, publication dates stated by articles, and the dev corpus for robustness.
#include "fixtures.hpp"
#include "printers.hpp"

#include <communique/detail/structure_times_tables.hpp>
#include <communique/detail/times_format.hpp>
#include <communique/detail/times_shape.hpp>
#include <communique/grammar/times/times.hpp>
#include <communique/times.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace bdata = boost::unit_test::data;
using communique::civil_date;
using communique::find_times;
using communique::span;

namespace {

std::optional<civil_date> date_of(const char* iso) {
    if (iso == nullptr) return std::nullopt;
    return communique::parse_iso_date(iso);
}

std::vector<communique::time_mention> times_in(std::string_view text, const char* published) {
    return find_times(text, span{0, text.size()}, date_of(published));
}

/// One expression in a sentence: the sentence, the publication date (nullptr for none), the
/// text the mention must cover and its iso value ("" for none).
struct row {
    const char* sentence;
    const char* published;
    const char* expected_text;
    const char* expected_iso;
    friend std::ostream& operator<<(std::ostream& os, const row& r) {
        return os << '"' << r.sentence << "\" @" << (r.published ? r.published : "none");
    }
};

void check_single(const row& r) {
    const std::string_view text = r.sentence;
    const auto found = times_in(text, r.published);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(std::string(found[0].where.in(text)) == r.expected_text);
    BOOST_TEST(found[0].iso == r.expected_iso);
}

const row forms[] = {
    // day and month, month and day, with and without year
    {"And one of the attempts will come on April 14th in Moscow.", "2017-04-12", "April 14th",
     "2017-04-14"},
    {"the subsequent US missile strikes on 7th April.", "2017-04-12", "7th April", "2017-04-07"},
    {"the talks of 14 April in Moscow", "2017-04-12", "14 April", "2017-04-14"},
    {"MOSCOW, 12 APR \xE2\x80\x93 RIA Novosti.", "2017-04-12", "12 APR", "2017-04-12"},
    {"The leaders met on Nov. 12 in Da Nang.", "2017-11-20", "Nov. 12", "2017-11-12"},
    {"The statement of November 12, 2017 was short.", "2017-04-12", "November 12, 2017",
     "2017-11-12"},
    {"It was signed on 12 November 2017.", nullptr, "12 November 2017", "2017-11-12"},
    {"On September 6, an open meeting was convened.", "2018-09-11", "September 6", "2018-09-06"},
    {"Moscow, 11 September 2018", "2018-09-11", "11 September 2018", "2018-09-11"},
    {"Security Council Press Statement \xE2\x80\x93 4 September 2016", nullptr,
     "4 September 2016", "2016-09-04"},
    {"Aug. 2, 2017 (EIRNS)\xE2\x80\x94U.S. Secretary of State", nullptr, "Aug. 2, 2017",
     "2017-08-02"},
    {"the Fourth of July parade on the 4th of July", "2017-04-12", "4th of July", "2017-07-04"},
    {"Thu. Jul 18th, 2024", nullptr, "Thu. Jul 18th, 2024", "2024-07-18"},
    {"the press conference on Wednesday, May 10.", "2017-05-12", "Wednesday, May 10",
     "2017-05-10"},
    {"in the capital on 2 Sept. 2016, during", nullptr, "2 Sept. 2016", "2016-09-02"},
    {"SEPTEMBER 11, 2001", nullptr, "SEPTEMBER 11, 2001", "2001-09-11"},
    {"the summit on 9\xC2\xA0July, said", "2017-07-10", "9\xC2\xA0July", "2017-07-09"},
    {"\xE2\x80\x9C" "April 14\xE2\x80\x9D is the date", "2017-04-12", "April 14", "2017-04-14"},
    // ordinal day alone: month and year of the publication date
    {"Syria was attacked on the 4th.", "2017-04-12", "4th", "2017-04-04"},
    {"chemical attacks on 4th and later", "2017-04-12", "4th", "2017-04-04"},
    {"the vote on the 28th, he said", "2017-04-02", "28th", "2017-03-28"},
    // ranges
    {"on the night of April 3-4, the strike", "2017-04-12", "April 3-4",
     "2017-04-03/2017-04-04"},
    {"during the night of 3-4 April", "2017-04-12", "3-4 April", "2017-04-03/2017-04-04"},
    {"from April 3\xE2\x80\x93" "5 in Geneva", "2017-04-12", "April 3\xE2\x80\x93" "5",
     "2017-04-03/2017-04-05"},
    // weekdays: the most recent such day on or before the publication date
    {"Tillerson told reporters on Tuesday.", "2017-08-02", "Tuesday", "2017-08-01"},
    {"Lavrov said on Wednesday.", "2017-04-12", "Wednesday", "2017-04-12"},
    {"Lavrov said Thursday that", "2017-04-12", "Thursday", "2017-04-06"},
    {"The talks last Friday failed.", "2017-04-12", "last Friday", "2017-04-07"},
    {"They meet again next Monday.", "2017-04-12", "next Monday", "2017-04-17"},
    {"The envoy arrives on Monday.", nullptr, "Monday", ""},
    // days, weeks, months and years counted from the publication date
    {"the long hours of talks today were not in vain", "2017-04-12", "today", "2017-04-12"},
    {"Today the ministers met.", "2017-04-12", "Today", "2017-04-12"},
    {"He arrived yesterday.", "2017-04-12", "yesterday", "2017-04-11"},
    {"They will meet tomorrow.", "2017-04-12", "tomorrow", "2017-04-13"},
    {"the attack last week in Syria", "2017-04-12", "last week", "2017-W14"},
    {"talks this week", "2017-04-12", "this week", "2017-W15"},
    {"a summit next week", "2017-01-01", "next week", "2017-W01"},
    {"talks next month in Geneva", "2017-04-12", "next month", "2017-05"},
    {"talks next month in Geneva", "2017-12-12", "next month", "2018-01"},
    {"sanctions imposed this year", "2017-04-12", "this year", "2017"},
    {"Last year the two sides agreed", "2017-04-12", "Last year", "2016"},
    {"today", nullptr, "today", ""},
    // years and months alone
    {"We will remind, in 2014 in Ukraine the conflict began.", "2017-01-25", "2014", "2014"},
    {"relations have worsened since 2016.", nullptr, "2016", "2016"},
    {"a deal expected by mid-2018", nullptr, "2018", "2018"},
    {"the conversation in July 2014 about Ukraine", nullptr, "July 2014", "2014-07"},
    {"late December, 2008", nullptr, "December, 2008", "2008-12"},
    // ISO dates and times
    {"the release dated 2017-04-12 says", nullptr, "2017-04-12", "2017-04-12"},
    {"12:42 p.m. EDT", "2015-04-09", "12:42 p.m. EDT", "T12:42-04:00"},
    {"Updated at 2:40 p.m. ET", "2018-03-29", "2:40 p.m. ET", "T14:40"},
    {"posted 19:17", nullptr, "19:17", "T19:17"},
    {"at 12:15 a.m. GMT", nullptr, "12:15 a.m. GMT", "T00:15Z"},
    {"11 September 201819:17", nullptr, "11 September 201819:17", "2018-09-11T19:17"},
    {"Moscow, April 12, 2017, at 10:30 MSK", nullptr, "April 12, 2017, at 10:30 MSK",
     "2017-04-12T10:30+03:00"},
};

BOOST_AUTO_TEST_SUITE(times)

BOOST_DATA_TEST_CASE(each_form_is_found_and_normalised, bdata::make(forms), r) {
    check_single(r);
}

// The year of a month and day: the one that puts it nearest the publication date.
const row year_inference[] = {
    {"on December 28 the envoy left", "2018-01-05", "December 28", "2017-12-28"},
    {"they meet on January 3", "2017-12-28", "January 3", "2018-01-03"},
    {"On September 6 the council met", "2018-03-01", "September 6", "2017-09-06"},
    {"On September 6 the council will meet", "2018-03-20", "September 6", "2018-09-06"},
    {"the talks on July 9", "2017-07-09", "July 9", "2017-07-09"},
    {"on 2 September, during which", "2016-09-04", "2 September", "2016-09-02"},
    {"on June 30 the envoy", "2016-12-28", "June 30", "2016-06-30"},
    {"the vote on the 30th", "2017-01-02", "30th", "2016-12-30"},
    {"the vote on the 2nd", "2016-12-30", "2nd", "2017-01-02"},
    {"last week", "2017-01-01", "last week", "2016-W51"},
    {"this week", "2021-01-03", "this week", "2020-W53"},
    {"next month", "2016-12-01", "next month", "2017-01"},
    {"Last month", "2017-01-15", "Last month", "2016-12"},
    {"on Sunday", "2017-01-01", "Sunday", "2017-01-01"},
    {"on Saturday", "2017-01-01", "Saturday", "2016-12-31"},
    {"on February 29", "2016-03-10", "February 29", "2016-02-29"},
};

BOOST_DATA_TEST_CASE(years_are_inferred_across_year_boundaries, bdata::make(year_inference),
                     r) {
    check_single(r);
}

// Impossible dates keep their span and get no ISO value.
const row impossible[] = {
    {"on April 31 the ministers", "2017-04-12", "April 31", ""},
    {"on February 29, 2017", nullptr, "February 29, 2017", ""},
    {"on 31 June 2016", nullptr, "31 June 2016", ""},
    {"on April 5-3", "2017-04-12", "April 5-3", ""},
    {"on April 30-31", "2017-04-12", "April 30-31", ""},
    {"the release 2017-02-30 said", nullptr, "2017-02-30", ""},
    {"at 25:70", nullptr, "25:70", ""},
    {"at 13:05 p.m.", nullptr, "13:05 p.m.", ""},
    {"April 14th in Moscow", nullptr, "April 14th", ""},
    {"on the 31st", "2017-04-12", "31st", "2017-03-31"},
};

BOOST_DATA_TEST_CASE(impossible_or_unfixed_dates_keep_their_text, bdata::make(impossible), r) {
    check_single(r);
}

struct negative {
    const char* sentence;
    friend std::ostream& operator<<(std::ostream& os, const negative& n) {
        return os << '"' << n.sentence << '"';
    }
};

const negative not_dates[] = {
    {"they may meet again soon"},
    {"Theresa May said the attack was reckless."},
    {"Theresa May 2016 speech"},
    {"May I ask a question?"},
    {"Thousands March through the capital."},
    {"the March of the Living"},
    {"Russia will expel 60 U.S. diplomats."},
    {"the G20 summit in Hamburg"},
    {"a meeting lasting 2 hours"},
    {"the 14th annual Yalta European Strategy session"},
    {"at least 14 people were killed and over 67 injured"},
    {"all 35 countries in the Western Hemisphere"},
    {"The Sun reported on the talks."},
    {"He met Sat Paul Mittal."},
    {"1,200 troops and 2017 tanks"},
    {"the 2016 election"},
    {"Resolution 2254 calls for"},
    {"a five-hour one-on-one meeting"},
    {"Mayday! Marches, Junes and Augusts"},
    {"ON THE WEEKEND"},
    {"last couple of years"},
    {"the next meeting"},
    {"this is a test"},
    {"the 1st Infantry Division"},
    {"MAY BE"},
    {"Article 4th"},
};

BOOST_DATA_TEST_CASE(words_and_numbers_that_are_not_dates, bdata::make(not_dates), n) {
    const auto found = times_in(n.sentence, "2017-04-12");
    for (const auto& m : found) BOOST_TEST_MESSAGE("found " << m.where << " " << m.iso);
    BOOST_TEST(found.empty());
}

BOOST_AUTO_TEST_CASE(an_ordinal_day_takes_the_month_of_the_next_date) {
    const std::string_view text = "There were talks regarding Syria, chemical attacks on 4th and "
                                  "the subsequent US missile strikes on 7th April.";
    const auto found = times_in(text, "2017-04-12");
    BOOST_TEST_REQUIRE(found.size() == 2u);
    BOOST_TEST(std::string(found[0].where.in(text)) == "4th");
    BOOST_TEST(found[0].iso == "2017-04-04");
    BOOST_TEST(std::string(found[1].where.in(text)) == "7th April");
    BOOST_TEST(found[1].iso == "2017-04-07");

    // The next date fixes the month even against the publication month.
    const std::string_view march = "from the 28th to March 30, 2016";
    const auto m = times_in(march, "2017-04-12");
    BOOST_TEST_REQUIRE(m.size() == 2u);
    BOOST_TEST(m[0].iso == "2016-03-28");
    BOOST_TEST(m[1].iso == "2016-03-30");
}

BOOST_AUTO_TEST_CASE(several_expressions_come_in_order_within_the_span) {
    const std::string_view text = "Before: April 1. Inside: on Tuesday, and 12 APR, and today. "
                                  "After: April 20.";
    const std::size_t begin = text.find("Inside");
    const std::size_t end = text.find("After");
    const auto found =
        find_times(text, span{begin, end}, communique::parse_iso_date("2017-04-12"));
    BOOST_TEST_REQUIRE(found.size() == 3u);
    BOOST_TEST(std::string(found[0].where.in(text)) == "Tuesday");
    BOOST_TEST(found[0].iso == "2017-04-11");
    BOOST_TEST(std::string(found[1].where.in(text)) == "12 APR");
    BOOST_TEST(std::string(found[2].where.in(text)) == "today");
    // A span past the end of the text is clamped, an empty one finds nothing.
    BOOST_TEST(find_times(text, span{end, 10000}, std::nullopt).size() == 1u);
    BOOST_TEST(find_times(text, span{5, 5}, std::nullopt).empty());
    BOOST_TEST(find_times({}, span{0, 0}, std::nullopt).empty());
}

BOOST_AUTO_TEST_CASE(iso_dates_are_validated) {
    const auto d = communique::parse_iso_date("2017-04-12");
    BOOST_TEST_REQUIRE(d.has_value());
    BOOST_TEST(d->year == 2017);
    BOOST_TEST(d->month == 4u);
    BOOST_TEST(d->day == 12u);
    BOOST_TEST(communique::parse_iso_date("2016-02-29").has_value());
    BOOST_TEST(communique::parse_iso_date("2000-02-29").has_value());
    BOOST_TEST(!communique::parse_iso_date("1900-02-29").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017-02-29").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017-04-31").has_value());
    BOOST_TEST(communique::parse_iso_date("2017-12-31").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017-13-01").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017-00-10").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017-04-00").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017-4-12").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017-04-12 ").has_value());
    BOOST_TEST(!communique::parse_iso_date("2017/04/12").has_value());
    BOOST_TEST(!communique::parse_iso_date("").has_value());
    BOOST_TEST(!communique::parse_iso_date("abcd-ef-gh").has_value());
}

BOOST_AUTO_TEST_CASE(the_seed_article_normalises_to_april_2017) {
    const std::string text = fixtures::read_file(fixtures::seed_article());
    BOOST_TEST_REQUIRE(!text.empty());
    BOOST_TEST(!communique::find_publication_date(text, communique::parse_structure(text)));
    const auto found = times_in(text, "2017-04-12");
    auto iso_of = [&](std::string_view words) -> std::string {
        for (const auto& m : found)
            if (m.where.in(text) == words) return m.iso;
        return "(not found)";
    };
    BOOST_TEST(iso_of("4th") == "2017-04-04");
    BOOST_TEST(iso_of("7th April") == "2017-04-07");
    BOOST_TEST(iso_of("April 14th") == "2017-04-14");
    BOOST_TEST(iso_of("today") == "2017-04-12");
    for (const auto& m : found) {
        BOOST_TEST_CONTEXT(m.where << " " << m.where.in(text)) {
            BOOST_TEST(m.iso.substr(0, 4) == "2017");
        }
    }
}

struct dated {
    const char* text;
    const char* expected; ///< nullptr: no publication date
    friend std::ostream& operator<<(std::ostream& os, const dated& d) {
        return os << '"' << std::string_view(d.text).substr(0, 40) << '"';
    }
};

const dated publication[] = {
    {"Asset Publisher\n11 September 201819:17\nForeign Ministry Spokesperson Maria Zakharova's "
     "answer\n",
     "2018-09-11"},
    {"Daily Press Briefings : Daily Press Briefing \xE2\x80\x93 April 9, 2015\n12:42 p.m. EDT\n"
     "MR RATHKE: I just have one thing to mention at the top.\n",
     "2015-04-09"},
    {"Thu. Jul 18th, 2024\nBrussels, 4 November 2022\nWe, the G7 Foreign Ministers of Canada\n",
     "2022-11-04"},
    {" date 2017-01-01 PRESS RELEASE\nTillerson Will Meet Lavrov at ASEAN Meeting\nAug. 2, 2017 "
     "(EIRNS)\xE2\x80\x94U.S. Secretary of State Rex Tillerson said he will be meeting.\n",
     "2017-08-02"},
    {" date 2018-11-21 MANILA (XINHUA) - China and the Philippines issued a joint statement on "
     "Wednesday (Nov 21).\n",
     "2018-11-21"},
    {"By Alice Cuddy\nPublished on 15/07/2018\nPublished on 16 July 2018\nText.\n",
     "2018-07-16"},
    {"For US, Russia, challenge of deep chill\nYuri Gripas/Reuters\nAugust 4, 2017\nPresident "
     "Trump came into office\n",
     "2017-08-04"},
    {"Security Council Press Statement on Terrorist Attack in the Philippines \xE2\x80\x93 4 "
     "September 2016\nThe members of the Security Council condemned the attack on 2 "
     "September.\n",
     "2016-09-04"},
    {"MOSCOW, April 12, 2017 \xE2\x80\x93 Sergei Lavrov said\n", "2017-04-12"},
    {"Title\nThe treaty that Russia and the United States signed in Washington after long talks "
     "on 8 December 1987 still binds them, the minister said.\n",
     nullptr},
    // Up to 120 bytes into its line a date after a separator counts; further in it is text.
    {"Title\nReadout of the call between the two ministers on the situation in the region and the talks ahead, 4 November 2022\n", "2022-11-04"},
    {"Title\nReadout of the call between the two ministers on the situation in the region and the talks ahead of the two sides next week, 4 November 2022\n", nullptr},
    {"Title\nNo dates at all here.\nNor here.\n", nullptr},
    // A line longer than 256 bytes is looked at whole for a year before it is scanned: its
    // date at the start counts, one deeper than 120 bytes does not.
    {"Title\nBrussels, 4 November 2022 - The ministers of the group met today and talked about "
     "the war, the grain corridor, the energy markets, the sanctions that are in force and "
     "those that may come, the refugees who have left and those who are coming back, and the "
     "help for the winter, which will be hard in the east of the country and in the cities.\n",
     "2022-11-04"},
    {"Title\nThe ministers of the group met today and talked about the war, the grain corridor, "
     "the energy markets, the sanctions that are in force and those that may come, the "
     "refugees who have left and those who are coming back, and the help for the winter, "
     "which will be hard, 4 November 2022\n",
     nullptr},
    {"", nullptr},
};

BOOST_DATA_TEST_CASE(publication_dates_stated_by_the_article, bdata::make(publication), d) {
    const std::string_view text = d.text;
    const auto expected = date_of(d.expected);
    // With the structure pass and without any blocks at all (the top lines are used then).
    const auto with_layout = communique::find_publication_date(text, communique::parse_structure(text));
    const auto without = communique::find_publication_date(text, communique::structure{});
    BOOST_TEST(with_layout.has_value() == expected.has_value());
    BOOST_TEST(without.has_value() == expected.has_value());
    if (expected && with_layout) BOOST_TEST((*with_layout == *expected));
    if (expected && without) BOOST_TEST((*without == *expected));
}

BOOST_AUTO_TEST_CASE(publication_dates_beyond_the_top_are_ignored) {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "A line of running text without a date.\n";
    text += "April 9, 2015\n";
    BOOST_TEST(!communique::find_publication_date(text, communique::structure{}));
}

BOOST_AUTO_TEST_CASE(long_and_hostile_input_is_scanned_in_one_pass) {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "April May 12 12: 2017- Tuesday\xC2\xA0 on the 4";
    text += std::string(100000, ' ') + "April" + std::string(100000, '9');
    const auto found = times_in(text, "2017-04-12");
    std::size_t last_end = 0;
    for (const auto& m : found) {
        BOOST_TEST_REQUIRE(m.where.begin >= last_end);
        BOOST_TEST_REQUIRE(m.where.end <= text.size());
        last_end = m.where.end;
    }
    BOOST_TEST(found.size() >= 20000u);
}

// The scan hands a word to the grammar only when its first bytes are those of a word of the
// grammar's tables (lead_filter). Every such word must still open its date, wherever the word
// stands: at the start of the range, after a blank, a bracket or a no-break space, and at each
// offset within the eight bytes the scan reads at once.
BOOST_AUTO_TEST_CASE(every_lead_word_of_the_grammar_still_opens_a_date) {
    const auto words = communique::grammar::times::parser::lead_words();
    BOOST_TEST_REQUIRE(words.size() > 50u);
    const std::string befores[] = {"", "(", "said ", "on\xC2\xA0", "\xE2\x80\x9C"};
    for (const std::string& word : words) {
        for (const std::string& before : befores) {
            for (std::size_t pad = 0; pad < 9; ++pad) {
                const std::string lead = std::string(pad, ' ') + before;
                bool opened = false;
                // A month or weekday takes a day after it, a relative word a unit, a day word
                // stands alone: one of these tails makes a date of each.
                for (const char* tail : {" 12 April", " week"}) {
                    const std::string text = lead + word + tail;
                    for (const auto& m : times_in(text, "2017-04-12"))
                        opened = opened || m.where.begin == lead.size();
                }
                BOOST_TEST(opened, '"' << lead << word << '"');
            }
        }
    }
}

// lead_words lists the words from the arrays the tables are built from, not from the tables:
// it must hold exactly the words the built tables hold (a word added to a table some other way
// would slip past the scan's first look).
BOOST_AUTO_TEST_CASE(lead_words_are_exactly_the_words_of_the_built_tables) {
    namespace tp = communique::grammar::times::parser;
    auto listed = tp::lead_words();
    auto built = tp::lead_words_in_tables();
    std::sort(listed.begin(), listed.end());
    std::sort(built.begin(), built.end());
    BOOST_TEST_REQUIRE(built.size() > 50u);
    BOOST_TEST(listed == built, boost::test_tools::per_element());
}

namespace {
// Every text made of one string of each list in turn ("12" + " April" + " 2017", ...).
std::vector<std::string> concatenations(const std::vector<std::vector<std::string>>& lists) {
    std::vector<std::string> texts{""};
    for (const auto& list : lists) {
        std::vector<std::string> longer;
        longer.reserve(texts.size() * list.size());
        for (const auto& head : texts)
            for (const auto& part : list) longer.push_back(head + part);
        texts = std::move(longer);
    }
    return texts;
}

// What the times scan's pre-checks promise: a text that `may_open(first, last)` turns down
// opens no expression of the grammar. The check must also turn down more than a third of the
// texts, or it saves nothing.
template <typename MayOpen>
void check_turned_down_open_no_date(const std::vector<std::string>& texts, const MayOpen& may_open,
                                    const char* check) {
    namespace x3 = boost::spirit::x3;
    std::size_t turned_down = 0;
    for (const auto& text : texts) {
        const char* const last = text.data() + text.size();
        if (may_open(text.data(), last)) continue;
        ++turned_down;
        const char* first = text.data();
        communique::grammar::times::ast::expression e;
        const bool parsed = x3::parse(first, last, communique::grammar::times::parser::expression, e);
        BOOST_TEST(!parsed, '"' << text << "\" opens a date the " << check << " check turned down");
    }
    BOOST_TEST(turned_down > texts.size() / 3);
}
} // namespace

// The scan passes over a number that digits_may_open_date turns down without asking the
// grammar: the grammar must find no expression there. Numbers of every length with the
// endings news text puts after them (and those of every date form), alone and followed by
// more text; the check must also turn some down, or it saves nothing.
BOOST_AUTO_TEST_CASE(numbers_turned_down_by_their_shape_open_no_date) {
    const std::vector<std::string> digits = {"1", "12", "201", "2017", "20170", "123456", "04", "31"};
    const std::vector<std::string> tails = {"", " ", "  April", " April", "\xC2\xA0" "April", " of July",
                                            " ofJuly", "th", "st April", "nd", "rd", "-4 April", " - 4 May",
                                            "\xE2\x80\x93" "4 May", ":30", ":3", ":30 p.m. EDT", "-05-01",
                                            "-5-1", ",000", ".5", " people", " per cent", "%", "s", "a",
                                            "x", "th of", "\t", "\tMay", " o", " Tuesday", " APR", "/4"};
    const std::vector<std::string> afters = {"", " 2017", ", 2018 at 10:30", "th", " said"};
    check_turned_down_open_no_date(concatenations({digits, tails, afters}),
                                   communique::detail::times_impl::digits_may_open_date, "shape");
    const auto opens = [](std::string_view s) {
        return communique::detail::times_impl::digits_may_open_date(s.data(), s.data() + s.size());
    };
    BOOST_TEST(!opens("5,000"));
    BOOST_TEST(opens("4th"));
}

// The scan passes over a shift word ("this", "next", "last") that shift_may_open_date turns
// down without asking the grammar: the grammar must find no expression there. The shift words
// in every case and glued to more letters, then separators, then a vocabulary of followers
// (every lead word, the unit words and their neighbours, every pair of letters, dates), then
// tails; the look at the follower is the grammar's own lead_word rule, narrower than the
// scan's lead filter. The check must also turn some down, or it saves nothing.
BOOST_AUTO_TEST_CASE(shift_words_turned_down_open_no_date) {
    namespace x3 = boost::spirit::x3;
    namespace tp = communique::grammar::times::parser;
    const auto lead_word = [](const char* first, const char* last) { return x3::parse(first, last, tp::lead_word); };
    std::vector<std::string> followers = tp::lead_words();
    for (const char* w : {"week", "weeks", "weekend", "month", "months", "year", "years", "yearly", "Week",
                          "YEAR", "Month", "day", "decade", "summer", "quarter", "century", "fortnight",
                          "evening", "night", "term", "season", "is", "was", "to", "one", "time", "w",
                          "m", "y", "2017", "12 April", "April 12", "12", "4th", "19:17", ""})
        followers.emplace_back(w);
    for (char a = 'A'; a <= 'z'; ++a)
        for (const char b : {'a', 'e', 'o', 'u', 'y', 'A', 'O'})
            if ((a <= 'Z' || a >= 'a')) followers.push_back(std::string{a, b});
    const std::vector<std::string> shifts = {"this", "This", "next", "Next", "last", "Last", "THIS", "NEXT",
                                             "LAST", "thisweek", "lastly", "nexts", "thus", "text"};
    const std::vector<std::string> gaps = {"", " ", "  ", "\t", "\xC2\xA0", " \xC2\xA0 ", ",", ", ", ".", "-", "\n", "'s "};
    const std::vector<std::string> tails = {"", " 2017", ".", ", 12:30", " 12th"};
    check_turned_down_open_no_date(
        concatenations({shifts, gaps, followers, tails}),
        [&](const char* first, const char* last) {
            return communique::detail::times_impl::shift_may_open_date(first, last, lead_word);
        },
        "shift");
    const auto check = [&](std::string_view s) {
        return communique::detail::times_impl::shift_may_open_date(s.data(), s.data() + s.size(), lead_word);
    };
    BOOST_TEST(!check("this is"));
    BOOST_TEST(!check("Next,"));
    BOOST_TEST(check("this week"));
    BOOST_TEST(check("next\xC2\xA0Monday"));
    BOOST_TEST(check("said"));
}

// parse_at asks number_expression at a digit and word_expression anywhere else instead of
// expression: each must match exactly where expression matches, as far, with the same fields.
// Every offset of the seed article and of dates in every form (each lead word in front of a
// day, a unit and nothing), and the numbers that open none.
BOOST_AUTO_TEST_CASE(expressions_split_by_first_byte_match_the_whole_expression) {
    namespace x3 = boost::spirit::x3;
    namespace tp = communique::grammar::times::parser;
    namespace ast = communique::grammar::times::ast;
    std::string text = fixtures::read_file(fixtures::seed_article());
    for (const std::string& w : tp::lead_words())
        text += " " + w + " 12 April 2017, " + w + " 4th " + w + " week, " + w + ". " + w + " 2017";
    text += " 2017-04-12T10:30 14 April 7th April 3-4 April 12 APR 4th of July 11 September 201819:17 "
            "Thu. Jul 18th, 2024 Nov. 12 July 2014 last week tonight 19:17 12:42 p.m. EDT 2:40 p.m. ET "
            "on the 4th in 2016 5,000 10 people 20170 3.5 Wednesday, September 12, 2017, at 12:42 p.m. CEST";
    const auto fields = [](const ast::expression& e) {
        const bool timed = e.time.has_value();
        return std::make_tuple(e.kind, e.weekday_lead, e.year, e.month, e.day, e.day_end, e.weekday, e.shift,
                               e.has_shift, e.step, timed, timed ? e.time->hour : 0u, timed ? e.time->minute : 0u,
                               timed && e.time->meridiem ? *e.time->meridiem : '\0',
                               timed && e.time->zone ? *e.time->zone : -1);
    };
    std::size_t matched = 0, numbers = 0;
    const char* const last = text.data() + text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* whole = text.data() + i;
        const char* split = whole;
        ast::expression a, b;
        const bool number = text[i] >= '0' && text[i] <= '9';
        const bool ok_whole = x3::parse(whole, last, tp::expression, a);
        const bool ok_split = number ? x3::parse(split, last, tp::number_expression, b)
                                     : x3::parse(split, last, tp::word_expression, b);
        BOOST_TEST_REQUIRE(ok_whole == ok_split, "at " << i << ": \"" << text.substr(i, 30) << '"');
        if (!ok_whole) continue;
        ++matched;
        numbers += number;
        BOOST_TEST_REQUIRE(whole == split, "at " << i << ": \"" << text.substr(i, 30) << '"');
        BOOST_TEST_REQUIRE((fields(a) == fields(b)), "at " << i << ": \"" << text.substr(i, 30) << '"');
    }
    BOOST_TEST(matched > 200u);
    BOOST_TEST(numbers > 50u);
}

// opens_like_month must hold exactly the first two bytes of the month names: every lead word
// that makes a month-led date with a year after it ("April 2017", "SEPT 2017"), and no other
// lead word (a weekday, shift or day word it took for a month would be turned down below).
BOOST_AUTO_TEST_CASE(month_like_words_are_exactly_the_month_names) {
    namespace x3 = boost::spirit::x3;
    namespace tp = communique::grammar::times::parser;
    std::size_t months = 0;
    for (const std::string& word : tp::lead_words()) {
        const std::string text = word + " 2017";
        const char* first = text.data();
        const char* const last = first + text.size();
        communique::grammar::times::ast::expression e;
        const bool month_led = x3::parse(first, last, tp::expression, e) && first == last;
        months += month_led;
        BOOST_TEST(communique::detail::times_impl::opens_like_month(word.data()) == month_led, word);
    }
    BOOST_TEST(months >= 48u); // 24 full names and 24 short ones
}

// The scan passes over a month-like word that month_may_open_date turns down without asking
// the grammar: the grammar must find no expression there. Month names in every spelling, words
// that start like them ("Marx", "Junior", "Mayday", "JUly"), then separators (full stops,
// commas, blanks, no-break spaces, dashes, newlines), then followers (numbers, dates, words).
// The check must also turn some down, or it saves nothing.
BOOST_AUTO_TEST_CASE(month_words_turned_down_open_no_date) {
    namespace tp = communique::grammar::times::parser;
    std::vector<std::string> words = tp::lead_words();
    for (const char* w : {"Marx", "Junior", "Mayday", "JUly", "Ju", "Ma", "Sep", "Septs", "Mayor",
                          "Octopus", "Nobody", "Devon", "Apple", "August", "Augusta", "MAYBE", "Fe", "Dec"})
        words.emplace_back(w);
    const std::vector<std::string> gaps = {"", " ", "  ", "\t", "\xC2\xA0", " \xC2\xA0 ", ".", ". ", ".,", "., ", ",",
                                           ", ", ",,", " ,", "-", " - ", "\n", "'s ", ".\xC2\xA0", ",\t", "x "};
    const std::vector<std::string> followers = {"", "2017", "12", "4", "4th", "12th", "3-4", "April", "of July",
                                                "and", "x", "12:30", " 2017", "\xE2\x80\x93" "4", "(12)", "last week"};
    check_turned_down_open_no_date(concatenations({words, gaps, followers}),
                                   communique::detail::times_impl::month_may_open_date, "month");
    const auto check = [](std::string_view s) {
        return communique::detail::times_impl::month_may_open_date(s.data(), s.data() + s.size());
    };
    BOOST_TEST(!check("March."));
    BOOST_TEST(!check("March budget"));
    BOOST_TEST(check("March 2017"));
    BOOST_TEST(check("Nov., 2017"));
    BOOST_TEST(check("Nov.\xC2\xA0" "12"));
    BOOST_TEST(check("Monday"));
    BOOST_TEST(check("said"));
}

// The ISO texts are written by hand (times_format.hpp); they must be what snprintf writes, the
// definition, over every field the driver can hand them and past the ranges of the hand path
// (where they fall back on snprintf).
BOOST_AUTO_TEST_CASE(iso_texts_are_those_snprintf_writes) {
    namespace ti = communique::detail::times_impl;
    const auto printed = [](const char* format, auto... values) {
        char buf[64];
        std::snprintf(buf, sizeof buf, format, values...);
        return std::string(buf);
    };
    const int years[] = {-12345, -1, 0, 7, 99, 999, 1000, 1969, 2017, 2999, 3000, 9999, 10000, 123456};
    const unsigned fields[] = {0, 1, 9, 10, 12, 13, 29, 31, 32, 99, 100, 123};
    for (const int y : years) {
        BOOST_TEST(ti::format_year(y) == printed("%04d", y));
        for (const unsigned m : fields) {
            BOOST_TEST(ti::format_month(y, m) == printed("%04d-%02u", y, m));
            for (const unsigned d : fields)
                BOOST_TEST(ti::format_date(civil_date{y, m, d}) == printed("%04d-%02u-%02u", y, m, d));
        }
        for (const long w : {-3L, 0L, 1L, 9L, 15L, 53L, 99L, 100L, 1234L})
            BOOST_TEST(ti::format_iso_week(y, w) == printed("%04d-W%02ld", y, w));
    }
    // The clock against the way it was formatted with snprintf.
    const auto clock_text = [&printed](unsigned hour, unsigned minute, int zone) {
        std::string out = printed("T%02u:%02u", hour, minute);
        if (zone == communique::grammar::times::ast::unknown_offset) return out;
        if (zone == 0) return out + 'Z';
        const int a = zone < 0 ? -zone : zone;
        return out + printed("%c%02d:%02d", zone < 0 ? '-' : '+', a / 60, a % 60);
    };
    for (unsigned hour = 0; hour < 24; ++hour)
        for (const unsigned minute : {0u, 5u, 30u, 59u})
            for (const int zone : {0, 60, -240, 330, -570, 180, 5999, -6000, 7265,
                                   communique::grammar::times::ast::unknown_offset}) {
                communique::grammar::times::ast::clock c;
                c.hour = hour;
                c.minute = minute;
                c.zone = zone;
                BOOST_TEST(ti::format_clock(c) == clock_text(hour, minute, zone), hour << ':' << minute << ' ' << zone);
            }
}

// The scan finds word starts sixteen bytes at a time; each way it has of doing so must give
// the masks the byte-at-a-time definition gives, for every byte value at every position.
BOOST_AUTO_TEST_CASE(word_and_lead_masks_match_the_byte_by_byte_definition) {
    namespace ti = communique::detail::times_impl;
    std::mt19937 rng(7);
    const std::string common = "0123456789 AZaz@[`{ltnyLTNYmMx.,-:\xC2\xA0\xE2\x80\x93\xFF\x80";
    unsigned char block[16];
    for (int round = 0; round < 20000; ++round) {
        for (auto& b : block)
            b = round % 2 ? static_cast<unsigned char>(rng() & 0xFF)
                          : static_cast<unsigned char>(common[rng() % common.size()]);
        const ti::byte_masks want = ti::byte_masks_reference(block);
        const ti::byte_masks swar = ti::byte_masks_swar(block);
        BOOST_TEST_REQUIRE(swar.word == want.word);
        BOOST_TEST_REQUIRE(swar.lead == want.lead);
        const ti::byte_masks fast = ti::byte_masks_at(block);
        BOOST_TEST_REQUIRE(fast.word == want.word);
        BOOST_TEST_REQUIRE(fast.lead == want.lead);
    }
}

// The grammars' word tables are built on first use (structure_times_tables.hpp): through the
// wrapper a table must parse as the table itself, case-folded under no_case too, with the same
// value, the same longest match and the same stopping place, and the table is built once.
BOOST_AUTO_TEST_CASE(tables_built_on_first_use_parse_as_the_tables_themselves) {
    namespace x3 = boost::spirit::x3;
    struct words : x3::symbols<int> {
        words() { add("may", 1)("mayday", 2)("sign in", 3)("sign", 4); }
    };
    const communique::detail::table_on_first_use<words> lazy;
    const words plain;
    BOOST_TEST(std::addressof(lazy.table()) == std::addressof(lazy.table())); // x3 takes a unary & for a parser
    for (const std::string text : {"may", "MAY", "Mayday!", "mayd", "sign in", "SIGN IN now", "Sign", "x", ""}) {
        for (const bool fold : {false, true}) {
            int want = 0, got = 0;
            const char* want_end = text.data();
            const char* got_end = text.data();
            const bool want_ok = fold ? x3::parse(want_end, text.data() + text.size(), x3::no_case[plain], want)
                                      : x3::parse(want_end, text.data() + text.size(), plain, want);
            const bool got_ok = fold ? x3::parse(got_end, text.data() + text.size(), x3::no_case[lazy], got)
                                     : x3::parse(got_end, text.data() + text.size(), lazy, got);
            BOOST_TEST(got_ok == want_ok, text << (fold ? " no_case" : ""));
            BOOST_TEST(got == want, text);
            BOOST_TEST(got_end - text.data() == want_end - text.data(), text);
        }
    }
}

// masks_at reads the last, short block of a span as the sixteen bytes that end at the span's
// end, shifted: it must give the masks of the bytes copied into a zeroed block, from every
// start to every end, short texts included. So must masks32_at, thirty-two bytes at a time
// (whole blocks its own way, the last one through masks_at).
BOOST_AUTO_TEST_CASE(masks_of_a_short_last_block_match_a_zero_padded_copy) {
    namespace ti = communique::detail::times_impl;
    std::mt19937 rng(17);
    const std::string alphabet = "0123456789 aZltny.-\xC2\xA0";
    for (int round = 0; round < 300; ++round) {
        std::string text(rng() % 72, 'x');
        for (auto& c : text) c = alphabet[rng() % alphabet.size()];
        for (std::size_t hi = 0; hi <= text.size(); ++hi) {
            for (std::size_t i = 0; i < hi; ++i) {
                unsigned char block[16] = {};
                std::memcpy(block, text.data() + i, std::min<std::size_t>(16, hi - i));
                const ti::byte_masks want = ti::byte_masks_reference(block);
                const ti::byte_masks got = ti::masks_at(text, i, hi);
                BOOST_TEST_REQUIRE(got.word == want.word);
                BOOST_TEST_REQUIRE(got.lead == want.lead);
                unsigned char high[16] = {};
                if (hi - i > 16) std::memcpy(high, text.data() + i + 16, std::min<std::size_t>(16, hi - i - 16));
                const ti::byte_masks want_high = ti::byte_masks_reference(high);
                const ti::byte_masks got32 = ti::masks32_at(text, i, hi);
                BOOST_TEST_REQUIRE(got32.word == (want.word | want_high.word << 16));
                BOOST_TEST_REQUIRE(got32.lead == (want.lead | want_high.lead << 16));
            }
        }
    }
}

// has_four_digits, which find_publication_date asks before it scans a short line, must say
// what the byte loop says: runs of every length, across and at the ends of sixteen-byte blocks.
BOOST_AUTO_TEST_CASE(four_digit_runs_match_the_byte_by_byte_definition) {
    namespace ti = communique::detail::times_impl;
    std::mt19937 rng(13);
    const std::string alphabet = "0123456789 a:-\xC2\xA0";
    std::size_t with = 0;
    for (int round = 0; round < 20000; ++round) {
        const std::size_t n = rng() % 70;
        std::string text(n, 'x');
        const std::size_t dense = 1 + rng() % 4; // from mostly digits to few
        for (auto& c : text) c = rng() % dense == 0 ? static_cast<char>('0' + rng() % 10) : alphabet[rng() % alphabet.size()];
        for (std::size_t from = 0; from <= n; from += 1 + rng() % 5) {
            const char* first = text.data() + from;
            const bool want = ti::has_four_digits_reference(first, text.data() + n);
            BOOST_TEST_REQUIRE(ti::has_four_digits(first, text.data() + n) == want);
            with += want;
        }
    }
    BOOST_TEST(with > 1000u);
}

// The same over longer ranges, where has_four_digits takes thirty-two bytes at a step: runs
// that end in the first or the second half of a step, or straddle two steps, and starts at
// every alignment.
BOOST_AUTO_TEST_CASE(four_digit_runs_in_long_ranges_match_the_byte_by_byte_definition) {
    namespace ti = communique::detail::times_impl;
    std::mt19937 rng(29);
    std::size_t with = 0, without = 0;
    for (int round = 0; round < 5000; ++round) {
        const std::size_t n = 32 + rng() % 200;
        std::string text(n, 'x');
        for (auto& c : text) c = rng() % 8 == 0 ? ' ' : 'a';
        // A few digit runs of one to five digits, anywhere.
        for (std::size_t runs = rng() % 4; runs > 0; --runs) {
            const std::size_t length = 1 + rng() % 5, at = rng() % n;
            for (std::size_t k = at; k < std::min(n, at + length); ++k) text[k] = static_cast<char>('0' + rng() % 10);
        }
        for (std::size_t from = 0; from < 40 && from <= n; ++from) {
            const char* first = text.data() + from;
            const bool want = ti::has_four_digits_reference(first, text.data() + n);
            BOOST_TEST_REQUIRE(ti::has_four_digits(first, text.data() + n) == want);
            (want ? with : without) += 1;
        }
    }
    BOOST_TEST(with > 10000u);
    BOOST_TEST(without > 10000u);
}

// find_publication_date passes over a line without four digits in a row. That relies on
// every full date the scan resolves without a publication date having its year written, as
// four digits (an ordinal day, which borrows the next date's month and year, aside).
BOOST_AUTO_TEST_CASE(full_dates_found_without_a_publication_date_have_four_digits) {
    namespace ti = communique::detail::times_impl;
    std::size_t full = 0;
    const auto check = [&full](std::string_view text) {
        for (const auto& m : times_in(text, nullptr)) {
            const std::string_view t = m.where.in(text);
            if (m.iso.size() < 10 || m.iso[4] != '-' || m.iso[7] != '-' || t.size() <= 4) continue;
            ++full;
            BOOST_TEST(ti::has_four_digits(t.data(), t.data() + t.size()), t);
        }
    };
    for (const row& r : forms) check(r.sentence);
    for (const row& r : year_inference) check(r.sentence);
    for (const dated& d : publication) check(d.text);
    BOOST_TEST(full > 10u);
}

BOOST_AUTO_TEST_CASE(an_expression_starts_only_at_a_word_start) {
    for (std::size_t pad = 1; pad < 18; ++pad) {
        const std::string inside = std::string(pad, 'x') + "April 12 and 2017-04-12";
        const auto found_inside = times_in(inside, nullptr);
        BOOST_TEST_REQUIRE(found_inside.size() == 1u, "pad " << pad);
        BOOST_TEST(std::string(found_inside[0].where.in(inside)) == "2017-04-12");
        const std::string apart = std::string(pad, 'x') + " April 12";
        const auto found_apart = times_in(apart, nullptr);
        BOOST_TEST_REQUIRE(found_apart.size() == 1u, "pad " << pad);
        BOOST_TEST(found_apart[0].where.begin == pad + 1);
    }
    // The start of the range counts as a word start, even inside a word.
    const std::string text = "postApril 12";
    const auto found = find_times(text, span{4, text.size()}, std::nullopt);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(std::string(found[0].where.in(text)) == "April 12");
    // An expression that ends inside a word leaves the rest of the word alone: "2017" here is
    // not a year of its own.
    const std::string glued = "on 12 April2017 in Moscow";
    const auto found_glued = times_in(glued, "2017-04-12");
    BOOST_TEST_REQUIRE(found_glued.size() == 1u);
    BOOST_TEST(std::string(found_glued[0].where.in(glued)) == "12 April");
}

// The scan reads thirty-two bytes a step: expressions found the same wherever they stand
// against those steps, at the start of a step, across two and at the end of the range, after
// a word that runs into the step or a blank that ends just before it.
BOOST_AUTO_TEST_CASE(expressions_are_found_at_every_offset_of_the_scan_s_steps) {
    const std::string tail = " met on 12 April 2017 and last Friday, then 2017-04-12 at 19:17";
    const std::vector<std::string> want = {"12 April 2017", "last Friday", "2017-04-12", "19:17"};
    for (std::size_t pad = 0; pad < 80; ++pad) {
        for (const char fill : {'x', ' '}) {
            const std::string text = std::string(pad, fill) + tail;
            const auto found = times_in(text, "2017-04-20");
            std::vector<std::string> got;
            for (const auto& m : found) got.emplace_back(m.where.in(text));
            BOOST_TEST(got == want, "pad " << pad << " fill '" << fill << "'");
            // The range cut at every length: no expression runs past its end.
            for (std::size_t cut = pad; cut <= text.size(); cut += 7)
                for (const auto& m : find_times(text, span{0, cut}, std::nullopt)) BOOST_TEST_REQUIRE(m.where.end <= cut);
        }
    }
}

BOOST_AUTO_TEST_CASE(dev_corpus_spans_are_in_bounds_in_order_and_disjoint) {
    if (!fixtures::have_dev_corpus()) {
        BOOST_TEST_MESSAGE("skipped: no ../shared/corpus/dev in this checkout");
        return;
    }
    std::size_t files = 0, mentions = 0, fixed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures::dev_corpus())) {
        if (entry.path().extension() != ".txt") continue;
        ++files;
        const std::string text = fixtures::read_file(entry.path());
        const auto layout = communique::parse_structure(text);
        const auto published = communique::find_publication_date(text, layout);
        BOOST_TEST_CONTEXT(entry.path().filename().string()) {
            std::size_t last_end = 0;
            for (const auto& m : find_times(text, span{0, text.size()}, published)) {
                BOOST_TEST(!m.where.empty());
                BOOST_TEST(m.where.begin >= last_end);
                BOOST_TEST(m.where.end <= text.size());
                last_end = m.where.end;
                ++mentions;
                if (!m.iso.empty()) ++fixed;
            }
            for (const auto& s : layout.sentences) {
                for (const auto& m : find_times(text, s.where, published)) {
                    BOOST_TEST(s.where.contains(m.where));
                }
            }
        }
    }
    BOOST_TEST(files > 0u);
    BOOST_TEST_MESSAGE(files << " files, " << mentions << " expressions, " << fixed << " fixed");
}

// The articles that state their own date (the rest leave it to the caller).
const dated dev_dates[] = {
    {"003-larouchepub-tillerson-lavrov-asean.txt", "2017-08-02"},
    {"010-midru-zakharova-syrian-chemical-dossier.txt", "2018-09-11"},
    {"015-csmonitor-us-russia-deep-chill-manila.txt", "2017-08-04"},
    {"016-unicmanila-unsc-press-statement-davao-attack.txt", "2016-09-04"},
    {"018-ieumonitoring-g7-foreign-ministers-statement-2022.txt", "2022-11-04"},
    {"019-arabnewsreleases-state-dept-briefing-rathke-cuba.txt", "2015-04-09"},
    {"020-straitstimes-china-philippines-joint-statement.txt", "2018-11-21"},
    {"000-econotimes-lavrov-post-meeting.txt", nullptr},
};

BOOST_DATA_TEST_CASE(dev_corpus_publication_dates, bdata::make(dev_dates), d) {
    if (!fixtures::have_dev_corpus()) {
        BOOST_TEST_MESSAGE("skipped: no ../shared/corpus/dev in this checkout");
        return;
    }
    const std::string text = fixtures::read_file(fixtures::dev_corpus() / d.text);
    const auto got = communique::find_publication_date(text, communique::parse_structure(text));
    const auto expected = date_of(d.expected);
    BOOST_TEST(got.has_value() == expected.has_value());
    if (got && expected) BOOST_TEST((*got == *expected));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace
