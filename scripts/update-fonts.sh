#!/usr/bin/env bash
# Vendors Noto web fonts from the npm registry (@fontsource packages, SIL
# Open Font License 1.1) into web/assets/fonts: for each script akhbar
# labels in the 22 scheduled languages, the regular (400) WOFF2 of that
# script's subset, and a fonts.tsv of family, file and unicode-range read
# from the package's own CSS. Latin is left to the system's fonts.
# Usage: scripts/update-fonts.sh [VERSION]   (default: 5.3.0)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-5.3.0}"
out=web/assets/fonts
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# package  subset  ISO 15924 scripts it serves (comma-separated)
fonts=(
  "noto-sans-devanagari devanagari Deva"
  "noto-sans-bengali bengali Beng"
  "noto-sans-gurmukhi gurmukhi Guru"
  "noto-sans-gujarati gujarati Gujr"
  "noto-sans-oriya oriya Orya"
  "noto-sans-tamil tamil Taml"
  "noto-sans-telugu telugu Telu"
  "noto-sans-kannada kannada Knda"
  "noto-sans-malayalam malayalam Mlym"
  "noto-naskh-arabic arabic Arab"
  "noto-sans-ol-chiki ol-chiki Olck"
  "noto-sans-meetei-mayek meetei-mayek Mtei"
)
rm -f "$out"/*.woff2
printf 'family\tscripts\tfile\tunicode_range\n' >"$out/fonts.tsv.new"
for f in "${fonts[@]}"; do
  read -r pkg subset scripts <<<"$f"
  (cd "$tmp" && npm pack --silent "@fontsource/$pkg@$version" >/dev/null && mkdir -p "$pkg" && tar xzf "fontsource-$pkg-$version.tgz" -C "$pkg")
  file="$pkg-$subset-400-normal.woff2"
  cp "$tmp/$pkg/package/files/$file" "$out/$file"
  # 400.css holds every subset's @font-face, each after a comment naming
  # its file; the subset's own CSS lacks the unicode-range.
  css="$tmp/$pkg/package/400.css"
  block="$(awk -v name="/* ${file%.woff2} */" '$0 == name {on = 1; next} on && /^}/ {exit} on' "$css")"
  family="$(sed -n "s/^ *font-family: '\(.*\)';/\1/p" <<<"$block")"
  range="$(sed -n 's/^ *unicode-range: \(.*\);/\1/p' <<<"$block")"
  [ -n "$family" ] && [ -n "$range" ] || { echo "no @font-face for $file in $css" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\n' "$family" "$scripts" "$file" "$range" >>"$out/fonts.tsv.new"
  cp "$tmp/$pkg/package/LICENSE" "$out/LICENSE"
done
mv "$out/fonts.tsv.new" "$out/fonts.tsv"
sed -i "s/^const FontsVersion = .*/const FontsVersion = \"$version\"/" web/assets/fonts.go
echo "Noto fonts $version vendored ($(du -ch "$out"/*.woff2 | tail -1 | cut -f1)); run go test ./web/... to check"
