// Fusion adaptation of the attribution AST, kept apart from the AST as in X3's examples.
#ifndef COMMUNIQUE_GRAMMAR_ATTRIBUTION_AST_ADAPTED_HPP
#define COMMUNIQUE_GRAMMAR_ATTRIBUTION_AST_ADAPTED_HPP

#include <communique/grammar/attribution/ast.hpp>

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(communique::grammar::attribution::ast::found, which, first, second)

#endif
