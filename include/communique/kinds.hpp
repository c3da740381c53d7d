// communique/kinds.hpp: the kinds of statement and their place in the CAMEO event ontology.
//
// One constexpr table ties each kind to its default CAMEO code, Goldstein weight and quad
// class (spec/statements.md, "Kinds"). A finer cue may carry a finer code (accused -> 112);
// the table holds the defaults.
#ifndef COMMUNIQUE_KINDS_HPP
#define COMMUNIQUE_KINDS_HPP

#include <communique/config.hpp>

#include <array>
#include <optional>
#include <string_view>

COMMUNIQUE_BEGIN_NAMESPACE

enum class statement_kind : unsigned char {
    statement,
    optimism,
    concern,
    appeal,
    intent,
    consultation,
    agreement,
    support,
    demand,
    criticism,
    rejection,
    threat,
    sympathy
};

/// How the content is given (spec: `mode`).
enum class mode : unsigned char {
    direct,   ///< the content is a verbatim quotation
    partial,  ///< reported speech holding a quoted fragment
    indirect, ///< reported speech with no quotation marks
    summary   ///< the text reports that something was said or done, without a speech verb
};

/// CAMEO's four quad classes.
enum class quad_class : unsigned char {
    verbal_cooperation = 1,
    material_cooperation = 2,
    verbal_conflict = 3,
    material_conflict = 4
};

struct kind_info {
    statement_kind kind;
    std::string_view name;  ///< as in the JSON output: "statement", "concern", ...
    std::string_view cameo; ///< default CAMEO event code, three digits
    double goldstein;       ///< default Goldstein weight (-10 .. +10)
};

inline constexpr std::array<kind_info, 13> kind_table{{
    {statement_kind::statement, "statement", "010", 0.0},
    {statement_kind::optimism, "optimism", "013", 0.4},
    {statement_kind::concern, "concern", "012", -0.1},
    {statement_kind::appeal, "appeal", "020", 3.0},
    {statement_kind::intent, "intent", "030", 4.0},
    {statement_kind::consultation, "consultation", "040", 1.0},
    {statement_kind::agreement, "agreement", "050", 3.5},
    {statement_kind::support, "support", "051", 3.4},
    {statement_kind::demand, "demand", "100", -5.0},
    {statement_kind::criticism, "criticism", "111", -2.0},
    {statement_kind::rejection, "rejection", "120", -4.0},
    {statement_kind::threat, "threat", "130", -4.4},
    {statement_kind::sympathy, "sympathy", "018", 3.4},
}};

constexpr const kind_info& info(statement_kind k) noexcept {
    return kind_table[static_cast<std::size_t>(k)];
}
constexpr std::string_view to_string(statement_kind k) noexcept { return info(k).name; }

constexpr std::string_view to_string(mode m) noexcept {
    switch (m) {
    case mode::direct: return "direct";
    case mode::partial: return "partial";
    case mode::indirect: return "indirect";
    case mode::summary: return "summary";
    }
    return "indirect";
}

constexpr std::optional<statement_kind> kind_from_string(std::string_view name) noexcept {
    for (const auto& row : kind_table)
        if (row.name == name) return row.kind;
    return std::nullopt;
}

constexpr std::optional<mode> mode_from_string(std::string_view name) noexcept {
    for (mode m : {mode::direct, mode::partial, mode::indirect, mode::summary})
        if (to_string(m) == name) return m;
    return std::nullopt;
}

/// CAMEO root code: the first two digits of an event code ("112" -> "11").
constexpr std::string_view cameo_root(std::string_view code) noexcept {
    return code.size() >= 2 ? code.substr(0, 2) : code;
}

/// Quad class of a CAMEO code: roots 01-05 verbal cooperation, 06-09 material cooperation,
/// 10-14 verbal conflict, 15-20 material conflict.
constexpr quad_class quad_of(std::string_view code) noexcept {
    if (code.size() < 2) return quad_class::verbal_cooperation;
    const int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root <= 5) return quad_class::verbal_cooperation;
    if (root <= 9) return quad_class::material_cooperation;
    if (root <= 14) return quad_class::verbal_conflict;
    return quad_class::material_conflict;
}

/// Which kind wins when two fit: the one carrying the stronger diplomatic meaning
/// (spec: "agreed that they would ..." is agreement, not intent). Higher is stronger.
constexpr int strength(statement_kind k) noexcept {
    switch (k) {
    case statement_kind::statement: return 0;
    case statement_kind::consultation: return 1;
    case statement_kind::optimism: return 2;
    case statement_kind::concern: return 3;
    case statement_kind::intent: return 4;
    case statement_kind::support: return 5;
    case statement_kind::appeal: return 6;
    case statement_kind::agreement: return 7;
    case statement_kind::sympathy: return 7;
    case statement_kind::criticism: return 8;
    case statement_kind::rejection: return 9;
    case statement_kind::demand: return 9;
    case statement_kind::threat: return 10;
    }
    return 0;
}

COMMUNIQUE_END_NAMESPACE

#endif
