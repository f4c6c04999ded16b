// Identifier character classes from the generated range tables (unicode_id_table.inc).
#include "parse/unicode_id.h"

#include <algorithm>

namespace desugar::unicode {

namespace {
struct IdRange {
  std::uint32_t first, last;
};
#include "parse/unicode_id_table.inc"

template <std::size_t N>
bool in_table(const IdRange (&table)[N], std::uint32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](std::uint32_t c, const IdRange& r) { return c < r.first; });
  return it != std::begin(table) && cp <= (it - 1)->last;
}

bool ascii_letter(std::uint32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }
}  // namespace

bool identifier_start(std::uint32_t cp) {
  if (cp < 0x80) return ascii_letter(cp) || cp == '$' || cp == '_';
  return in_table(kIdStart, cp);
}

bool identifier_part(std::uint32_t cp) {
  if (cp < 0x80) return ascii_letter(cp) || cp == '$' || cp == '_' || (cp >= '0' && cp <= '9');
  return cp == 0x200C || cp == 0x200D || in_table(kIdContinue, cp);
}

std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  std::uint32_t cp = b & (0x3F >> extra);
  for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | (s[i++] & 0x3F);
  return cp;
}

}  // namespace desugar::unicode
