// Attribution patterns end to end, through the default lexicon: each row is a short passage,
// written from spec/statements.md, and the statements it must give as
// "source|kind|mode" in order (the source by canonical name, or its members joined by "+").
#include "printers.hpp"

#include <communique/communique.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

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
    {"a person named after a body's title and a person's",
     "Foreign Ministry spokeswoman Anna Petrova said the talks were useful.\n",
     "Anna Petrova|statement|indirect"},
    {"a transcript turn of a speaker the lexicon does not know",
     "MR RATHKE: I just have one thing to mention at the top today.\n\n"
     "MS. NAUERT: We have nothing to announce on that today, thanks.\n",
     "RATHKE|statement|direct; NAUERT|statement|direct"},
    {"a title before the name in a turn's label in capitals is no part of the name",
     "SPOKESPERSON LIN JIAN: We have nothing to announce on that today.\n",
     "LIN JIAN|statement|direct"},
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
    {"a bare quotation opening its sentence continues the speaker",
     "Sergei Lavrov said: \u201cThe talks were long and useful for both sides.\u201d \u201cThe next round should look "
     "at the budget of the mission and at its mandate.\u201d\n",
     "Sergei Lavrov|statement|direct; Sergei Lavrov|statement|direct"},
    {"'said X of the Y': Y is where the speaker works",
     "\u201cAn open-ended list could further damage the fragile faith of outside investors,\u201d said Stuart "
     "Hensel of the Economist Intelligence Unit.\n",
     "Stuart Hensel|statement|direct"},
    {"a coordinated cue inside the speaker's quotation is verbatim too",
     "Sergei Lavrov added, \u201cWe certainly welcome this cooperation and hope that it will help the settlement "
     "in Syria.\u201d\n",
     "Sergei Lavrov|support|direct; Sergei Lavrov|support|direct; Sergei Lavrov|optimism|direct"},
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
    {"one named pair is a joint source",
     "The Russian and American presidents said the talks were useful.\n",
     "Russia+United States|agreement|indirect"},
    {"a list introduced by 'said the following' is the speaker's",
     "Sergei Lavrov said the following:\n\n  \u2022 The talks on Syria were long and difficult.\n",
     "Sergei Lavrov|statement|indirect; Sergei Lavrov|statement|indirect"},
    {"an official text's first person is its speaker, verbatim",
     "Following is the text of Secretary-General Ban Ki-moon\u2019s statement:\n\n"
     "I condemn the attack on the convoy.\n",
     "Ban Ki-moon|criticism|direct"},
    {"'We, the ... of X and Y, condemn': the apposition names the first person",
     "We, the Foreign Ministers of Russia and China, condemn the attack on the convoy.\n",
     "Russia+China|criticism|direct"},
    {"a content signal gives a neutral cue its kind",
     "Rex Tillerson said the strike was a violation of the agreement.\n",
     "Rex Tillerson|criticism|indirect"},
    {"an infinitive of purpose is the act of the clause's subject",
     "President Trump called President Putin to express his condolences for the attack.\n",
     "Donald Trump|sympathy|indirect"},
    {"an infinitive after an appeal's object is the object's act",
     "Rex Tillerson urged Sergei Lavrov to express his condolences to the families.\n",
     "Rex Tillerson|appeal|indirect; Sergei Lavrov|sympathy|indirect"},
    {"holding an actor behind an attack is an accusation (signal)",
     "Theresa May said Russia was behind the attack.\n",
     "Theresa May|criticism|indirect"},
    {"standing behind a decision is no accusation",
     "Theresa May said Russia stood behind the decision.\n",
     "Theresa May|statement|indirect"},
    {"a precondition set on the other side is a demand (signal)",
     "Sergei Lavrov said a ceasefire is a precondition for talks.\n",
     "Sergei Lavrov|demand|indirect"},
    {"talks without preconditions are no demand",
     "Sergei Lavrov said talks would start without preconditions.\n",
     "Sergei Lavrov|statement|indirect"},
    {"be and an -ing cue is a progressive, not a passive: an announced plan",
     "Rex Tillerson said he will be meeting with Sergey Lavrov in Manila.\n",
     "Rex Tillerson|intent|indirect"},
    {"an unquoted we after a reporting cue is the reported speaker's",
     "Sergei Lavrov said that the plan remains in place, and we trust that countries in the region should not "
     "repeat this.\n",
     "Sergei Lavrov|statement|indirect; Sergei Lavrov|appeal|indirect"},
    {"an unquoted we after an act that reports no speech is the author's",
     "Sergei Lavrov met Rex Tillerson, and we trust that the talks will go on.\n",
     "Sergei Lavrov+Rex Tillerson|consultation|summary"},
    {"a participle cue after an object goes on with the earlier speaker",
     "Russia wants to apply to the OPCW and sent a letter to Syria calling for cooperation.\n",
     "Russia|intent|indirect; Russia|appeal|indirect"},
    {"a gerund after a determiner is a noun, no cue",
     "China and the Philippines welcomed the signing of the agreement.\n",
     "China+Philippines|support|indirect"},
    {"an agentless 'hope was expressed' is the readout's last speaker's, reported words",
     "Vladimir Putin briefed Barack Obama on the talks. Hope was expressed that the American side will help.\n",
     "Vladimir Putin|statement|indirect; Vladimir Putin|optimism|indirect"},
    {"an agentless 'concern was expressed' paragraphs away from the last speaker is nobody's",
     "Vladimir Putin briefed Barack Obama on the talks.\n\nThe weather was fine.\n\nThe markets rose.\n\n"
     "Concern was expressed about the fighting.\n", "Vladimir Putin|statement|indirect"},
    {"'suggested' states a view; an appeal only through its content",
     "Sergei Lavrov suggested the sanctions were not big enough. "
     "Rex Tillerson suggested that Russia should withdraw.\n",
     "Sergei Lavrov|statement|indirect; Rex Tillerson|appeal|indirect"},
    {"an adjective after 'be' keeps its subject",
     "Russia is strongly opposed to the plan.\n",
     "Russia|rejection|indirect"},
    {"talks hosted are a consultation",
     "Russia hosted talks on Syria.\n",
     "Russia|consultation|summary"},
    {"'is going to' takes the actor before it",
     "Sergei Lavrov said the talks were useful. Russia is going to send a delegation.\n",
     "Sergei Lavrov|statement|indirect; Russia|intent|indirect"},
    {"an issue raised is a consultation",
     "Sergei Lavrov raised the issue of sanctions with Rex Tillerson.\n",
     "Sergei Lavrov|consultation|summary"},
    {"the actor a source acts together with is one of the source",
     "Together with France, Germany condemned the strike.\n",
     "Germany+France|criticism|indirect"},
    {"an actor met in talks is not one of the source",
     "In talks with France, Germany condemned the strike.\n",
     "Germany|criticism|indirect"},
    {"a content signal gives 'according to' its kind, as it does 'said'",
     "The diplomats must leave the country by April 5, according to the Russian Foreign Ministry.\n",
     "Russia|demand|indirect"},
    {"an adverb between 'spoke' and 'with' (a readout's 'spoke today with')",
     "Antony Blinken spoke today with Wang Yi.\n", "Antony Blinken+Wang Yi|consultation|summary"},
    {"a speaker in apposition after the quotation and a description claims the quotation",
     "\u201cThere can be no military solution,\u201d the UN envoy for Syria, Geir Pedersen, told the council.\n",
     "Geir Pedersen|statement|direct"},
    {"a speaker after a clause that ends with a comma claims no fragment quoted in the clause",
     "While accepting that people \u201chave to be prepared\u201d for an attack, Sergei Lavrov said he had qualms.\n",
     "Sergei Lavrov|statement|indirect"},
    {"'X and his counterpart Y' is a joint source",
     "Sergei Lavrov and his US counterpart Rex Tillerson held talks in Moscow.\n",
     "Sergei Lavrov+Rex Tillerson|consultation|summary"},
    {"a counterpart the lexicon does not know keeps the name alone",
     "Lloyd Austin and his Chinese counterpart Dong Jun held talks.\n",
     "Lloyd Austin+Dong Jun|consultation|summary"},
    {"a question asks, it reports no act", "Does China support the ceasefire proposal?\n", ""},
    {"a question after a speaker's label asks too", "AFP: Why did Russia reject the plan?\n", ""},
    {"a question that reports a statement first is two sentences",
     "Sergei Lavrov said the talks went on. Do you agree?\n", "Sergei Lavrov|statement|indirect"},
    {"'concerned' after a noun with no 'be' before it means involved",
     "Russia and Ukraine held talks. China hopes the parties concerned will show restraint.\n",
     "Russia+Ukraine|consultation|summary; China|optimism|indirect"},
    {"'concerned' after a noun with what the concern is about is still concern",
     "Lavrov concerned about NATO expansion\n", "Sergei Lavrov|concern|indirect"},
    {"a movement the lexicon names whole (a group with no members) speaks as one actor",
     "Hamas said it was studying the proposal.\n",
     "Hamas|statement|indirect"},
    {"a movement speaks on in the bare quotation after it, as any single speaker does",
     "Hamas said the talks had failed.\n\u201cWe will not give up.\u201d\n",
     "Hamas|criticism|indirect; Hamas|intent|direct"},
    {"a cue word after a possessive is a noun, no cue of its own",
     "Volodymyr Zelensky thanked Germany for its support.\n",
     "Volodymyr Zelensky|support|indirect"},
    {"a noun after a possessive that a cue reports still gives the cue its kind",
     "Sergei Lavrov repeated his call for a ceasefire.\n",
     "Sergei Lavrov|appeal|indirect"},
    {"'according to a statement by' names the issuer",
     "The talks will go on, according to a statement by the Russian Foreign Ministry.\n",
     "Russia|statement|indirect"},
    {"'according to' with no signal stays a statement",
     "The talks will go on, according to the Russian Foreign Ministry.\n",
     "Russia|statement|indirect"},
    {"a first-person modal in a quotation is no cue: 'we must' stays the statement's",
     "\u201cFirst and foremost, we must defeat ISIS,\u201d Tillerson said.\n",
     "Rex Tillerson|statement|direct"},
    {"'Among the topics discussed was' is an agentless passive: the talks of the two in the news",
     "Mike Pompeo spoke with Sergei Lavrov.\nAmong the topics discussed was the situation in Syria.\n",
     // (The pair of the talks before, in their order.)
     "Mike Pompeo+Sergei Lavrov|consultation|summary; Mike Pompeo+Sergei Lavrov|consultation|summary"},
    {"a text cut off mid-word: its last sentence says nothing for sure",
     "Sergei Lavrov condemned the strike.\nRex Tillerson told reporters afterwards tha",
     "Sergei Lavrov|criticism|indirect"},
    {"a text ending in a tag line that holds no sentence: its last sentence is whole",
     "Sergei Lavrov arrived on Friday.\n\nAccording to him, the talks were useful.\n\n"
     "  Kurt Volker, Surkov, Donbas, Russia, peacekeeping mission, Ukraine",
     "Sergei Lavrov|statement|indirect"},
    {"a last sentence without its full stop but with its line end is whole",
     "Sergei Lavrov condemned the strike.\nRex Tillerson said the talks were useful\n",
     "Sergei Lavrov|criticism|indirect; Rex Tillerson|statement|indirect"},
    {"a one-sentence text without its full stop is whole",
     "Sergei Lavrov condemned the strike",
     "Sergei Lavrov|criticism|indirect"},
    {"a cue quoted after its source is a quoted fragment: partial",
     "Donald Trump and Vladimir Putin \u201cconfirmed their determination to defeat ISIS in Syria\u201d.\n",
     "Donald Trump+Vladimir Putin|intent|partial"},
    {"a cue quoted with its first-person source is the speaker's own words: direct",
     "\u201cWe agreed to continue the talks,\u201d Lavrov said.\n",
     "Sergei Lavrov|agreement|direct"},
    {"the subject of a relative clause is the actor before ', who'",
     "He received a phone call from Rex Tillerson, who asked for help in getting access for experts.\n",
     "Rex Tillerson|appeal|indirect"},
    {"the verb after a relative clause with a cue is the antecedent's",
     "Sergei Lavrov, who met Rex Tillerson on Friday, said the talks were useful.\n",
     "Sergei Lavrov+Rex Tillerson|consultation|summary; Sergei Lavrov|statement|indirect"},
    {"a contracted 'they’re going to' is the intent 'are going to'",
     "Sergei Lavrov said they\u2019re going to meet in July.\n",
     "Sergei Lavrov|intent|indirect"},
    {"'they're going' somewhere is no intent",
     "Sergei Lavrov said they're going home.\n",
     "Sergei Lavrov|statement|indirect"},
    {"a reported passive of talks gives the report its kind",
     "Donald Trump said sanctions were discussed.\n",
     "Donald Trump|consultation|indirect"},
    {"a reported denied passive ('were not discussed') gives no act's kind",
     "Donald Trump said sanctions were not discussed.\n",
     "Donald Trump|statement|indirect"},
    {"an official text's cue-less sentence: a cue that carries an act wins over a content signal",
     "Following is the text of Secretary-General Ban Ki-moon\u2019s statement:\n\n"
     "We are clear in our commitment to hold those responsible for violations to account.\n",
     "Ban Ki-moon|intent|direct"},
    {"an official text's sentence with only a content signal takes the signal's kind",
     "Following is the text of Secretary-General Ban Ki-moon\u2019s statement:\n\n"
     "These attacks are violations of international law.\n",
     "Ban Ki-moon|criticism|direct"},
    {"'reiterate their determination to' is intent in the present too",
     "Russia and China reiterate their determination to fight terrorism.\n",
     "Russia+China|intent|indirect"},
    {"conduct set against what it should serve is criticised (signal 'runs counter to')",
     "Dmitry Peskov said the decision runs counter to the spirit of the summit.\n",
     "Dmitry Peskov|criticism|indirect"},
    {"a decision that runs to forty pages is not criticised",
     "Dmitry Peskov said the decision runs to forty pages.\n",
     "Dmitry Peskov|statement|indirect"},
    {"setting an aim as a priority is intent (signal)",
     "Rex Tillerson said restoring Ukraine\u2019s sovereignty is a top priority.\n",
     "Rex Tillerson|intent|indirect"},
    {"a priority lane is no aim",
     "Rex Tillerson said the priority lane was closed.\n",
     "Rex Tillerson|statement|indirect"},
    {"a warm judgement of another's work is praise (signal)",
     "Donald Trump said the World Cup was one of the best ever.\n",
     "Donald Trump|support|indirect"},
    {"a neutral superlative is no praise",
     "Donald Trump said the World Cup was one of the longest ever.\n",
     "Donald Trump|statement|indirect"},
    {"'drew attention to' reports a statement",
     "Sergei Lavrov drew attention to the upcoming elections.\n",
     "Sergei Lavrov|statement|indirect"},
    {"an attempt to evade obligations is an accusation (signal)",
     "Sergei Lavrov drew the attention of the guarantor countries to Kiev\u2019s attempts to wriggle out of its "
     "obligations.\n",
     "Sergei Lavrov|criticism|indirect"},
    {"a position held jointly is an agreement (spec: 'both believe')",
     "Russia and China believe the plan is fair.\n",
     "Russia+China|agreement|indirect"},
    {"first-person cues inside a quotation are the speaker's, verbatim",
     "\u201cWe welcome this decision,\u201d Lavrov said.\n",
     "Sergei Lavrov|support|direct"},
    {"a ministry after a demonym speaks for its state",
     "The Russian Foreign Ministry said the embassy would close.\n",
     "Russia|statement|indirect"},
    {"narrated talks belong to all participants",
     "Secretary Pompeo spoke with Russian Foreign Minister Sergey Lavrov.\n",
     "Mike Pompeo+Sergei Lavrov|consultation|summary"},
    {"a headline in Title Case",
     "Kremlin Condemns New US Sanctions\n\nThe measures were published on Friday.\n",
     "Russia|criticism|indirect"},
    {"passive with an agent",
     "The issue was discussed by Russia and China.\n",
     "Russia+China|consultation|summary"},
    {"'the two' before an adverb is the pair in the news",
     "Mike Pompeo spoke with Sergei Lavrov on Friday.\nThe two also discussed Syria.\n",
     "Mike Pompeo+Sergei Lavrov|consultation|summary; Mike Pompeo+Sergei Lavrov|consultation|summary"},
    {"a known name in apposition between commas",
     "Russian Foreign Minister, Sergei Lavrov, stated today that the talks were useful.\n",
     "Sergei Lavrov|statement|indirect"},
    {"an actor after a preposition is not the subject of the next verb",
     "The UN Security Council expressed condolences to the Government of the Philippines and they "
     "wished a speedy recovery to the injured.\n",
     "UN Security Council|sympathy|indirect; UN Security Council|sympathy|indirect"},
    {"recognise that",
     "China and the Philippines recognise that the relations are important.\n",
     "China+Philippines|agreement|indirect"},
    {"stressed on (insisted on the importance of)",
     "Russia stressed on a thorough investigation.\n",
     "Russia|appeal|indirect"},
    {"an adverb of duration before the cue",
     "Donald Trump has long expressed interest in working with Russia.\n",
     "Donald Trump|intent|indirect"},
    {"a bare title in a capitalised headline is the person the text names after it",
     "DEMANDING CEASEFIRE IN GAZA, SECRETARY-GENERAL URGES RESTRAINT\n\nFollowing is the text of UN Secretary-General "
     "Ban Ki-moon\u2019s statement:\n\nI am deeply alarmed by the violence.\n",
     "Ban Ki-moon|demand|indirect; Ban Ki-moon|appeal|indirect; Ban Ki-moon|concern|direct"},
    {"a fronted diplomatic participle is the subject's act",
     "Condemning the attack, the UN Security Council urged restraint.\n",
     "UN Security Council|criticism|indirect; UN Security Council|appeal|indirect"},
    {"a fronted participle of saying adds no statement",
     "Speaking to reporters, Sergei Lavrov said the talks were useful.\n",
     "Sergei Lavrov|statement|indirect"},
    {"a judgement inside a verbatim quotation gives it its kind",
     "\u201cRussia has failed in that commitment,\u201d Tillerson said.\n",
     "Rex Tillerson|criticism|direct"},
    {"a modal inside a verbatim quotation is no appeal",
     "\u201cI don't see any reason why it should be,\u201d Trump said.\n",
     "Donald Trump|statement|direct"},
    {"the head of a ministry is its minister",
     "Sergei Lavrov arrived in Manila.\nThe head of the Russian Foreign Ministry said the talks were useful.\n",
     "Sergei Lavrov|statement|indirect"},
    {"the head of a ministry nobody named yet is the state",
     "The head of the Russian Foreign Ministry said the talks were useful.\n",
     "Russia|statement|indirect"},
    {"analysts are sources",
     "By dusting off old skills, some analysts say, areas of cooperation can be found.\n",
     "analysts|statement|indirect"},
    {"analysts of a field are sources",
     "Relations will stay cold, analysts of US-Russia relations say.\n",
     "analysts|statement|indirect"},
    {"analysts opening a sentence are sources, named in lower case",
     "Analysts said the economy was still not growing fast enough.\n",
     "analysts|statement|indirect"},
    {"economists are commentators too",
     "But economists said the economy was still not growing fast enough.\n",
     "economists|statement|indirect"},
    {"unnamed officials, diplomats, charities and critics are sources, named by their word",
     "Diplomats said the vote was close. Eleven charities said the cut would cost lives.\n",
     "diplomats|statement|indirect; charities|statement|indirect"},
    {"said he would, an adverb before the verb, is his plan",
     "Sergei Lavrov said he would also visit Washington in May.\n",
     "Sergei Lavrov|intent|indirect"},
    {"it after 'In a statement,' is the body that spoke before",
     "The Russian Foreign Ministry summoned the ambassador.\nIn a statement, it condemned the strike.\n",
     "Russia|criticism|indirect"},
    {"a participle after a comma is the subject's act after an opening phrase of time too",
     "Within hours the Russian embassy hit back, accusing Britain of interference.\n",
     "Russia|criticism|indirect"},
    {"an intergovernmental body's organ's head the text does not name speaks for the body",
     "The African Union Commission chairperson expressed deep concern over the fighting.\n",
     "African Union|concern|indirect"},
    {"a reported refusal to recognise is a rejection, and 'was right to' is support",
     "Sergei Lavrov said Russia did not recognise the verdict. Rex Tillerson said Ukraine was right to sign the deal.\n",
     "Sergei Lavrov|rejection|indirect; Rex Tillerson|support|indirect"},
    {"the subject of a long relative clause is the subject of the verb after it",
     "Sergei Lavrov, who had flown in from Moscow on Monday night for talks with the foreign ministers of the "
     "region, said the meeting was useful.\n",
     "Sergei Lavrov|statement|indirect"},
    {"weighing in is saying something",
     "Sergei Lavrov also weighed in on Monday.\n",
     "Sergei Lavrov|statement|indirect"},
    {"unnamed ministers are sources, but not those accused of something",
     "Ministers insist the plans are proportionate. Liam Fox accused other ministers of telling lies.\n",
     "ministers|statement|indirect; Liam Fox|criticism|indirect"},
    {"an unnamed source's act is its own as its saying is",
     "Campaigners welcomed the agreement.\n",
     "campaigners|support|indirect"},
    {"a person in apposition to his state's role is that state's, so its stance is his own side's",
     "Serbia's chief negotiator, Petar Jovanovic, rejected that account.\n"
     "Jovanovic said Serbia remained committed to the dialogue.\n",
     "Petar Jovanovic|rejection|indirect; Petar Jovanovic|intent|indirect"},
    {"a headline's surname is the person the text names in full below it",
     "Okafor urges Israel to open more crossings\n\nForeign Secretary Amaka Okafor arrived in Cairo on Monday.\n",
     "Amaka Okafor|appeal|indirect"},
    {"an official placed in a state's capital by the opening phrase is that state's",
     "In Yerevan, Deputy Foreign Minister Vahan Sargsyan said Armenia was ready to open its border.\n",
     "Vahan Sargsyan|intent|indirect"},
    {"a country's diplomats speak for their state",
     "Russian diplomats said the talks would resume next week.\n",
     "Russia|statement|indirect"},
    {"a short quoted sentence of its own continues the speaker",
     "Sergei Lavrov said the talks would resume.\n\u201cWe are not out of the woods.\u201d\n",
     "Sergei Lavrov|statement|indirect; Sergei Lavrov|statement|direct"},
    {"a short quotation that is no sentence is a scare quote",
     "Sergei Lavrov said the talks would resume.\nThe \u201croad map\u201d was dead.\n",
     "Sergei Lavrov|statement|indirect"},
    {"an exchange of accusations is criticism by each side",
     "Russia and Ukraine exchanged accusations over the shelling.\n",
     "Russia|criticism|indirect; Ukraine|criticism|indirect"},
    {"a lone capitalised word opening a sentence speaks where the text writes it as a name",
     "Shares in Microsoft fell.\nMicrosoft said the results were good.\n",
     "Microsoft|statement|indirect"},
    {"a lone capitalised word that is a common noun inside sentences is no name",
     "The police arrived.\nPolice said the man had left.\n", ""},
    {"it is hoped is impersonal, whoever spoke before",
     "The Kremlin issued a statement on Monday.\nIt is hoped that the talks will resume.\n",
     "Russia|statement|indirect"},
    {"plain words that say what an inverted source is stand before its name",
     "\u201cAgriculture and tourism are helping,\u201d said entrepreneur Drayton Valentine.\n",
     "Drayton Valentine|statement|direct"},
    {"... also before a body's name",
     "\u201cThe threats are growing,\u201d said security firm RSA.\n",
     "RSA|statement|direct"},
    {"a body's members speak for the body",
     "EU leaders welcomed the agreement.\n",
     "European Union|support|indirect"},
    {"a body's ministers of a field speak for the body",
     "EU foreign ministers expressed support for the mission.\n",
     "European Union|support|indirect"},
    {"a body's unnamed spokesman speaks for the body (and 'the alliance' is his own: its 'would respond' his)",
     "A NATO spokesman said the alliance would respond.\n",
     "NATO|threat|indirect"},
    {"a body's spokesman named after a comma speaks himself",
     "A NATO spokesman, Oana Lungescu, said the alliance would respond.\n",
     "Oana Lungescu|threat|indirect"},
    {"a body's members named one by one speak for themselves",
     "NATO members Turkey and Greece said the talks were useful.\n",
     "Turkey+Greece|agreement|indirect"},
    {"an office of a country the text names nobody of is its state",
     "Israel's prime minister vowed to continue the operation.\n",
     "Israel|intent|indirect"},
    {"a spokesman for a body speaks for it",
     "A spokesman for the Russian Foreign Ministry said the talks were useful.\n",
     "Russia|statement|indirect"},
    {"a spokesman for a person speaks for him",
     "A spokesman for Mr Putin said the talks were useful.\n",
     "Vladimir Putin|statement|indirect"},
    {"an unnamed spokesman of a country's ministry speaks for the state",
     "A Chinese Foreign Ministry spokesman said the talks were useful.\n",
     "China|statement|indirect"},
    {"a ministry's spokesman named in an apposition speaks himself",
     "A Russian Foreign Ministry spokeswoman, Maria Zakharova, said the talks were useful.\n",
     "Maria Zakharova|statement|indirect"},
    {"asking for a spokesman is no spokesman speaking",
     "He asked for a spokesman for Russia.\n", ""},
    {"began by saying",
     "Sergei Lavrov began by saying that the talks were useful.\n",
     "Sergei Lavrov|statement|indirect"},
    // The speaker moves into its statement; a coordinated cue after it ("and urged") reads
    // the speaker back, also after narrated talks made the statement joint and after a plan
    // in narration gave no statement.
    {"a coordinated cue after narrated talks speaks for the first speaker alone",
     "Mike Pompeo spoke with Sergei Lavrov and urged Russia to withdraw its troops.\n",
     "Mike Pompeo+Sergei Lavrov|consultation|summary; Mike Pompeo|appeal|indirect"},
    {"a coordinated cue after a plan that gave no statement keeps its speaker",
     "Sergei Lavrov will travel to Ankara and said the talks were useful.\n",
     "Sergei Lavrov|statement|indirect"},
    // A source of one pronoun is resolved straight into the result where it cannot be a
    // group ("he": a person), and through the members where it may ("they").
    {"he after a joint statement of states is the person in the news",
     "Sergei Lavrov met Mike Pompeo. Russia and the United States said the talks were useful. He added that Russia is ready to help.\n",
     "Sergei Lavrov+Mike Pompeo|consultation|summary; Russia+United States|agreement|indirect; Sergei Lavrov|intent|indirect"},
    {"they after a joint statement is the group",
     "Sergei Lavrov and Mike Pompeo said the talks were useful. They added that they are ready to help.\n",
     "Sergei Lavrov+Mike Pompeo|agreement|indirect; Sergei Lavrov+Mike Pompeo|intent|indirect"},
    {"a name in apposition to the one a spokesperson speaks for, or to a description, is the speaker",
     "A spokesman for President Vladimir Putin, Anton Zed, said the talks were useful. "
     "The spokesperson for the Secretary-General, Stephane Dujarric, said the talks were useful. "
     "A spokeswoman for Airbus, Jane Roe, said the talks were useful.\n",
     "Anton Zed|statement|indirect; St\u00e9phane Dujarric|statement|indirect; Jane Roe|statement|indirect"},
    {"an unquoted first person before a speaker who closes the sentence is that speaker (his report of his "
     "own stance is one statement of its kind)",
     "We remain committed to the deal, Sergei Lavrov said on Monday. "
     "We express our full support for Ukraine, the G7 leaders said. "
     "We have to go, he said, and left.\n",
     "Sergei Lavrov|intent|indirect; G7|support|indirect"},
    {"a counterpart named after the demonym is a person of its state, met with the subject",
     "Zed Marks met his Chinese counterpart Wu Anjin in Singapore. Wu said the talks were candid.\n",
     "Zed Marks+Wu Anjin|consultation|summary; Wu Anjin|statement|indirect"},
    {"a date after a noun's or a passive's 'on' is no cue; after a verb's subject the cue stays",
     "Recep Tayyip Erdogan told Vladimir Putin in a phone call on Saturday that Turkey was ready to host talks. "
     "The vote will be called on 4 April. Sergei Lavrov called on Monday for a ceasefire.\n",
     "Recep Tayyip Erdogan|intent|indirect; Sergei Lavrov|appeal|indirect"},
    {"'the two sides' are the two who last agreed, as the two who last held talks",
     "Sergei Lavrov met Rex Tillerson in Manila. Ukraine and Poland agreed to open the border. "
     "The two sides also discussed trade.\n",
     "Sergei Lavrov+Rex Tillerson|consultation|summary; Ukraine+Poland|agreement|indirect; "
     "Ukraine+Poland|consultation|summary"},
    {"the one told after a possessive, and a presidency that speaks for its state",
     "Recep Tayyip Erdogan told his Russian counterpart Vladimir Putin in a phone call that Turkey was ready "
     "to host talks, the Turkish presidency said.\n",
     "Recep Tayyip Erdogan|intent|indirect; Turkey|statement|indirect"},
    {"a bare title of two words after 'and' shares the article before it",
     "Secretary of State Zed Marks met Saudi Foreign Minister Abu Karim. The Secretary and Foreign Minister discussed Gaza.\n",
     "Zed Marks+Abu Karim|consultation|summary; Zed Marks+Abu Karim|consultation|summary"},
    {"a cue after 'but' goes on with its clause's speaker",
     "Volodymyr Zelensky thanked the United States for its support but said more systems were needed.\n",
     "Volodymyr Zelensky|support|indirect; Volodymyr Zelensky|statement|indirect"},
    {"the subject after an opening 'according to' holds the talks of 'both sides'",
     "Sergei Lavrov met Rex Tillerson. According to Swiss officials, Antony Blinken met Wang Yi in Geneva. "
     "Both sides reaffirmed their commitment to the deal.\n",
     "Sergei Lavrov+Rex Tillerson|consultation|summary; Switzerland|statement|indirect; "
     "Antony Blinken+Wang Yi|consultation|summary; "
     "Antony Blinken+Wang Yi|intent|indirect"},
    {"a text or an office that speaks is its issuer",
     "Benjamin Netanyahu's office said the talks were useful. A statement from the Elysee said the talks had failed. "
     "Mr Blair's spokesman said the talks would go on.\n",
     "Benjamin Netanyahu|statement|indirect; France|criticism|indirect; Tony Blair|statement|indirect"},
    {"a state's official speaks for it; the name after an inverted cue that an auxiliary follows is no speaker",
     "A senior U.S. official, speaking on condition of anonymity, said Washington had not been consulted.\n",
     "United States|statement|indirect"},
    {"a headline joins with a comma a name the lexicon knows and one it does not",
     "Lavrov, Wang discuss Ukraine security in Beijing\n\nThe talks were held on Tuesday.\n",
     "Sergei Lavrov+Wang|consultation|summary"},
    {"a day right after the subject says when, as an adverb would",
     "China Tuesday urged the United States to stop arms sales to Taiwan.\n", "China|appeal|indirect"},
    {"a state before a place's noun names the place, no one who meets",
     "Fumio Kishida expressed concern over the tensions in the Taiwan Strait during a meeting with Olaf Scholz.\n",
     "Fumio Kishida|concern|indirect"},
    {"a person's state after the name ('of Japan'); a formal text's capitalised 'the two Ministers'",
     "Foreign Minister Yoko Kamikawa of Japan and Foreign Minister Cho Tae-yul of the Republic of Korea held a "
     "meeting in Tokyo. The two Ministers shared the view that ties had entered a new phase. Both Ministers decided "
     "to continue close communication.\n",
     "Yoko Kamikawa+Cho Tae-yul|consultation|summary; Yoko Kamikawa+Cho Tae-yul|agreement|indirect; "
     "Yoko Kamikawa+Cho Tae-yul|intent|indirect"},
    {"'voiced objections'; the actor after 'with' is the subject of the participle after it",
     "Turkey, however, has voiced objections, with President Erdogan accusing the two nations of harbouring "
     "militants.\n",
     "Turkey|rejection|indirect; Recep Tayyip Erdogan|criticism|indirect"},
    {"a speaker closing the sentence reports his own side's stance: one statement of its kind",
     "Russia is ready to help, Sergei Lavrov said. China condemned the strike, Sergei Lavrov said.\n",
     "Sergei Lavrov|intent|indirect; China|criticism|indirect; Sergei Lavrov|statement|indirect"},
    {"the closing speaker's own side opening the sentence, with another's act inside what it holds",
     "Russia hopes the two sides will reach an agreement, Sergei Lavrov said.\n",
     "Sergei Lavrov|optimism|indirect"},
    {"an act after 'can', 'could', 'may' or 'might' may come: no act done",
     "Ukraine could reject the plan, Sergei Lavrov said. Sergei Lavrov said he was hopeful that Russia and the "
     "United States can reach an agreement. I am hopeful that we can reach an agreement, Sergei Lavrov said.\n",
     "Sergei Lavrov|statement|indirect; Sergei Lavrov|optimism|indirect; Sergei Lavrov|optimism|indirect"},
    {"a saying after a modal of possibility is still said, and so is the speaker's own 'we can' offer",
     "Sergei Lavrov spoke to reporters in Moscow. \u201cI can confirm that the talks will resume. We can discuss "
     "the proposals in Geneva.\u201d\n",
     "Sergei Lavrov|statement|indirect; Sergei Lavrov|statement|direct; Sergei Lavrov|consultation|direct"},
    {"a state's possessive before a title or 'government' is that state, listed in demonyms.lex or not",
     "Rwanda's delegate rejected the accusations. Andorra's government welcomed the decision.\n",
     "Rwanda|rejection|indirect; Andorra|support|indirect"},
    {"'the representative of' a state speaks for it; 'Representative' before a name is a person's title",
     "The representative of Mozambique said the attack was unacceptable. Representative Nancy Pelosi said the "
     "vote was close.\n",
     "Mozambique|criticism|indirect; Nancy Pelosi|statement|indirect"},
    {"'his government' is the state of the person 'he' is; 'her spokeswoman' and 'his office' are that person",
     "Emmanuel Macron arrived in Berlin on Monday. His government has demanded a ceasefire. His office said the "
     "visit was short. Annalena Baerbock arrived in Kyiv. Her spokeswoman said the visit had been planned for weeks.\n",
     "France|demand|indirect; Emmanuel Macron|statement|indirect; Annalena Baerbock|statement|indirect"},
    {"a cue in its base form after 'the' and a name is a noun, no act of that name; a past is a verb",
     "Russia called the U.S. veto a mistake. China criticised the EU ban on imports. The US vetoed the resolution. "
     "The EU said the talks were useful.\n",
     "China|criticism|indirect; United States|rejection|indirect; European Union|statement|indirect"},
    {"the one told, then when, then the words: up to six units, adverbs too",
     "Sergei Lavrov told the BBC earlier this week that he was confident the talks would resume. Antony Blinken "
     "told the Senate foreign relations committee: \u201cOur position is very clear.\u201d\n",
     "Sergei Lavrov|optimism|indirect; Antony Blinken|statement|direct"},
    {"'refused to rule out' is no refusal; a body's heads of state, member states and allies speak for it",
     "Sergei Lavrov refused to rule out new strikes. NATO heads of state and government condemned the attack. "
     "EU member states agreed to extend the sanctions. NATO allies welcomed the decision.\n",
     "Sergei Lavrov|intent|indirect; NATO|criticism|indirect; European Union|agreement|indirect; NATO|support|indirect"},
    {"'would' in words reported after a saying is the 'will' of the speech reported, 'would not' its refusal; "
     "not after a belief",
     "Olaf Scholz said Germany would increase its contribution. Sergei Lavrov told reporters that Russia would "
     "expand its presence. Sergei Lavrov said he believed Ukraine would attack. Sergei Lavrov said that Russia would "
     "not reopen the agreement.\n",
     "Olaf Scholz|intent|indirect; Sergei Lavrov|intent|indirect; Sergei Lavrov|statement|indirect; "
     "Sergei Lavrov|rejection|indirect"},
    {"an act denied is none, nor is what a denial's that-clause says was done; 'disagreed' is a refusal",
     "Kaja Kallas did not condemn the government outright. Benjamin Netanyahu's office denied reports that Israel "
     "had agreed to withdraw. China disagreed with the plan.\n",
     "Benjamin Netanyahu|rejection|indirect; China|rejection|indirect"},
    {"a body speaks through an office holder the text does not name; not through a member's seat",
     "The UN secretary-general urged all parties to protect civilians. The NATO secretary general said the alliance "
     "was united. A Labour MP criticised the plan. The EU ambassador to the WTO, Carlo Trojan, said the talks were "
     "useful.\n",
     "United Nations|appeal|indirect; NATO|statement|indirect; Carlo Trojan|statement|indirect"},
    {"talks a speaker reports are indirect; talks the text narrates, even after another's saying, a summary",
     "Sergei Lavrov said he had discussed the crisis with Antony Blinken. The two sides released a joint statement, "
     "the Kremlin said, after Vladimir Putin and Joe Biden met in Geneva.\n",
     "Sergei Lavrov|consultation|indirect; Russia|statement|indirect; Vladimir Putin+Joe Biden|consultation|summary"},
    {"a cue after 'whether' in a clause between commas is no cue of the sentence's own",
     "Sergei Lavrov, asked whether Moscow would retaliate, said the response would be proportionate.\n",
     "Sergei Lavrov|statement|indirect"},
    {"'a spokesman' nobody holds speaks for the body the sentence names, else the last body in the news",
     "China's foreign ministry criticised the curbs. Beijing will take all necessary measures, a ministry "
     "spokesperson said. Downing Street defended the decision, with a spokesperson saying the vote was close.\n",
     "China|criticism|indirect; China|intent|indirect; United Kingdom|support|indirect; United Kingdom|statement|indirect"},
    {"a text that opens with a state's stance in the present is its statement: its 'we' is that state",
     "Attack on Humanitarian Convoy in Sudan\n\nThe United States condemns in the strongest terms the attack on a "
     "humanitarian convoy in North Darfur. We extend our deepest condolences to the families of the aid workers. We "
     "call on the Rapid Support Forces to cease hostilities immediately.\n",
     "United States|criticism|indirect; United States|sympathy|direct; United States|appeal|direct"},
    {"a news lede's plan in the present is no statement's voice",
     "Kraft cuts snack ads\n\nRussia plans to cut its gas exports. We extend our deepest condolences to the "
     "families.\n",
     "Russia|intent|indirect"},
    {"regional bodies are actors; the adverb of a coordinated cue is no part of the first one's words",
     "The Peace and Security Council expresses deep concern over the situation in Congo and strongly condemns the "
     "attacks by the M23 armed group. ECOWAS called for calm.\n",
     "African Union Peace and Security Council|concern|indirect; African Union Peace and Security Council|criticism|indirect; "
     "ECOWAS|appeal|indirect"},
    {"a turn's label may part a title from the name with a comma; 'Shri' is a form of address",
     "Official Spokesperson, Shri Randhir Jaiswal: We have seen these remarks. We reject them completely.\n",
     "Randhir Jaiswal|statement|direct; Randhir Jaiswal|rejection|direct"},
    {"talks told in the passive are those of the two named after 'between'",
     "Talks were held in Brussels on Monday between Serbia and Kosovo.\n",
     "Serbia+Kosovo|consultation|summary"},
    {"a participle of an act after a comma is the subject's act too",
     "Hakan Fidan condemned the attack, offering condolences to the victims.\n",
     "Hakan Fidan|criticism|indirect; Hakan Fidan|sympathy|indirect"},
    {"cue phrases of need, intention, appreciation and accusation",
     "Antonio Guterres underscored the need for a ceasefire. Norway reiterated its intention to double its aid. "
     "Chile expressed its appreciation for the support. Cyril Ramaphosa went on to accuse the lenders of hypocrisy.\n",
     "Ant\u00f3nio Guterres|appeal|indirect; Norway|intent|indirect; Chile|support|indirect; Cyril Ramaphosa|criticism|indirect"},
    {"a briefing's 'A:' is the spokesperson the text named; 'we' in a turn is verbatim",
     "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on May 14\n\n"
     "Q: What is China's response to the report?\n\n"
     "A: Huangyan Dao has always been China's territory. We urge the Philippines to stop its provocations.\n",
     "Lin Jian|statement|direct; Lin Jian|appeal|direct"},
    {"a speaker label of a surname alone is the person the text named in full",
     "Egypt's Foreign Minister Badr Abdelatty arrived in Cairo on Thursday.\n\n"
     "AFP: Will Egypt open the crossing?\n\n"
     "Abdelatty: These claims are completely false and the crossing has never been closed.\n",
     "Badr Abdelatty|statement|direct"},
    {"'would never accept' is a refusal; a source's wish to stay unnamed is none",
     "Egypt's Foreign Minister Badr Abdelatty said Cairo would never accept the plan. Israeli officials, who declined to be named, told AFP "
     "that the army had presented plans.\n",
     "Badr Abdelatty|rejection|indirect; Israel|statement|indirect"},
    {"talking to the press is saying, no talks",
     "Hakan Fidan spoke to reporters in Ankara. Sergei Lavrov met the press in Moscow.\n",
     "Hakan Fidan|statement|indirect; Sergei Lavrov|statement|indirect"},
    {"'the senior diplomat' is the diplomat named before; 'according to a senior Turkish diplomat' is Turkey",
     "Deputy Foreign Minister Sergei Ryabkov spoke in Moscow. \"We will take all the necessary countermeasures,\" "
     "the senior diplomat said. According to a senior Turkish diplomat, the talks could take place in Istanbul.\n",
     "Sergei Ryabkov|intent|direct; Turkey|statement|indirect"},
    {"an apposition may say by whom the words were given; a word after 'the' is no person's surname",
     "Secretary-General Antonio Guterres, in a statement issued by his spokesperson, said he was appalled. "
     "Julie Bishop spoke on Monday. The evidence proves the story was true, according to the Bishop.\n",
     "Ant\u00f3nio Guterres|statement|indirect"},
    {"a family name written first is the one used alone ('Xi' of Xi Jinping; 'Wang' the Wang named before)",
     "Xi and Lula pledged closer cooperation. Foreign Ministry spokesman Wang Wenbin spoke on Monday. "
     "Wang said China opposed the sale.\n",
     "Xi Jinping+Luiz In\u00e1cio Lula da Silva|intent|indirect; Wang Wenbin|rejection|indirect"},
    {"a name the lexicon does not know after 'met' is the other side of the talks",
     "Antony Blinken met Retno Marsudi in Jakarta.\n", "Antony Blinken+Retno Marsudi|consultation|summary"},
    {"a country's delegate speaks for it, as its ambassador does",
     "China's delegate expressed support for the Luanda process. The Chinese delegate said the resolution was "
     "unbalanced.\n",
     "China|support|indirect; China|statement|indirect"},
    {"the states before ', which' do what the clause says, and the verb after it; after ', whose', the verb",
     "Brazil and Colombia, which have sought to mediate in the crisis, urged both sides to show restraint. "
     "Recep Tayyip Erdogan, whose approval of the bid had been in doubt, said the decision was final.\n",
     "Brazil+Colombia|intent|indirect; Brazil+Colombia|appeal|indirect; Recep Tayyip Erdogan|statement|indirect"},
    {"'yesterday' or 'earlier' between a subject and its verb says when",
     "Sergei Lavrov yesterday said the talks had failed. Wang Yi earlier warned that China would respond.\n",
     "Sergei Lavrov|criticism|indirect; Wang Yi|threat|indirect"},
    {"'The Council' and 'the League' alone are the body the text named with that word; an intergovernmental "
     "body's organ speaks for the body",
     "The UN Security Council condemned the attack. The Council called on both sides to show restraint. The "
     "African Union Commission welcomed the deal. The League rejected the plan.\n",
     "UN Security Council|criticism|indirect; UN Security Council|appeal|indirect; African Union|support|indirect; "
     "League|rejection|indirect"},
    {"a coordinated cue with no cue before it in its clause goes on with the subject that opens the sentence; "
     "a stance may be coordinated",
     "The EU follows the cases closely and stands ready to raise them. Jordan and Egypt affirmed their support for "
     "the plan. Finland continues to support Ukraine. Sergei Lavrov condemned the attack and is ready to help.\n",
     "European Union|intent|indirect; Jordan+Egypt|support|indirect; Finland|support|indirect; "
     "Sergei Lavrov|criticism|indirect; Sergei Lavrov|intent|indirect"},
    {"a saying denied is none, a belief denied is a view stated; the subject goes on past a denied act",
     "Sergei Lavrov did not say whether Russia would send troops. Sergei Lavrov did not believe the plan would "
     "work. Gustavo Petro did not condemn the deployment but said the region should avoid a spiral of "
     "confrontation.\n",
     "Sergei Lavrov|statement|indirect; Gustavo Petro|appeal|indirect"},
    {"'would not recognise' and 'would not allow' reported after a saying are the speaker's side refusing",
     "Brazilian Foreign Minister Mauro Vieira said that Brazil would not recognise the results. Turkish Foreign "
     "Minister Hakan Fidan said Turkey would not allow a terror corridor. China will not tolerate any interference, "
     "Wang Yi said.\n",
     "Mauro Vieira|rejection|indirect; Hakan Fidan|rejection|indirect; Wang Yi|threat|indirect"},
    {"a headline's verb after a comma goes on with its subject; a body's unnamed chief speaks for it",
     "Arab League chief condemns Israeli strikes, calls for UN action\n\nThe strikes went on.\n",
     "Arab League|criticism|indirect; Arab League|appeal|indirect"},
    {"a name before a noun and its verb after 'says' is the subject of the words said, no inverted speaker",
     "Guyana rejects Venezuelan claim, says ICJ ruling must be respected\n\nThe claim was made on Monday.\n",
     "Guyana|rejection|indirect; Guyana|appeal|indirect"},
    {"a body's members with a phrase between commas after them are unnamed, and speak for the body",
     "EU foreign ministers, meeting in Brussels, condemned the attack.\n", "European Union|criticism|indirect"},
    {"'the Secretary-General' nobody named is the UN's; 'he' is then he",
     "The Secretary-General is deeply alarmed by the reports. He condemns all forms of violence against civilians.\n",
     "UN Secretary-General|concern|indirect; UN Secretary-General|criticism|indirect"},
    {"the ministers of states named after a plural title are those states together, and so are 'the Ministers' "
     "and 'they' after their talks",
     "The Foreign Ministers of the Arab Republic of Egypt, the Hashemite Kingdom of Jordan and the Republic of Iraq "
     "held their fifth trilateral meeting in Baghdad. The Ministers agreed to meet again in Amman. They welcomed "
     "the ceasefire.\n",
     "Egypt+Jordan+Iraq|consultation|summary; Egypt+Jordan+Iraq|agreement|indirect; Egypt+Jordan+Iraq|support|indirect"},
    {"a text that opens with a state's government taking a stance is that state's; its 'we' is the state",
     "The Government of Finland strongly condemns the missile attack on Dnipro. We extend our heartfelt condolences "
     "to the families of the victims.\n",
     "Finland|criticism|indirect; Finland|sympathy|direct"},
    {"'according to X,' before a clause with its own subject is X's report of it, and no part of that subject",
     "Mauro Vieira arrived in Bogota. According to Vieira, Brazil and Colombia have agreed to coordinate their "
     "position.\n",
     "Mauro Vieira|statement|indirect; Brazil+Colombia|agreement|indirect"},
    {"the visitor one holds talks with is the other side",
     "Li Qiang held talks with visiting Vietnamese Prime Minister Pham Minh Chinh in Beijing.\n",
     "Li Qiang+Pham Minh Chinh|consultation|summary"},
    {"a turn of 'MR SPOKESPERSON' is the state whose spokesperson the heading named",
     "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Spain\n\nMR SPOKESPERSON: We have "
     "seen the reports about the vessel today.\n\nQ: Any comment on the vessel?\n\nMR SPOKESPERSON: Our position "
     "has been conveyed through diplomatic channels.\n",
     "Spain|statement|direct; Spain|statement|direct"},
    {"a known place after a capitalised preposition opening the sentence is oblique: the speaker after it is "
     "the subject, and 'he' to come",
     "Scott Bessent said the move was overdue. In Beijing, Foreign Ministry spokesman Lin Jian said China opposes "
     "the sanctions. He urged Washington to stop.\n",
     "Scott Bessent|statement|indirect; Lin Jian|rejection|indirect; Lin Jian|appeal|indirect"},
    {"a turn labelled with a surname in capitals is the person named in full; an interviewer's turns are none",
     "Transcript: Foreign Minister Dmytro Kuleba on the Sunday Report\n\nHOST (MARGARET LANE): Minister, thank "
     "you for joining us today.\n\nKULEBA: We welcome the new package of aid from Washington.\n\nLANE: "
     "Are you ready to negotiate with Moscow?\n",
     "Dmytro Kuleba|statement|direct; Dmytro Kuleba|support|direct"},
    {"'A:' is the spokesperson of a ministry the heading names",
     "Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on March 12\n\nQ: What is China's "
     "response?\n\nA: We urge the Philippine side to stop its provocations at once.\n",
     "Lin Hao|statement|direct; Lin Hao|appeal|direct"},
    {"a name in apposition, then when, then the cue; a person named by one word after his title is he",
     "The EU's foreign policy chief, Josep Borrell, on Tuesday called on both sides to stop. Indonesian Foreign "
     "Minister Sugiono arrived on Monday. Sugiono said the talks were useful.\n",
     "Josep Borrell|appeal|indirect; Sugiono|statement|indirect"},
    {"a state visit at the invitation of a state's office: the two states are 'the two Presidents' to come",
     "At the invitation of the President of the Republic of Chile, the President of the Republic of Indonesia paid "
     "a state visit to Chile. The two Presidents held talks in Santiago.\n",
     "Indonesia|consultation|summary; Indonesia+Chile|consultation|summary"},
    {"a heading's participants after a preposition are the persons of the surnames in capitals to come",
     "Joint press conference of Foreign Minister of Hungary Peter Szijjarto and Foreign Minister of Kazakhstan Murat "
     "Nurtleu\n\nSZIJJARTO: We have agreed today to double our trade turnover by 2030.\n",
     "Peter Szijjarto|statement|direct; Peter Szijjarto|agreement|direct"},
    {"'the league', 'the commission' are the body named with that word; 'the alliance' the intergovernmental "
     "body named last",
     "The Arab League condemned the strikes. In a statement, the league said the attack was a violation. NATO "
     "met in Brussels. The alliance said it was ready to help.\n",
     "Arab League|criticism|indirect; Arab League|criticism|indirect; NATO|consultation|summary; NATO|intent|indirect"},
    {"what a speaker was asked about, between commas, holds no cue: the speaker says what follows",
     "Mao Ning said Beijing was ready. Yoko Kamikawa, asked about a possible meeting with her Chinese "
     "counterpart, said she hoped to hold talks with Wang Yi.\n",
     "Mao Ning|statement|indirect; Yoko Kamikawa|intent|indirect"},
    {"two coordinated cues of one speaker",
     "Sergei Lavrov said the talks were useful and added that Russia is ready to help.\n",
     "Sergei Lavrov|statement|indirect; Sergei Lavrov|intent|indirect"},
    {"a state's armed forces speak for the state; 'the army' later is the same army",
     "The Israeli military said it had struck a command post. Pakistan's army denied the claims. The army "
     "said two soldiers were wounded.\n",
     "Israel|statement|indirect; Pakistan|rejection|indirect; Pakistan|statement|indirect"},
    {"a person's full name, 'of the' and where the person works: the person speaks",
     "Hannah Rowley of the Lowy Institute argues that the deal will not last. \"Prices are rising,\" said "
     "energy analyst Orin Middleton of Barclays Capital.\n",
     "Hannah Rowley|statement|indirect; Orin Middleton|statement|direct"},
    {"a time phrase of two words between a subject and its cue ('last year', 'this week')",
     "Sergei Lavrov last year said Russia was ready to talk. China this week warned that it would retaliate.\n",
     "Sergei Lavrov|intent|indirect; China|threat|indirect"},
    {"titles of foreign ministers by their ministries' names, and India's abbreviation",
     "Minister of International Relations and Cooperation Ronald Lamola said the talks were useful. "
     "EAM Jaishankar said the talks were useful.\n",
     "Ronald Lamola|statement|indirect; Subrahmanyam Jaishankar|statement|indirect"},
    {"a call received and a visitor received are consultations of both",
     "Prime Minister Narendra Modi received a telephone call from President Emmanuel Macron. President Cyril "
     "Ramaphosa received visiting Chinese Foreign Minister Wang Yi in Pretoria.\n",
     "Narendra Modi+Emmanuel Macron|consultation|summary; Cyril Ramaphosa+Wang Yi|consultation|summary"},
    {"a dateline's capital is the state of a body the text gives no country",
     "MOSCOW, March 3 (Reuters) - The foreign ministry said on Tuesday that the claims were false.\n",
     "Russia|rejection|indirect"},
    {"saying what something is: 'called it', 'branded', 'dubbed'",
     "Michael Howard branded the decision unacceptable. Sergei Lavrov called it a horrible deal.\n",
     "Michael Howard|criticism|indirect; Sergei Lavrov|statement|indirect"},
    {"two titles of one person joined by 'and', the first with 'of' phrases: the bodies named there are no "
     "speakers",
     "On May 20, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi spoke "
     "with Egyptian Foreign Minister Badr Abdelatty.\n",
     "Wang Yi+Badr Abdelatty|consultation|summary"},
    {"the own side's stance in a second content clause is the speaker's, of its kind",
     "Wang Yi said that China and Iran enjoy a traditional friendship, and that China is ready to work with "
     "Iran.\n",
     "Wang Yi|intent|indirect"},
    {"a spokesperson whose state the text does not say speaks for the state his words open with",
     "Official Spokesperson Randhir Jaiswal said that India rejects such comments.\n",
     "Randhir Jaiswal|rejection|indirect"},
    {"'..., his office said' after words about one person speaks for that person, not the last speaker",
     "Kenyan President William Ruto said the summit would go ahead. Felix Tshisekedi will not attend the summit, "
     "his office said. Emmanuel Macron will travel to Beijing, his spokesman said.\n",
     "William Ruto|statement|indirect; Felix Tshisekedi|rejection|indirect; Emmanuel Macron|intent|indirect"},
    {"a stance by its noun after a verb of saying again or sharing ('reiterated ... condemnation', 'shared ... "
     "concerns')",
     "Sergei Lavrov reiterated Russia's firm condemnation of terrorism. Wang Yi and Sergei Lavrov shared serious "
     "concerns over the situation.\n",
     "Sergei Lavrov|criticism|indirect; Wang Yi+Sergei Lavrov|concern|indirect"},
    {"a person goes by a middle word of his name, or by the first where his country writes the family name "
     "first",
     "Bangladesh Foreign Adviser Md Touhid Hossain met the envoy. Touhid said the talks were useful. South Korean "
     "Foreign Minister Cho Tae-yul arrived. Cho said the talks were useful.\n",
     "Md Touhid Hossain|consultation|summary; Md Touhid Hossain|statement|indirect; Cho Tae-yul|statement|indirect"},
    {"a stance verb quoted right after the subject of the words said gives its kind; 'called the attack'",
     "The Chinese foreign ministry said it \"categorically rejects\" the accusations. Sergei Lavrov called the "
     "attack barbaric.\n",
     "China|rejection|partial; Sergei Lavrov|criticism|indirect"},
    {"an apposition may hold a pronoun: 'Blinken, standing beside him, told reporters'",
     "Antony Blinken, standing beside him, told reporters that the deal was not dead.\n",
     "Antony Blinken|statement|indirect"},
    {"a participle cue after a comma is the act of a subject with no cue of its own",
     "Dmitry Medvedev went further on Telegram, accusing Kyiv of terrorism.\n",
     "Dmitry Medvedev|criticism|indirect"},
    {"a list of demonyms before a plural noun of officials is those states together",
     "The Qatari, Egyptian and American mediators said the talks would resume on Sunday. French and German "
     "officials said the proposal was unacceptable.\n",
     "Qatar+Egypt+United States|agreement|indirect; France+Germany|agreement|indirect"},
    {"a body's delegation or negotiators speak for the body",
     "The UNHCR delegation said it was concerned about the returns. Hamas negotiators rejected the proposal.\n",
     "UNHCR|concern|indirect; Hamas|rejection|indirect"},
    {"'was quoted as saying' is no passive: its subject spoke, after an apposition too",
     "Sergei Lavrov, for his part, was quoted as saying that the talks were useful.\n",
     "Sergei Lavrov|statement|indirect"},
    {"'Congo' is the DR Congo; a ministry by its country's own name; 'took aim at'",
     "Congo accused Rwanda of aggression. The Philippine Department of Foreign Affairs said it had lodged "
     "a protest. Sergei Lavrov took aim at Washington.\n",
     "Democratic Republic of the Congo|criticism|indirect; Philippines|statement|indirect; "
     "Sergei Lavrov|criticism|indirect"},
    {"a state's 'will not' or 'would not' is a refusal, 'will not give up' resolve, 'will not be' no refusal",
     "Sergei Lavrov said that Russia will not send troops. Olaf Scholz told reporters that Germany would not "
     "send anyone. Sergei Lavrov said that Russia will not give up. Sergei Lavrov said that Russia will not be a "
     "burden. Russia will not attend the summit.\n",
     "Sergei Lavrov|rejection|indirect; Olaf Scholz|rejection|indirect; Sergei Lavrov|intent|indirect; "
     "Sergei Lavrov|intent|indirect"},
    {"an acronym in brackets after a name is another name of it, no mark between the subject and its cue",
     "The International Atomic Energy Agency (IAEA) said on Monday that inspectors had left. The Economic "
     "Community of West African States (ECOWAS) on Tuesday condemned the coup.\n",
     "IAEA|statement|indirect; ECOWAS|criticism|indirect"},
    {"a body's ministers of any portfolio speak for it, and 'the ministers' after them are the body",
     "EU agriculture ministers rejected the deal. ASEAN foreign ministers met in Kuala Lumpur on Tuesday. In a joint "
     "communique, the ministers urged restraint.\n",
     "European Union|rejection|indirect; ASEAN|consultation|summary; ASEAN|appeal|indirect"},
    {"an apposition may hold a relative clause of 'that' and a number with a comma; analysts where they work",
     "Kessler Automotive, a parts maker that employs 3,000 people, said the tariffs were unfair. Analysts in "
     "Santiago said the result was a surprise.\n",
     "Kessler Automotive|criticism|indirect; analysts|statement|indirect"},
    {"a quoted stance after a form of 'be' gives the kind; a few words quoted do not part a subject from 'and said'",
     "Ukraine's foreign ministry said it was \"deeply disappointed\" by the ruling. Sergei Lavrov called the "
     "chair's statement \"a propaganda leaflet\" and said Russia would not sign it.\n",
     "Ukraine|concern|partial; Sergei Lavrov|criticism|partial; Sergei Lavrov|rejection|indirect"},
    {"the speaker's side as 'it' or by its body's word: its plan or refusal after the saying is the speaker's",
     "Senegal said it would keep its border open. The European Union said it will not recognise the vote. "
     "Japan's chief cabinet secretary, Hayashi Yoshimasa, said the government would continue to gather "
     "information. Giulia Ferri said the group would challenge the transfer in court. Sergei Lavrov said "
     "he would remain in Geneva.\n",
     "Senegal|intent|indirect; European Union|rejection|indirect; Hayashi Yoshimasa|intent|indirect; "
     "Giulia Ferri|intent|indirect; Sergei Lavrov|intent|indirect"},
    {"not what will be, a person's 'it', an outsider's 'the government', nor a condition's outcome",
     "Russia said it would be difficult. Judy Bell said it would cost a huge amount. Fidelis Nanga, a "
     "journalist, said the government would act soon. The World Bank said it would lend more only if "
     "reforms went ahead.\n",
     "Russia|statement|indirect; Judy Bell|statement|indirect; Fidelis Nanga|statement|indirect; "
     "World Bank|statement|indirect"},
    {"content signals: coercion named, an ally stood by, a commitment, a price announced; not a feeling",
     "China said the export controls amount to economic bullying. Melanie Joly said Canada stood with the "
     "Philippines. Sergei Lavrov said Russia is firmly committed. Pakistan said any attempt to divert the water "
     "would be considered an act of war. Andy Roddick said he was feeling horrible.\n",
     "China|criticism|indirect; Melanie Joly|support|indirect; Sergei Lavrov|intent|indirect; "
     "Pakistan|threat|indirect; Andy Roddick|statement|indirect"},
    {"satisfaction or delight expressed is support; an invitation accepted is agreement; 'S. Korea' is South Korea",
     "Prime Minister Ong Kah Seng expressed his delight at the growth of trade. Anura Dissanayake expressed "
     "satisfaction with the talks. Ong Kah Seng accepted the invitation. S. Korea condemns N. Korea's launch\n",
     "Ong Kah Seng|support|indirect; Anura Dissanayake|support|indirect; Ong Kah Seng|agreement|indirect; "
     "South Korea|criticism|indirect"},
    {"a minister whose state the text does not say speaks for the state his words open with; not another's minister",
     "Foreign Minister Penny Wong said Australia would review the offer.\n\nSweden applied in May. Its prime "
     "minister, Ulf Kristersson, said that Turkey was ready to block the bid.\n",
     "Penny Wong|intent|indirect; Ulf Kristersson|statement|indirect; Turkey|intent|indirect"},
    {"so does one who closes the sentence, a clause after 'but' or not; and a cabinet secretary; not the other 'side'",
     "Iran is prepared to let inspectors in, Foreign Minister Majid Tavakoli said, but only if the resolution is "
     "dropped.\n\nChief Cabinet Secretary Moriyama Takeshi said Japan had lodged a strong protest.\n\n"
     "Foreign Secretary Md Rezaul Karim said the Myanmar side had agreed to verify the list.\n",
     "Majid Tavakoli|intent|indirect; Moriyama Takeshi|criticism|indirect; Md Rezaul Karim|statement|indirect; "
     "Myanmar|agreement|indirect"},
    {"a month's abbreviation before its day ends no sentence; a participle with its agent opens no stance of the speaker",
     "Chinese Foreign Ministry spokesman Liu Jian told reporters on Oct. 10 that China rejects the proposal.\n\n"
     "Yuri Ushakov said some of the amendments proposed by Kyiv were acceptable.\n",
     "Liu Jian|rejection|indirect; Yuri Ushakov|statement|indirect"},
    {"an official after 'its' holds his office in the state the text spoke of last: its words are his side's",
     "Chile took a harder line. Its foreign minister, Ana Torres, said Chile would recall its ambassador.\n\n"
     "Norway waited. Its prime minister, Jonas Lie, said that Russia was ready to block the plan.\n",
     "Ana Torres|intent|indirect; Jonas Lie|statement|indirect; Russia|intent|indirect"},
    {"a possessive with a body's word names the speaker's own side; 'would' before a quotation or 'do' is a plan",
     "Libya's interior minister, Salem Bukhatwa, said his government would \xE2\x80\x9C" "do its part\xE2\x80\x9D. "
     "Keir Starmer said his party would do more.\n",
     "Salem Bukhatwa|intent|partial; Keir Starmer|intent|indirect"},
    {"being fully or firmly behind an actor or a decision is support (not 'stood behind': responsible for)",
     "Romania said it stood \xE2\x80\x9C" "fully behind\xE2\x80\x9D the decision. Poland said it was firmly "
     "behind Ukraine.\n",
     "Romania|support|partial; Poland|support|indirect"},
    {"an acronym written as a word in brackets after a body's name is another name of it",
     "The Caribbean Community (Caricom) reaffirmed its \xE2\x80\x9C" "unwavering support\xE2\x80\x9D for Guyana. "
     "China reaffirmed its support to the mission.\n",
     "CARICOM|support|partial; China|support|indirect"},
    {"a view held by the speaker's side before he closes the sentence takes its kind from its words",
     "Moscow considers the plans unacceptable, Kremlin spokesman Dmitry Peskov told reporters.\n",
     "Dmitry Peskov|criticism|indirect"},
    {"'both' after a coordinated subject, right before its cue, counts the subject: no pair of its own",
     "Vladimir Putin and Donald Trump met in Alaska.\n\nLatvia and Lithuania both said they would back the "
     "request.\n",
     "Vladimir Putin+Donald Trump|consultation|summary; Latvia+Lithuania|intent|indirect"},
    {"'would not' after a saying and a phrase of time is the refusal of the speech reported",
     "Robert Fico said last week he would not back the package.\n",
     "Robert Fico|rejection|indirect"},
    {"content signals: a grave error, unconstructive amendments",
     "Justin Trudeau said India had made a fundamental error. Yuri Ushakov said the amendments were "
     "unconstructive.\n",
     "Justin Trudeau|criticism|indirect; Yuri Ushakov|criticism|indirect"},
    {"'the Kingdom', as a state's own press capitalises it, is the speaker's own side, as 'the kingdom' is",
     "Saudi Foreign Minister Adel Al-Shahrani stressed that the Kingdom categorically rejects the measures.\n",
     "Adel Al-Shahrani|rejection|indirect"},
    {"after an office's title and 'for', the portfolio runs into the holder's name: the name starts at a given name",
     "European Commissioner for the Mediterranean Katrin Vandeleur said the talks were useful. EU Commissioner for "
     "International Partnerships Marta Lindqvist said the deal must be fair.\n",
     "Katrin Vandeleur|statement|indirect; Marta Lindqvist|appeal|indirect"},
    {"'the two countries' after two ministers met are their states",
     "Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Abbas Araghchi in Jeddah. Faisal bin "
     "Farhan said the two countries had agreed to resume flights.\n",
     "Faisal bin Farhan+Abbas Araghchi|consultation|summary; Faisal bin Farhan|statement|indirect; "
     "Saudi Arabia+Iran|agreement|indirect"},
    {"a name in apposition to the description that opens the sentence is its subject: 'he' to come is him",
     "Foreign Minister Hamood Rawahi described the deal as a breakthrough.\n\nThe UN special envoy for Yemen, Lars "
     "Engstrand, said the agreement covered civilians. He urged the two sides to build on the deal.\n",
     "Hamood Rawahi|support|indirect; Lars Engstrand|statement|indirect; Lars Engstrand|appeal|indirect"},
    {"a name's particles are no words of its four ('bin', 'Al'); 'Minister of State' is a title",
     "Oman's Foreign Minister Hamood bin Saif Al Rawahi described the deal as a breakthrough. In Abu Dhabi, "
     "Minister of State Noura Al Suwaidi said the UAE supported the step.\n",
     "Hamood bin Saif Al Rawahi|support|indirect; Noura Al Suwaidi|support|indirect"},
    {"the members of a body named before it, with words that describe it, are the body speaking; 'the ministers' then",
     "Foreign ministers from the Group of Seven rich democracies on Friday endorsed the plan. The ministers called "
     "for restraint.\n\nLeaders of the Mercosur trade bloc called for the swift ratification of the deal.\n",
     "G7|support|indirect; G7|appeal|indirect; Mercosur|appeal|indirect"},
    {"a body's heads after its other name in brackets are the body; 'the leaders' to come are it",
     "Caribbean Community (CARICOM) heads of government have reaffirmed their support for Guyana. Jamaica's Prime "
     "Minister Andrew Holness said the region was united. On Haiti, the leaders expressed deep concern.\n",
     "CARICOM|support|indirect; Andrew Holness|statement|indirect; CARICOM|concern|indirect"},
    {"'la', 'del', 'den' are particles inside a name, as 'de' is; a name ends in none",
     "Mexican Foreign Minister Juan Ramón de la Fuente said the talks had ended. Nick Van den Brul said the "
     "figures were good. Mr de Vabres said the film was a triumph.\n",
     "Juan Ramón de la Fuente|statement|indirect; Nick Van den Brul|statement|indirect; de Vabres|statement|indirect"},
    {"'The Community' after the Caribbean Community is the body, whose lexicon name is 'CARICOM'",
     "The Caribbean Community met in Montego Bay. The Community urged partners to honour their pledges.\n",
     "CARICOM|consultation|summary; CARICOM|appeal|indirect"},
    {"a state's name or seat before its officials or diplomats is its demonym there ('Kremlin officials')",
     "Kremlin officials said the talks had failed. Itamaraty diplomats said Brazil would wait.\n",
     "Russia|criticism|indirect; Brazil|intent|indirect"},
    {"a description after 'to' before a participle's act is who was asked; the act is the subject's",
     "Sabine Roth said she had written to both governments asking them to sit down. She wrote to the two "
     "ministers urging them to meet.\n",
     "Sabine Roth|statement|indirect; Sabine Roth|appeal|indirect; Sabine Roth|statement|indirect; "
     "Sabine Roth|appeal|indirect"},
    {"to recall an envoy is no saying; to recall that something was is one",
     "El Salvador recalled its ambassador to Colombia on Tuesday. Kinshasa recalls envoy from Nairobi. Kenya "
     "recalled its top diplomat. Sergei Lavrov recalled that the talks began in 2019. Sergei Lavrov recalled the top "
     "priority of the talks.\n",
     "Sergei Lavrov|statement|indirect; Sergei Lavrov|statement|indirect"},
    {"'the federal government' is a state's government as 'the government' is: the dateline's state",
     "OTTAWA — The federal government says it is deeply disappointed by the decision.\n",
     "Canada|concern|indirect"},
    {"'sign deal', 'sign a pact' in the present are agreements; 'a sign' and 'sign' alone are not",
     "Ghana, China sign deal on debt relief\n\nIt was a sign of progress, said Kwabena Asante-Boakye.\n",
     "Ghana+China|agreement|indirect; Kwabena Asante-Boakye|statement|indirect"},
    {"'and the People's Republic of China': 'the' and a state after 'and' are one unit, joined to the one before",
     "Ghana and the People's Republic of China have signed a memorandum on debt. Only Sri Lanka, Indonesia and the "
     "Seychelles have indicated that they will take it up.\n",
     "Ghana+China|agreement|indirect; Sri Lanka+Indonesia+Seychelles|intent|indirect"},
    {"'the three governments' are the three states named together before, not the two most salient",
     "Brazil, Colombia and Mexico on Thursday called on Venezuela to publish the results. The three governments "
     "said they were following the situation closely.\n",
     "Brazil+Colombia+Mexico|appeal|indirect; Brazil+Colombia+Mexico|agreement|indirect"},
    {"'Hon.' is a form of address, no name of its own and no sentence's end",
     "In Lilongwe, the opposition spokesperson on foreign affairs, Hon. Mphatso Banda, criticised the deal. Hon. "
     "Banda said the terms were unfair.\n",
     "Mphatso Banda|criticism|indirect; Mphatso Banda|criticism|indirect"},
    {"a cue's word in capitals inside a name is the name's ('the Rapid Support Forces said'), no cue",
     "The Rapid Support Forces said on Monday that they had taken the city. The United States welcomed the work of "
     "the United Nations Support Office in Haiti.\n",
     "Rapid Support Forces|statement|indirect; United States|support|indirect"},
    {"any word for a body's members, capitalised, opens the body's mention; no commentators ('Envoys from the AU')",
     "Envoys from the African Union on Monday welcomed the truce. Delegates of the Mercosur trade bloc called for "
     "calm. Foreign ministers from the Arab League on Sunday condemned the strike.\n",
     "African Union|support|indirect; Mercosur|appeal|indirect; Arab League|criticism|indirect"},
    {"content signals: a breach named, a pretext, a promise broken; concern in its adjective forms",
     "Britain said the seizure was a clear breach of international law. Zhou Hanming said the signatories used "
     "human rights as a pretext. Liam Fox said Labour had broken its promise. Andrzej Duda said he was deeply "
     "concerned. Noura Haddad said the reports were extremely concerning. Pedro Sanchez said the talks would resume.\n",
     "United Kingdom|criticism|indirect; Zhou Hanming|criticism|indirect; Liam Fox|criticism|indirect; "
     "Andrzej Duda|concern|indirect; Noura Haddad|concern|indirect; Pedro Sanchez|statement|indirect"},
    {"a headline's verb after a comma is the subject's that opens it; a quoted stance needs no verb there",
     "ECOWAS suspends The Gambia, threatens sanctions over coup\n\nOrb\xC3\xA1n refuses to lift veto; Zelensky "
     "'deeply disappointed'\n\nThe talks went on.\n",
     "ECOWAS|threat|indirect; Viktor Orb\xC3\xA1n|rejection|indirect; Volodymyr Zelensky|concern|partial"},
    {"an actor right after a cue is its object, not the subject of a participle after a comma",
     "The producers defended Sergei Lavrov, saying his comments were jokes.\n",
     ""},
    {"a state's ministries of trade, the interior, finance and justice speak for the state",
     "China's commerce ministry said the tariffs were unfair. The Indian Home Ministry said the border was calm. "
     "The US Justice Department said it had opened an inquiry.\n",
     "China|criticism|indirect; India|statement|indirect; United States|statement|indirect"},
    {"'called' with a noun phrase and then a quotation or 'a' says what that is; not 'called the election for'",
     "Kaja Kallas called the incursion \"a reckless provocation\". Ingrid Halvorsen called the judgment a victory for "
     "the rule of law. Boris Johnson called the election for June.\n",
     "Kaja Kallas|criticism|partial; Ingrid Halvorsen|support|indirect"},
    {"a curly quotation mark inside a cue phrase or right after it ends no match: 'expressed its “full solidarity”', "
     "whose quoted words make the report partial",
     "Mali expressed its \xE2\x80\x9C" "full solidarity\xE2\x80\x9D with Burkina Faso. Niger expressed "
     "\xE2\x80\x9C" "deep concern\xE2\x80\x9D over the move.\n",
     "Mali|support|partial; Niger|concern|partial"},
    {"a body's name goes on past 'for', 'of' or 'on' after its head word, and 'and' after that; not into a date",
     "The State Committee for National Security said the border was calm. The National Institute of Economic and "
     "Social Research said taxes must rise. The Electoral Commission on Thursday said it was satisfied.\n",
     "State Committee for National Security|statement|indirect; National Institute of Economic and Social "
     "Research|appeal|indirect; Electoral Commission|statement|indirect"},
    {"where an envoy serves stands between his title and his name, and his state's stance is his",
     "China's ambassador in Kathmandu, Chen Yuling, said Beijing was ready to send more rescuers.\n",
     "Chen Yuling|intent|indirect"},
    {"a headline's present tense of a cue phrase ('voice concern over', 'raises concerns about')",
     "BRICS ministers voice concern over Gaza\n\nChina raises concerns about the tariffs.\n",
     "BRICS|concern|indirect; China|concern|indirect"},
    {"a body's officer after its word's possessive speaks for the body ('the bloc's trade chief')",
     "The European Union imposed new tariffs on Monday. The bloc's trade chief said the measures were temporary.\n",
     "European Union|statement|indirect"},
    {"a name's part with the Arabic article in lower case is part of the name",
     "Saudi Energy Minister Faisal al-Harbi said the cuts would stay.\n",
     "Faisal al-Harbi|statement|indirect"},
    {"a neutral act of saying what something is takes its kind from the words, as 'said' does",
     "Sergei Lavrov called the attack a flagrant violation of international law. Sergei Lavrov described the "
     "decision as barbaric. Sergei Lavrov called the remarks useful.\n",
     "Sergei Lavrov|criticism|indirect; Sergei Lavrov|criticism|indirect; Sergei Lavrov|statement|indirect"},
    {"a text a body adopted speaks for it; an agency's dateline needs no dash",
     "BISHKEK, Aug 28 (PTI) Leaders of the Shanghai Cooperation Organisation on Thursday adopted the Bishkek "
     "Declaration, which calls for a just world order and condemns unilateral sanctions.\n",
     "Shanghai Cooperation Organisation|agreement|indirect; Shanghai Cooperation Organisation|criticism|indirect"},
    {"an army after a name is the name's last word: a body of its own, no state",
     "The Salvation Army said it would open more shelters. The Free Syrian Army said it had taken the town.\n",
     "Salvation Army|intent|indirect; Free Syrian Army|statement|indirect"},
    {"a heading in Title Case gives the adverb before its cue a capital: no name",
     "Iran's Foreign Ministry Spokesman Strongly Condemns Israeli Strikes on Yemen\n\n"
     "Esmaeil Baghaei said the strikes were a violation of international law.\n",
     "Iran|criticism|indirect; Esmaeil Baghaei|criticism|indirect"},
    {"a word that dates an office opens the person's phrase, in apposition too",
     "Its leader, former minister John Key, said the vote had been fair.\n",
     "John Key|statement|indirect"},
    {"a commissioner is a person ('mission' is no word of his title); a form of address after a title is no name",
     "The head of the observer group, former commissioner Raymond Kaupa, said the vote had been fair. "
     "Foreign Minister Mr Ravi Lamba said the talks were useful.\n",
     "Raymond Kaupa|statement|indirect; Ravi Lamba|statement|indirect"},
    {"a state's envoy the text does not name is his state, not its best-known person",
     "Hiding women away is a backward view of Islam, President Musharraf of Pakistan has said. Pakistan's "
     "ambassador to Britain said some Pakistanis should integrate more. Pakistan's High Commissioner to "
     "Britain said some Pakistanis should integrate more.\n",
     "Musharraf|statement|indirect; Pakistan|appeal|indirect; Pakistan|appeal|indirect"},
    {"a relative clause after an unknown body, or after a short description in apposition, leaves the subject its verb",
     "The Rapid Support Forces, which was not invited, said the talks would fail. Mohamed Babiker, a Sudanese "
     "lawyer who has held the mandate since 2020, said he had been refused entry.\n",
     "Rapid Support Forces|statement|indirect; Mohamed Babiker|statement|indirect"},
    {"states that no longer exist, for archives: the Soviet Union, Yugoslavia",
     "The Soviet Union condemned the invasion. The Yugoslav government said the country would defend itself.\n",
     "Soviet Union|criticism|indirect; Yugoslavia|intent|indirect"},
    {"a US legislator's party and state, then a description: two appositions in a row",
     "Sen. Jesse Helms, R-N.C., a leading critic of arms control, said the treaty was flawed.\n",
     "Jesse Helms|statement|indirect"},
    {"a dateline's date may hold its year after a comma",
     "MOSCOW, Aug 12, 2008 (AFP) - Russian President Dmitry Medvedev on Tuesday ordered a halt to the "
     "operations, saying their goals had been achieved.\n",
     "Dmitry Medvedev|statement|indirect"},
    {"a name before a lower-case word for a political body is that body",
     "Israel's opposition Likud party accused the government of surrendering to terrorism. The Hamas "
     "movement said it would not disarm.\n",
     "Likud|criticism|indirect; Hamas|statement|indirect"},
    {"a portfolio's capitalised words before a minister's title; a title's word ends a name after a given name; an initial",
     "Australian Resources Minister Madeleine King said the pact was fair. Indian Mines Minister G. Kishan Reddy "
     "said the pact was fair.\n",
     "Madeleine King|statement|indirect; G. Kishan Reddy|statement|indirect"},
    {"an apposition may hold an 'and' after its first word",
     "Bahlil Lahadalia, Indonesia's energy and mineral resources minister, told reporters the ban would stay.\n",
     "Bahlil Lahadalia|statement|indirect"},
    {"'he' or 'she' after the sentence's own subject is that subject, not the last speaker",
     "Anne Weyman said the plan was wrong. Ms Kelly has not set out her views yet, but has said she intends to "
     "put parents first.\n",
     "Anne Weyman|rejection|indirect; Kelly|intent|indirect"},
    {"a cue's word after 'the', 'those', 'these' or 'such' is a noun",
     "Ukraine has called those demands an ultimatum and rejected them. Sergei Lavrov met the accused in Moscow.\n",
     // (Calling the demands an ultimatum is an act of naming of its own, naming_call.)
     "Ukraine|statement|indirect; Ukraine|rejection|indirect; Sergei Lavrov|consultation|summary"},
    {"a state's body after 'its' is the body of the state named before it",
     "China will impose tariffs on Canadian canola, its Commerce Ministry said. The duties will take effect on "
     "March 20, the ministry said.\n",
     "China|intent|indirect; China|statement|indirect"},
    {"to object to, to protest; India's Ministry of External Affairs is India",
     "Nepal has formally objected to the new map. Nepal protests the map. The Ministry of External Affairs "
     "rejected the claim.\n",
     "Nepal|criticism|indirect; Nepal|criticism|indirect; India|rejection|indirect"},
    {"content signals: conduct set against the law, coercion named, the lexicon of disapproval; no 'torture' or 'piracy'",
     "Sergei Lavrov said the sanctions were incompatible with international law. "
     "Wang Yi said the pact was the work of an exclusive clique. "
     "Antony Blinken said the militia was terrorising the population. "
     "Rex Tillerson said piracy had cost the industry dearly.\n",
     "Sergei Lavrov|criticism|indirect; Wang Yi|criticism|indirect; Antony Blinken|criticism|indirect; "
     "Rex Tillerson|statement|indirect"},
    {"an institution's own capitalised name after 'the' is the speaker's side: its plan after the saying is his",
     "EU Commissioner Maros Sefcovic said the Commission would present options next week.\n",
     "Maros Sefcovic|intent|indirect"},
    {"a turn labelled with a news outlet's name is a journalist's question, no statement",
     "MS. NAUERT: We have nothing to announce on that today, thanks.\n\n"
     "Asahi Shimbun: Can you say more about the visit to Tokyo next week?\n\n"
     "MS. NAUERT: The visit will go ahead as planned, and we look forward to it.\n",
     "NAUERT|statement|direct; NAUERT|statement|direct; NAUERT|optimism|direct"},
    {"to call on a person with nothing asked of him is a visit; 'called on X to' an appeal",
     "Wang Yi called on Prime Minister Narendra Modi at his residence on Tuesday evening. "
     "He also called on Modi to keep the border calm.\n",
     "Wang Yi+Narendra Modi|consultation|summary; Wang Yi|appeal|indirect"},
    {"a heading's name ends at a gapped cue; a surname first named alone is the person named in full after it; "
     "an office in apposition is the person's",
     "Foreign Minister Okonkwo Receives Sudanese Counterpart in Abuja\n\nAbuja, 4 March\n\n"
     "Dr. Amara Okonkwo, Minister of Foreign Affairs of Nigeria, received today Ali Youssef Al-Sharif, "
     "Minister of Foreign Affairs of Sudan. The two ministers discussed the war in Sudan.\n",
     "Okonkwo|consultation|summary; Ali Youssef Al-Sharif+Amara Okonkwo|consultation|summary"},
    {"a speaker who closes the sentence after a quotation reports his own side's stance in it: one statement",
     "\u201cThe government of Ghana remains committed to the peace agreement,\u201d Ghana's ambassador, Kwame Mensah, said.\n",
     "Kwame Mensah|intent|direct"},
    {"a threat of the speaker's side is the outcome of a condition by nature",
     "Colombia said on Monday it would respond \"in equal measure\" if the United States imposed the tariff.\n",
     "Colombia|threat|partial"},
    {"to host a person is to hold talks with him; to host a race is not",
     "Peter Sorensen hosted Kosovo's First Deputy Prime Minister Besnik Bislimi in Brussels. "
     "Russia hosted the race last year.\n",
     "Peter Sorensen+Besnik Bislimi|consultation|summary"},
    {"a person between commas after an office and its portfolio holds the office; the portfolio's place is no speaker",
     "Australia\u2019s Minister for International Development and the Pacific, Michael Doyle, welcomed the "
     "communique. The European Union\u2019s Ambassador for the Pacific, Mr Lars Henriksen, confirmed the package.\n",
     "Michael Doyle|support|indirect; Lars Henriksen|statement|indirect"},
    {"a state's side with no article after the saying is the speaker's own side",
     "The Minister for Finance, Kwame Mensah, spoke in Accra. "
     "The Minister said government would conclude negotiations with the remaining creditors.\n",
     "Kwame Mensah|intent|indirect"},
    {"a UN resident coordinator and a government's spokesman are titles",
     "The UN Resident Coordinator, Ms Miriama Ruru, welcomed the pledges. "
     "Japan's top government spokesman condemned the launch.\n",
     "Miriama Ruru|support|indirect; Japan|criticism|indirect"},
    {"a surname with its possessive before 'office' is the person named in full",
     "South Korean President Lee Jae-myung met Xi Jinping. "
     "Lee's office said he would hold a separate summit with Xi later on Saturday.\n",
     "Lee Jae-myung+Xi Jinping|consultation|summary; Lee Jae-myung|intent|indirect"},
    {"'the three leaders' and then 'the leaders' are the three persons named together",
     "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. "
     "pledged on Thursday to deepen security ties. The three leaders expressed concern about the situation. "
     "The leaders agreed to hold joint patrols.\n",
     "Joe Biden+Fumio Kishida+Ferdinand Marcos Jr.|intent|indirect; Joe Biden+Fumio Kishida+Ferdinand Marcos Jr.|concern|indirect; "
     "Joe Biden+Fumio Kishida+Ferdinand Marcos Jr.|agreement|indirect"},
    {"'the Parties' are the states a declaration lists; 'note with satisfaction' in the present",
     "The President of the Republic of Kazakhstan, the President of the People's Republic of China, the President of "
     "Turkmenistan and the President of the Republic of Uzbekistan gathered in Astana on 17 June.\n\n"
     "1. The Parties welcomed the progress on the railway. "
     "The Parties note with satisfaction that cooperation has entered a new era.\n",
     "Kazakhstan+China+Turkmenistan+Uzbekistan|support|indirect; Kazakhstan+China+Turkmenistan+Uzbekistan|support|indirect"},
    {"a state's minister for a portfolio, the holder named after it, speaks (the name the lexicon does not know)",
     "Britain's Minister for Trade Policy Greg Hands said the deal was a good one.\n",
     "Greg Hands|statement|indirect"},
    {"a commissioner for a portfolio whose given name the lexicon does not know",
     "Commissioner for Trade Maros Sefcovic said the talks were constructive.\n",
     "Maros Sefcovic|statement|indirect"},
    {"an organization's official speaks for the body his title names: its 'would' is his intent",
     "EU foreign policy chief Kaja Kallas said the EU would help Ukraine rebuild.\n",
     "Kaja Kallas|intent|indirect"},
    {"'speaking to reporters' between commas sets the scene: the verb after it is the act",
     "Japanese Prime Minister Fumio Kishida, speaking to reporters in Vilnius, condemned the launch.\n",
     "Fumio Kishida|criticism|indirect"},
    {"a stance's adjective closing a list of others after 'was' is still the speaker's stance",
     "U.S. President Joe Biden said he was stunned, outraged, and deeply saddened by the killing.\n",
     "Joe Biden|sympathy|indirect"},
    {"'the bloc' in an official's report is the body his title names, not the one named last",
     "African Union Commission chairman Moussa Faki Mahamat denounced the coup.\n\n"
     "EU foreign policy chief Josep Borrell said the bloc strongly condemns the attempted coup.\n",
     "Moussa Faki Mahamat|criticism|indirect; Josep Borrell|criticism|indirect"},
    {"a message 'of condolence' sent is sympathy, whatever the message is called",
     "Russian President Vladimir Putin sent a message of condolence to the Turkish leader.\n",
     "Vladimir Putin|sympathy|indirect"},
    {"a name between commas before an act's participle is the object's apposition; the act is the subject's",
     "Russian President Vladimir Putin sent a telegram to Abe's widow, Akie, and his mother, Yoko, expressing "
     "his deep condolences.\n",
     "Vladimir Putin|sympathy|indirect"},
    {"a body's members after two words for their portfolio are the body",
     "UN human rights experts called on Israel to end the siege.\n",
     "United Nations|appeal|indirect"},
    {"'the government' after an opening place that is a state, and the place's relative clause, is that state's",
     "In Syria, where the quake killed thousands, the government appealed for international aid.\n",
     "Syria|appeal|indirect"},
    {"a members word right after the body's cue is the subject of what it says, not part of the body",
     "The Tories say ministers must respond in Parliament.\n",
     "Conservative Party|appeal|indirect"},
    {"after a saying, 'would' before an act's verb is the 'will' of the words reported: the speaker's side's plan",
     "UNHCR said it would support returns that are voluntary.\n",
     "UNHCR|intent|indirect"},
    {"a counterpart holds the office of the one whose counterpart he is: 'the Omani foreign minister' is he",
     "Iranian Foreign Minister Abbas Araghchi and his Omani counterpart Badr Albusaidi discussed the war in a "
     "telephone conversation.\n\nFor his part, the Omani foreign minister expressed concern over the escalation.\n",
     "Abbas Araghchi+Badr Albusaidi|consultation|summary; Badr Albusaidi|concern|indirect"},
    {"a ministry's further portfolios listed after its first are no actors; the name after them holds the office",
     "Senegal's Minister of Foreign Affairs, African Integration and Senegalese Abroad, Yassine Fall, said the talks "
     "were useful.\n\n"
     "Minister of State, Minister of Foreign Affairs, National Community Abroad and African Affairs, Ahmed Attaf, "
     "said the talks were useful.\n",
     "Yassine Fall|statement|indirect; Ahmed Attaf|statement|indirect"},
    {"an appeal renewed or reiterated is an appeal",
     "Pope Francis on Sunday renewed his appeal for the release of all prisoners of war.\n",
     "Francis|appeal|indirect"},
    {"commentators 'in the' place where they work are the commentators, not the place",
     "Analysts in the Gulf cautioned against expecting too much too soon.\n",
     "analysts|threat|indirect"},
    {"an agency's dateline with its place in title case is no subject; the members of a body 'of' it speak for it",
     "ASEAN urges end to violence\n\n"
     "Kuala Lumpur (ANTARA) - Foreign ministers of ASEAN on Tuesday called on all parties in Myanmar to cease "
     "violence.\n",
     "ASEAN|appeal|indirect; ASEAN|appeal|indirect"},
    {"one who issues 'the following' statement at a text's head speaks its sentences that have no cue",
     "Press Statement of Spokesperson for DPRK Foreign Ministry\n\n"
     "Pyongyang, April 21 (KCNA) -- A spokesperson for the Foreign Ministry of the DPRK issued the following press "
     "statement on Sunday:\n\n"
     "This is nothing but a brigandish act of interference in the internal affairs of a sovereign state.\n",
     "North Korea|statement|indirect; North Korea|criticism|direct"},
    {"to take issue with is to criticise",
     "The foreign ministers of the Group of Seven once again took issue with the launches.\n",
     "G7|criticism|indirect"},
    {"a telephone call with a time word in the cue; an invitation renewed is an appeal",
     "Federal Chancellor Friedrich Merz spoke on the telephone today with Turkish President Recep Tayyip Erdogan. "
     "President Erdogan renewed his invitation to the Federal Chancellor to visit Ankara.\n",
     "Friedrich Merz+Recep Tayyip Erdogan|consultation|summary; Recep Tayyip Erdogan|appeal|indirect"},
    {"a body's members with their portfolio speak for it whatever follows them",
     "EU foreign ministers on Monday said the talks were useful.\n",
     "European Union|statement|indirect"},
    {"a bare quotation after another speaker's opening quotation is not the words of one named before",
     "WASHINGTON (Reuters) - The State Department said on Monday it was in contact with both sides.\n\n"
     "\"We have warned every buyer of the assets,\" said Tim Osborne, a director of Group Menatep. \"The time for "
     "warning is over and actions to recover the value of our losses begin in earnest today.\"\n",
     "United States|statement|indirect; Tim Osborne|threat|direct; Tim Osborne|threat|direct"},
    {"a call the speaker says he has had is his talks",
     "Senegal's foreign minister, Aissatou Diop, said she had spoken by telephone with her Nigerien counterpart.\n",
     "Aissatou Diop|consultation|indirect"},
    {"a warm judgement of a person or of talks is praise (signal)",
     "Russian President Vladimir Putin described Raisi as \"a true friend of Russia\" in a message to Khamenei.\n",
     "Vladimir Putin|support|partial"},
    {"a state's ministry or department named in full after it is the state",
     "South Africa's Department of International Relations and Cooperation said the pause must be used. "
     "Taiwan's Ministry of National Defense (MND) thanked the United States for the approval.\n",
     "South Africa|appeal|indirect; Taiwan|support|indirect"},
    {"'his office said' after a sentence opened by a place and its subject: the subject's office, not the last speaker",
     "NATO Secretary-General Jens Stoltenberg said allies were mobilizing support.\n\n"
     "In Athens, Prime Minister Kyriakos Mitsotakis called Erdogan to offer his condolences, his office said.\n",
     "Jens Stoltenberg|statement|indirect; Kyriakos Mitsotakis|statement|indirect"},
    {"a passive participle with its agent between commas after the subject is no act of his; the verb after it is",
     "Hezbollah and Hamas, both backed by Tehran, praised Raisi as a supporter of the resistance.\n",
     "Hezbollah+Hamas|support|indirect"},
    {"'back' between a headline's subject and its object is its verb",
     "Mercosur leaders back EU trade deal but split over Venezuela\n\nThe summit ended on Friday.\n",
     "Mercosur|support|indirect"},
    {"a body's name whose initials the acronym in brackets after it spells is one name, whatever its parts",
     "The United Nations Assistance Mission in Afghanistan (UNAMA) said it was deeply concerned. The Joint "
     "Chiefs of Staff (JCS) said the missile was fired from Pyongyang. The Project and Contract Office (PCO) said "
     "the work had been delayed.\n",
     "United Nations Assistance Mission in Afghanistan|concern|indirect; Joint Chiefs of Staff|statement|indirect; "
     "Project and Contract Office|statement|indirect"},
    {"a body speaks through the officer or the mission its possessive names",
     "The African Union's observer mission said the vote had been largely peaceful. NATO's envoy said the talks "
     "were useful.\n",
     "African Union|statement|indirect; NATO|statement|indirect"},
    {"words listed before 'and' and a body's name are its name; a person named after a role of a body speaks, "
     "and so does no body opening the sentence after its preposition",
     "In Washington, the director of the Cybersecurity and Infrastructure Security Agency, Michael Okafor, told a "
     "hearing that the group had probed the networks. The Defence, Intelligence and Foreign Relations Committee "
     "said the event was cleared. In Parliament, the chairperson of the Finance Committee, Hon. Kwame Mensah, "
     "asked the ministry to explain.\n",
     "Michael Okafor|statement|indirect; Defence, Intelligence and Foreign Relations Committee|statement|indirect; "
     "Kwame Mensah|appeal|indirect"},
    {"a name whose initials its acronym spells may hold a comma",
     "The State Administration of Radio, Film and Television (SARFT) plans to move all programmes to digital.\n",
     "State Administration of Radio, Film and Television|intent|indirect"},
    {"portfolios listed after a title's 'for' are no actors; the holder named after them speaks",
     "The Commissioner for Political Affairs, Peace and Security, Amina Diallo-Sow, said the talks were useful.\n",
     "Amina Diallo-Sow|statement|indirect"},
    {"a turn labelled with a news agency's name is the interviewer's question, no statement",
     "Deputy Foreign Minister Sergei Ryabkov gave an interview to RIA Novosti.\n\nRIA Novosti: How do you assess the "
     "situation on the Korean Peninsula?\n\nRyabkov: We see no basis for a dialogue at this stage.\n",
     "Sergei Ryabkov|statement|direct"},
    {"content signals of blame and of a refusal to sign give a neutral cue its kind",
     "Russian envoy Mikhail Ulyanov said the Western sponsors had chosen confrontation over dialogue. Ethiopia said "
     "the continent would not sign the text.\n",
     "Mikhail Ulyanov|criticism|indirect; Ethiopia|rejection|indirect"},
    {"a state's chairmanship is the state, the speaker's own side",
     "Danish Foreign Minister Lars Lokke Rasmussen said the Danish chairmanship would put the people of the Arctic "
     "at its centre.\n",
     "Lars Lokke Rasmussen|intent|indirect"},
    {"a bureau, a board or a forum after a member's saying is his own side; 'co-chair' is a title",
     "Co-chair Claire Amprou told journalists that the bureau would table a new bridging proposal over the "
     "weekend.\n",
     "Claire Amprou|intent|indirect"},
    {"a person's office calling something what it is: the naming 'call' is known before the office is read",
     "Israeli Prime Minister Benjamin Netanyahu's office called those conditions \"delusional\".\n",
     "Benjamin Netanyahu|criticism|partial"},
    {"playing down a claim rejects it; playing down anything else is a way of speaking",
     "Kremlin spokesman Dmitry Peskov, however, played down suggestions that the swap could pave the way for talks. "
     "Guatemalan President Bernardo Arevalo, asked about the incident during a visit, played down the tensions.\n",
     "Dmitry Peskov|rejection|indirect; Bernardo Arevalo|statement|indirect"},
    {"a strong reaction conveyed and an accusation repeated are criticism; two sides reviewing relations consult",
     "Turkish Foreign Minister Hakan Fidan on Friday conveyed Turkey's strong reaction to his Swedish counterpart. "
     "Chinese foreign ministry spokeswoman Mao Ning repeated the accusation on Monday.\n\nRussian Foreign Minister "
     "Sergei Lavrov met Egyptian Foreign Minister Badr Abdelatty in Moscow. The two ministers reviewed the state of "
     "bilateral relations.\n",
     "Hakan Fidan|criticism|indirect; Mao Ning|criticism|indirect; Sergei Lavrov+Badr Abdelatty|consultation|summary; "
     "Sergei Lavrov+Badr Abdelatty|consultation|summary"},
    {"to receive a person is to hold talks with him; how the words were given may stand before the cue",
     "Chinese President Xi Jinping received Kenyan President William Ruto in Beijing. Russia in a statement "
     "condemned the attack.\n",
     "Xi Jinping+William Ruto|consultation|summary; Russia|criticism|indirect"},
    {"to sign a pact with words between is an agreement, as 'sign a pact' is",
     "Australia, India sign critical minerals pact to curb reliance on China\n\nThe ministers met in Canberra on "
     "Monday.\n",
     "Australia+India|agreement|indirect; Australia+India|consultation|summary"},
    {"a headline's names joined by a comma after its colon; condolences sent in the present",
     "Raisi dies: Putin, Xi send condolences\n\nThe president died in a helicopter crash.\n",
     "Vladimir Putin+Xi Jinping|sympathy|indirect"},
    {"'the' and a hyphenated adjective after 'and' part no two names joined",
     "India and the four-nation European Free Trade Association (EFTA) on Sunday signed a trade pact.\n",
     "India+European Free Trade Association|agreement|indirect"},
    {"'the bloc's observer mission': the body the text named speaks through the mission it sends",
     "The African Union sent observers to the vote.\n\nThe bloc's observer mission said the vote had been largely "
     "peaceful.\n",
     "African Union|statement|indirect"},
    {"a ruling declared null and void is a rejection, a pact called an important step support",
     "China said the ruling was null and void. Finnish Foreign Minister Elina Valtonen said the pact was an "
     "important step for the region.\n",
     "China|rejection|indirect; Elina Valtonen|support|indirect"},
    {"a plan merged into the words reported is a threat where a phrase of them names a price, not a lone word",
     "Russian foreign ministry spokeswoman Maria Zakharova said Russia would take countermeasures. Japanese Foreign "
     "Minister Takeshi Iwaya said Japan would continue to strengthen the Reciprocal Access Agreement.\n",
     "Maria Zakharova|threat|indirect; Takeshi Iwaya|intent|indirect"},
    {"a participle after a nominal cue of the clause goes on with the clause's subject; joining calls is an appeal",
     "Saudi Arabia welcomed the agreement in a post on X, praising the efforts of Oman. In Paris, the foreign "
     "ministry said France condemned the coup and joined calls for the restoration of order.\n"
     "(Reporting by Idrissa Kane in Niamey and Claire Vautrin in Paris; Additional reporting by Mark Henley in "
     "Washington; Writing by Nadia Ferrand; Editing by Peter Gwynne)\n",
     "Saudi Arabia|support|indirect; Saudi Arabia|support|indirect; France|criticism|indirect; "
     "France|appeal|indirect"},
    {"a quotation before a speaker with a long title and a closing phrase is his; his side's stance read in an "
     "earlier sentence of his quotation is his one statement",
     "“The account is a complete fabrication,” NSC Assistant Director General Renato Salcedo said in a text "
     "message to reporters. “Ukraine will not hand over land that Russia could not take by force. This is our "
     "Constitution,” Volodymyr Zelensky said in his evening video address.\n",
     "Renato Salcedo|criticism|direct; Volodymyr Zelensky|rejection|direct"},
    {"a state's ministry before an officer's title gives him his country (a family name first); a royal "
     "style is the person the text styled so; \"affirmed\" reports",
     "Chinese foreign ministry spokesperson Guo Jiakun said the talks went well. Guo said China firmly opposes "
     "the interference of outside countries.\nH.H. Sheikh Abdullah bin Zayed Al Nahyan received H.E. Sugiono, "
     "Minister of Foreign Affairs of Indonesia. His Highness affirmed the UAE's keenness to strengthen its "
     "partnership with Indonesia. Mr. Sugiono affirmed that Indonesia values the partnership.\n",
     "Guo Jiakun|statement|indirect; Guo Jiakun|rejection|indirect; "
     "Sheikh Abdullah bin Zayed Al Nahyan+Sugiono|consultation|summary; "
     "Sheikh Abdullah bin Zayed Al Nahyan|intent|indirect; Sugiono|support|indirect"},
    {"\"remained\" is a form of be before a quoted stance of the speaker's side",
     "Iranian Foreign Minister Abbas Araghchi said that Iran remained \"ready to return to full compliance\".\n",
     "Abbas Araghchi|intent|partial"},
    {"a dateline closed by a colon after its agency gives the text its state, whose \"Foreign Office\" it is",
     "Talks\n\nISLAMABAD, Sept 12 (APP): Pakistan on Friday urged Kabul to act against militants.\n\nForeign Office "
     "Spokesperson Tahira Rizvi said Pakistan remained committed to dialogue with Kabul.\n",
     "Pakistan|appeal|indirect; Tahira Rizvi|intent|indirect"},
    {"a capital in capitals before a colon is a dateline, no speaker",
     "Talks\n\nNEW DELHI: The foreign ministers of India and Japan on Tuesday expressed concern over the launches.\n",
     "India+Japan|concern|indirect"},
    {"signals of a step judged a gain and of a break of faith",
     "US Secretary of State James Baker called the joint stand a very important step in relations. The Houthi "
     "chief negotiator, Mohammed Abdulsalam, said the government was using detainees as bargaining chips.\n",
     "James Baker|support|indirect; Mohammed Abdulsalam|criticism|indirect"},
    {"a refusal whose \"not\" opens a quotation; a counterpart holds a state's office",
     "Her Guyanese counterpart, Dwayne Persaud, told a news conference in Georgetown that his government would "
     "“not yield a single square inch”.\n",
     "Dwayne Persaud|rejection|partial"},
    {"inside a quotation \"must\" and a verb of action is an appeal, \"must have been\" none",
     "\"The guns must fall silent in El Fasher now,\" AU Commissioner Amina Diallo-Sow told the Council. \"It must "
     "have been a hard year,\" she said.\n",
     "Amina Diallo-Sow|appeal|direct; Amina Diallo-Sow|statement|direct"},
    {"a call names what a thing is past a capitalised adjective; \"its\" body is the state \"it\" is",
     "Russia's envoy in Vienna, Pyotr Ulyanin, called the Western draft “counterproductive”. Vietnam said the "
     "talks had failed. Its foreign ministry demanded that Beijing release the fishermen.\n",
     "Pyotr Ulyanin|criticism|partial; Vietnam|criticism|indirect; Vietnam|demand|indirect"},
    {"donors are unnamed sources, as analysts are",
     "Donors pledged $1.6 billion for Sudan at a conference in Geneva on Wednesday.\n",
     "donors|intent|indirect"},
    {"a word or two of a title between the body and the titled person keep him the sentence's subject, \"he\" to come",
     "Israeli PM Benjamin Netanyahu told the cabinet he would wait. In Washington, White House national security "
     "spokesman John Kirby said the Hamas response was \"a bit over the top\". \"There is a deal to be had here,\" "
     "he said.\n",
     "Benjamin Netanyahu|statement|indirect; John Kirby|statement|partial; John Kirby|statement|direct"},
    {"a name in apposition after an opening participle's phrase is the subject, \"he\" to come",
     "The government delegation head, Nabil al-Aswadi, said the talks were hard. Speaking to the Houthi-run Al "
     "Masirah television, the group’s chief negotiator, Ali al-Qadhi, denied that his delegation had delayed the "
     "talks. “Those who blocked this exchange for three years know who they are,” he said.\n",
     "Nabil al-Aswadi|statement|indirect; Ali al-Qadhi|rejection|indirect; Ali al-Qadhi|statement|direct"},
    {"a person who goes by the first word of the full name a title gave him",
     "The TPLF side was headed by its chairman, Debretsion Gebremichael. Debretsion told reporters in Mekelle that "
     "the federal government had failed. Drinks firm Pernod Ricard reported higher sales. Pernod said prices would "
     "rise.\n",
     "Debretsion Gebremichael|criticism|indirect; Pernod Ricard|statement|indirect"},
    {"\"He\" opening a turn's label is a family name; \"Secretary of the Treasury\" is a title",
     "MOFCOM press conference\n\nQ: Any talks planned?\n\nHe Yongqian: The two sides maintain communication on "
     "trade.\n\nThe sanctions are a signal, said Secretary of the Treasury Scott Bessent.\n",
     "He Yongqian|statement|direct; Scott Bessent|statement|indirect"},
    {"an official the text named with his title goes by the first word of his name",
     "\"We will respond overwhelmingly to any provocation,\" Foreign Minister Cho Tae-yul said. Cho said the "
     "government was closely coordinating with Washington and called on Pyongyang to stop its provocations.\n",
     "Cho Tae-yul|threat|direct; Cho Tae-yul|statement|indirect; Cho Tae-yul|appeal|indirect"},
    {"a plan to take resolute and forceful measures is a threat",
     "Chinese defence ministry spokesman Guo Wei said China would “take resolute and forceful measures” to defend "
     "its sovereignty.\n",
     "Guo Wei|threat|partial"},
    {"a header that ends on its subject and a colon gives the list's items that subject's acts",
     "In the final communiqu\u00e9 adopted at the end of the session, the OIC:\n\n"
     "\u2022 Condemned in the strongest terms the adoption of the law.\n\n"
     "\u2022 Welcomed the growing number of countries that have recognised the State of Palestine and called on "
     "those that have not yet done so to follow suit.\n",
     "Organisation of Islamic Cooperation|criticism|indirect; Organisation of Islamic Cooperation|support|indirect; "
     "Organisation of Islamic Cooperation|appeal|indirect"},
    {"a communiqu\u00e9's numbered operative paragraphs are the acts of the subject before the colon",
     "Acting under Article 7 of its Protocol, the Peace and Security Council:\n\n"
     "1. Strongly condemns the unconstitutional change of government in the country, and rejects any arrangement "
     "that flows from it;\n\n2. Takes note of the statement of the representative of the country;\n",
     "African Union Peace and Security Council|criticism|indirect; African Union Peace and Security Council|rejection|indirect; "
     "African Union Peace and Security Council|statement|indirect"},
    {"groups of a field speak as commentators do: rights groups, aid agencies, delegates",
     "Rights groups said the verdict was predictable. Aid agencies say the detentions have paralysed relief "
     "operations. Several delegates expressed concern that the text had come too late.\n",
     "rights groups|statement|indirect; aid agencies|statement|indirect; delegates|concern|indirect"},
    {"an office spelled out at the sentence's head is the title of the name between commas after it",
     "Minister of Natural Resources and Environment, Toleafoa Alesana Penitito, said Samoa would provide funds for "
     "sea walls.\n",
     "Toleafoa Alesana Penitito|intent|indirect"},
    {"talks with an unnamed counterpart are talks with the counterpart's state; a chief adviser is a title",
     "Egyptian Foreign Minister Badr Abdelatty held a phone call with his Somali counterpart on Tuesday. Filippo "
     "Grandi met Chief Adviser Muhammad Yunus in Dhaka.\n",
     "Badr Abdelatty+Somalia|consultation|summary; Filippo Grandi+Muhammad Yunus|consultation|summary"},
    {"a body's members counted or not are the body; a summit's communiqu\u00e9 acts for it",
     "Leaders of the Pacific Islands Forum met in Honiara. The 18 members reaffirmed their commitment to the 2050 "
     "Strategy. On climate, the communiqu\u00e9 urged major emitters to phase out fossil fuels.\n",
     "Pacific Islands Forum|consultation|summary; Pacific Islands Forum|intent|indirect; "
     "Pacific Islands Forum|appeal|indirect"},
    {"those named in a 'together with' aside act with the subject; they issue a joint statement and are its "
     "participating governments",
     "The United States, together with Britain and Australia, condemned the attack. The Government of Japan, together "
     "with the Governments of Australia and Canada, issued the following joint statement today.\n\n1. The "
     "participating governments call on China to act responsibly in cyberspace.\n",
     "United States+United Kingdom+Australia|criticism|indirect; Japan+Australia+Canada|agreement|indirect; "
     "Japan+Australia+Canada|appeal|indirect"},
    {"recognising a state is support (CAMEO 054); restoring diplomatic relations is the two states' agreement",
     "Belgium formally recognised the State of Palestine on Monday. Mexico and Ecuador restored diplomatic relations "
     "on Tuesday.\n",
     "Belgium|support|indirect; Mexico+Ecuador|agreement|indirect"},
    {"a lone acronym that speaks is a body; so is a lone name whose aside names a body",
     "CAF said its disciplinary committee would rule on the case within ten days. Roscosmos, the Russian space "
     "agency, said it had no comment.\n",
     "CAF|intent|indirect; Roscosmos|statement|indirect"},
    {"a person named in full after a preposition is the one his surname names later; a special rapporteur is a title",
     "The report was presented by Special Rapporteur Mohamed Abdelsalam Babiker. Babiker said he had again been "
     "refused entry.\n",
     "Mohamed Abdelsalam Babiker|statement|indirect"},
    {"a headline's label takes the kind of the words after it",
     "Foreign Minister Tsahkna: those responsible for the damage to the cable must be held accountable\n\n"
     "TALLINN - Estonia said on Monday it had summoned the envoy.\n",
     "Tsahkna|appeal|indirect; Estonia|statement|indirect"},
    {"a given name that is a title too opens a name of two more words; before an honorific it is the title",
     "On Monday, Amir Khan Muttaqi said the talks were useful. Amir Sheikh Tamim bin Hamad Al Thani said Qatar was "
     "ready to mediate.\n",
     "Amir Khan Muttaqi|statement|indirect; Tamim bin Hamad Al Thani|intent|indirect"},
    {"a coast guard speaks for its state; a body's unknown name after 'according to' is the body, a press agency none",
     "China's coast guard said in a statement that it had taken control measures. More than 2,000 people died last "
     "year, according to the International Organization for Migration. The talks went well, according to the Saudi "
     "Press Agency.\n",
     "China|statement|indirect; International Organization for Migration|statement|indirect"},
    {"a delegate for a state or of a body is the state or body; sanctions as an instrument of pressure are criticised",
     "The speaker for the Russian Federation said sanctions had become an instrument of pressure. The representative "
     "of the European Union said the resolution was balanced.\n",
     "Russia|criticism|indirect; European Union|statement|indirect"},
    {"a frank exchange of views and a review of the full range of ties are talks; a State Visit is a visit",
     "Wang Yi and Retno Marsudi had a frank and in-depth exchange of views on the maritime situation. Subrahmanyam "
     "Jaishankar and Yoko Kamikawa reviewed the entire gamut of bilateral ties. President William Ruto paid a State "
     "Visit to India.\n",
     "Wang Yi+Retno Marsudi|consultation|summary; Subrahmanyam Jaishankar+Yoko Kamikawa|consultation|summary; "
     "William Ruto|consultation|summary"},
    {"one person named twice, with and without a middle name, is one of 'the two leaders', his host the other",
     "Joint Statement on the State Visit of President William Ruto\n\nAt the invitation of Prime Minister Narendra "
     "Modi, President William Samoei Ruto paid a State Visit to India.\n\nThe two leaders agreed to expand trade.\n",
     "William Samoei Ruto|consultation|summary; William Samoei Ruto+Narendra Modi|agreement|indirect"},
    {"a counterpart the text named before is he, at a sentence's end too; an official of a state unnamed is the state",
     "Somali Foreign Minister Abdisalam Hashi Warsame criticised Ethiopia. Egyptian Foreign Minister Badr Abdelatty "
     "held a phone call with his Somali counterpart. The two sides agreed to talk again, according to a Japanese "
     "official.\n",
     "Abdisalam Hashi Warsame|criticism|indirect; Badr Abdelatty+Abdisalam Hashi Warsame|consultation|summary; "
     "Badr Abdelatty+Abdisalam Hashi Warsame|agreement|indirect; Japan|statement|indirect"},
    {"a known actor set in capitals, as negotiation bulletins write delegations, is that actor; a capital in a dateline is none",
     "MANILA (XINHUA) - FIJI added that a treaty without production measures would not be worth the paper. The "
     "EUROPEAN UNION said the text was weak.\n",
     "Fiji|statement|indirect; European Union|statement|indirect"},
    {"a quotation may cut a stance from its 'to': the US \"remains committed\" is its own side's intent",
     "A State Department spokesman later said the US \"remains committed\" to supporting Ukraine's defence.\n",
     "United States|intent|partial"},
    {"the parties a text defines with 'hereinafter' are its Sides from there on",
     "Foreign Minister Ararat Mirzoyan met Foreign Minister Hakan Fidan in Kars.\n\nThe Republic of Armenia and the "
     "Republic of T\u00fcrkiye (hereinafter referred to as \u201cthe Sides\u201d),\n\nHave agreed as follows:\n\n"
     "1. The Sides have decided to establish diplomatic relations at the level of embassies.\n",
     "Ararat Mirzoyan+Hakan Fidan|consultation|summary; Armenia+Turkey|intent|indirect"},
    {"a minister's title after a portfolio in lower case is the minister's: a state's possessive or demonym says whose",
     "Jamaica's tourism minister said the advisory was unfair. The Ghanaian fisheries minister said the ban was unfair.\n",
     "Jamaica|criticism|indirect; Ghana|criticism|indirect"},
    {"a participle after a plain word belongs to the source's apposition, not to a clause of its own",
     "The Carter Center, one of the few groups invited to observe the vote, said the count had failed.\n",
     "Carter Center|criticism|indirect"},
    {"the speaker's side named by its form of state, or capitalised after a possessive, plans what it would do",
     "Prime Minister Luc Frieden said the grand duchy would upgrade its mission. Sudan's envoy said his Government "
     "would nevertheless continue to cooperate with the panel.\n",
     "Luc Frieden|intent|indirect; Sudan|intent|indirect"},
    {"the spokesperson of a body named by an acronym speaks for it, past where he spoke",
     "An RSF spokesman in Nairobi said the group had accepted the truce.\n",
     "RSF|statement|indirect"},
    {"where a source works, then an apposition, may stand between the source and its cue",
     "Lucie Marchand of the Institut Montaigne, a think tank, said most of the sites had little traffic. The "
     "spokesperson for the Congolese presidency, Tina Salama, welcomed the remarks.\n",
     "Lucie Marchand|statement|indirect; Tina Salama|support|indirect"},
    {"a government that 'wishes to state as follows' states what its numbered paragraphs say, past an adverb",
     "The Government of Uganda wishes to state as follows:\n\n1. The Government therefore rejects the characterisation "
     "of the elections.\n",
     "Uganda|statement|indirect; Uganda|rejection|indirect"},
    {"a name that ends in a body's head word is a body's, which 'it' names later; past a link, a name goes on past 'of'",
     "The Carter Center said the vote was calm.\n\nIt also calls on the candidates to await the results.\n\n"
     "South Korea's Joint Chiefs of Staff said the missile was fired. The Commission for the Treatment of Prisoners of "
     "War said 105 servicemen had returned.\n",
     "Carter Center|statement|indirect; Carter Center|appeal|indirect; Joint Chiefs of Staff|statement|indirect; "
     "Commission for the Treatment of Prisoners of War|statement|indirect"},
    {"a transcript labels a speaker with a title shortened with its dot; 'do' links a name's parts",
     "Speakers:\nAmbassador Teresa Ngiraingas (Palau), Chair of AOSIS\n\nAMB. NGIRAINGAS: Thank you. We are worried.\n\n"
     "Brazil's COP30 president, Andr\u00e9 Corr\u00eaa do Lago, urged delegations to show flexibility.\n",
     "Teresa Ngiraingas|statement|direct; Teresa Ngiraingas|concern|direct; Andr\u00e9 Corr\u00eaa do Lago|appeal|indirect"},
    {"a known body's mission named after it is 'the mission' later; a mission's finding is its statement",
     "The European Union Election Observation Mission to Malawi presented its statement.\n\nThe mission found that "
     "polling was calm.\n\nHowever, the mission is concerned that party agents were kept out.\n",
     "European Union|statement|indirect; European Union|concern|indirect"},
    {"a body's observer mission named by its acronym is a body of its own; the head of a body named in apposition speaks",
     "The Melanesian Spearhead Group (MSG) observer mission has described the election as \"credible\".\n\n"
     "Head of the mission, former PNG Electoral Commissioner Mr Raymond Kaupa, said the count was slow.\n",
     "MSG observer mission|statement|partial; Raymond Kaupa|statement|indirect"},
    {"a comma may part two clauses before their 'but'; an office 'of the' body with a person named in apposition is the person",
     "Lavrov assessed the talks positively, but said the count was slow. The Coordinator of the Coalition for Health "
     "Sovereignty, Dr Ngozi Ebere-Adamu, told reporters the clause was unfair.\n",
     "Sergei Lavrov|statement|indirect; Ngozi Ebere-Adamu|criticism|indirect"},
    {"'The Minister of X and Y, Mr. Name,' gives the one named the title: 'the Minister' later is he",
     "The Minister of Migration and Asylum, Mr. Thanos Plevris, received a delegation from Libya.\n\nDuring the "
     "meeting, the Minister underlined that the situation is unacceptable.\n",
     "Thanos Plevris|consultation|summary; Thanos Plevris|criticism|indirect"},
    {"where a source is may be a name the lexicon does not know",
     "A Pakistani official at Torkham said the crossing would reopen. However, the Minority in Parliament criticised "
     "the deal.\n",
     "Pakistan|statement|indirect; Minority|criticism|indirect"},
    {"advice given to another side is an appeal; advice to a client or 'advised that' is none",
     "The World Health Organization today advised countries not to impose travel restrictions. The Law Commission "
     "recommended tightening the law. NM Rothschild is advising Mr Glazer.\n",
     "World Health Organization|appeal|indirect; Law Commission|appeal|indirect"},
    {"'the agency' is the body the lexicon names so, else the body that spoke last; a name that ends in an acronym is a body's",
     "Africa CDC expressed concern that cuts have left programmes short.\n\nThe agency urged partners to disburse the "
     "funds.\n",
     "Africa CDC|concern|indirect; Africa CDC|appeal|indirect"},
    {"member states and donor governments unnamed are sources as a field's groups are; 'counter that' is a reply",
     "Member states agreed at the assembly to raise contributions. Some donor governments counter that the squeeze was "
     "overdue.\n",
     "member states|agreement|indirect; donor governments|statement|indirect"},
    {"a ministry named by its portfolio speaks for its state; commentators after 'according to' are the source",
     "Kenya's Health Ministry said 78 cases had been recorded. The talks stalled, according to two Western diplomats.\n",
     "Kenya|statement|indirect; two western diplomats|statement|indirect"},
    {"a known body's mission or observers speak for it; a chamber is a body",
     "The head of the UN mission welcomed the agreement. The Canadian Chamber of Commerce warned that the rate could "
     "cost jobs.\n",
     "United Nations|support|indirect; Canadian Chamber of Commerce|threat|indirect"},
    {"a name then the kind of body it is names that body; a known body's observation mission past its possessive is the body",
     "The opposition Homeland Front bloc, which came second with 21.3%, said it would not recognise the result. The "
     "African Union's observation mission, the only large team on the ground, said the vote was calm.\n",
     "Homeland Front|rejection|indirect; African Union|statement|indirect"},
    {"a headline's official of a country is the person of that country the text names after it with the title",
     "Turkish foreign minister conveys strong reaction to Swedish counterpart\n\nANKARA - Turkish Foreign Minister "
     "Hakan Fidan spoke by phone with Swedish Foreign Minister Maria Malmer Stenergard on Thursday.\n",
     "Hakan Fidan|criticism|indirect; Hakan Fidan+Maria Malmer Stenergard|consultation|summary"},
    {"a deal or consensus blocked is vetoed; a cue's gerund after 'of' is what the words before it name",
     "Russia blocked consensus on the final text. Hamas and Israel accused each other of blocking a deal.\n",
     "Russia|rejection|indirect; Hamas|criticism|indirect; Israel|criticism|indirect"},
    {"one commentator after 'a' or 'one' is a source; a state's mission speaks for it",
     "One diplomat from a Nordic country described the bargaining as \"a hostage negotiation\". Russia's mission to "
     "the EU warned that Moscow would respond.\n",
     "diplomat|statement|partial; Russia|threat|indirect"},
    {"lawyers and bondholders left unnamed are commentators",
     "Trade lawyers said the case would test the regulation. A group of bondholders said the proposal was unfair.\n",
     "lawyers|statement|indirect; bondholders|criticism|indirect"},
    {"speaking against something is a stand taken against it",
     "China and Russia spoke against what they called country-specific mandates.\n",
     "China+Russia|criticism|indirect"},
    {"a turn labelled with a title and a name gives the one named that title: a later turn with the title alone is he",
     "Daily Press Briefing\n\nSPOKESMAN STEPHANE DUJARRIC: Good afternoon. The talks are useful.\n\nQUESTION: And "
     "Yemen?\n\nSPOKESMAN: We have nothing to add.\n",
     "STEPHANE DUJARRIC|statement|direct; STEPHANE DUJARRIC|statement|direct"},
    {"a name the lexicon does not know, then the state he is of, speaks; a known actor's 'of' names none",
     "Chair Evans Njewa of Malawi welcomed the target. Tillerson reassures Ukraine of US support.\n",
     "Chair Evans Njewa|support|indirect; Rex Tillerson|support|indirect"},
    {"greetings sent or conveyed are a warm word",
     "Kim Jong Un sent warm greetings to Cuban President Miguel Diaz-Canel.\n",
     "Kim Jong Un|support|indirect"},
};

const row negatives[] = {
    {"a cue in its base form before its own verb is a noun", "Labour support has been falling away. HD support is "
     "mandatory.\n", ""},
    {"a place's state or county between commas after the place is no speaker in apposition",
     "He was arrested in Barstow, California, on Saturday following an alleged traffic offence. Mr Mubanga, from "
     "Wembley, London, said he was interrogated.\n",
     "Mubanga|statement|indirect"},
    {"a stance coordinated inside the words reported, or with nothing after it, or a relative clause's cue",
     "Sergei Lavrov said his party was strong and was ready for a poll. Russia is confident and optimistic. "
     "Agents who burgle his home and threaten his family are in the film. Mr Wass was given a "
     "curfew and told to surrender his passport.\n",
     "Sergei Lavrov|statement|indirect; Russia|optimism|indirect"},
    {"a relative clause of a thing, not an actor", "The attack hit the town, which condemned the strike.\n", ""},
    {"a name its acronym spells after a plain lower-case word is oblique, no speaker",
     "Clashes along the Line of Actual Control (LAC) threatened the talks.\n", ""},
    {"'Among the topics discussed' with nobody in the news", "Among the topics discussed was the budget.\n", ""},
    {"an agentless 'hope was expressed' with no speaker before it",
     "Hope was expressed that the talks will go on.\n", ""},
    {"narration of a fact", "The meeting lasted five hours.\n", ""},
    {"a quotation inside narration does not continue the last speaker",
     "Sergei Lavrov said the talks were useful. The plan was described as \u201ca carefully crafted proposal that "
     "included the well-known positions of both sides\u201d.\n",
     "Sergei Lavrov|statement|indirect"},
    {"'We, as a nation are ...': no apposition closed by a comma, so no speaker for 'we'",
     "We, as a nation are in grave danger of being duped by US propaganda. We condemn the attack on the convoy.\n",
     ""},
    {"the author's voice", "We expected that the conference would provide some clarity.\n", ""},
    {"a cue whose subject is not an actor", "The plan threatens to derail the talks.\n", ""},
    {"site chrome", "Menu\n\nSearch\n\nSign up for daily updates\n", ""},
    {"an agentless passive that is not talks", "The new measures were announced on Friday.\n", ""},
    {"residents of a place are not the place", "Residents of Donetsk refused to recognize the new government.\n", ""},
    {"a label that names no actor", "Headline: Europe and Eurasia policy review\n", ""},
    {"a body is no person, nor is a body's name after its title",
     "The Cabinet Office has confirmed it is reviewing the pension system.\n", ""},
    {"a capitalised heading is no speaker's label", "Subs Not Used: Pellegrino, Carson.\n\nBooked: Carragher.\n", ""},
    {"'the two' before a noun is not the pair", "The two chief diplomats will meet in Manila.\n", ""},
    {"recognition of a state is no statement", "Russia recognised the two republics.\n", ""},
    {"analysts who say nothing", "Some analysts were at the meeting in Manila.\n", ""},
    {"a bare title nobody holds is nobody", "President urges restraint in Gaza.\n", ""},
    {"'they' with no group before it is not the two most named persons",
     "Tony Blair said the plan was fair. Gordon Brown said it was late. "
     "Many activists remained defiant, saying they would ignore the ban.\n",
     "Tony Blair|statement|indirect; Gordon Brown|statement|indirect"},
    {"a passive of an act: its subject is what the act was done to",
     "41 Britons are now confirmed to have died. Tony Blair is being urged to end the debt. "
     "The Crown Prosecution Service would be consulted.\n", ""},
    {"'hosted' a show or an event is no consultation",
     "Rex Tillerson hosted a music video show. Russia hosted the race last year.\n", ""},
    {"'is going to' after no actor is a prediction, not the last speaker's intent",
     "Sergei Lavrov said the talks were useful. Music is going to be a big theme.\n",
     "Sergei Lavrov|statement|indirect"},
    {"a subject after 'if' or 'whether' acts only in a condition or a question",
     "Sergei Lavrov said the talks would end if Russia refused to take part. "
     "It is not known whether China will support the plan.\n",
     "Sergei Lavrov|statement|indirect"},
    {"'raised' rates, prices or money is no consultation",
     "China raised rates by 0.27 percentage points. Russia raised 1bn euros from the sale.\n", ""},
    {"a Capitalised cue word inside a name is no cue",
     "Ireland took another step towards their first Grand Slam since 1948. "
     "The head of the Child Support Agency earns an honour.\n", ""},
    {"an agentless passive of what was done to someone is not the last speaker's words",
     "Vladimir Putin briefed Barack Obama on the talks. The plan was criticised for its cost. "
     "The vote is threatened by a campaign of violence.\n",
     "Vladimir Putin|statement|indirect"},
    {"a comment not made is no statement, the subject's relative clause between or not (a refusal is one)",
     "President Ilham Aliyev did not comment publicly on the fighting. Rodrigo Duterte, who took office as "
     "president less than two weeks ago, has not commented publicly on the ruling. Aliyev would not comment "
     "on the fighting.\n",
     "Ilham Aliyev|statement|indirect"},
    {"'back' of a phrasal verb in a headline is no backing", "Houthis back down after talks with Mercosur\n\nThey left.\n", ""},
    {"a third party's brokering narrated is an act, no statement",
     "Egypt, Qatar and the United States brokered the ceasefire last October. Turkey has mediated an exchange of "
     "prisoners.\n",
     ""},
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

// A name the lexicon does not know is a person, but an acronym is a body: "he" is never the
// BBC. In a sentence set in capitals every name looks like an acronym, and stays a person.
BOOST_AUTO_TEST_CASE(an_unknown_acronym_or_body_name_is_an_organization) {
    auto kind_of_source = [](const std::string& text) {
        const auto doc = communique::extract(text);
        return doc.statements.empty() ? std::string("none")
                                      : std::string(communique::to_string(doc.statements.back().source.actor.kind));
    };
    BOOST_TEST(kind_of_source("The TUC said the talks were useful.\n") == "organization");
    BOOST_TEST(kind_of_source("Brendan Barber said the talks were useful.\n") == "person");
    BOOST_TEST(kind_of_source("Brendan Barber met reporters.\n\nTHE TALKS WERE USEFUL, BARBER SAID.\n") == "person");
    // A name that ends in a body's word is a body too; a person's is not.
    BOOST_TEST(kind_of_source("The Electoral Commission said the talks were useful.\n") == "organization");
    BOOST_TEST(kind_of_source("Deutsche Bank said the talks were useful.\n") == "organization");
    BOOST_TEST(kind_of_source("Margaret Court said the talks were useful.\n") == "person");
    // So is a body's word alone ("the Commission", "the Treasury"), and "she" is no body.
    BOOST_TEST(kind_of_source("The Commission said the firms were abusing their position.\n") == "organization");
    BOOST_TEST(kind_of_source("The Treasury said the figures were final.\n") == "organization");
    BOOST_TEST(communique::extract("Rachel Lomax said the figures were poor.\nThe Bank said the talks were useful.\n"
                                   "She said they were long.\n")
                   .statements.back().source.actor.name == "Rachel Lomax");
    // The plural of an acronym is unnamed members of a body, as "analysts" are.
    BOOST_TEST(kind_of_source("The talks were useful, MPs said.\n") == "other");
    // "he" is the person named before, not a body that spoke after him.
    BOOST_TEST(communique::extract("Sergei Lavrov spoke in London.\nThe TUC said the talks were useful.\n"
                                   "He said they were long.\n")
                   .statements.back().source.actor.name == "Sergei Lavrov");
}

// A statement's content is what its cue reports: what follows the cue, or what came before a
// cue that closes its clause ("..., Lavrov said."); never the one told, nor the next cue.
BOOST_AUTO_TEST_CASE(content_is_what_the_cue_reports) {
    auto first = [](const std::string& text) {
        const auto doc = communique::extract(text);
        BOOST_TEST_REQUIRE(!doc.statements.empty());
        return doc.statements.front();
    };
    auto content = [&](const std::string& text) { return std::string(first(text).content.in(text)); };
    BOOST_TEST(content("In Moscow on Monday, Sergei Lavrov said the talks would resume in July.\n") ==
               "the talks would resume in July.");
    BOOST_TEST(content("The talks will resume in July, Sergei Lavrov said.\n").rfind("The talks will resume in July", 0) == 0);
    // A clause right after the one told is the words reported.
    BOOST_TEST(content("Sergei Lavrov told Al Jazeera the talks had failed.\n") == "the talks had failed.");
    // An attribution set between commas inside its clause reports the whole clause.
    BOOST_TEST(content("The sanctions, Sergei Lavrov said, would fail.\n") == "The sanctions, Sergei Lavrov said, would fail.");
    // The adverb of a coordinated cue is the next one's.
    BOOST_TEST(content("Russia expressed concern over the situation and later condemned the attacks.\n") == "the situation");
    BOOST_TEST(content("The talks, according to Sergei Lavrov, had failed.\n") ==
               "The talks, according to Sergei Lavrov, had failed.");
    BOOST_TEST(content("The talks will resume in July, Sergei Lavrov told reporters.\n").rfind("The talks will resume", 0) == 0);
    // The first one's words end before the words that modify a source closing the sentence.
    BOOST_TEST(content("Russia lodged a protest with China, chief negotiator Zed Marks told a press conference.\n") ==
               "with China");
    // ... and so does one after a phrase of when, where or how that ends the sentence; not one
    // after what the act is of ("voiced concern about") or an infinitive ("agreed to").
    BOOST_TEST(content("The talks will resume in July, Sergei Lavrov said on Monday.\n") == "The talks will resume in July");
    BOOST_TEST(content("The talks will resume in July, the G7 leaders said in a statement.\n") ==
               "The talks will resume in July");
    BOOST_TEST(content("At the same time, Sergei Lavrov voiced concern about the euro.\n") == "the euro.");
    BOOST_TEST(content("On Monday, Russia agreed to resume the talks.\n") == "resume the talks.");
    BOOST_TEST(content("In a statement, Sergei Lavrov told reporters that the talks would resume.\n") ==
               "the talks would resume.");
    const std::string cut = "\u201cSubject to the talks, we have decided to clear the way for the mission,\u201d added "
                            "Sergei Lavrov.\n";
    BOOST_TEST(content(cut).find("added") == std::string::npos);
    // Another actor's statement reported inside this one (spec: "Mr. Lavrov said that Mr.
    // Tillerson supports ...", two statements) is this one's content too.
    BOOST_TEST(content("Sergei Lavrov said that Rex Tillerson supports this kind of investigation.\n") ==
               "Rex Tillerson supports this kind of investigation.");
    // ... also after words that open the sentence ("At the meeting, Lavrov said Tillerson had
    // agreed"), and when its source is a pronoun ("I believe he will be resurrected").
    BOOST_TEST(content("At the meeting, Sergei Lavrov said Rex Tillerson had agreed to the plan.\n") ==
               "Rex Tillerson had agreed to the plan.");
    BOOST_TEST(content("\u201cI believe he will be back next season,\u201d Sergei Lavrov said.\n") ==
               "he will be back next season");
    // A quoted fragment in what the speaker says of himself makes the words partial.
    BOOST_TEST(first("Sergei Lavrov said he feared \u201cinternment without trial creates martyrs\u201d.\n").mode ==
               communique::mode::partial);
    // ... also past a word or two that modify its source.
    BOOST_TEST(content("Sergei Lavrov said the IAAF has warned the athletes.\n") == "the IAAF has warned the athletes.");
    BOOST_TEST(content("Sergei Lavrov says most Russians believe the talks failed.\n") ==
               "most Russians believe the talks failed.");
    // So does a phrase of time or place and the "that" after it.
    BOOST_TEST(content("Sergei Lavrov said on Tuesday that the talks would resume.\n") == "the talks would resume.");
    BOOST_TEST(content("Sergei Lavrov said in a joint statement with Wang Yi that the talks would resume.\n") ==
               "the talks would resume.");
    BOOST_TEST(content("Sergei Lavrov told CNN in an interview that the talks would resume.\n") == "the talks would resume.");
    BOOST_TEST(content("Sergei Lavrov said Tuesday that the talks would resume.\n") == "the talks would resume.");
    BOOST_TEST(content("Sergei Lavrov said yesterday the talks would resume.\n") == "the talks would resume.");
    // A source closing the sentence is no report nested in the words before it.
    BOOST_TEST(content("Xi Jinping called for restraint, Xinhua reported.\n") == "");
    // A closing report whose speaker is no actor is no part of the words reported.
    BOOST_TEST(content("Egypt and Qatar are negotiating with Israel and Hamas, officials said.\n") ==
               "with Israel and Hamas");
    // A dateline is no part of the sentence that follows it.
    {
        const std::string text =
            "MOSCOW, April 9 (TASS) - Sergei Lavrov and Wang Yi discussed Ukraine, the Russian Foreign Ministry said.\n";
        const auto doc = communique::extract(text);
        BOOST_TEST_REQUIRE(!doc.statements.empty());
        BOOST_TEST(doc.statements.back().source.actor.name == "Russia");
        BOOST_TEST(doc.statements.back().content.in(text).rfind("Sergei Lavrov and Wang Yi discussed Ukraine", 0) == 0u);
    }
    // A stance denied gives the report no kind of its own.
    BOOST_TEST(first("Sergei Lavrov said Russia is not ready to help.\n").kind == communique::statement_kind::statement);
    // ... and a date with no "that", where a clause follows it; not before a phrase or a noun.
    BOOST_TEST(content("Sergei Lavrov said on Tuesday the talks would resume.\n") == "the talks would resume.");
    BOOST_TEST(content("Sergei Lavrov said on March 5 it would resume the talks.\n") == "it would resume the talks.");
    BOOST_TEST(content("Sergei Lavrov said on Thursday ahead of the talks that he was hopeful.\n") == "he was hopeful.");
    BOOST_TEST(first("Sergei Lavrov said on Thursday ahead of signing a new contract.\n").kind ==
               communique::statement_kind::statement);
    // A date after a cue's "on" says when: "insisted on Wednesday that" demands nothing.
    const std::string when = "Sergei Lavrov insisted on Wednesday that the talks would resume.\n";
    BOOST_TEST(first(when).cue.in(when) == "insisted");
    BOOST_TEST(first(when).kind == communique::statement_kind::statement);
    BOOST_TEST(content(when) == "the talks would resume.");
    BOOST_TEST(content("Sergei Lavrov said in his address before the summit that the talks would resume.\n") ==
               "the talks would resume.");
    // (A "that" that ends the sentence is a pronoun.)
    BOOST_TEST(content("Sergei Lavrov is clearly hoping for more than that.\n") == "more than that.");
    // ... but after a cue of an act, "that" opens no words reported ("agreed to a plan that ...").
    BOOST_TEST(content("Russia agreed to a new plan that cuts tariffs.\n") == "a new plan that cuts tariffs.");
    // "in a statement" right after a cue says how it was said: the words come after it.
    BOOST_TEST(content("Sergei Lavrov said in a statement that the talks would resume.\n") == "the talks would resume.");
    BOOST_TEST(first("Sergei Lavrov said in a statement: \u201cThe talks will resume in July.\u201d\n").mode ==
               communique::mode::direct);
    // The words that modify a source after its quotation or its clause are no words between
    // them ("the", an employer, a title): the quotation is its own, the clause its content.
    BOOST_TEST(first("\u201cThe talks will resume in July,\u201d the IAAF said.\n").mode == communique::mode::direct);
    BOOST_TEST(first("\u201cThe talks will resume in July,\u201d Nissan chief executive Carlos Ghosn said.\n").mode ==
               communique::mode::direct);
    BOOST_TEST(content("The talks will resume in July, the IAAF said.\n") == "The talks will resume in July");
    BOOST_TEST(first("\u201cWe will open the festival in July,\u201d festival director Geoffrey Gilmore said.\n").mode ==
               communique::mode::direct);
    // ... but a word that opens a clause is no modifier, and the quotation is not the speaker's.
    BOOST_TEST(first("The situation was not as \u201cdramatic\u201d as Rex Tillerson believed.\n").mode !=
               communique::mode::direct);
    const std::string contrast = "The Tories dismissed the plan as \u201cdesperate\u201d, while the Liberal Democrats "
                                 "said it was misdirected.\n";
    const auto last = communique::extract(contrast).statements.back();
    BOOST_TEST(last.content.in(contrast) == "it was misdirected.");
    // The first one's words end before the "while" that opens the next one's clause.
    BOOST_TEST(communique::extract(contrast).statements.front().content.in(contrast) ==
               "the plan as \u201cdesperate\u201d");
    BOOST_TEST(last.mode == communique::mode::indirect);
    // A cue inside a quotation reports words of it, up to where it closes; one of the speaker's
    // own side's stance there is his saying's kind, and the saying reports the whole quotation
    // (dev notes: the outer "said" adds no statement of its own).
    BOOST_TEST(content("\u201cWe want to resume the talks,\u201d Sergei Lavrov said.\n") == "We want to resume the talks");
    // A quotation opened inside the clause a cue reports is a fragment of the words reported.
    const std::string fragment = "The timing was \u201ctoo unlikely to have been a coincidence\u201d, Sergei Lavrov said.\n";
    BOOST_TEST(first(fragment).mode == communique::mode::partial);
    BOOST_TEST(content(fragment).rfind("The timing was", 0) == 0);
    // After the one told, a pronoun opens the content, and the speaker's own stance there gives
    // the statement its kind, as after "said" ("said he hoped ...").
    const std::string told = "Sergei Lavrov told the BBC he hoped the talks would resume.\n";
    BOOST_TEST(content(told) == "he hoped the talks would resume.");
    BOOST_TEST(first(told).kind == communique::statement_kind::optimism);
    BOOST_TEST(communique::extract(told).statements.size() == 1u);
    // A quotation after the one told is the speaker's verbatim words.
    BOOST_TEST(first("Sergei Lavrov told the BBC: \u201cThe talks were long and useful for both sides.\u201d\n").mode ==
               communique::mode::direct);
}

// ", saying ...": a participle after a comma goes on with the speaker of its clause and
// reports what follows it; the name after it is no inverted speaker ("said X").
BOOST_AUTO_TEST_CASE(a_participle_after_a_comma_goes_on_with_its_clauses_speaker) {
    struct seen {
        std::string source, cue, content;
        communique::mode mode;
    };
    auto statements = [](const std::string& text) {
        std::vector<seen> out;
        for (const auto& s : communique::extract(text).statements)
            out.push_back({s.source.actor.name, std::string(s.cue.in(text)), std::string(s.content.in(text)), s.mode});
        return out;
    };
    const auto a = statements("Tony Blair declared himself pleased, saying Robert Jackson would be a good member.\n");
    BOOST_TEST_REQUIRE(!a.empty());
    BOOST_TEST(a.back().source == "Tony Blair");
    BOOST_TEST(a.back().cue == "saying");
    BOOST_TEST(a.back().content.rfind("Robert Jackson would", 0) == 0);
    // Both acts are the subject's, each with its own content.
    const auto b = statements("Sergei Lavrov has denied all the charges, saying he was unaware of the plan.\n");
    BOOST_TEST_REQUIRE(b.size() == 2u);
    BOOST_TEST(b[0].source == "Sergei Lavrov");
    BOOST_TEST(b[0].content == "all the charges");
    BOOST_TEST(b[1].source == "Sergei Lavrov");
    BOOST_TEST(b[1].content == "he was unaware of the plan.");
    // The quotation before the participle is the clause's, not the participle's.
    const auto c = statements("Sergei Lavrov said that the talks were still \u201cwide open\u201d, adding that the next "
                              "round would start in June.\n");
    BOOST_TEST_REQUIRE(c.size() == 2u);
    BOOST_TEST(c[0].content.rfind("the talks were still", 0) == 0);
    BOOST_TEST(c[0].mode == communique::mode::partial);
    BOOST_TEST(c[1].mode == communique::mode::indirect);
}

// A cue with a gap ("showed * readiness to") spans a plural's possessive as one word.
BOOST_AUTO_TEST_CASE(a_gap_holds_a_plurals_possessive_as_one_word) {
    const std::string text = "Rex Tillerson showed the United States' readiness to support an investigation.\n";
    const auto doc = communique::extract(text);
    BOOST_TEST_REQUIRE(doc.statements.size() == 1u);
    BOOST_TEST(doc.statements[0].cue.in(text) == "showed the United States' readiness");
    BOOST_TEST(doc.statements[0].kind == communique::statement_kind::intent);
}

// The one told is never the speaker: after a comma, "told X" is no inverted "said X".
BOOST_AUTO_TEST_CASE(the_one_told_is_no_speaker) {
    auto sources = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& s : communique::extract(text).statements) out.push_back(s.source.actor.name);
        return out;
    };
    const auto a = sources("Phil Redmond, now chairman of a very large regional television company, told Tessa "
                           "Jowell he would run it.\n");
    BOOST_TEST((std::find(a.begin(), a.end(), "Tessa Jowell") == a.end()));
    const auto b = sources("The deal is off, a spokesman for the firm, John Smith, told Reuters on Monday.\n");
    BOOST_TEST((std::find(b.begin(), b.end(), "Reuters") == b.end()));
    // An inverted speaker after a cue that is no "tell" still is one.
    BOOST_TEST((sources("The talks were useful, said Sergei Lavrov.\n") == std::vector<std::string>{"Sergei Lavrov"}));
}

// The target is the actor the act is aimed at, after its cue: the one told, or an actor in
// the object; nobody where the object is someone else.
BOOST_AUTO_TEST_CASE(the_target_is_what_the_act_is_aimed_at) {
    auto target = [](const std::string& text) -> std::string {
        const auto doc = communique::extract(text);
        BOOST_TEST_REQUIRE(!doc.statements.empty());
        const auto& t = doc.statements.front().target;
        return t ? t->actor.name : "-";
    };
    BOOST_TEST(target("Sergei Lavrov condemned the strike by Israel.\n") == "Israel");
    BOOST_TEST(target("Sergei Lavrov urged Russia to stop.\n") == "Russia");
    // The one told who is no actor: the act is aimed at nobody after it.
    BOOST_TEST(target("\"These attacks are war crimes,\" Josep Borrell told reporters after a meeting of EU ministers.\n") ==
               "-");
    // An object pronoun is the object.
    BOOST_TEST(target("Narendra Modi urged him to visit India.\n") == "-");
    // A state's government, named by its state after "of", is that state.
    BOOST_TEST(target("The Security Council called on the Government of Mali to investigate the attack.\n") == "Mali");
}

// Two sides who accuse each other make one act each, aimed at the other; two who condemn
// something together make one joint act.
BOOST_AUTO_TEST_CASE(a_reciprocal_act_is_one_act_a_side) {
    auto acts = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& s : communique::extract(text).statements)
            out.push_back(s.source.actor.name + ">" + (s.target ? s.target->actor.name : "-"));
        return out;
    };
    BOOST_TEST((acts("Russia and Ukraine traded accusations over the shelling of the plant.\n") ==
                std::vector<std::string>{"Russia>Ukraine", "Ukraine>Russia"}));
    BOOST_TEST((acts("Russia and Ukraine accused each other of shelling the plant.\n") ==
                std::vector<std::string>{"Russia>Ukraine", "Ukraine>Russia"}));
    BOOST_TEST((acts("Russia and China condemned the strike.\n") == std::vector<std::string>{"Russia and China>-"}));
}

// A last sentence dropped because the text looks cut off is reported, not lost in silence.
BOOST_AUTO_TEST_CASE(a_cut_off_last_sentence_is_reported) {
    const std::string text = "Sergei Lavrov condemned the strike.\nRex Tillerson told reporters afterwards tha";
    const auto doc = communique::extract(text);
    BOOST_TEST(doc.statements.size() == 1u);
    BOOST_TEST_REQUIRE(doc.diagnostics.size() == 1u);
    BOOST_TEST((doc.diagnostics.front().severity == communique::severity::warning));
    BOOST_TEST(doc.at(doc.diagnostics.front().where).substr(0, 13) == "Rex Tillerson");
    // A whole text gives no such warning.
    BOOST_TEST(communique::extract("Sergei Lavrov condemned the strike.\n").diagnostics.empty());
}

BOOST_AUTO_TEST_SUITE_END()
