import { prepareProfile, type PreparedProfile } from '../match/match-item.ts';
import type { NewsItem, TopicProfile } from '../model.ts';
import { applyTuning, type Tuning } from '../profile/apply-tuning.ts';
import type { Background } from '../profile/background.ts';
import { learnWithReport, unseenAloneNames, type LearnOptions, type LearnReport, type NamedSeed } from '../profile/learn-profile.ts';
import { expectedPostsPerDay } from '../profile/expected-posts.ts';
import type { Lexicon } from '../text/lexicon.ts';

// The one place a topic is put together: seeds (or a saved profile) -> learned profile -> the
// user's tuning laid over it -> the prepared matcher. `learn`, `eval`, `explain`, the worker and
// `/topic create` all go through here, so a topic matches the same whichever of them built it.

/** What learning reads besides the seeds: the lexicon and "ordinary news" (shipped table, maybe blended with the worker's own feeds). */
export interface TopicText {
  lexicon: Lexicon;
  background: Background;
  /** Ordinary news headlines the facets are widened from (expand-facets.ts); absent: the seeds alone. */
  feedback?: readonly NewsItem[];
}

export interface TopicInput {
  name: string;
  /** Seed articles to learn from; or `profile`, one learned earlier. Exactly one of the two. */
  seeds?: readonly NamedSeed[];
  profile?: TopicProfile;
  /** The user's override (files and Discord merged); `{}` for none. */
  tuning: Tuning;
}

export interface AssembledTopic {
  name: string;
  /** The profile as learned (or saved), before tuning. */
  learned: TopicProfile;
  /** After tuning: what matching uses. */
  profile: TopicProfile;
  prepared: PreparedProfile;
  /** What learning says about it (seed topics only): outlier seeds, expected posts per day after tuning. */
  report?: Omit<LearnReport, 'profile'>;
}

/** Learns a topic's profile from its seeds; the profile carries the topic's name. */
export function learnTopic(name: string, seeds: readonly NamedSeed[], text: TopicText): TopicProfile {
  return learnWithReport(seeds, text.lexicon, text.background, learnOptions(name, text)).profile;
}

/** Lays the tuning over a learned profile and prepares it for matching. */
export function tuneTopic(learned: TopicProfile, tuning: Tuning, lexicon: Lexicon): { profile: TopicProfile; prepared: PreparedProfile } {
  const profile = applyTuning(learned, tuning, lexicon);
  return { profile, prepared: prepareProfile(profile, lexicon) };
}

export function assembleTopic(input: TopicInput, text: TopicText): AssembledTopic {
  if ((input.seeds === undefined) === (input.profile === undefined)) throw new TypeError('assembleTopic: give exactly one of seeds or profile');
  if (input.profile !== undefined) {
    const learned = { ...input.profile, name: input.name };
    return { name: input.name, learned, ...tuneTopic(learned, input.tuning, text.lexicon) };
  }
  const { profile: learned, ...report } = learnWithReport(input.seeds!, text.lexicon, text.background, learnOptions(input.name, text));
  const tuned = tuneTopic(learned, input.tuning, text.lexicon);
  // Tuning moves the threshold and the facets: the expected rate is the tuned profile's.
  return { name: input.name, learned, ...tuned, report: { ...report, expectedPostsPerDay: expectedPostsPerDay(tuned.profile, text.lexicon, text.background, report.lang), unseenAloneNames: unseenAloneNames(tuned.profile, text.lexicon, text.background, report.lang) } };
}

function learnOptions(name: string, text: TopicText): LearnOptions {
  return text.feedback === undefined ? { name } : { name, feedback: text.feedback };
}
