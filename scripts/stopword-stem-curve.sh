#!/usr/bin/env bash
# Curve for the stem-mate cut of scripts/stopword-stem-count.ts: for each --min-similarity C (the
# cosine of the headlines holding a Tala stopword bare and derived), keep the words at or above C
# as content, rebuild the background, and print the topic figures (seeds + leave-one-out,
# feedback, default), story days and summaries. Leaves the last cut written: rerun
# stopword-stem-count.ts --min-similarity C --write and build:background for the chosen one.
#   bash scripts/stopword-stem-curve.sh [C...]     (default: none 0.65 0.6 0.55 0.5 0.45 0.4 0.35)
set -euo pipefail
cuts=("$@"); [ ${#cuts[@]} -eq 0 ] && cuts=(none 0.65 0.6 0.55 0.5 0.45 0.4 0.35)
for n in "${cuts[@]}"; do
  m=$n; [ "$n" = none ] && m=2
  node --import tsx scripts/stopword-stem-count.ts --min-similarity "$m" --write | grep '^cosine at least'
  npm run -s build:background -- --id ../shared/eval/stream-id-headlines.jsonl --en ../shared/eval/summaries/cnndm-test-200.jsonl > /dev/null 2>&1
  echo "== cut $n: seeds (leave-one-out)"
  node --import tsx scripts/topic-figures.ts --loo | grep -v '^ *leave' | sed 's/  learn=.*//'
  node --import tsx scripts/topic-figures.ts --loo | grep 'leave' | sed 's/.*(/   loo (/'
  echo "== cut $n: feedback"
  node --import tsx scripts/topic-figures.ts --feedback | sed 's/  learn=.*//'
  echo "== cut $n: stories"
  npx tsx scripts/story-curve.ts | grep -E '^  (en all|id all|overall)|MATCH_CUTS|^chosen'
  echo "== cut $n: summaries (R-1 R-2 R-L, default)"
  node --import tsx scripts/score-summaries.ts | grep -E 'bonus none' 
done
