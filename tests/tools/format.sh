#!/bin/sh
# Checks that every C++ file of ours is formatted as .clang-format says; with --fix, formats them.
# Usage (from the repository root): format.sh [CLANG_FORMAT] [--fix]
cf=clang-format
case "$1" in --fix | "") ;; *) cf=$1; shift ;; esac
files=$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'bench/*.cpp')
[ "$1" = "--fix" ] && exec $cf -i $files
bad=0
for f in $files; do
  if ! $cf --dry-run --Werror "$f" >/dev/null 2>&1; then echo "not formatted: $f"; bad=$((bad + 1)); fi
done
echo "$(echo $files | wc -w) files checked, $bad not formatted"
[ $bad -eq 0 ]
