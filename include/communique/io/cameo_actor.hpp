// communique/io/cameo_actor.hpp: CAMEO actor codes ("RUSGOV", "USALEG", "IGOUNO") for the
// actors of a statement, so that records join GDELT, ICEWS and Phoenix event data.
//
// A CAMEO actor code is a chain of three-letter parts: a country (ISO 3166-1 alpha-3, the
// codebook's convention) or "IGO", then a role, or for an international body the codebook's
// region/sector and organisation parts. The rules, in the order they are tried:
//
//   state                         its country:                      Russia          -> RUS
//   person or other, with a country and a title
//     title starts "former"/"ex-"  country + ELI (elites; the codebook codes former office
//                                  holders as elites, not as the office): ex-president -> RUSELI
//     legislator                   country + LEG: senator, congressman, congresswoman,
//                                  representative (bare, not "permanent/special ..."), lawmaker,
//                                  legislator, MP, member of parliament, parliamentarian, deputy
//                                  (bare), speaker, Duma/Congress/Senate/Parliament... member
//     judiciary                    country + JUD: judge, justice, court, prosecutor, attorney
//                                  general
//     intelligence                 country + SPY: intelligence, spy, CIA, FSB, GRU, SVR, MI6...
//     police                       country + COP: police
//     military                     country + MIL: general (not secretary-, attorney-, consul-,
//                                  director-, surgeon-, inspector-, governor- general), admiral,
//                                  colonel, lieutenant, major general, commander, military,
//                                  army, navy, air force, marine, troops, soldier, officer...
//     opposition / rebel           country + OPP / REB
//     government                   country + GOV: president, vice president, prime minister,
//                                  premier, chancellor, minister (any: foreign, defence ...),
//                                  secretary (of state, press ...), spokesperson, spokesman,
//                                  spokeswoman, ambassador, envoy, permanent/special
//                                  representative, diplomat, official, negotiator, adviser,
//                                  aide, consul, attache, king, queen, emir, sultan, crown
//                                  prince, monarch, head of state/government, leader, governor,
//                                  mayor, chief of staff, cabinet
//     any other title              country alone:                    RUS
//   person or other with a country and no title: country alone (a role is not guessed)
//   organisation with a country other than IGO: country + the role its name says, with the
//     words above plus ministry, department, government, administration, White House,
//     Kremlin, cabinet, embassy, Foreign Office (GOV), Pentagon, armed forces (MIL),
//     parliament, congress, senate, Duma, Rada, Knesset, assembly (LEG), party (PTY);
//     else the country alone:      Russian Foreign Ministry -> RUSGOV; US Congress -> USALEG
//   international body (country "IGO", or a known body name whatever its country): the body's
//     code from the codebook's IGO table: UN and its organs -> IGOUNO, NATO -> IGOWSTNAT,
//     EU -> IGOEUREEC, OSCE -> IGOEURSCE, G7 -> IGOBUSGOS, IAEA -> IGOUNOIAE (see
//     cameo_body_code); a body the codebook has no code for (OPCW, G20, SCO, BRICS, CSTO) ->
//     IGO. A person of a body (country "IGO") takes the body named in the title or the name
//     ("UN secretary-general" -> IGOUNO), else IGO.
//   named non-state groups the codebook knows: Hamas -> PSEREBHMS, Hezbollah -> LBNREBHEZ,
//     Red Cross -> NGOHLHIRC, Amnesty International -> NGOHRIAMN, Human Rights Watch ->
//     NGOHRIHRW, Doctors Without Borders -> NGOHLHMSF
//   group: a group that is itself a known body (the G7) takes the body's code; otherwise the
//     codes of its members, empty ones left out and repeats dropped, joined by ";" in member
//     order, which is one code when all members share it:
//     {Lavrov, Tillerson} -> "RUSGOV;USAGOV"; {Lavrov, Peskov} -> "RUSGOV"; when no member has
//     a code, the group's own country ("the Russian side" -> RUS, a body's "IGO"); a group
//     with no members is treated like an organisation
//   anything else (no country, unknown body, analysts): "" (empty).
//
// Country codes are used as the actor carries them; only well-formed three-letter upper-case
// codes are kept (and Kosovo's user-assigned XKX becomes the codebook's KSV).
//
// Known doubts, kept deliberately simple: the codebook has no separate code for the UN
// Security Council or General Assembly (both IGOUNO); defence ministers and ministries are
// coded GOV here (some dictionaries code them MIL); Phoenix adds a region/sector infix to IGO
// codes (IGOWSTNAT) where GDELT's "known group" column holds the last three letters only
// (NAT): join on the suffix when matching GDELT.
#ifndef COMMUNIQUE_IO_CAMEO_ACTOR_HPP
#define COMMUNIQUE_IO_CAMEO_ACTOR_HPP

#include <communique/types.hpp>

#include <string>
#include <string_view>

COMMUNIQUE_BEGIN_NAMESPACE

/// The CAMEO actor code of `a` by the rules above; "" when none applies.
std::string cameo_actor_code(const actor& a);

/// The CAMEO role code ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "OPP", "REB", "ELI") that a
/// person's title names, or "" when the title names none.
std::string_view cameo_role_code(std::string_view title);

/// The CAMEO code of an international body or known non-state group by its name or
/// abbreviation, case and punctuation ignored ("United Nations", "U.N.", "NATO",
/// "the European Union"): "IGOUNO", "IGOWSTNAT", "IGOEUREEC", ...; "" when it is not known.
std::string_view cameo_body_code(std::string_view name);

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/cameo_actor-inl.hpp>
#endif

#endif
