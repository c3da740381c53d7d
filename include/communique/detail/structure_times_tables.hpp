// The word tables of the structure and times grammars (X3 symbols) as parsers that build their
// table on first use and never destroy it. As namespace-scope objects they were built at every
// process start and torn down at exit (0.46M and 0.31M instructions), which a user who runs one
// process per article pays even for a document that never reaches them; lexicon::builtin() is
// kept the same way.
#ifndef COMMUNIQUE_DETAIL_STRUCTURE_TIMES_TABLES_HPP
#define COMMUNIQUE_DETAIL_STRUCTURE_TIMES_TABLES_HPP

#include <communique/config.hpp>

#include <boost/spirit/home/x3.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Parses exactly as `Table` (an x3::symbols), including under no_case, with the one table
/// that table() builds.
template <typename Table>
struct table_on_first_use : boost::spirit::x3::parser<table_on_first_use<Table>> {
    using attribute_type = typename Table::attribute_type;
    static bool const has_attribute = Table::has_attribute;
    static bool const handles_container = Table::handles_container;

    /// The table, built by the first caller (thread-safe) and never freed.
    static const Table& table() {
        static const Table* const built = new Table();
        return *built;
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        return table().parse(first, last, context, rcontext, attr);
    }
};

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
