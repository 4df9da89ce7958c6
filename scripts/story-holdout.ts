// Story grouping on the held-out days: days labelled like the development days but never read by
// scripts/story-curve.ts or scripts/story-model-fit.ts, so their figures say how the cuts fitted on
// the development days carry to a day they were not fitted on (issue 10: hidden days decide).
//   node --import tsx scripts/story-holdout.ts [--decision cuts|model] [--second-look COSINE] [--rare-title IDF,FACTOR,SHARE] [--scarce-key STORIES] [--veto MARGIN] [--bridge FACTOR,CENTROID] [--soft-title WEIGHT,PER_WORD,SHARE[,FRACTION,CUT_FACTOR]] [--cuts JSON]
// --second-look COSINE turns on the cuts' opt-in second look (subjectMinCosine, subject-check.ts;
// its words and share as MATCH_CUTS holds them): README's held-out rows "with the second look" use
// 0.4, what `story-curve.ts --second-look` picks. --rare-title IDF,FACTOR,SHARE sets the
// rare-word join (rare-title.ts: rareTitleMinIdf, rareTitleCutFactor, rareTitleMinShare) in place
// of MATCH_CUTS' (what `story-curve.ts` fits); IDF 0 turns it off. --scarce-key STORIES sets the
// scarce-key check (common-keys.ts, scarceKeyMaxStories) in place of MATCH_CUTS'; 0 turns it off.
// --veto MARGIN sets the model's veto on the cuts' joins (story-index.ts, modelVetoMargin) in place
// of MATCH_CUTS'; off turns it off. --bridge FACTOR,CENTROID sets the bridge merge (bridge-merge.ts:
// bridgeMergeFactor, bridgeMergeCentroid) in place of MATCH_CUTS'; FACTOR 0 turns it off. Last, the mean over the days of pair precision and pair F1 (each day alike): a change to the
// cuts is kept when the first rises and the second does not fall by more than 0.005.
// Days: tests/fixtures/stories-id/holdout-labels.jsonl (Indonesian: 2025-10-22, 2025-10-29, 2026-01-14, 2026-01-21, 2026-03-04) joined with the
// ../shared stream by scripts/build-stories-id.ts, and tests/fixtures/stories-en/holdout-labels.jsonl
// (English, 2025-02-12) joined with the 22 feeds' items by scripts/build-stories-en.ts. Prints pair and B-cubed precision/recall/F1 per
// day, with the default options (MATCH_CUTS) unless --decision model, --second-look or --rare-title.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import type { StoryModel } from '../src/core/dedup/story-model.ts';
import { formatStoryScores } from '../src/core/eval/story-metrics.ts';
import { associationsFile, clusterItems, heldOutDays, ownAssociations, scoreByDay } from './story-eval-lib.ts';
import { WindowBlocks } from './story-topic-windows.ts';

const { values } = parseArgs({ options: { decision: { type: 'string', default: 'cuts' }, 'second-look': { type: 'string' }, 'rare-title': { type: 'string' }, 'scarce-key': { type: 'string' }, veto: { type: 'string' }, bridge: { type: 'string' }, model: { type: 'string' }, 'soft-title': { type: 'string' }, cuts: { type: 'string' } } });
// --cuts JSON: any other StoryIndexOptions over MATCH_CUTS' (e.g. '{"newSourceCutFactor":0.8,"minCosine":0.4}'), as story-recall-loss.ts takes them.
const cuts = values.cuts === undefined ? {} : (JSON.parse(values.cuts) as Record<string, number>);
const decision = values.decision;
if (decision !== 'cuts' && decision !== 'model') {
  console.error(`story-holdout: --decision takes cuts or model, not ${decision}`);
  process.exit(2);
}
const subjectMinCosine = values['second-look'] === undefined ? undefined : Number(values['second-look']);
if (subjectMinCosine !== undefined && (!(subjectMinCosine > 0) || decision !== 'cuts')) {
  console.error(`story-holdout: --second-look takes a cosine above 0, with decision cuts (not ${values['second-look']}, ${decision})`);
  process.exit(2);
}
// An empty part ("8,,0.3") is no number, not 0.
const rareTitle = values['rare-title']?.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
if (rareTitle !== undefined && (rareTitle.length !== 3 || rareTitle.some((x) => !Number.isFinite(x)) || !(rareTitle[0]! >= 0) || decision !== 'cuts')) {
  console.error(`story-holdout: --rare-title takes IDF,FACTOR,SHARE (IDF 0: off), with decision cuts (not ${values['rare-title']}, ${decision})`);
  process.exit(2);
}
const rare = rareTitle === undefined ? {} : { rareTitleMinIdf: rareTitle[0]!, rareTitleCutFactor: rareTitle[1]!, rareTitleMinShare: rareTitle[2]! };
// --scarce-key N sets the scarce-key check (common-keys.ts: scarceKeyMaxStories) in place of MATCH_CUTS'; 0 turns it off.
const scarceKey = values['scarce-key'] === undefined ? undefined : Number(values['scarce-key']);
if (scarceKey !== undefined && (!Number.isInteger(scarceKey) || scarceKey < 0 || decision !== 'cuts')) {
  console.error(`story-holdout: --scarce-key takes a whole number of stories (0: off), with decision cuts (not ${values['scarce-key']}, ${decision})`);
  process.exit(2);
}
// --veto MARGIN sets the model's veto (modelVetoMargin) in place of MATCH_CUTS'; off turns it off.
const veto = values.veto === undefined ? undefined : values.veto === 'off' ? -Infinity : Number(values.veto);
if (veto !== undefined && (Number.isNaN(veto) || values.veto!.trim() === '' || decision !== 'cuts')) {
  console.error(`story-holdout: --veto takes a margin over the model's cut or off, with decision cuts (not ${values.veto}, ${decision})`);
  process.exit(2);
}
// --bridge FACTOR,CENTROID sets the bridge merge (bridgeMergeFactor, bridgeMergeCentroid) in place of MATCH_CUTS'; FACTOR 0 turns it off.
const bridgeMerge = values.bridge?.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
if (bridgeMerge !== undefined && (bridgeMerge.length !== 2 || bridgeMerge.some((x) => !Number.isFinite(x)) || !(bridgeMerge[0] === 0 || bridgeMerge[0]! >= 1) || !(bridgeMerge[1]! >= 0) || decision !== 'cuts')) {
  console.error(`story-holdout: --bridge takes FACTOR,CENTROID (FACTOR 0: off, else at least 1; CENTROID 0: no gate), with decision cuts (not ${values.bridge}, ${decision})`);
  process.exit(2);
}
const bridge = bridgeMerge === undefined ? {} : { bridgeMergeFactor: bridgeMerge[0]!, bridgeMergeCentroid: bridgeMerge[1]! };
// --soft-title WEIGHT,PER_WORD,SHARE sets the soft match (soft-title.ts: softTitleWeight,
// softTitlePerWord, softTitleMinShare) in place of MATCH_CUTS'; WEIGHT 0 turns it off. It reads the
// association table story-eval-lib.ts builds without the labelled days (STORY_ASSOCIATIONS=FILE
// another, =shipped the shipped one, which counts these very days). Two more, FRACTION,CUT_FACTOR,
// set its gate (softTitleMinFraction, softTitleCutFactor; 0,1 or left out: ungated); a factor
// below 1 is gate (b), which reads no fraction, so the two are not given together.
const softTitle = values['soft-title']?.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
if (softTitle !== undefined && ((softTitle.length !== 3 && softTitle.length !== 5) || softTitle.some((x) => !Number.isFinite(x)) || !(softTitle[0]! >= 0) || (softTitle.length === 5 && softTitle[3]! > 0 && softTitle[4]! < 1) || decision !== 'cuts')) {
  console.error(`story-holdout: --soft-title takes WEIGHT,PER_WORD,SHARE[,FRACTION,CUT_FACTOR] (WEIGHT 0: off; FRACTION 0 with a CUT_FACTOR under 1), with decision cuts (not ${values['soft-title']}, ${decision})`);
  process.exit(2);
}
const soft = softTitle === undefined ? {} : { softTitleWeight: softTitle[0]!, softTitlePerWord: softTitle[1]!, softTitleMinShare: softTitle[2]!, softTitleMinFraction: softTitle[3] ?? 0, softTitleCutFactor: softTitle[4] ?? 1 };
// --model FILE: a model saved by `SAVE=FILE story-model-fit.ts` (an experiment's), in place of STORY_MODEL.
const model = values.model === undefined ? undefined : (JSON.parse(readFileSync(values.model, 'utf8')) as StoryModel);
if (model !== undefined && decision !== 'model') {
  console.error('story-holdout: --model needs --decision model');
  process.exit(2);
}
const sets = heldOutDays();
if (sets.length === 0) {
  console.error('story-holdout: ../shared/eval is not beside the project: no held-out day to score');
  process.exit(2);
}
console.log(`held-out days, decision ${decision}${subjectMinCosine === undefined ? '' : `, second look ${subjectMinCosine}`}${rareTitle === undefined ? '' : `, rare-word join ${rareTitle.join(', ')}`}${scarceKey === undefined ? '' : `, scarce key ${scarceKey}`}${veto === undefined ? '' : `, model veto ${veto}`}${bridgeMerge === undefined ? '' : `, bridge merge ${bridgeMerge.join(', ')}`}${softTitle === undefined ? '' : `, soft match ${softTitle.join(', ')}`}${values.cuts === undefined ? '' : `, cuts ${values.cuts}`}${ownAssociations ? `, associations from ${associationsFile}` : ''}:`);
const means = { precision: 0, f1: 0, days: 0 };
const options: StoryIndexOptions = { ...cuts, decision: decision as 'cuts' | 'model', ...(model === undefined ? {} : { model }), ...(subjectMinCosine === undefined ? {} : { subjectMinCosine }), ...rare, ...(scarceKey === undefined ? {} : { scarceKeyMaxStories: scarceKey }), ...(veto === undefined ? {} : { modelVetoMargin: veto }), ...bridge, ...soft };
for (const set of sets) {
  const predicted = clusterItems(set.items, options);
  for (const [day, scores] of scoreByDay(set.items, predicted)) {
    if (day === 'all') continue;
    console.log(`  ${`${set.name} ${day}`.padEnd(14)} ${formatStoryScores(scores)}  (${scores.items} items, ${scores.stories} stories, ${scores.clusters} clusters)`);
    means.precision += scores.pairs.precision;
    means.f1 += scores.pairs.f1;
    means.days += 1;
  }
}
// The keep check of a change to the cuts: the days' mean pair precision and pair F1, each day alike.
console.log(`  mean of the ${means.days} days: pair P ${(means.precision / means.days).toFixed(3)}, pair F1 ${(means.f1 / means.days).toFixed(3)}`);
// The windows a topic's own index sees (story-topic-windows.ts): every development topic's matches
// on each held-out day, pooled, and the default topic's held-out reports across months, as story-curve.ts scores the development ones.
for (const [name, scores] of new WindowBlocks(sets, 'holdout').score(options)) console.log(`  ${name}: ${formatStoryScores(scores)}  (${scores.items} items)`);
