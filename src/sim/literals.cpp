// Literal decoding: string escapes (#sec-literals-string-literals), template characters
// (#sec-static-semantics-tv) and numeric literals (#sec-literals-numeric-literals).
#include <cmath>
#include <cstdlib>
#include <string>

#include "sim/compiler.h"

namespace desugar::sim {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Appends a UTF-16 code unit sequence as WTF-8, pairing surrogates.
void append_unit(std::string& out, std::uint32_t unit, std::uint32_t& pending_high) {
  if (pending_high != 0) {
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      append_utf8(out, 0x10000 + ((pending_high - 0xD800) << 10) + (unit - 0xDC00));
      pending_high = 0;
      return;
    }
    append_utf8(out, pending_high);
    pending_high = 0;
  }
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    pending_high = unit;
    return;
  }
  append_utf8(out, unit);
}

// Decodes escapes in `body`. `template_mode`: octal escapes are invalid.
bool decode(std::string_view body, std::string& out, bool template_mode) {
  std::uint32_t high = 0;
  auto flush = [&] {
    if (high != 0) {
      append_utf8(out, high);
      high = 0;
    }
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      if (template_mode && c == '\r') {
        flush();
        out += '\n';
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        continue;
      }
      flush();
      out += c;
      continue;
    }
    if (++i >= body.size()) return false;
    char e = body[i];
    switch (e) {
      case 'n':
        flush();
        out += '\n';
        break;
      case 't':
        flush();
        out += '\t';
        break;
      case 'r':
        flush();
        out += '\r';
        break;
      case 'b':
        flush();
        out += '\b';
        break;
      case 'f':
        flush();
        out += '\f';
        break;
      case 'v':
        flush();
        out += '\v';
        break;
      case '\r':
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        break;  // line continuation
      case '\n': break;
      case 'x': {
        int h1 = i + 1 < body.size() ? hex(body[i + 1]) : -1;
        int h2 = i + 2 < body.size() ? hex(body[i + 2]) : -1;
        if (h1 < 0 || h2 < 0) return false;
        append_unit(out, static_cast<std::uint32_t>(h1 * 16 + h2), high);
        i += 2;
        break;
      }
      case 'u': {
        std::uint32_t cp = 0;
        if (i + 1 < body.size() && body[i + 1] == '{') {
          std::size_t j = i + 2;
          if (j >= body.size() || body[j] == '}') return false;
          for (; j < body.size() && body[j] != '}'; ++j) {
            int h = hex(body[j]);
            if (h < 0) return false;
            cp = cp * 16 + static_cast<std::uint32_t>(h);
            if (cp > 0x10FFFF) return false;
          }
          if (j >= body.size()) return false;
          i = j;
          if (cp >= 0x10000) {
            flush();
            append_utf8(out, cp);
          } else {
            append_unit(out, cp, high);
          }
          break;
        }
        for (int k = 1; k <= 4; ++k) {
          int h = i + k < body.size() ? hex(body[i + k]) : -1;
          if (h < 0) return false;
          cp = cp * 16 + static_cast<std::uint32_t>(h);
        }
        i += 4;
        append_unit(out, cp, high);
        break;
      }
      default:
        if (e >= '0' && e <= '9') {
          bool next_digit = i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '9';
          if (e == '0' && !next_digit) {
            flush();
            out += '\0';
            break;
          }
          if (template_mode || e >= '8') {
            if (template_mode) return false;
            flush();
            out += e;  // \8 and \9 are the digits themselves
            break;
          }
          // Legacy octal escape.
          std::uint32_t v = static_cast<std::uint32_t>(e - '0');
          int max_digits = e <= '3' ? 3 : 2;
          for (int k = 1;
               k < max_digits && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
               ++k) {
            v = v * 8 + static_cast<std::uint32_t>(body[++i] - '0');
          }
          append_unit(out, v, high);
          break;
        }
        flush();
        // Any other character escapes itself (including multi-byte UTF-8: copy the lead byte;
        // the continuation bytes follow as ordinary characters).
        out += e;
        break;
    }
  }
  flush();
  return true;
}

}  // namespace

bool decode_string_literal(std::string_view raw, std::string& out) {
  out.clear();
  if (raw.size() < 2) return false;
  return decode(raw.substr(1, raw.size() - 2), out, false);
}

bool decode_template_chars(std::string_view raw, std::string& out) {
  out.clear();
  return decode(raw, out, true);
}

bool parse_number_literal(std::string_view raw, double& out) {
  std::string s;
  for (char c : raw) {
    if (c != '_') s += c;
  }
  if (!s.empty() && s.back() == 'n') return false;  // BigInt
  if (s.size() > 2 && s[0] == '0') {
    char k = static_cast<char>(s[1] | 0x20);
    int base = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
    if (base != 0) {
      double v = 0;
      for (std::size_t i = 2; i < s.size(); ++i) v = v * base + hex(s[i]);
      out = v;
      return true;
    }
    // Legacy octal (sloppy): 0777.
    bool octal = true;
    for (std::size_t i = 1; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '7') octal = false;
    }
    if (octal) {
      double v = 0;
      for (std::size_t i = 1; i < s.size(); ++i) v = v * 8 + (s[i] - '0');
      out = v;
      return true;
    }
  }
  out = std::strtod(s.c_str(), nullptr);
  return true;
}

}  // namespace desugar::sim
