// libFuzzer target: the whole extraction from raw bytes (communique::extractor::extract with
// the default lexicon), then the invariants of tests/fuzz/invariants_*.hpp on the document.
// The first input byte, when the input is long enough, lowers max_statements and
// max_document_bytes so that the limit paths are exercised too.
#include "invariants_extract.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const communique::extractor extractor; // the default lexicon, built once
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    communique::options opts;
    if (size > 0 && data[0] == '\x01') { // a control byte few seeds start with: the limits
        opts.max_statements = size % 4;
        opts.max_document_bytes = size / 2;
    }
    if (fuzz_invariants::check_extract(extractor, text, opts) != nullptr) __builtin_trap();
    return 0;
}
