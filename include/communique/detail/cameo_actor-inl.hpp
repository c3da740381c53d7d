// Body of communique/io/cameo_actor.hpp: word rules over a normalised title or name, and the
// codebook's table of international bodies. Everything is plain string work; no allocation
// beyond the normalised copy and the result.
#ifndef COMMUNIQUE_DETAIL_CAMEO_ACTOR_INL_HPP
#define COMMUNIQUE_DETAIL_CAMEO_ACTOR_INL_HPP

#include <communique/io/cameo_actor.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Lower case ASCII, dots and apostrophes (also U+2019) dropped ("U.N." -> "un", "Russia's"
/// -> "russias"), every other punctuation mark a space, runs of spaces one, and one space
/// before and after, so that a whole phrase is found as " phrase ".
inline std::string cameo_words(std::string_view text) {
    std::string out = " ";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '.' || c == '\'') continue;
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x99) {
            i += 2; // ’
            continue;
        }
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word) out.push_back(static_cast<char>(c));
        else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (out.back() != ' ') out.push_back(' ');
    }
    if (out.back() != ' ') out.push_back(' ');
    return out;
}

/// Whether `words` (from cameo_words) holds `phrase` (lower case, single spaces) as whole words.
inline bool cameo_has(std::string_view words, std::string_view phrase) {
    for (std::size_t at = words.find(phrase); at != std::string_view::npos;
         at = words.find(phrase, at + 1)) {
        if (at > 0 && words[at - 1] == ' ' && at + phrase.size() < words.size() &&
            words[at + phrase.size()] == ' ')
            return true;
    }
    return false;
}

inline bool cameo_has_any(std::string_view words, std::initializer_list<std::string_view> phrases) {
    for (auto p : phrases)
        if (cameo_has(words, p)) return true;
    return false;
}

/// "general" as a military rank, not the second word of secretary-general, attorney general...
inline bool cameo_military_general(std::string_view words) {
    static constexpr std::array<std::string_view, 17> civil{
        {"secretary", "attorney", "consul", "director", "surgeon", "inspector", "governor",
         "solicitor", "auditor", "postmaster", "comptroller", "procurator", "prosecutor",
         "accountant", "advocate", "registrar", "vicar"}};
    constexpr std::string_view g = " general ";
    for (std::size_t at = words.find(g); at != std::string_view::npos; at = words.find(g, at + 1)) {
        const std::size_t before_end = at; // words[at] is the space before "general"
        const std::size_t before_begin = words.rfind(' ', before_end == 0 ? 0 : before_end - 1);
        const std::string_view prev =
            before_begin == std::string_view::npos || before_end == 0
                ? std::string_view{}
                : words.substr(before_begin + 1, before_end - before_begin - 1);
        bool is_civil = false;
        for (auto c : civil) is_civil = is_civil || prev == c;
        if (!is_civil) return true;
    }
    return false;
}

inline std::string_view cameo_role_of_words(std::string_view w) {
    // Former office holders are elites, not the office.
    if (w.substr(0, 8) == " former " || w.substr(0, 4) == " ex ") return "ELI";
    // Heads of government and cabinet: decisive even beside a ministry's field ("justice
    // minister", "defence secretary", "army secretary").
    if (cameo_has_any(w, {"president", "vice president", "prime minister", "premier", "chancellor",
                          "minister", "ministers", "ministry", "secretary", "undersecretary"}))
        return "GOV";
    const bool bare_representative =
        cameo_has(w, "representative") &&
        !cameo_has_any(w, {"permanent representative", "special representative",
                           "trade representative", "high representative",
                           "personal representative", "representative to"});
    if (bare_representative || w == " deputy " || w == " deputies " ||
        cameo_has_any(w, {"senator", "senators", "congressman", "congresswoman", "congressmen",
                          "congressmember", "lawmaker", "lawmakers", "legislator", "legislators",
                          "legislature", "mp", "mps", "member of parliament", "parliamentarian",
                          "parliamentarians", "parliament", "congress", "senate", "duma",
                          "rada", "knesset", "house of representatives", "house of commons",
                          "house of lords", "assembly", "speaker"}))
        return "LEG";
    if (cameo_has_any(w, {"judge", "judges", "justice", "court", "prosecutor", "prosecutors",
                          "attorney general", "judiciary"}))
        return "JUD";
    if (cameo_has_any(w, {"intelligence", "spy", "spies", "cia", "fsb", "gru", "svr", "mi6",
                          "mossad", "security service"}))
        return "SPY";
    if (cameo_has_any(w, {"police", "policeman", "policemen", "fbi"})) return "COP";
    if (cameo_military_general(w) ||
        cameo_has_any(w, {"admiral", "colonel", "lieutenant", "brigadier", "sergeant",
                          "commander", "commanders", "military", "army", "navy", "naval",
                          "air force", "marine", "marines", "troops", "soldier", "soldiers",
                          "armed forces", "defence forces", "defense forces", "pentagon"}))
        return "MIL";
    if (cameo_has(w, "opposition")) return "OPP";
    if (cameo_has_any(w, {"rebel", "rebels", "insurgent", "insurgents", "militant", "militants",
                          "separatist", "separatists"}))
        return "REB";
    if (cameo_has(w, "party")) return "PTY";
    if (cameo_has_any(w, {"spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
                          "representative", "diplomat", "diplomats", "official", "officials",
                          "negotiator", "adviser", "advisor", "aide", "consul", "attache",
                          "king", "queen", "emir", "sultan", "crown prince", "monarch",
                          "head of state", "head of government", "leader", "governor", "mayor",
                          "chief of staff", "cabinet", "director general", "government",
                          "administration", "department", "white house", "kremlin", "embassy",
                          "foreign office", "mission"}))
        return "GOV";
    return {};
}

struct cameo_body {
    std::string_view name; ///< as cameo_words leaves it, without the padding spaces
    std::string_view code;
    bool exact_only;       ///< too short or common to look for inside a longer name
};

// The codebook's IGO table (region/sector infix included, as Phoenix prints it), more
// specific names first so that a search inside a title finds them before "un".
inline constexpr std::array<cameo_body, 112> cameo_bodies{{
    {"ohchr", "IGOUNOHRIHCH", false},
    {"un human rights office", "IGOUNOHRIHCH", false},
    {"un high commissioner for human rights", "IGOUNOHRIHCH", false},
    {"united nations high commissioner for human rights", "IGOUNOHRIHCH", false},
    {"unhcr", "IGOUNOREFHCR", false},
    {"un refugee agency", "IGOUNOREFHCR", false},
    {"un high commissioner for refugees", "IGOUNOREFHCR", false},
    {"united nations high commissioner for refugees", "IGOUNOREFHCR", false},
    {"world health organization", "IGOUNOHLHWHO", false},
    {"world health organisation", "IGOUNOHLHWHO", false},
    {"who", "IGOUNOHLHWHO", true},
    {"iaea", "IGOUNOIAE", false},
    {"international atomic energy agency", "IGOUNOIAE", false},
    {"icj", "IGOUNOJUDICJ", false},
    {"international court of justice", "IGOUNOJUDICJ", false},
    {"world bank", "IGOUNODEVWBK", false},
    {"unicef", "IGOUNOKID", false},
    {"wfp", "IGOUNOWFP", false},
    {"world food programme", "IGOUNOWFP", false},
    {"world food program", "IGOUNOWFP", false},
    {"fao", "IGOUNOAGRFAO", false},
    {"food and agriculture organization", "IGOUNOAGRFAO", false},
    {"ilo", "IGOUNOLABILO", false},
    {"international labour organization", "IGOUNOLABILO", false},
    {"international labor organization", "IGOUNOLABILO", false},
    {"un security council", "IGOUNO", false},
    {"united nations security council", "IGOUNO", false},
    {"security council", "IGOUNO", true},
    {"unsc", "IGOUNO", false},
    {"un general assembly", "IGOUNO", false},
    {"united nations general assembly", "IGOUNO", false},
    {"unga", "IGOUNO", false},
    {"un human rights council", "IGOUNO", false},
    {"united nations human rights council", "IGOUNO", false},
    {"un secretariat", "IGOUNO", false},
    {"united nations", "IGOUNO", false},
    {"un", "IGOUNO", false},
    {"nato", "IGOWSTNAT", false},
    {"north atlantic treaty organization", "IGOWSTNAT", false},
    {"north atlantic treaty organisation", "IGOWSTNAT", false},
    {"north atlantic alliance", "IGOWSTNAT", false},
    {"eu", "IGOEUREEC", false},
    {"european union", "IGOEUREEC", false},
    {"european commission", "IGOEUREEC", false},
    {"european council", "IGOEUREEC", false},
    {"council of the european union", "IGOEUREEC", false},
    {"european parliament", "IGOEUREEC", false},
    {"osce", "IGOEURSCE", false},
    {"organization for security and cooperation in europe", "IGOEURSCE", false},
    {"organisation for security and cooperation in europe", "IGOEURSCE", false},
    {"organization for security and co operation in europe", "IGOEURSCE", false},
    {"organisation for security and co operation in europe", "IGOEURSCE", false},
    {"council of europe", "IGOEURCOE", false},
    {"african union", "IGOAFRAFU", false},
    {"au", "IGOAFRAFU", true},
    {"arab league", "IGOMEAARL", false},
    {"league of arab states", "IGOMEAARL", false},
    {"asean", "IGOSEAASN", false},
    {"association of southeast asian nations", "IGOSEAASN", false},
    {"association of south east asian nations", "IGOSEAASN", false},
    {"cis", "IGOCASCIS", true},
    {"commonwealth of independent states", "IGOCASCIS", false},
    {"g7", "IGOBUSGOS", false},
    {"g 7", "IGOBUSGOS", false},
    {"group of seven", "IGOBUSGOS", false},
    {"g8", "IGOBUSGOE", false},
    {"g 8", "IGOBUSGOE", false},
    {"group of eight", "IGOBUSGOE", false},
    {"imf", "IGOBUSIMF", false},
    {"international monetary fund", "IGOBUSIMF", false},
    {"wto", "IGOBUSWTO", false},
    {"world trade organization", "IGOBUSWTO", false},
    {"world trade organisation", "IGOBUSWTO", false},
    {"opec", "IGOBUSOPC", false},
    {"organization of the petroleum exporting countries", "IGOBUSOPC", false},
    {"icc", "IGOJUDICC", false},
    {"international criminal court", "IGOJUDICC", false},
    {"oic", "IGOMOSOIC", false},
    {"organisation of islamic cooperation", "IGOMOSOIC", false},
    {"organization of islamic cooperation", "IGOMOSOIC", false},
    {"organization of the islamic conference", "IGOMOSOIC", false},
    {"oas", "IGOOAS", false},
    {"organization of american states", "IGOOAS", false},
    {"gcc", "IGOPGSGCC", false},
    {"gulf cooperation council", "IGOPGSGCC", false},
    {"interpol", "IGOCOPITP", false},
    {"commonwealth of nations", "IGOCWN", false},
    {"non aligned movement", "IGONON", false},
    // Bodies of states that the codebook has no code for: IGO alone.
    {"opcw", "IGO", false},
    {"organisation for the prohibition of chemical weapons", "IGO", false},
    {"organization for the prohibition of chemical weapons", "IGO", false},
    {"g20", "IGO", false},
    {"g 20", "IGO", false},
    {"group of twenty", "IGO", false},
    {"sco", "IGO", true},
    {"shanghai cooperation organisation", "IGO", false},
    {"shanghai cooperation organization", "IGO", false},
    {"brics", "IGO", false},
    {"csto", "IGO", false},
    {"collective security treaty organization", "IGO", false},
    {"eurasian economic union", "IGO", false},
    {"apec", "IGO", false},
    // Non-state groups the codebook names.
    {"hamas", "PSEREBHMS", false},
    {"hezbollah", "LBNREBHEZ", false},
    {"hizbollah", "LBNREBHEZ", false},
    {"al qaeda", "IMGMOSALQ", false},
    {"red cross", "NGOHLHIRC", false},
    {"icrc", "NGOHLHIRC", false},
    {"amnesty international", "NGOHRIAMN", false},
    {"human rights watch", "NGOHRIHRW", false},
    {"doctors without borders", "NGOHLHMSF", false},
    {"medecins sans frontieres", "NGOHLHMSF", false},
}};

/// `words` without the padding and a leading "the".
inline std::string_view cameo_core(std::string_view words) {
    if (words.size() >= 2) words = words.substr(1, words.size() - 2);
    if (words.substr(0, 4) == "the ") words.remove_prefix(4);
    return words;
}

inline std::string_view cameo_body_exact(std::string_view words) {
    const std::string_view core = cameo_core(words);
    for (const auto& b : cameo_bodies)
        if (b.name == core) return b.code;
    return {};
}

/// The first body (in table order) named anywhere inside `words`.
inline std::string_view cameo_body_inside(std::string_view words) {
    if (auto exact = cameo_body_exact(words); !exact.empty()) return exact;
    for (const auto& b : cameo_bodies)
        if (!b.exact_only && cameo_has(words, b.name)) return b.code;
    return {};
}

/// The actor's country as a codebook country code, or "".
inline std::string cameo_country(std::string_view country) {
    if (country.size() != 3) return {};
    for (char c : country)
        if (c < 'A' || c > 'Z') return {};
    if (country == "XKX") return "KSV";
    return std::string(country);
}

inline std::string cameo_organisation(const actor& a) {
    const std::string words = cameo_words(a.name);
    if (auto body = cameo_body_exact(words); !body.empty()) return std::string(body);
    if (a.country == "IGO") {
        const auto body = cameo_body_inside(words);
        return body.empty() ? std::string("IGO") : std::string(body);
    }
    std::string code = cameo_country(a.country);
    if (code.empty()) return code;
    return code.append(cameo_role_of_words(words));
}

inline std::string cameo_individual(const actor& a) {
    if (a.country == "IGO") {
        auto body = cameo_body_inside(cameo_words(a.title));
        if (body.empty()) body = cameo_body_inside(cameo_words(a.name));
        return body.empty() ? std::string("IGO") : std::string(body);
    }
    std::string code = cameo_country(a.country);
    if (code.empty()) return std::string(cameo_body_exact(cameo_words(a.name)));
    if (a.title.empty()) return code;
    return code.append(cameo_role_of_words(cameo_words(a.title)));
}

} // namespace detail

COMMUNIQUE_FUNC std::string_view cameo_role_code(std::string_view title) {
    return detail::cameo_role_of_words(detail::cameo_words(title));
}

COMMUNIQUE_FUNC std::string_view cameo_body_code(std::string_view name) {
    return detail::cameo_body_exact(detail::cameo_words(name));
}

COMMUNIQUE_FUNC std::string cameo_actor_code(const actor& a) {
    switch (a.kind) {
    case actor_kind::state: {
        std::string code = detail::cameo_country(a.country);
        if (code.empty() || code == "IGO") return std::string(cameo_body_code(a.name));
        return code;
    }
    case actor_kind::organization: return detail::cameo_organisation(a);
    case actor_kind::group: {
        if (a.members.empty()) return detail::cameo_organisation(a);
        if (auto body = cameo_body_code(a.name); !body.empty()) return std::string(body);
        std::vector<std::string> codes;
        for (const auto& m : a.members) {
            std::string c = cameo_actor_code(m);
            if (c.empty()) continue;
            bool seen = false;
            for (const auto& have : codes) seen = seen || have == c;
            if (!seen) codes.push_back(std::move(c));
        }
        if (codes.empty()) return detail::cameo_country(a.country);
        std::string out;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (i) out.push_back(';');
            out += codes[i];
        }
        return out;
    }
    case actor_kind::person:
    case actor_kind::other: return detail::cameo_individual(a);
    }
    return {};
}

COMMUNIQUE_END_NAMESPACE

#endif
