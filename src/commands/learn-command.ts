import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeProfile, shortSeedsWarning, unseenAloneWarning } from '../core/profile/describe-profile.ts';
import { TOO_MANY_POSTS_PER_DAY } from '../core/profile/set-threshold.ts';
import { DEFAULT_SEEDS_DIR } from '../adapters/project-paths.ts';
import { loadTopicFiles, topicHeader, type LoadedTopic } from '../topics/load-topic.ts';
import type { CommandIo } from './io.ts';

export const learnUsage = 'newshound learn [--seeds DIR] [--out FILE] [--name NAME] [--tuning FILE] [--feedback FILE]';

/**
 * Learns a topic from its seeds (and lays a tuning file over it when one is named). The profile
 * goes to --out, or as JSON to stdout; what was learned is described on stderr either way.
 */
export function learnCommand(args: string[], io: CommandIo): number {
  const { values } = parseArgs({
    args,
    options: { seeds: { type: 'string' }, out: { type: 'string' }, name: { type: 'string' }, tuning: { type: 'string' }, feedback: { type: 'string' } },
  });
  // Learning never borrows the default topic's tuning file: only one named here is laid over.
  const topic = loadTopicFiles({ seeds: values.seeds ?? DEFAULT_SEEDS_DIR, ...(values.name !== undefined ? { name: values.name } : {}), ...(values.tuning !== undefined ? { tuning: values.tuning } : {}), ...(values.feedback !== undefined ? { feedback: values.feedback } : {}) });
  const { profile } = topic;
  const json = `${JSON.stringify(profile, null, 2)}\n`;
  if (values.out !== undefined) writeFileSync(values.out, json);
  else io.stdout(json);
  io.stderr([
    `learned "${profile.name}" from ${profile.seeds.length} seeds: ${profile.terms.length} terms, concepts: ${profile.concepts.map((c) => `[${c.name}]`).join(' AND ') || 'none'}${values.out !== undefined ? `; wrote ${values.out}` : ''}`,
    `topic: ${topicHeader(topic)}`,
    describeProfile(profile),
    ...reportLines(topic.report),
  ].join('\n'));
  return 0;
}


/** The expected rate on ordinary news and the seeds that disagree, as learning reported them. */
function reportLines(report: LoadedTopic['report']): string[] {
  if (report === undefined) return [];
  return [
    `expected headlines flagged per day on ordinary ${report.lang === 'id' ? 'Indonesian' : 'English'} news: ${report.expectedPostsPerDay.toFixed(2)} (the topic's own among them, at typical monthly rates: more while the topic runs hot)`,
    ...(report.expansion === undefined ? [] : [`feedback: ${report.expansion.matched} headlines matched; added ${report.expansion.added.length} keys: ${report.expansion.added.slice(0, 20).map((a) => a.key).join(', ')}${report.expansion.added.length > 20 ? ' …' : ''}`]),
    ...(report.associatedNames === undefined ? [] : [`associations: the names widened by ${report.associatedNames.length} names ordinary news says beside the seeds' own: ${report.associatedNames.slice(0, 20).map((a) => a.key).join(', ')}${report.associatedNames.length > 20 ? ' …' : ''}`]),
    ...(report.associated === undefined ? [] : [`associations: the theme widened by ${report.associated.length} words ordinary news says beside its own: ${report.associated.slice(0, 20).map((a) => a.key).join(', ')}${report.associated.length > 20 ? ' …' : ''}`]),
    ...(report.outliers.length > 0 ? [`warning: these seeds share little with the others: ${report.outliers.join(', ')}`] : []),
    ...(report.shortSeeds.length > 0 ? [`warning: ${shortSeedsWarning(report.shortSeeds)}`] : []),
    ...(report.unseenAloneNames.length > 0 ? [`warning: ${unseenAloneWarning(report.unseenAloneNames, report.lang)}`] : []),
    ...(report.expectedPostsPerDay > TOO_MANY_POSTS_PER_DAY ? [`warning: this profile would flag over ${TOO_MANY_POSTS_PER_DAY} headlines a day: unless the topic itself runs that often, add seeds that share the topic's names and words`] : []),
  ];
}
