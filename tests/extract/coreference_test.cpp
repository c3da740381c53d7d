// Coreference across a document (spec: "Pronouns, titles and group words resolve to the actor
// they refer to"): each row is a short passage and the source of its LAST statement, by
// canonical name (members joined by "+"), or "" when the last sentence must give none.
#include "printers.hpp"

#include <communique/communique.hpp>
#include <communique/detail/resolution.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {
struct row {
    const char* what;
    const char* text;
    const char* last_source;
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.what; }
};

/// Members in name order: a collective has no order of its own.
std::string name_of(const communique::actor& a) {
    if (a.members.empty()) return a.name;
    std::vector<std::string> names;
    for (const auto& m : a.members) names.push_back(m.name);
    std::sort(names.begin(), names.end());
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : "+") + n;
    return out;
}

/// The source of the statement whose cue (or start) is in the last sentence of `text`.
std::string last_source(const std::string& text) {
    const auto doc = communique::extract(text);
    const std::size_t last_line = text.rfind('\n', text.size() - 2) + 1;
    std::string out;
    for (const auto& s : doc.statements) {
        const std::size_t at = s.cue.empty() ? s.where.begin : s.cue.begin;
        if (at >= last_line) out = name_of(s.source.actor);
    }
    return out;
}

const row rows[] = {
    {"a state's spokesperson is no spokesperson of unknown country named before",
     "Government spokesperson Dawit Mekonnen said the talks had failed.\n"
     "A State Department spokesperson said the United States was monitoring the situation.\n",
     "United States"},
    {"Sir and a given name is the knight named before in full",
     "Prime Minister Keir Starmer arrived in Kyiv.\nAt a news conference, Sir Keir condemned the strikes.\n",
     "Keir Starmer"},
    {"he is the last subject",
     "Sergei Lavrov arrived in Washington on Wednesday.\nHe condemned the strike.\n", "Sergei Lavrov"},
    {"he is not an actor named inside another's content",
     "Sergei Lavrov met reporters.\nHe said that Rex Tillerson agreed with the plan.\nHe condemned the strike.\n",
     "Sergei Lavrov"},
    {"he is not a speaker reported inside a quotation",
     "Donald Trump spoke after the summit.\n\u201cPresident Putin says it is not Russia,\u201d he said.\n"
     "He praised the talks.\n",
     "Donald Trump"},
    {"the minister is the last person with that role",
     "Russian Foreign Minister Sergei Lavrov and Rex Tillerson met in Moscow.\nThe minister condemned the strike.\n",
     "Sergei Lavrov"},
    {"the duo is the two people in the news",
     "Sergei Lavrov met Rex Tillerson.\nLavrov said the talks were long.\nThe duo agreed to meet again.\n",
     "Rex Tillerson+Sergei Lavrov"},
    {"both is the two people in the news",
     "Sergei Lavrov met Rex Tillerson.\nTillerson said the talks were useful.\nBoth believe the agreement should be fulfilled.\n",
     "Rex Tillerson+Sergei Lavrov"},
    {"both countries’ presidents are the two presidents the sentence names",
     "Sergei Lavrov met Rex Tillerson.\nLavrov said the talks were long.\n"
     "This issue was raised by both countries\u2019 presidents when President Trump called President Putin.\n",
     "Donald Trump+Vladimir Putin"},
    {"both countries’ presidents, none named: the pair in the news",
     "Sergei Lavrov met Rex Tillerson.\nLavrov said the talks were long.\n"
     "The issue was raised by both countries\u2019 presidents.\n",
     "Rex Tillerson+Sergei Lavrov"},
    {"a joint act or a speaker in another's clause does not displace the pair in the news",
     "Sergei Lavrov met Rex Tillerson.\nTillerson said the talks were useful.\nLavrov said the talks were long.\n"
     "This issue was raised by both countries\u2019 presidents when President Trump called President Putin to "
     "express his condolences.\nEconomic relations were also discussed.\n",
     "Rex Tillerson+Sergei Lavrov"},
    {"a ministry with no country is the state that spoke last",
     "The Russian Foreign Ministry said the embassy would close.\n"
     "The diplomats must leave by Saturday, according to the Foreign Ministry.\n",
     "Russia"},
    {"the ministry, lower case, is the state that spoke last",
     "China condemned the move.\nThe ministry said Beijing would respond firmly.\n", "China"},
    {"the ministry with no state that spoke is nobody",
     "The ministry said Beijing would respond firmly.\n", ""},
    {"the issuer of a text after 'according to' is the source",
     "Putin met Erdogan.\nThe talks were useful, according to a statement by the Russian Foreign Ministry.\n",
     "Russia"},
    {"the issuer after 'from' is the source, though tagged oblique",
     "According to a readout released from NATO, the allies agreed to meet.\n", "NATO"},
    {"an issuer before the text after 'according to' is the source",
     "Russia spoke first.\nThe talks were useful, according to a Kremlin statement.\n", "Russia"},
    {"a Chinese name alone is its first word, the family name",
     "Chinese Ambassador Xie Feng met officials.\nXie said China wanted stable ties.\n", "Xie Feng"},
    {"a spokeswoman of the lexicon is found by her family name",
     "Chinese Foreign Ministry spokesperson Mao Ning said Beijing opposed the sale.\n"
     "Mao urged Washington to stop arming Taiwan.\n",
     "Mao Ning"},
    {"a name of no such country alone is still its last word",
     "Peter Kim, an analyst, spoke.\nMr Kim said prices would rise.\n", "Peter Kim"},
    {"the leaders are the two who last held talks, not the most salient pair",
     "Antony Blinken spoke with Wang Yi on Monday. Blinken welcomed the talks.\n"
     "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan.\n"
     "The leaders discussed the situation in the Middle East.\n",
     "Recep Tayyip Erdogan+Vladimir Putin"},
    {"one quoted by a medium as saying is the source",
     "Zelensky was quoted by Interfax as saying that talks were possible.\n", "Volodymyr Zelensky"},
    {"a ministry with no country and no state that spoke is nobody",
     "The diplomats must leave by Saturday, according to the Foreign Ministry.\n", ""},
    {"the statement is the state that spoke last",
     "The Russian Foreign Ministry said the embassy would close.\n"
     "U.S. diplomats have until Saturday to leave, the statement said.\n",
     "Russia"},
    {"an actor's statement is the actor's",
     "Sergei Lavrov spoke to reporters.\nRussia\u2019s statement said the talks were useful.\n", "Russia"},
    {"a statement with no state before it is nobody's",
     "U.S. diplomats have until Saturday to leave, the statement said.\n", ""},
    {"a state that spoke after another's subject still issues the readout",
     "The United States and Russia released a joint statement on Syria, the Kremlin said.\n"
     "The two men agreed to keep military channels open, a Kremlin-posted readout said.\n",
     "Russia"},
    {"'the two men' are the two persons in the news, not the two states of the last joint statement",
     "Donald Trump met Vladimir Putin in Da Nang.\nThe United States and Russia released a joint statement on Syria.\n"
     "The two men agreed to keep talking.\n",
     "Donald Trump+Vladimir Putin"},
    {"the host who invited a visitor and the visitor are the two to come",
     "At the invitation of Prime Minister Jonas Gahr Store, President Gabriel Boric of Chile paid a state visit to Norway.\n"
     "The two leaders reaffirmed their commitment to multilateralism.\n",
     "Gabriel Boric+Jonas Gahr Store"},
    {"a country's presidential spokesman is its press secretary",
     "Dmitry Peskov spoke on Friday.\nThe talks went well, Russian presidential spokesman has added.\n",
     "Dmitry Peskov"},
    {"a presidential spokesman of a country whose spokesperson the text never named is the state",
     "Rex Tillerson spoke on Friday.\nThe talks went well, Russian presidential spokesman has added.\n", "Russia"},
    {"a demonym says whose office a description is",
     "Wang Yi met Sergei Lavrov.\nThe Chinese foreign minister said the talks were useful.\n", "Wang Yi"},
    {"an office's holder whose country the text never said may be any country's",
     "President Zardonov met Tony Blair.\nThe Pakistani president said the talks were useful.\n", "Zardonov"},
    {"an occupation of a country is no voice of its state",
     "The British actor said the film was a success.\n", ""},
    {"an unnamed spokesman speaks for the state, not for the country's most salient person",
     "Vladimir Putin met Donald Trump.\nA Kremlin spokesman said the talks were useful.\n", "Russia"},
    {"a spokeswoman by title is a spokesperson the text named",
     "Maria Zakharova met reporters.\nSergei Lavrov arrived later.\nThe talks went well, the Russian spokesperson "
     "added.\n",
     "Maria Zakharova"},
    {"it opening a sentence is the body or state that spoke last",
     "The Kremlin issued a statement on Monday.\nIt said the talks would resume.\n", "Russia"},
    {"it closing a sentence after a comma is the body or state that spoke last",
     "The Kremlin issued a statement on Monday.\nThe talks will resume in July, it said.\n", "Russia"},
    {"it inside a clause is a thing the clause names, no speaker",
     "The Kremlin issued a statement on Monday.\nSergei Lavrov said the plan was evidence that it wants to keep control.\n",
     "Sergei Lavrov"},
    {"they is the body named before",
     "The members of the Security Council condemned the attack.\nThey expressed their condolences to the families.\n",
     "UN Security Council"},
    {"a metonym is its state",
     "Moscow condemned the new sanctions.\n", "Russia"},
    {"a ministry is its state",
     "The State Department said the talks would go on.\n", "United States"},
    {"we inside a quotation is its speaker",
     "Sergei Lavrov spoke to reporters.\n\u201cWe hope very much that the talks will continue,\u201d Lavrov said.\n",
     "Sergei Lavrov"},
    {"the author's we gives no statement",
     "Sergei Lavrov met Rex Tillerson.\nWe expected that the conference would condemn the strike.\n", ""},
    {"a surname alone is the known person",
     "Lavrov condemned the strike.\n", "Sergei Lavrov"},
    {"Mr. and a surname is the known person",
     "Mr. Tillerson condemned the strike.\n", "Rex Tillerson"},
    {"a name with another given name is not the known person of that surname",
     "Mary Kerry condemned the strike.\n", "Mary Kerry"},
    {"a title, an honorific or a word before a known full name keeps the known person",
     "Earlier Rex Tillerson condemned the strike.\n", "Rex Tillerson"},
    {"Mr. and a surname is the person named in full before, not the known one",
     "Gazprom chief Alexei Miller said the deal was done.\nMr. Miller condemned the strike.\n", "Alexei Miller"},
    {"a known person is not a heading's words that end in the surname",
     "Presidents Trump and Putin talk in Vietnam.\nTrump condemned the strike.\n", "Donald Trump"},
    {"a surname alone is the unknown person named in full before",
     "Ms Jana Bennett spoke in London.\nMs Bennett condemned the strike.\n", "Jana Bennett"},
    {"a surname alone is the person named in full before",
     "Tory leader Michael Howard spoke in London.\nHoward said the talks were useful.\n", "Michael Howard"},
    {"Mr and a surname after a quotation that opens with it is the person named in full before",
     "Tory leader Michael Howard spoke in London.\nHe told reporters: \u201cHoward is no name for a plan.\u201d\n"
     "Mr Howard condemned the strike.\n",
     "Michael Howard"},
    {"a lone capitalised word opening a sentence names nobody without a full name before it",
     "Michael Howard spoke in London.\nNothing condemned the strike.\n", ""},
    {"Dr without its dot and a surname is the person named in full before",
     "Shadow defence secretary Liam Fox spoke in London.\nDr Fox condemned the strike.\n", "Liam Fox"},
    {"Mrs without its dot and a surname is the person named in full before",
     "Mary Robinson spoke in Geneva.\nMrs Robinson condemned the strike.\n", "Mary Robinson"},
    {"Prof and a surname is the person named in full before",
     "Amitai Etzioni spoke in Washington.\nProf Etzioni condemned the strike.\n", "Amitai Etzioni"},
    {"a form of address is no part of the name it comes before",
     "Dr Nielsen condemned the strike.\n", "Nielsen"},
    {"an occupation before a name is a title, not part of the name",
     "Singer George Michael condemned the concert.\n", "George Michael"},
    {"a chairman opening a sentence before a name is a title",
     "Chairman Sam Younger condemned the plan.\n", "Sam Younger"},
    {"an unknown name that ends in a body's word is a body, so he is no such name",
     "Jack Straw spoke in London.\nThe British Casino Association welcomed the plan.\nHe condemned the attack.\n",
     "Jack Straw"},
    {"after an inverted cue the body before a person is his modifier, he the speaker",
     "The talks failed, said NATO spokesman John Smith.\n", "John Smith"},
    {"he after a speaker whose sentence opens with his quotation is that speaker",
     "Jack Straw announced a plan.\n\u201cWe need the plant,\u201d chairman John Smith said.\nHe condemned the delay.\n",
     "John Smith"},
    {"a possessive before the speaker does not take his subject",
     "Jack Straw spoke in London.\nAsked about Jack Straw\u2019s plan, John Smith told reporters it was fine.\n"
     "He condemned the delay.\n",
     "John Smith"},
    {"they inside a quotation is not the group named before it",
     "The Tories condemned the plan.\nJohn Smith said: \u201cThey are going to be stopped.\u201d\n", "John Smith"},
    {"a long apposition between commas is the speaker's, not a source of its own",
     "Jack Straw spoke in London.\nFidelis Nanga, a journalist based in the Cameroon capital Yaounde, said the "
     "government was considering criminal action.\n",
     "Fidelis Nanga"},
    {"a sentence adverb is no part of the name after it",
     "Jane Hutt spoke in Cardiff.\nMeanwhile Ms Hutt condemned the plan.\n", "Jane Hutt"},
    {"she is no one the text has shown to be a man",
     "Patricia Hewitt met reporters.\nMs Hewitt left London.\nMr Blair condemned the plan.\nShe condemned the delay.\n",
     "Patricia Hewitt"},
    {"he is no one the text has shown to be a woman",
     "Tony Blair met reporters.\nMr Blair left London.\nMs Hewitt condemned the plan.\nHe condemned the delay.\n",
     "Tony Blair"},
    {"she is no one whose given name is a man's",
     "Patricia Hewitt met reporters in London.\nTony Blair condemned the plan.\nShe condemned the delay.\n",
     "Patricia Hewitt"},
    {"he is no one whose given name is a woman's",
     "Sergei Lavrov met reporters in Moscow.\nMaria Zakharova condemned the plan.\nHe condemned the delay.\n",
     "Sergei Lavrov"},
    {"a given name shows the sex of a person the lexicon does not know",
     "Olusegun Adeyemi met reporters in Lagos.\nIngrid Halvorsen condemned the plan.\nHe condemned the delay.\n",
     "Olusegun Adeyemi"},
    // "Andrea" is a man's name in Italy and a woman's elsewhere: the lexicon leaves it out.
    {"a given name both sexes bear shows nothing: she may be that person",
     "Andrea Rossi met reporters in Rome.\nJohn Smith condemned the plan.\nShe condemned the delay.\n",
     "Andrea Rossi"},
    {"a given name both sexes bear shows nothing: he may be that person",
     "Andrea Rossi met reporters in Rome.\nMaria Zakharova condemned the plan.\nHe condemned the delay.\n",
     "Andrea Rossi"},
    {"he after an official the text does not name is that official's state",
     "Sergei Lavrov arrived in New York.\nThe representative of Iraq said the reforms were useful.\n"
     "He condemned the delay.\n",
     "Iraq"},
    {"she after a state's delegate, with a sentence adverb between commas",
     "Patricia Hewitt arrived in New York.\nRwanda's delegate, however, rejected the accusations.\n"
     "\u201cWe have no troops there,\u201d she said.\n",
     "Rwanda"},
    {"a state's office nobody holds is the state, not a compatriot of another occupation",
     "Moroccan coach Laila Bennani said her team was ready.\nMorocco's foreign minister condemned the map.\n",
     "Morocco"},
    {"a body between two titles is no name; a Swiss Federal Councillor is a person of his state",
     "Russia's deputy U.N. envoy Anna Evstigneeva said the sanctions were unjust.\nSwiss Federal Councillor Ignazio "
     "Cassis opened the meeting.\nHe condemned the delay.\n",
     "Ignazio Cassis"},
    {"she after a deputy envoy of a body is the envoy",
     "Russia's deputy U.N. envoy Anna Evstigneeva said the sanctions were unjust.\nShe condemned the delay.\n",
     "Anna Evstigneeva"},
    {"a party is an organization, not a person",
     "The Tories condemned the plan.\n", "Conservative Party"},
    {"he after a body's spokesman is the spokesman, not a person named before",
     "Jack Straw spoke in London.\nNATO spokesman John Smith said the talks went well.\n"
     "He condemned the attack.\n",
     "John Smith"},
    {"he after a party's member is the member",
     "Tony Blair spoke in London.\nLabour MP Ann Clwyd said the war was right.\nShe condemned the attack.\n",
     "Ann Clwyd"},
    {"the title of an occupation named before is its person",
     "Arsenal manager Arsene Wenger spoke after the game.\nThe manager condemned the tackle.\n", "Arsene Wenger"},
    {"the name after a description's comma is the other side of talks, with the description's title",
     "Prime Minister Mark Carney spoke in Ottawa.\nForeign Minister Ann Lindqvist held a telephone conversation with "
     "the Foreign Minister of Kenya, Peter Mwangi.\nThe two ministers discussed trade.\n",
     "Ann Lindqvist+Peter Mwangi"},
    {"a title in the plural after 'the two' is the pair with that role",
     "Prime Minister Mark Carney met Prime Minister Keir Starmer in London.\nForeign Minister Ann Lindqvist spoke in "
     "Stockholm.\nThe two prime ministers condemned the attack.\n",
     "Keir Starmer+Mark Carney"},
    {"an undersecretary is a title: the person after it is the other side of talks",
     "Chinese Vice Foreign Minister Sun Weidong held consultations with Philippine Foreign Affairs Undersecretary "
     "Theresa Lazaro in Manila.\nThe two sides exchanged views.\n",
     "Sun Weidong+Theresa Lazaro"},
    {"a name ending in 'International' or 'Watch' is a body, no 'he'",
     "Jack Straw spoke in London.\nHuman Rights Watch said the ban was wrong.\nHe condemned the attack.\n",
     "Jack Straw"},
    {"a plural's possessive is no subject of its own: she after 'the Liberal Democrats' Fiona Drummond' is her",
     "Giles Mortimer said the cuts were wrong.\nThe Liberal Democrats' Fiona Drummond accused ministers of "
     "neglect.\nShe demanded an inquiry.\n",
     "Fiona Drummond"},
    {"a backbencher before a name is his title: he after 'Labour backbencher Imran Qureshi, who ...,' is him",
     "Giles Mortimer said the cuts were wrong.\nLabour backbencher Imran Qureshi, who chairs the group on Sudan, "
     "urged the government to act.\nHe condemned the attack.\n",
     "Imran Qureshi"},
};
} // namespace

BOOST_AUTO_TEST_SUITE(coreference)

BOOST_DATA_TEST_CASE(references_resolve_to_their_actor, bdata::make(rows), r) {
    BOOST_TEST(last_source(r.text) == std::string(r.last_source));
}

BOOST_AUTO_TEST_CASE(a_quotation_closing_on_a_comma_is_its_closers_from_its_first_sentence) {
    // "“... . We believe ...,” Sergei Lavrov said": the quotation runs past its first sentence
    // and is attributed where it closes. Neither its first sentence nor its "we" is the last
    // speaker's going on.
    const std::string text = "Rex Tillerson said the talks were long.\n\u201cWe see attempts to interfere with our "
                             "cooperation. We believe that this is a short-sighted approach,\u201d Sergei Lavrov said.\n";
    const auto doc = communique::extract(text);
    const std::size_t second_line = text.find('\n') + 1;
    bool believed = false;
    for (const auto& s : doc.statements) {
        if (s.where.begin < second_line) continue;
        BOOST_TEST(s.source.actor.name == "Sergei Lavrov");
        believed = believed || s.cue.in(text) == "believe that";
    }
    BOOST_TEST(believed);
}

BOOST_AUTO_TEST_CASE(he_inside_a_quotation_is_not_its_speaker) {
    // The speaker of a quotation says "I" of himself: its "he" is someone else, never him.
    // With no one else in the news, the act reported inside gives no statement.
    const std::string text = "John Smith spoke in London.\nJohn Smith said: \u201cHe condemned the plan.\u201d\n";
    const auto doc = communique::extract(text);
    bool quoted = false;
    for (const auto& s : doc.statements) {
        const std::string_view cue = s.cue.in(text);
        BOOST_TEST(!(cue == "condemned" && s.source.actor.name == "John Smith"));
        quoted = quoted || (cue == "said" && s.source.actor.name == "John Smith" && s.mode == communique::mode::direct);
    }
    BOOST_TEST(quoted);
}

BOOST_AUTO_TEST_CASE(keep_actor_leaves_what_an_assignment_would) {
    // keep_actor skips the copy only where the actor held is the same in every field: each
    // field changed alone, and an actor with members, must come out as assigned.
    using communique::actor;
    using communique::actor_kind;
    actor lavrov;
    lavrov.name = "Sergei Lavrov";
    lavrov.kind = actor_kind::person;
    lavrov.country = "RUS";
    lavrov.title = "foreign minister";
    std::vector<actor> variants(6, lavrov);
    variants[1].name = "Sergei Lavrova";
    variants[2].kind = actor_kind::state;
    variants[3].country = "RUT";
    variants[4].title = "foreign ministers";
    variants[5].members = {lavrov, lavrov};
    auto same = [](const actor& x, const actor& y) {
        return x.name == y.name && x.kind == y.kind && x.country == y.country && x.title == y.title &&
               x.members.size() == y.members.size();
    };
    for (const actor& held : variants)
        for (const actor& next : variants) {
            std::optional<actor> to = held;
            communique::detail::keep_actor(to, next);
            BOOST_TEST((to && same(*to, next)));
        }
    std::optional<actor> none;
    communique::detail::keep_actor(none, lavrov);
    BOOST_TEST((none && same(*none, lavrov)));
}

BOOST_AUTO_TEST_CASE(discourse_remembering_the_last_actor_resolves_as_the_index_does) {
    // note() finds the actor noted last without the index: a discourse that remembers it and
    // one that searches every time (the reference) must answer every question alike, whatever
    // comes in. Names stand for a person and a state alike ("Georgia"), titles come late, and
    // groups note their members.
    using communique::actor;
    using communique::actor_kind;
    namespace cd = communique::detail;
    std::mt19937 rng(29);
    const char* names[] = {"Georgia", "Jordan", "Sergei Lavrov", "Vladimir Putin"};
    const actor_kind kinds[] = {actor_kind::person, actor_kind::state, actor_kind::organization};
    const char* titles[] = {"", "foreign minister", "president"};
    const char* countries[] = {"", "RUS", "GEO"};
    auto pick = [&](auto& from) { return from[rng() % std::size(from)]; };
    auto random_actor = [&] {
        actor a;
        a.name = pick(names);
        a.kind = pick(kinds);
        a.title = pick(titles);
        a.country = pick(countries);
        return a;
    };
    auto described = [](const std::optional<actor>& a) {
        if (!a) return std::string("none");
        std::string out = a->name + "|" + std::to_string(static_cast<int>(a->kind)) + "|" + a->country + "|" + a->title;
        for (const actor& m : a->members) out += "|" + m.name + "/" + m.title;
        return out;
    };
    auto answers = [&](const cd::discourse& d) {
        return described(d.he()) + " " + described(d.they()) + " " + described(d.state_speaker()) + " " +
               described(d.with_role("minister")) + " " + described(d.with_role("president", "RUS")) + " " +
               described(d.pair({})) + " " + described(d.pair("president"));
    };
    for (int run = 0; run < 50; ++run) {
        cd::discourse fast, reference(false);
        for (int step = 0; step < 40; ++step) {
            actor a = random_actor();
            if (rng() % 8 == 0) a = cd::make_group({random_actor(), random_actor()});
            const unsigned how = rng() % 4;
            for (cd::discourse* d : {&fast, &reference}) {
                if (how == 0) d->mentioned(a);
                else if (how == 1) d->subject(a);
                else d->spoke(a, how == 3);
            }
            BOOST_TEST(answers(fast) == answers(reference));
        }
    }
}

BOOST_AUTO_TEST_CASE(named_in_full_is_the_newest_person_of_a_surname) {
    using communique::actor;
    using communique::actor_kind;
    namespace cd = communique::detail;
    auto person = [](std::string name) {
        actor a;
        a.name = std::move(name);
        a.kind = actor_kind::person;
        return a;
    };
    auto found = [](const cd::discourse& d, std::string_view surname, bool noted_only = false) {
        const auto f = d.named_in_full(surname, noted_only);
        return f ? f->who().name : std::string("none");
    };
    cd::discourse d;
    BOOST_TEST(!d.any_full_name());
    // A thousand people, each surname its own: the index finds each one.
    for (int k = 0; k < 1000; ++k) d.mentioned(person("Given" + std::to_string(k) + " Surname" + std::to_string(k)));
    BOOST_TEST(d.any_full_name());
    BOOST_TEST(found(d, "Surname500") == "Given500 Surname500");
    BOOST_TEST(found(d, "Surname999") == "Given999 Surname999");
    BOOST_TEST(found(d, "Surname") == "none");
    BOOST_TEST(found(d, "Given500") == "none");
    // A name of one word is no full name; a state is no person.
    d.mentioned(person("Madonna"));
    BOOST_TEST(found(d, "Madonna") == "none");
    actor state = person("Republic of Georgia");
    state.kind = actor_kind::state;
    d.mentioned(state);
    BOOST_TEST(found(d, "Georgia") == "none");
    // Two people of one surname: the one named last, a name the text only gave counting unless
    // only noted actors are asked for.
    const std::string text = "Sir Ian Blair";
    d.mentioned(person("Tony Blair"));
    d.gave_full_name(std::string_view(text).substr(4)); // "Ian Blair", a view of the text
    BOOST_TEST(found(d, "Blair") == "Ian Blair");
    BOOST_TEST(found(d, "Blair", true) == "Tony Blair");
    d.spoke(person("Tony Blair"));
    BOOST_TEST(found(d, "Blair") == "Tony Blair");
    d.mentioned(person("Cherie Blair"));
    BOOST_TEST(found(d, "Blair", true) == "Cherie Blair");
}

BOOST_AUTO_TEST_SUITE_END()
