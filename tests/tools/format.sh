#!/bin/sh
# Checks that every C++ file of ours is formatted as .clang-format says; with --fix, formats them.
# Usage: format.sh [CLANG_FORMAT] [--fix]   (run from the repository root)
cf=${1:-clang-format}
files=$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'bench/*.cpp' 2>/dev/null || find src tests bench -name '*.cpp' -o -name '*.h')
if [ "$2" = "--fix" ] || [ "$1" = "--fix" ]; then
  [ "$1" = "--fix" ] && cf=clang-format
  exec $cf -i $files
fi
bad=0
for f in $files; do
  if ! $cf --dry-run --Werror "$f" >/dev/null 2>&1; then echo "not formatted: $f"; bad=$((bad + 1)); fi
done
echo "$(echo $files | wc -w) files checked, $bad not formatted"
[ $bad -eq 0 ]
