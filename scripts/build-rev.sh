# Sourced by scripts/dump-pair.sh and kit-identity.sh: build REV OUT
# builds akhbar as it is at the commit REV into OUT (the working tree when
# REV is empty), from an export under $work. Needs root and work set.
build() { # rev out
  if [ -z "$1" ]; then (cd "$root" && go build -o "$2" ./cmd/akhbar); return; fi
  mkdir -p "$work/src-$1"
  git -C "$root" archive "$1" | tar -x -C "$work/src-$1"
  (cd "$work/src-$1" && go build -o "$2" ./cmd/akhbar)
}
