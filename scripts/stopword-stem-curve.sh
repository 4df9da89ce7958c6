#!/usr/bin/env bash
# Curve for the stem-mate cut (scripts/stopword-stem-count.ts): for each --min-derived N, keep the
# Tala stopwords derived at least N times as content, rebuild the background, and print the topic
# figures (seeds + leave-one-out, feedback, default), story days and summaries. Leaves the last cut
# written; rerun stopword-stem-count.ts --write and build:background for the chosen one.
#   bash scripts/stopword-stem-curve.sh [N...]     (default: none 1500 1000 700 600 500 400 300 200 100)
set -euo pipefail
cuts=("$@"); [ ${#cuts[@]} -eq 0 ] && cuts=(none 1500 1000 700 600 500 400 300 200 100)
for n in "${cuts[@]}"; do
  m=$n; [ "$n" = none ] && m=1000000000
  node --import tsx scripts/stopword-stem-count.ts --min-derived "$m" --write | grep '^derived at least'
  npm run -s build:background -- --id ../shared/eval/stream-id-headlines.jsonl --en ../shared/eval/summaries/cnndm-test-200.jsonl > /dev/null 2>&1
  echo "== min-derived $n: seeds (leave-one-out)"
  node --import tsx scripts/topic-figures.ts --loo | grep -v '^ *leave' | sed 's/  learn=.*//'
  node --import tsx scripts/topic-figures.ts --loo | grep 'leave' | sed 's/.*(/   loo (/'
  echo "== min-derived $n: feedback"
  node --import tsx scripts/topic-figures.ts --feedback | sed 's/  learn=.*//'
  echo "== min-derived $n: stories"
  npx tsx scripts/story-curve.ts | grep -E '^  (en all|id all|overall)|MATCH_CUTS|^chosen'
  echo "== min-derived $n: summaries (R-1 R-2 R-L, default)"
  node --import tsx scripts/score-summaries.ts | grep -E 'bonus none' 
done
