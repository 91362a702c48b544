// Test support: a fixture base that gives each test its own scratch
// directory (per process and per test, so parallel ctest runs never share
// one), a Write helper, and cleanup that first restores permissions a test
// took away. Only the test binary links this.
#ifndef DUPALIGN_TESTS_SUPPORT_SCRATCH_DIR_TEST_BASE_H_
#define DUPALIGN_TESTS_SUPPORT_SCRATCH_DIR_TEST_BASE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace dupalign::testing {

class ScratchDirTestBase : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Writes `bytes` to dir_/name, creating folders; returns the path.
  std::string Write(const std::string& name, const std::string& bytes) const;

  std::filesystem::path dir_;
};

}  // namespace dupalign::testing

#endif  // DUPALIGN_TESTS_SUPPORT_SCRATCH_DIR_TEST_BASE_H_
