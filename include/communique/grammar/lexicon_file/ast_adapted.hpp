// The lexicon file grammar, part 2 of 5: the Fusion adaptation of the line types, alone, so
// that only the grammar's own translation units see it. Field order is file order.
#ifndef COMMUNIQUE_GRAMMAR_LEXICON_FILE_AST_ADAPTED_HPP
#define COMMUNIQUE_GRAMMAR_LEXICON_FILE_AST_ADAPTED_HPP

#include <communique/grammar/lexicon_file/ast.hpp>

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(communique::actor_entry, names, kind, country, title)
BOOST_FUSION_ADAPT_STRUCT(communique::demonym_entry, forms, country)
BOOST_FUSION_ADAPT_STRUCT(communique::title_entry, forms, role)
BOOST_FUSION_ADAPT_STRUCT(communique::cue_entry, forms, kind, cameo, goldstein, frame)
BOOST_FUSION_ADAPT_STRUCT(communique::topic_entry, forms, topic)
BOOST_FUSION_ADAPT_STRUCT(communique::given_name_entry, forms, sex)

#endif
