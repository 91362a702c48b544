#include "scratch_dir_test_base.h"

#include <unistd.h>

#include <fstream>

namespace dupalign::testing {

namespace fs = std::filesystem;

void ScratchDirTestBase::SetUp() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  dir_ = fs::temp_directory_path() / ("dupalign_" + std::string(info->test_suite_name()) + "_" +
                                      std::to_string(::getpid()) + "_" + info->name());
  fs::remove_all(dir_);
  fs::create_directories(dir_);
}

void ScratchDirTestBase::TearDown() {
  // Restore permissions a test took away, or remove_all cannot descend.
  std::error_code ec;
  fs::permissions(dir_, fs::perms::owner_all, ec);
  for (fs::recursive_directory_iterator it(dir_, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    fs::permissions(it->path(), fs::perms::owner_all, ec);
  }
  fs::permissions(dir_ / "locked", fs::perms::owner_all, ec);
  fs::remove_all(dir_, ec);
}

std::string ScratchDirTestBase::Write(const std::string& name, const std::string& bytes) const {
  fs::path p = dir_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

}  // namespace dupalign::testing
