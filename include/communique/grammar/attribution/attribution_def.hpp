// Definitions of the attribution grammar. Each alternative is one construction of
// spec/statements.md; all are anchored at the current tag and look ahead a bounded number of
// tags, so scanning a sentence tag by tag stays linear.
#ifndef COMMUNIQUE_GRAMMAR_ATTRIBUTION_DEF_HPP
#define COMMUNIQUE_GRAMMAR_ATTRIBUTION_DEF_HPP

#include <communique/grammar/attribution/attribution.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::attribution {

namespace rules {
using x3::attr;
using x3::char_;
using x3::lit;
using x3::raw;
using x3::repeat;

// A source: one actor unit, or several joined by "and" and commas ("Germany, France and
// the EU"), optionally followed by a short apposition between commas ("Lavrov, Russia's
// foreign minister,").
const auto unit = char_("NCPWD");
// A list needs its "and" ("Germany, France and the EU"); "Ukraine, Tillerson" is not one. A
// comma before the "and" closes a list of three or more ("Germany, France, and the EU"): after
// one name it joins two clauses ("a score by Adler and Ross, and Adler is writing ...").
const auto joint = (unit >> +(lit(',') >> unit) >> lit(',') >> lit('&') >> unit) |
                   (unit >> *(lit(',') >> unit) >> lit('&') >> unit) | unit;
// (Its words may hold a name after "of": "David Page, of Investec Securities, said"; and how
// the words were given: "Hamas, in a statement, said".)
// (... and by whom: "Antonio Guterres, in a statement issued by his spokesperson, said".)
// (... and whom it was near: "Blinken, standing beside him, told reporters".)
// (... and a relative clause of "that": "Kessler Automotive, a parts maker that employs 3,000
// people, said"; "which" and "who" are plain words already.)
// (Two in a row: "Sen. Jesse Helms, R-N.C., a leading critic of arms control, said"; but not
// after a name alone, which is the one who speaks: "In a statement carried by KCNA, Kim
// Yo-jong, the powerful sister of ..., denounced".)
// ("Bahlil Lahadalia, Indonesia's energy and mineral resources minister, told": an "and" too,
// after its first word; ", and the High Representative ..., underline" is a list's end.)
// (A participle right after a plain word: "the Carter Center, one of the few groups invited
// to observe the vote, said". Not a verb after a name, which opens a clause of its own: "In
// the Gaza Strip, the militant group Hamas rejected the accord, calling ...".)
// (A figure's mark after its first word: "which came second with 21.3%,".)
const auto apposition_words = char_("NCwdDaGpolOymt") >> repeat(0, 13)[lit('w') >> lit('V') | char_("NCwdDaGpolOymt&") |
                                                                       lit('w') >> lit('x')];
const auto apposition = lit(',') >> !(char_("NC") >> lit(',')) >> apposition_words >> lit(',') >> apposition_words >>
                            lit(',') |
                        lit(',') >> apposition_words >> lit(',');
// A short prepositional phrase may stand between a source and its cue ("the President in
// Jamaica said", "Trump on July 9 tweeted").
// So may where the source works ("Hannah Rowley of the Lowy Institute argues": the body after
// "of the" the tagger marks oblique, l or o, after a person's full name).
// (The place may be a name the lexicon does not know: "A Pakistani official at Torkham".)
const auto modifier = lit('p') >> repeat(1, 3)[char_("woC")] | lit('w') >> lit('w') >> char_("lo");
// (Both, in either order: "The EU's foreign policy chief, Josep Borrell, on Tuesday called on";
// "Lucie Marchand of the Institut Montaigne, a think tank, said"; but a name alone between
// commas after them is the speaker, whom appositive_source reads: "The spokesperson for the
// presidency, Tina Salama, said".)
// (After where he works, one apposition only: "The Commissioner for Political Affairs, Peace
// and Security, Amina Diallo-Sow, said" is Diallo-Sow's, a list of portfolios first.)
const auto source = raw[joint] >> -x3::omit[apposition >> -modifier |
                                            modifier >> -(!(lit(',') >> char_("NC") >> lit(',')) >> lit(',') >>
                                                          apposition_words >> lit(','))];

// What may stand between a source and its cue: adverbs ("also", "again"), auxiliaries
// ("has", "did", "is", "was"), negation; and how the words were given ("Russia in a statement
// condemned", "The embassy issued a statement praising").
const auto between = x3::omit[*char_("abhdn") >> -(lit('q') >> *char_("abhdn")) >> -(lit('O') >> *char_("abhdn"))];
const auto verb_cue = raw[char_("SVJM")];
const auto say_cue = raw[lit('S')];

const auto source_cue = attr(char(ast::source_cue)) >> source >> between >> verb_cue;
// "Chair Evans Njewa of Malawi welcomed": a name the lexicon does not know, then the state he
// is of. (Not a known actor's "of": "reassures Ukraine of US support" names no speaker.)
const auto name_of_state = attr(char(ast::source_cue)) >> raw[lit('C')] >> x3::omit[lit('w') >> lit('o')] >> between >>
                           verb_cue;
// "he was stunned, outraged, and deeply saddened by": a stance's adjective may close a list
// of others after *be*; the stance is the subject's.
const auto adjectives_before = lit('b') >> repeat(1, 4)[repeat(1, 2)[char_("wa")] >> -lit(',')] >> lit('&') >> *lit('a');
const auto listed_stance = attr(char(ast::source_cue)) >> source >> x3::omit[*char_("ahdn") >> adjectives_before] >>
                           raw[lit('J')];
// "Cosby's lawyer, Walter Phillips, said": a name between commas right before its cue is the
// apposition of the noun before it, and the speaker.
const auto appositive_source = attr(char(ast::source_cue)) >> x3::omit[lit(',')] >> raw[unit] >>
                               x3::omit[lit(',') >> -modifier] >> between >> verb_cue;
// "..., said Ladbrokes's Warren Lush": a possessive before the source is its modifier, and so
// is a name before a title ("said England doctor Simon Kemp", "said Nortel president and chief
// executive Bill Owens"). (Not a name after "of": "said Stuart Hensel of the EIU" is Hensel's,
// which the engine restores, since "of" is a plain word here.)
const auto employer = repeat(1, 3)[char_("NC") >> lit('w') >> repeat(0, 3)[char_("w&")]] >>
                      &(char_("NC") >> (char_(",.:Q") | x3::eoi));
// "..., said security firm RSA.", "said consultancy 4Cast": a few plain words that say what the
// source is, before a name that ends the clause; the name may stand in apposition ("said
// Russia's foreign minister, Sergei Lavrov.").
// (The name may end in where the source works: "said energy analyst Orin Middleton of Barclays
// Capital", the body after "of" oblique.)
const auto descriptor = repeat(1, 3)[lit('w')] >> -lit(',') >>
                        &(char_("NC") >> (char_(",.:Qx") | x3::eoi | lit('w') >> -lit('w') >> char_("lo")));
// "..., said the minister, Sergei Lavrov.": a description, then the name in apposition.
const auto described = lit('D') >> lit(',') >> &(char_("NC") >> (char_(",.:Qx") | x3::eoi));
// (The source ends its clause: "..., said Washington had not been consulted" is no inverted
// speaker but the words said, whose subject an auxiliary or a cue follows.)
const auto cue_source = attr(char(ast::cue_source)) >> x3::omit[char_(",Q") >> -lit(',')] >>
                        say_cue >> x3::omit[-lit('G') >> -(employer | descriptor | described)] >> raw[joint] >>
                        !char_("bhdnSVJMZ");
// "according to Sputnik": an unknown name after "according to" is most often the medium that
// reported it, so only known actors, pronouns and descriptions count here.
// A determiner or an adjective or two may open a description ("according to a senior Turkish
// diplomat, ..."), not a name ("according to its Paris lawyer", "according to whether they").
const auto according = attr(char(ast::according_to)) >> raw[lit('R')] >>
                       (raw[char_("NPDm")] | x3::omit[repeat(1, 2)[lit('w')]] >> raw[char_("ND")] >> &char_(",."));
const auto passive = attr(char(ast::passive)) >>
                     (x3::omit[lit('b') >> *char_("abn")] >> raw[char_("SV")] | raw[lit('Z')]) >>
                     raw[-(lit('y') >> joint)];
// A headline label names a known actor ("Lavrov: talks were useful"); "Headline:",
// "Image:" and "Source:" are not speakers.
const auto named = lit('N') >> *(lit('&') >> lit('N'));
const auto label = attr(char(ast::label)) >> raw[named] >> x3::omit[-modifier] >> raw[lit(':')] >>
                   &char_("qw.NCDWpo");
// ("... thanked the US for its support but said ...": "but" coordinates clauses, never a list.)
// (A stance too: "... and stands ready to raise them", "... and is ready to help".)
const auto coordinated = attr(char(ast::coordinated)) >> x3::omit[char_("&u") >> *char_("ab")] >>
                         raw[char_("SVJ")] >> raw[x3::eps];
const auto bare = attr(char(ast::bare_cue)) >> raw[lit('O')] >> raw[x3::eps];
} // namespace rules

const auto pattern_def = rules::source_cue | rules::name_of_state | rules::listed_stance | rules::appositive_source | rules::cue_source | rules::according |
                              rules::passive | rules::label | rules::coordinated | rules::bare;

BOOST_SPIRIT_DEFINE(pattern)

} // namespace grammar::attribution
COMMUNIQUE_END_NAMESPACE

#endif
