import { LearnError } from '../../core/errors.ts';
import type { AssembledTopic } from '../../core/topic/assemble-topic.ts';
import type { NamedSeed } from '../../core/profile/learn-profile.ts';
import { EXTEND_MARK, namedFacet } from '../../core/profile/apply-tuning.ts';
import { shortSeedsWarning, unseenAloneWarning } from '../../core/profile/describe-profile.ts';
import { CommandInputError, MIN_SEEDS, clipped, httpUrl, numberOption, requiredString, seedUrls, tuningTerm } from './command-input.ts';
import type { CommandContext, CommandReply, CommandRequest } from './command-types.ts';
import { conceptLines, topTermLines } from './profile-summary.ts';
import { listLines, plural, reply } from './reply-format.ts';
import { fetchSeeds } from './seed-articles.ts';
import { changeTopic, termsFor } from './topic-changes.ts';
import { forgetTopicMemory } from '../../control/topic-memory-view.ts';
import { freeTopicName, preparedTopic, requireTopic } from './topic-catalog.ts';

// /topic create, add-seed, threshold and keywords: each change is written to the topic's
// settings in the state store and used from the next cycle on.

export const TUNING_RANGE = { min: 0.1, max: 20 } as const;
export const DEFAULT_KEYWORD_WEIGHT = 3;
/** More seeds add little to a profile and cost a re-learn on every change. */
export const MAX_TOPIC_SEEDS = 20;
/** A required group of terms, as typed: a few terms of TERM_MAX_CHARS each. */
export const REQUIRE_TERMS_MAX_CHARS = 300;
/** Most terms in one required group. */
const MAX_REQUIRED_TERMS = 10;
const NEXT_CYCLE = 'It takes effect from the next cycle.';

export async function createTopic(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const name = await freeTopicName(context, requiredString(request, 'name'));
  const urls = seedUrls(requiredString(request, 'seeds'));
  if (urls.length < MIN_SEEDS) throw new CommandInputError(`A topic is learned from at least ${MIN_SEEDS} seed articles; give ${MIN_SEEDS}-10 article URLs about it, separated by spaces.`);
  const { seeds, failures } = await fetchSeeds(urls, context.articles);
  const failed = failures.map((f) => `• <${f.url}>: ${f.reason}`);
  if (seeds.length < MIN_SEEDS) {
    return reply(listLines([`Topic \`${name}\` was not created: only ${seeds.length} of ${urls.length} seed articles could be read, and at least ${MIN_SEEDS} are needed.`, ...failed], 2_000));
  }
  const learned = learn(seeds, name, context);
  // A memory left under this name by a topic removed before a cycle noticed is not this topic's.
  await forgetTopicMemory(context.store, name);
  await changeTopic(context, name, request.userId, (settings) => {
    // Checked again, under the lock: the fetches took a while, and someone may have taken the name meanwhile.
    if (settings.seeds?.length) throw new CommandInputError(`\`${name}\` was just created by someone else.`);
    settings.seeds = seeds;
  });
  const lines = [`Created topic \`${name}\` from ${plural(seeds.length, 'seed article')}. ${NEXT_CYCLE} Post it to a channel with \`/subscribe topic:${name}\`.`];
  const feeding = (await context.sources.resolve(context.store)).feeds.filter((f) => f.topics.includes(name)).length;
  // Configured feeds that name no topics feed it; those that name topics do not.
  lines.push(feeding > 0 ? `${plural(feeding, 'feed')} will be matched against it.` : `No feed is matched against it yet: add one with \`/feeds add topic:${name}\`.`);
  lines.push(...seedWarnings(learned));
  if (failed.length > 0) lines.push(`Skipped ${plural(failed.length, 'URL')}:`, ...failed);
  return reply(listLines(lines, 2_000), [profileEmbed(`Learned topic ${name}`, learned)]);
}

export async function addSeed(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const url = httpUrl(requiredString(request, 'url'), 'The seed URL');
  if (topic.origin === 'config') {
    throw new CommandInputError(`\`${topic.name}\` comes from the config file: its seeds are the article files in its seeds directory. Add the article there and restart the bot, or tune it here with \`/topic keywords\`.`);
  }
  const existing = topic.settings?.seeds ?? [];
  if (existing.some((s) => s.url === url)) throw new CommandInputError(`<${url}> is already a seed of \`${topic.name}\`.`);
  if (existing.length >= MAX_TOPIC_SEEDS) throw new CommandInputError(`\`${topic.name}\` already has ${MAX_TOPIC_SEEDS} seeds, the most a topic takes.`);
  const { seeds, failures } = await fetchSeeds([url], context.articles);
  if (seeds.length === 0) throw new CommandInputError(`Could not use <${url}>: ${failures[0]?.reason ?? 'unknown failure'}.`);
  // Appended to the seeds as stored now (another seed may have been added during the fetch).
  const stored = await changeTopic(context, topic.name, request.userId, (settings) => {
    const current = settings.seeds ?? [];
    if (current.some((s) => s.url === url)) throw new CommandInputError(`<${url}> is already a seed of \`${topic.name}\`.`);
    if (current.length >= MAX_TOPIC_SEEDS) throw new CommandInputError(`\`${topic.name}\` already has ${MAX_TOPIC_SEEDS} seeds, the most a topic takes.`);
    settings.seeds = [...current, ...seeds];
  });
  const all = stored.seeds ?? [];
  const learned = learn(all, topic.name, context);
  const added = `Added a seed to \`${topic.name}\`: it is now learned from ${plural(all.length, 'article')}. ${NEXT_CYCLE}`;
  return reply(listLines([added, ...seedWarnings(learned)], 2_000), [profileEmbed(`Topic ${topic.name}`, learned)]);
}

export async function setThreshold(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const value = numberOption(request, 'value', TUNING_RANGE);
  if (value === undefined) throw new CommandInputError('`value` is required.');
  const before = (await preparedTopic(context, topic.name)).profile.threshold;
  await changeTopic(context, topic.name, request.userId, (settings) => {
    settings.tuning.threshold = value;
  });
  return reply(`Threshold of \`${topic.name}\` set to ${value} (was ${before}). Lower lets more items through; higher, fewer. ${NEXT_CYCLE}`);
}

export async function addKeyword(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const { term, key } = tuningTerm(requiredString(request, 'term'), context.lexicon);
  const weight = numberOption(request, 'weight', TUNING_RANGE) ?? DEFAULT_KEYWORD_WEIGHT;
  let unexcluded = false;
  await changeTopic(context, topic.name, request.userId, (settings) => {
    const boost = { ...(settings.tuning.boost ?? {}) };
    // Another spelling of the same key ("Korut" for "North Korea") is replaced, not doubled.
    for (const other of termsFor(Object.keys(boost), key, context.lexicon)) delete boost[other];
    boost[term] = weight;
    settings.tuning.boost = boost;
    const exclude = settings.tuning.exclude ?? [];
    const kept = exclude.filter((t) => !termsFor([t], key, context.lexicon).length);
    unexcluded = kept.length !== exclude.length;
    settings.tuning.exclude = kept;
  });
  return reply(`\`${term}\` now weighs ${weight} in \`${topic.name}\`${unexcluded ? ' (and is no longer excluded)' : ''}. ${NEXT_CYCLE}`);
}

export async function removeKeyword(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const { term, key } = tuningTerm(requiredString(request, 'term'), context.lexicon);
  const tuning = topic.settings?.tuning ?? {};
  const boosts = termsFor(Object.keys(tuning.boost ?? {}), key, context.lexicon);
  const exclusions = termsFor(tuning.exclude ?? [], key, context.lexicon);
  const namesTerm = (group: readonly string[]) => termsFor(group.filter((t) => t !== EXTEND_MARK), key, context.lexicon).length > 0;
  const requirements = (tuning.require ?? []).filter(namesTerm);
  if (boosts.length === 0 && exclusions.length === 0 && requirements.length === 0) {
    throw new CommandInputError(`No keyword or exclusion \`${clipped(term, 40)}\` was set from Discord for \`${topic.name}\`. A term learned from the seeds or set in a tuning file can be weighed down with \`/topic keywords add weight:0.1\` or excluded with \`/topic keywords exclude\`.`);
  }
  await changeTopic(context, topic.name, request.userId, (settings) => {
    const boost = { ...(settings.tuning.boost ?? {}) };
    for (const other of boosts) delete boost[other];
    settings.tuning.boost = boost;
    settings.tuning.exclude = (settings.tuning.exclude ?? []).filter((t) => !exclusions.includes(t));
    // A required group naming the term goes whole: the facet falls back to what was learned.
    settings.tuning.require = (settings.tuning.require ?? []).filter((group) => !namesTerm(group));
  });
  const what = [boosts.length > 0 ? 'keyword weight' : '', exclusions.length > 0 ? 'exclusion' : '', requirements.length > 0 ? 'required group' : ''].filter(Boolean).join(' and ');
  return reply(`Removed the ${what} \`${term}\` from \`${topic.name}\`. ${NEXT_CYCLE}`);
}

export async function excludeKeyword(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const { term, key } = tuningTerm(requiredString(request, 'term'), context.lexicon);
  if (termsFor(topic.settings?.tuning.exclude ?? [], key, context.lexicon).length > 0) throw new CommandInputError(`\`${term}\` is already excluded from \`${topic.name}\`.`);
  await changeTopic(context, topic.name, request.userId, (settings) => {
    const boost = { ...(settings.tuning.boost ?? {}) };
    // An excluded term rejects an item outright; a weight for it would never count.
    for (const other of termsFor(Object.keys(boost), key, context.lexicon)) delete boost[other];
    settings.tuning.boost = boost;
    settings.tuning.exclude = [...(settings.tuning.exclude ?? []), term];
  });
  return reply(`Items naming \`${term}\` are now rejected by \`${topic.name}\`. ${NEXT_CYCLE}`);
}

/**
 * /topic keywords require: every item must name one of the terms. The group replaces the facet
 * it names (learned from the seeds), or with `extend` adds to it; naming none, it is a new facet.
 */
export async function requireTerms(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const raw = requiredString(request, 'terms').split(',').map((t) => t.trim()).filter((t) => t !== '');
  if (raw.length === 0) throw new CommandInputError('Give at least one term, separated by commas.');
  if (raw.length > MAX_REQUIRED_TERMS) throw new CommandInputError(`A required group holds at most ${MAX_REQUIRED_TERMS} terms.`);
  const terms = raw.map((t) => tuningTerm(t, context.lexicon).term);
  const extend = request.options.extend === true;
  const group = extend ? [EXTEND_MARK, ...terms] : terms;
  const facets = (await preparedTopic(context, topic.name)).profile.concepts;
  const named = namedFacet(facets, terms, context.lexicon);
  await changeTopic(context, topic.name, request.userId, (settings) => {
    settings.tuning.require = [...(settings.tuning.require ?? []), group];
  });
  const list = terms.map((t) => `\`${t}\``).join(', ');
  const how = named === undefined ? 'as a facet of its own' : extend ? `added to the facet **${named.name}**` : `replacing the facet **${named.name}**`;
  return reply(`Items in \`${topic.name}\` must now name one of ${list} (${how}). Undo with \`/topic keywords remove\` and one of the terms. ${NEXT_CYCLE}`);
}

function learn(seeds: readonly NamedSeed[], name: string, context: CommandContext): AssembledTopic {
  try {
    // Learned as the worker will learn it: on the background it uses now.
    return context.sources.assemble(name, seeds);
  } catch (error) {
    if (error instanceof LearnError) throw new CommandInputError(`Could not learn \`${name}\` from these articles: ${error.message.replace(/^learn: /, '')}.`);
    throw error;
  }
}

/** Seeds that share little with the others, or too short to learn a theme from, make a weaker topic, and names the background never saw make its rate unknown: say which. */
function seedWarnings(topic: AssembledTopic): string[] {
  const outliers = topic.report?.outliers ?? [];
  const short = topic.report?.shortSeeds ?? [];
  const unseen = topic.report?.unseenAloneNames ?? [];
  return [
    ...(outliers.length === 0 ? [] : [`⚠️ ${plural(outliers.length, 'seed')} share${outliers.length === 1 ? 's' : ''} little with the others (the topic may be too broad): ${outliers.map((o) => `\`${clipped(o, 60)}\``).join(', ')}`]),
    ...(short.length === 0 ? [] : [`⚠️ ${shortSeedsWarning(short.map((name) => `\`${clipped(name, 60)}\``))}`]),
    ...(unseen.length === 0 || topic.report === undefined ? [] : [`⚠️ ${unseenAloneWarning(unseen.map((name) => clipped(name, 60)), topic.report.lang)}`]),
  ];
}

function profileEmbed(title: string, topic: AssembledTopic) {
  const { profile } = topic;
  const expected = topic.report?.expectedPostsPerDay;
  return {
    title,
    fields: [
      { name: 'Every item must name', value: conceptLines(profile) },
      { name: 'Top terms (weight)', value: topTermLines(profile, 15) },
      { name: 'Threshold', value: String(profile.threshold), inline: true },
      ...(expected === undefined ? [] : [{ name: 'Expected headlines flagged/day', value: expected.toFixed(2), inline: true }]),
    ],
  };
}
