#pragma once
// Files embedded at build time by cmake/embed.cmake: catalogs by name
// ("hosting"), templates by directory, schemas by name ("criteria").

#include <string_view>
#include <vector>

namespace criterio::embedded {

struct File {
  std::string_view name;
  std::string_view text;
};

const std::vector<File>& catalogs();
const std::vector<File>& templates();
const std::vector<File>& schemas();

}  // namespace criterio::embedded
