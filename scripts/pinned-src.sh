# Sourced by scripts/check-dump-model.sh and check-dump-pickers.sh: sets
# src to a checkout of the commit $rev (a temporary git worktree under
# $out, removed with $out when the script exits), or to $root itself
# when rev is HEAD. Needs root, rev and out set.
src=$root
if [ "$rev" != HEAD ]; then
  src=$out/src
  git -C "$root" worktree add -q --detach "$src" "$rev"
fi
trap 'if [ "$src" != "$root" ]; then git -C "$root" worktree remove --force "$src"; fi; rm -rf "$out"' EXIT
echo "training with the trainer of $rev" >&2
