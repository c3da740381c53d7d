// The lexicon file grammar, part 5 of 5: the rule definitions. Included once by
// src/grammar/lexicon_file.cpp (compiled library) or by detail/lexicon_file-inl.hpp (header-
// only mode). The file format is documented in src/lexicon/README.md.
//
// Every rule reads one line without its line end. After the first field of a record, each
// element is an expectation point (`>`): a line that starts a record and goes wrong throws
// x3::expectation_failure naming what was expected, at the byte where it was expected.
#ifndef COMMUNIQUE_GRAMMAR_LEXICON_FILE_LEXICON_FILE_DEF_HPP
#define COMMUNIQUE_GRAMMAR_LEXICON_FILE_LEXICON_FILE_DEF_HPP

#include <communique/grammar/lexicon_file/ast.hpp>
#include <communique/grammar/lexicon_file/ast_adapted.hpp>
#include <communique/grammar/lexicon_file/lexicon_file.hpp>

#include <boost/core/bit.hpp>
#include <boost/endian/conversion.hpp>
#include <boost/spirit/home/x3.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::lexicon_file {

namespace detail {

// ---- Enumerations: x3::symbols tables (matched whole-field only, see `keyword` below) ----

struct section_names : x3::symbols<ast::section> {
    section_names() {
        add("actor", ast::section::actor)("actors", ast::section::actor)
           ("demonym", ast::section::demonym)("demonyms", ast::section::demonym)
           ("title", ast::section::title)("titles", ast::section::title)
           ("cue", ast::section::cue)("cues", ast::section::cue)
           ("topic", ast::section::topic)("topics", ast::section::topic)
           ("given", ast::section::given)("given names", ast::section::given);
    }
};

struct actor_kinds : x3::symbols<actor_kind> {
    actor_kinds() {
        for (actor_kind k : {actor_kind::person, actor_kind::state, actor_kind::organization,
                             actor_kind::group, actor_kind::other})
            add(std::string(to_string(k)), k);
    }
};

/// The 13 statement kinds, by the names of kinds.hpp's table (the JSON names).
struct statement_kinds : x3::symbols<statement_kind> {
    statement_kinds() {
        for (const auto& row : kind_table) add(std::string(row.name), row.kind);
    }
};

struct cue_frames : x3::symbols<cue_frame> {
    cue_frames() {
        for (cue_frame f : {cue_frame::say, cue_frame::act, cue_frame::stance, cue_frame::modal,
                            cue_frame::according, cue_frame::nominal, cue_frame::signal})
            add(std::string(to_string(f)), f);
    }
};

struct given_sexes : x3::symbols<given_sex> {
    given_sexes() {
        for (given_sex s : {given_sex::female, given_sex::male}) add(std::string(to_string(s)), s);
    }
};

inline const section_names section_name_table;
inline const actor_kinds actor_kind_table;
inline const statement_kinds statement_kind_table;
inline const cue_frames cue_frame_table;
inline const given_sexes given_sex_table;

// ---- Forms and semantic actions ----

/// A byte of a form: anything but TAB, '|' and line ends (field_byte below, as a table).
struct form_byte_table {
    bool is[256] = {};
    constexpr form_byte_table() {
        for (int c = 0; c < 256; ++c) is[c] = c != '\t' && c != '|' && c != '\r' && c != '\n';
    }
};
inline constexpr form_byte_table form_bytes{};

/// The end of the form bytes from `first`: the first TAB, '|', CR or LF, else `last`. Eight
/// bytes at a time (SWAR): a test of each byte against the table was most of the cost of
/// reading the built-in files.
inline const char* form_end(const char* first, const char* last) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    // Bit 7 of each zero byte of `v`, and maybe of bytes above one (a borrow): the lowest set is
    // a zero byte, so the lowest of several such masks is where the first stop is.
    const auto zero_bytes = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    for (; last - first >= 8; first += 8) {
        const std::uint64_t x = boost::endian::load_little_u64(reinterpret_cast<const unsigned char*>(first));
        const std::uint64_t stops = zero_bytes(x ^ ones * '\t') | zero_bytes(x ^ ones * '|') |
                                    zero_bytes(x ^ ones * '\r') | zero_bytes(x ^ ones * '\n');
        if (stops != 0) return first + boost::core::countr_zero(stops) / 8;
    }
    while (first != last && form_bytes.is[static_cast<unsigned char>(*first)]) ++first;
    return first;
}

/// A cue form may hold one gap: a lone `*` between two words ("expressed * concern about").
inline bool lone_gap_or_none(std::string_view s) noexcept {
    const std::size_t star = s.find('*');
    if (star == std::string_view::npos) return true;
    return star > 0 && star + 1 < s.size() && s[star - 1] == ' ' && s[star + 1] == ' ' &&
           s.find('*', star + 1) == std::string_view::npos;
}

/// A parser whose attribute is a string of the bytes it matched: `Derived::match` says whether
/// it matches at `first`, which bytes are the value and where the match ends.
template <typename Derived>
struct string_field : x3::parser<Derived> {
    using attribute_type = std::string;
    static constexpr bool has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&,
               Attribute& attr) const {
        Iterator begin = first, end = first, next = first;
        if (!static_cast<const Derived&>(*this).match(first, last, begin, end, next)) return false;
        x3::traits::move_to(begin, end, attr);
        first = next;
        return true;
    }
};

/// A form: the field bytes up to the next separator with the spaces around them removed; a
/// form of spaces only is no form (nothing is consumed). What x3::raw[+field_byte] with a
/// trimming action did, in one pass over a table: that tested a bitset for each byte, copied
/// the field and then erased its spaces. `Cue` also refuses a form whose `*` is no lone gap.
template <bool Cue>
struct form_parser : string_field<form_parser<Cue>> {
    template <typename Iterator>
    bool match(Iterator first, const Iterator& last, Iterator& b, Iterator& e, Iterator& next) const {
        if constexpr (std::is_same_v<Iterator, const char*>) {
            next = form_end(first, last);
        } else {
            next = first;
            while (next != last && form_bytes.is[static_cast<unsigned char>(*next)]) ++next;
        }
        b = first;
        e = next;
        while (b != e && *b == ' ') ++b;
        while (e != b && *(e - 1) == ' ') --e;
        if (b == e) return false;
        return !Cue || lone_gap_or_none(std::string_view(&*b, static_cast<std::size_t>(e - b)));
    }
};

/// `item > *('|' > item)` into a vector of strings, the vector reserved once for all the items
/// of the field: X3's list grew it item by item, a reallocation for each doubling. The same
/// matches and the same diagnostics: an item missing after a '|' throws, naming the item.
template <typename Item>
struct pipe_list : x3::unary_parser<Item, pipe_list<Item>> {
    using base_type = x3::unary_parser<Item, pipe_list<Item>>;
    using attribute_type = std::vector<std::string>;
    static constexpr bool has_attribute = true;

    constexpr explicit pipe_list(const Item& item) : base_type(item) {}

    /// One more than the '|'s before the field's TAB (or the line's end): a byte searched for
    /// (memchr) is a few steps for a whole field, where a test of each byte was one for each.
    static std::size_t items_at_most(const char* first, const char* last) noexcept {
        const void* tab = std::memchr(first, '\t', static_cast<std::size_t>(last - first));
        const char* const end = tab ? static_cast<const char*>(tab) : last;
        std::size_t items = 1;
        for (const void* bar; (bar = std::memchr(first, '|', static_cast<std::size_t>(end - first))) != nullptr;
             first = static_cast<const char*>(bar) + 1)
            ++items;
        return items;
    }
    template <typename Iterator>
    static std::size_t items_at_most(Iterator first, const Iterator& last) {
        std::size_t items = 1;
        for (; first != last && *first != '\t'; ++first) items += *first == '|';
        return items;
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
               Attribute& attr) const {
        attr.reserve(attr.size() + items_at_most(first, last));
        std::string item;
        if (!this->subject.parse(first, last, context, rcontext, item)) return false;
        attr.push_back(std::move(item));
        while (first != last && *first == '|') {
            ++first;
            std::string next;
            if (!this->subject.parse(first, last, context, rcontext, next))
                boost::throw_exception(x3::expectation_failure<Iterator>(first, x3::what(this->subject)));
            attr.push_back(std::move(next));
        }
        return true;
    }
};

/// x3::repeat(Min, Max)[c] of ASCII characters into a string: as many bytes of the class as
/// there are, up to `Max`, and at least `Min`. The string is made at once, where the repeat
/// inserted each character into it in turn.
template <std::size_t Min, std::size_t Max, bool (*In)(unsigned char) noexcept>
struct ascii_run : string_field<ascii_run<Min, Max, In>> {
    template <typename Iterator>
    bool match(Iterator first, const Iterator& last, Iterator& b, Iterator& e, Iterator& next) const {
        std::size_t n = 0;
        for (next = first; n < Max && next != last && In(static_cast<unsigned char>(*next)); ++n) ++next;
        b = first;
        e = next;
        return n >= Min;
    }
};

inline bool is_ascii_upper(unsigned char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }

/// Goldstein weights lie in [-10, 10] (this also refuses "nan" and "inf").
struct check_goldstein {
    template <typename Context>
    void operator()(const Context& ctx) const {
        const double g = x3::_attr(ctx);
        x3::_pass(ctx) = g >= -10.0 && g <= 10.0;
    }
};

} // namespace detail

// ---- Lexical pieces ----

/// Any byte that is not syntax: everything but TAB, '|' and line ends (form_bytes). Non-ASCII
/// bytes are field bytes, so "Jean-Yves Le Drian", "Erdoğan" and ’ load.
///
/// A parser of constants, not `~x3::standard::char_("\t|\r\n")`: that set's bits are filled
/// in at start-up, and the rules below, inline variables, copy it at start-up too, in an order
/// the standard leaves open between an inline variable and one that is not (a TU-local
/// constant). Clang copied the set before it was filled: every byte matched, so no keyword
/// ended, and every actor and cue line of the built-in lexicon was turned down in silence.
struct field_byte_parser : x3::char_parser<field_byte_parser> {
    using attribute_type = char;
    using encoding = boost::spirit::char_encoding::standard;
    static constexpr bool has_attribute = true;

    template <typename Char, typename Context>
    bool test(Char ch, const Context&) const noexcept {
        return detail::form_bytes.is[static_cast<unsigned char>(ch)];
    }
};
inline constexpr field_byte_parser field_byte{};

/// A keyword is a whole field: "statement" must not match the start of "statements". (A
/// space may follow: spaces before a TAB are allowed.)
template <typename Parser>
constexpr auto keyword(Parser p) {
    return x3::lexeme[p >> !(field_byte - ' ')];
}

using separator_type = x3::rule<class separator_class>;
using end_of_line_type = x3::rule<class end_of_line_class>;
// Rules whose definition holds a semantic action force attribute propagation (third
// argument), so the action's _attr is the rule's own attribute.
using form_type = x3::rule<class form_class, std::string, true>;
using name_type = x3::rule<class name_class, std::string>;
using cue_form_type = x3::rule<class cue_form_class, std::string, true>;
using forms_type = x3::rule<class forms_class, std::vector<std::string>>;
using names_type = x3::rule<class names_class, std::vector<std::string>>;
using cue_forms_type = x3::rule<class cue_forms_class, std::vector<std::string>>;
using country_type = x3::rule<class country_class, std::string>;
using actor_kind_type = x3::rule<class actor_kind_class, actor_kind>;
using statement_kind_type = x3::rule<class statement_kind_class, statement_kind>;
using cameo_type = x3::rule<class cameo_class, std::string>;
using goldstein_type = x3::rule<class goldstein_class, double, true>;
using cue_frame_type = x3::rule<class cue_frame_class, cue_frame>;
using section_name_type = x3::rule<class section_name_class, ast::section>;
using close_bracket_type = x3::rule<class close_bracket_class>;
using role_type = x3::rule<class role_class, std::string>;
using topic_type = x3::rule<class topic_class, std::string>;
using given_sex_type = x3::rule<class given_sex_class, given_sex>;

// The rule names are the `<what>` of "expected <what>" in diagnostics.
inline const separator_type separator = "a TAB";
inline const end_of_line_type end_of_line = "the end of the line";
inline const form_type form = "a form";
inline const name_type name = "a name";
inline const cue_form_type cue_form = "a cue form (words, with at most one ' * ' gap between two words)";
inline const forms_type forms = "a form";
inline const names_type names = "a name";
inline const cue_forms_type cue_forms = "a cue form (words, with at most one ' * ' gap between two words)";
inline const country_type country = "a country code (3 capital letters, or IGO)";
inline const actor_kind_type actor_kind_field = "an actor kind (person|state|organization|group|other)";
inline const statement_kind_type statement_kind_field =
    "a statement kind (statement|optimism|concern|appeal|intent|consultation|agreement|"
    "support|demand|criticism|rejection|threat|sympathy)";
inline const cameo_type cameo = "a CAMEO code (3 or 4 digits)";
inline const goldstein_type goldstein = "a Goldstein weight (a number from -10 to 10)";
inline const cue_frame_type cue_frame_field = "a cue frame (say|act|stance|modal|according|nominal|signal)";
inline const section_name_type section_name = "a section name (actor|demonym|title|cue|topic|given)";
inline const close_bracket_type close_bracket = "']'";
inline const role_type role = "a role";
inline const topic_type topic = "a topic";
inline const given_sex_type given_sex_field = "a sex (female|male)";

/// Fields are separated by one or more TABs (so columns may be aligned); spaces next to a TAB
/// are ignored.
inline const auto separator_def = *x3::lit(' ') >> +x3::lit('\t') >> *x3::lit(' ');
/// Trailing spaces and TABs are allowed.
inline const auto end_of_line_def = *(x3::lit(' ') | x3::lit('\t')) >> x3::eoi;
inline const auto form_def = detail::form_parser<false>{};
inline const auto name_def = form;
inline const auto cue_form_def = detail::form_parser<true>{};
// After a '|' another form must follow, so a bad alternative is reported where it stands.
inline const auto forms_def = detail::pipe_list(form);
inline const auto names_def = detail::pipe_list(name);
inline const auto cue_forms_def = detail::pipe_list(cue_form);
inline const auto country_def = keyword(detail::ascii_run<3, 3, detail::is_ascii_upper>{});
inline const auto actor_kind_field_def = keyword(detail::actor_kind_table);
inline const auto statement_kind_field_def = keyword(detail::statement_kind_table);
inline const auto cameo_def = keyword(detail::ascii_run<3, 4, detail::is_ascii_digit>{});
inline const auto goldstein_def = keyword(x3::double_[detail::check_goldstein{}]);
inline const auto cue_frame_field_def = keyword(detail::cue_frame_table);
inline const auto section_name_def = x3::lexeme[detail::section_name_table >> !(field_byte - ']')];
inline const auto close_bracket_def = x3::lit(']');
inline const auto role_def = form;
inline const auto topic_def = form;
inline const auto given_sex_field_def = keyword(detail::given_sex_table);

BOOST_SPIRIT_DEFINE(separator, end_of_line, form, name, cue_form, forms, names, cue_forms,
                    country, actor_kind_field, statement_kind_field, cameo, goldstein,
                    cue_frame_field, section_name, close_bracket, role, topic, given_sex_field)

// ---- Lines ----

inline const section_line_type section_line_rule = "a section header";
inline const actor_line_type actor_line_rule = "an actor line";
inline const demonym_line_type demonym_line_rule = "a demonym line";
inline const title_line_type title_line_rule = "a title line";
inline const cue_line_type cue_line_rule = "a cue line";
inline const topic_line_type topic_line_rule = "a topic line";
inline const given_line_type given_line_rule = "a given name line";

/// [name]
inline const auto section_line_rule_def =
    x3::lit('[') > section_name > close_bracket > end_of_line;
/// Sergei Lavrov|Sergey Lavrov \t person \t RUS \t foreign minister
inline const auto actor_line_rule_def = x3::eps > names > separator > actor_kind_field >
                                        separator > country > -(separator >> role) > end_of_line;
/// Russian|Russia's \t RUS
inline const auto demonym_line_rule_def = x3::eps > forms > separator > country > end_of_line;
/// foreign minister|foreign affairs minister \t foreign minister
inline const auto title_line_rule_def = x3::eps > forms > -(separator >> role) > end_of_line;
/// said|says \t statement \t 010 \t 0.0 \t say
inline const auto cue_line_rule_def = x3::eps > cue_forms > separator > statement_kind_field >
                                      separator > cameo > separator > goldstein > separator >
                                      cue_frame_field > end_of_line;
/// chemical weapons|sarin \t chemical weapons
inline const auto topic_line_rule_def = x3::eps > forms > separator > topic > end_of_line;
/// Maria|Mariya \t female
inline const auto given_line_rule_def = x3::eps > forms > separator > given_sex_field > end_of_line;

BOOST_SPIRIT_DEFINE(section_line_rule, actor_line_rule, demonym_line_rule, title_line_rule,
                    cue_line_rule, topic_line_rule, given_line_rule)

COMMUNIQUE_FUNC const section_line_type& section_line() { return section_line_rule; }
COMMUNIQUE_FUNC const actor_line_type& actor_line() { return actor_line_rule; }
COMMUNIQUE_FUNC const demonym_line_type& demonym_line() { return demonym_line_rule; }
COMMUNIQUE_FUNC const title_line_type& title_line() { return title_line_rule; }
COMMUNIQUE_FUNC const cue_line_type& cue_line() { return cue_line_rule; }
COMMUNIQUE_FUNC const topic_line_type& topic_line() { return topic_line_rule; }
COMMUNIQUE_FUNC const given_line_type& given_line() { return given_line_rule; }

} // namespace grammar::lexicon_file
COMMUNIQUE_END_NAMESPACE

#endif
