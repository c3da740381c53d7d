// examples/common/huge_pages.hpp: asks for the first megabytes of the heap in transparent huge
// pages, before the built-in lexicon is built there (header-only; not part of the library).
//
// Why: building the lexicon makes some 4 MB of small objects (trie nodes, index slots), and
// every 4 KB page of them is first touched by a page fault. On the 2-core VM this project is
// measured on, a fault costs about 10 us (a bare loop touching 4,000 fresh pages took 40 ms),
// so the ~1,000 faults of start-up were more than half of a process's 17 ms before its first
// article. A 2 MB huge page is one fault. Kernels whose transparent huge pages are set to
// "madvise" (Debian's and Ubuntu's default) give them only where asked, as here; "always" gives
// them anyway, "never" not at all, and then this costs nothing either.
//
// Linux with glibc only; elsewhere it does nothing. It changes malloc's settings for the whole
// process: the heap grows by `pad` at a time (address space, not memory: pages are backed
// when first touched), and blocks up to 4 MB come from the heap instead of their own mapping.
#ifndef COMMUNIQUE_EXAMPLES_HUGE_PAGES_HPP
#define COMMUNIQUE_EXAMPLES_HUGE_PAGES_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace examples {

/// Grows the heap by `pad` bytes now and asks the kernel to back its whole 2 MB blocks with huge
/// pages. Best effort: any step that fails leaves malloc as it was or merely unadvised.
inline void heap_in_huge_pages(std::size_t pad = std::size_t{16} << 20) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    const auto top_before = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    if (mallopt(M_MMAP_THRESHOLD, 4 << 20) == 0 || mallopt(M_TOP_PAD, static_cast<int>(pad)) == 0 ||
        mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * pad)) == 0)
        return;
    // A block bigger than what is left at the top of the heap makes malloc extend it, by the
    // block and the pad; freed, it returns to the top, which stays.
    void* grow = std::malloc(std::size_t{512} << 10);
    if (!grow) return;
    std::free(grow);
    const auto top_after = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    const std::uintptr_t first = (top_before + huge - 1) & ~(huge - 1);
    const std::uintptr_t last = top_after & ~(huge - 1);
    if (top_before == static_cast<std::uintptr_t>(-1) || last <= first) return;
    if (::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE) != 0) return;
    // The heap up to the first whole 2 MB block stays in small pages: a block that spans it,
    // kept and never touched past its header, makes the next ones start in huge pages.
    if (void* probe = std::malloc(64)) {
        const auto at = reinterpret_cast<std::uintptr_t>(probe);
        std::free(probe);
        if (at < first && first - at > 4096) {
            // held for the process's life, like the heap itself
            static void* const filler = std::malloc(first - at - 64);
            (void)filler;
        }
    }
#else
    (void)pad;
#endif
}

} // namespace examples

#endif
