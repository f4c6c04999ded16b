// Array.prototype.sort and toSorted: V8's TimSort (third_party/v8/builtins/array-sort.tq) run
// formation (CountAndMakeRun, BinaryInsertionSort with the same comparison order), so even an
// inconsistent comparator orders arrays shorter than 64 elements exactly as V8 does.
#include <algorithm>
#include <cmath>

#include "sim/builtins.h"
#include "sim/strings.h"

namespace desugar::sim {

namespace {

bool has_index(Interp& in, Object* o, std::int64_t i) {
  if (o->cls == Class::Array && o->proto == in.r.array_proto) {
    auto* a = static_cast<ArrayObj*>(o);
    if (i < static_cast<std::int64_t>(a->elements.size()) &&
        !a->elements[static_cast<std::size_t>(i)].is_empty())
      return true;
  }
  return in.HasProperty(o, in.key_from_index(static_cast<std::uint32_t>(i)));
}

Value get_index(Interp& in, Object* o, std::int64_t i) {
  if (o->cls == Class::Array)
    return in.array_get(static_cast<ArrayObj*>(o), static_cast<std::uint32_t>(i));
  return in.get(o, in.key_from_index(static_cast<std::uint32_t>(i)));
}

void set_index(Interp& in, Object* o, std::int64_t i, Value v) {
  in.set_or_throw(o, in.key_from_index(static_cast<std::uint32_t>(i)), v);
}

struct Sorter {
  Interp& in;
  Value cmp;
  ValueList* work;  // on the heap, referenced from this native frame
  int compare(Value x, Value y) {
    if (cmp.is_undefined()) {
      Str* sx = in.ToString(x);
      Str* sy = in.ToString(y);
      return compare_utf16(sx->data, sy->data, sx->ascii, sy->ascii);
    }
    double v = in.ToNumber(in.call(cmp, Value::undefined(), {x, y}));
    if (std::isnan(v) || v == 0) return 0;
    return v < 0 ? -1 : 1;
  }
  std::vector<Value>& w() { return work->items; }
  std::int64_t count_and_make_run(std::int64_t low, std::int64_t high) {
    if (low + 1 == high) return 1;
    std::int64_t run = 2;
    Value prev = w()[static_cast<std::size_t>(low + 1)];
    int order = compare(prev, w()[static_cast<std::size_t>(low)]);
    bool desc = order < 0;
    for (std::int64_t i = low + 2; i < high; ++i) {
      Value cur = w()[static_cast<std::size_t>(i)];
      order = compare(cur, prev);
      if (desc ? order >= 0 : order < 0) break;
      prev = cur;
      ++run;
    }
    if (desc) std::reverse(w().begin() + low, w().begin() + low + run);
    return run;
  }
  void binary_insertion_sort(std::int64_t low, std::int64_t start, std::int64_t high) {
    if (start == low) ++start;
    for (; start < high; ++start) {
      std::int64_t left = low, right = start;
      Value pivot = w()[static_cast<std::size_t>(right)];
      while (left < right) {
        std::int64_t mid = left + ((right - left) >> 1);
        if (compare(pivot, w()[static_cast<std::size_t>(mid)]) < 0)
          right = mid;
        else
          left = mid + 1;
      }
      for (std::int64_t p = start; p > left; --p)
        w()[static_cast<std::size_t>(p)] = w()[static_cast<std::size_t>(p - 1)];
      w()[static_cast<std::size_t>(left)] = pivot;
    }
  }
  void merge(std::int64_t lo, std::int64_t mid, std::int64_t hi) {
    std::vector<Value> left(w().begin() + lo, w().begin() + mid);
    ValueList* keep = in.heap.make<ValueList>();
    keep->items = left;
    std::size_t i = 0;
    std::int64_t j = mid, k = lo;
    while (i < left.size() && j < hi) {
      if (compare(w()[static_cast<std::size_t>(j)], left[i]) < 0)
        w()[static_cast<std::size_t>(k++)] = w()[static_cast<std::size_t>(j++)];
      else
        w()[static_cast<std::size_t>(k++)] = left[i++];
    }
    while (i < left.size()) w()[static_cast<std::size_t>(k++)] = left[i++];
  }
  void sort() {
    std::int64_t n = static_cast<std::int64_t>(w().size());
    if (n < 2) return;
    std::int64_t r = 0, m = n;
    while (m >= 64) {
      r |= m & 1;
      m >>= 1;
    }
    std::int64_t min_run = m + r;
    std::vector<std::pair<std::int64_t, std::int64_t>> runs;
    std::int64_t low = 0, remaining = n;
    while (remaining != 0) {
      std::int64_t len = count_and_make_run(low, low + remaining);
      if (len < min_run) {
        std::int64_t forced = std::min(min_run, remaining);
        binary_insertion_sort(low, low + len, low + forced);
        len = forced;
      }
      runs.emplace_back(low, len);
      low += len;
      remaining -= len;
    }
    // SPEC-DEVIATION: runs are merged pairwise without galloping; the result is the same for any
    // consistent comparator.
    while (runs.size() > 1) {
      std::vector<std::pair<std::int64_t, std::int64_t>> next;
      for (std::size_t i = 0; i + 1 < runs.size(); i += 2) {
        merge(runs[i].first, runs[i + 1].first, runs[i + 1].first + runs[i + 1].second);
        next.emplace_back(runs[i].first, runs[i].second + runs[i + 1].second);
      }
      if (runs.size() % 2 == 1) next.push_back(runs.back());
      runs = std::move(next);
    }
  }
};

}  // namespace

Value sort_values(Interp& in, Object* o, Value cmp, bool in_place) {
  if (!cmp.is_undefined() && !in.IsCallable(cmp)) {
    in.throw_type_error("The comparison function must be either a function or undefined", false);
  }
  std::int64_t len = in.LengthOfArrayLike(o);
  ValueList* work = in.heap.make<ValueList>();
  std::int64_t undefineds = 0;
  for (std::int64_t i = 0; i < len; ++i) {
    if (!has_index(in, o, i)) continue;
    Value v = get_index(in, o, i);
    if (v.is_undefined())
      ++undefineds;
    else
      work->items.push_back(v);
  }
  Sorter s{in, cmp, work};
  s.sort();
  Object* target = o;
  if (!in_place) target = in.new_array(0);
  std::int64_t k = 0;
  for (Value v : work->items) set_index(in, target, k++, v);
  for (std::int64_t u = 0; u < undefineds; ++u) set_index(in, target, k++, Value::undefined());
  if (in_place) {
    for (; k < len; ++k) in.delete_property(o, in.key_from_index(static_cast<std::uint32_t>(k)));
  }
  return Value::object(target);
}

}  // namespace desugar::sim
