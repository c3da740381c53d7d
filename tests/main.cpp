// The runner of every suite (each *_test.cpp adds one).
#define BOOST_TEST_MODULE communique
#include <boost/test/unit_test.hpp>
