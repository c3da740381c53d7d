// communique/grammar/times/ast_adapted.hpp: the Fusion adaptation of the times AST, alone.
#ifndef COMMUNIQUE_GRAMMAR_TIMES_AST_ADAPTED_HPP
#define COMMUNIQUE_GRAMMAR_TIMES_AST_ADAPTED_HPP

#include <communique/grammar/times/ast.hpp>

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(communique::grammar::times::ast::clock, hour, minute, meridiem, zone)
BOOST_FUSION_ADAPT_STRUCT(communique::grammar::times::ast::day_month, weekday_lead, day, day_end,
                          month, year, time)
BOOST_FUSION_ADAPT_STRUCT(communique::grammar::times::ast::month_day, weekday_lead, month, day,
                          day_end, year, time)
BOOST_FUSION_ADAPT_STRUCT(communique::grammar::times::ast::month_year, month, year)
BOOST_FUSION_ADAPT_STRUCT(communique::grammar::times::ast::iso_date, year, month, day, time)
BOOST_FUSION_ADAPT_STRUCT(communique::grammar::times::ast::relative, shift, step)
BOOST_FUSION_ADAPT_STRUCT(communique::grammar::times::ast::weekday_ref, shift, weekday)

#endif
