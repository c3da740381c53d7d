// A read-only copy of a finished lexicon trie, laid out for the tagger's lookups: each node's
// children side by side in one array, the blocks placed depth first, so that the long tails of
// one child a level that most phrases end in are consecutive in memory. Internal.
//
// Why: the x3::symbols trie (a ternary search tree) is where a lexicon is loaded and can grow;
// but its walk steps through a node's siblings one pointer at a time, nodes made in the order
// their phrases were added, scattered over some 3 MB. Sampling the command showed half of
// phrase_table::longest's time on the one load of a sibling's byte: a cache miss a step. Here a
// step reads the children's bytes from one block.
#ifndef COMMUNIQUE_DETAIL_FROZEN_TRIE_HPP
#define COMMUNIQUE_DETAIL_FROZEN_TRIE_HPP

#include <communique/config.hpp>

#include <boost/config.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

class frozen_trie {
public:
    /// A copy of the ternary search tree whose root is `root` (x3's tst_node: `id`, `data`,
    /// `lt`, `eq`, `gt`) of `nodes` nodes, or an empty trie for null. Replaces what it held.
    template <typename TstNode>
    void assign(const TstNode* root, std::size_t nodes) {
        nodes_.assign(1, node{}); // the root, which holds no byte
        std::fill(std::begin(first_), std::end(first_), 0u);
        nodes_.reserve(nodes + 1);
        std::vector<const TstNode*> siblings;
        siblings.reserve(256);
        if (root) place_children(root, 0, siblings);
        for (std::uint32_t k = nodes_[0].kids; k < nodes_[0].kids + nodes_[0].count; ++k)
            first_[static_cast<unsigned char>(nodes_[k].byte)] = k;
    }
    bool empty() const noexcept { return nodes_.size() <= 1; }
    void clear() noexcept {
        nodes_.clear();
        std::fill(std::begin(first_), std::end(first_), 0u);
    }

    /// The longest phrase that is a prefix of [first, last): where it ends and its value
    /// (`found` false when there is none). The same answer as the ternary tree's find.
    struct match {
        const char* end;
        std::uint32_t value;
        bool found;
    };
    BOOST_FORCEINLINE match longest_prefix(const char* first, const char* last) const noexcept {
        match m{first, 0, false};
        if (first == last) return m;
        std::uint32_t n = first_[static_cast<unsigned char>(*first)];
        if (n == 0) return m;
        const node* const nodes = nodes_.data();
        for (const char* i = first;;) {
            const node& here = nodes[n];
            if (here.has_value) m = {i + 1, here.value, true};
            if (++i == last || here.count == 0) break;
            const char c = *i;
            std::uint32_t k = here.kids;
            const std::uint32_t k_end = k + here.count;
            while (k != k_end && nodes[k].byte != c) ++k;
            if (k == k_end) break;
            n = k;
        }
        return m;
    }

private:
    struct node {
        std::uint32_t kids = 0;  ///< index of the first child; the others follow it
        std::uint32_t value = 0; ///< the phrase's value, where one ends here
        std::uint16_t count = 0; ///< how many children
        bool has_value = false;
        char byte = 0;           ///< the byte that leads here from the parent
    };
    static_assert(sizeof(node) == 12, "a node is small: a child scan reads few cache lines");

    /// Makes the children of node `parent` from the tree's nodes for the next byte (`first`
    /// and its lt and gt siblings, in their order): their block, then each one's own, depth
    /// first. `siblings` is scratch, shared down the recursion.
    template <typename TstNode>
    void place_children(const TstNode* first, std::uint32_t parent, std::vector<const TstNode*>& siblings) {
        const std::size_t mark = siblings.size();
        collect(first, siblings);
        const std::size_t count = siblings.size() - mark;
        const auto kids = static_cast<std::uint32_t>(nodes_.size());
        nodes_[parent].kids = kids;
        nodes_[parent].count = static_cast<std::uint16_t>(count);
        for (std::size_t g = 0; g < count; ++g) nodes_.push_back(made(siblings[mark + g]));
        for (std::size_t g = 0; g < count; ++g) {
            auto at = static_cast<std::uint32_t>(kids + g);
            const TstNode* t = siblings[mark + g]->eq;
            // Most of a tree is tails of one node a level: made here, one after the other,
            // without a call or a look at `siblings` for each.
            for (; t && !t->lt && !t->gt; t = t->eq) {
                nodes_[at].kids = static_cast<std::uint32_t>(nodes_.size());
                nodes_[at].count = 1;
                at = static_cast<std::uint32_t>(nodes_.size());
                nodes_.push_back(made(t));
            }
            if (t) place_children(t, at, siblings);
        }
        siblings.resize(mark);
    }
    template <typename TstNode>
    static node made(const TstNode* t) noexcept {
        node n;
        n.byte = t->id;
        if (t->data) {
            n.has_value = true;
            n.value = *t->data;
        }
        return n;
    }
    /// The nodes of one level of the tree: `t` and its lt and gt descendants, in order.
    template <typename TstNode>
    static void collect(const TstNode* t, std::vector<const TstNode*>& out) {
        for (; t; t = t->gt) {
            collect(t->lt, out);
            out.push_back(t);
        }
    }

    std::vector<node> nodes_;
    std::uint32_t first_[256] = {}; ///< the root's child for each first byte; 0 for none
};

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
