#!/usr/bin/env bash
# Curve for the word-association table's counting floors (src/core/profile/word-associations.ts
# MIN_ASSOCIATION_DF: a word counts when it is in this many headlines; MIN_PAIR_DOCS: a pair is an
# associate when seen together in this many). For each pair of floors it builds the tables from
# either half of the stream, every development topic's labelled items left out (as
# association-curve.ts's tables are), and scores the shipped widening cuts over every development
# topic, the project's too (association-curve.ts --shipped: mean of full and leave-one-out mean F1,
# at its worst over the two halves; "lowers some topic" when a topic falls below its seeds alone
# with either half).
# The floors: among those that lower no topic, the best score; within 0.001 of it the highest
# floors (the smallest table) win. Prints the curve, then the choice.
#   bash scripts/association-counting-curve.sh ["DF PAIR" ...]   (default: the grid below)
set -euo pipefail
cd "$(dirname "$0")/.."
# The default grid holds the shipped floors (5 2) and one point below them (3 2: the same score, so
# the higher floors win): the choice is not at the grid's edge.
grid=("$@"); [ ${#grid[@]} -eq 0 ] && grid=("3 2" "5 2" "10 3" "10 5" "20 3" "20 5" "20 8" "40 3" "40 5" "40 8" "80 5")
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
exclude=()
for t in id-banjir-sumatera id-harga-bbm id-korupsi-chromebook; do exclude+=(--assoc-exclude "../shared/eval/topics/$t/items.jsonl"); done
for t in id-motogp id-liga-indonesia id-ponsel id-kereta-api; do exclude+=(--assoc-exclude "tests/fixtures/topics/$t/labels.jsonl"); done
: > "$work/curve.tsv"
for point in "${grid[@]}"; do
  read -r df pair <<<"$point"
  for half in first second; do
    node --import tsx scripts/build-background.ts --id ../shared/eval/stream-id-headlines.jsonl --en ../shared/eval/summaries/cnndm-test-200.jsonl \
      --half "$half" --out "$work/$half.json" --associations --min-df "$df" --min-pair "$pair" "${exclude[@]}" | grep -E '^wrote .*assoc' | sed "s|$work/||"
  done
  line="$(node --import tsx scripts/association-curve.ts --shipped --assoc "$work/first.assoc-id.tsv" --assoc "$work/second.assoc-id.tsv" | tail -1)"
  echo "min df $df, min pair $pair: $line"
  score="$(sed -E 's/.*score ([0-9.]+).*/\1/' <<<"$line")"
  harmless=1; [[ "$line" == *"lowers some topic"* ]] && harmless=0
  printf '%s\t%s\t%s\t%s\n' "$df" "$pair" "$score" "$harmless" >> "$work/curve.tsv"
done
# Among the harmless, the best score; within 0.001 the highest floors (df, then pair).
awk -F'\t' '$4 == 1 { if ($3 > best) best = $3; rows[NR] = $0 } END {
  for (i in rows) { split(rows[i], f, "\t"); if (best - f[3] <= 0.001 && (f[1] > df || (f[1] == df && f[2] > pair))) { df = f[1]; pair = f[2] } }
  if (df == "") print "floors: none (every point lowers some topic)"; else printf "floors: min df %s, min pair %s (best harmless score %.4f)\n", df, pair, best }' "$work/curve.tsv"
