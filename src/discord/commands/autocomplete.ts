import { graphemePrefix } from '../../core/summarize/cut-text.ts';
import type { AutocompleteRequest, Choice, CommandContext } from './command-types.ts';
import { feedEntries } from './feed-catalog.ts';
import { clipped } from './command-input.ts';
import { knownTopics } from './topic-catalog.ts';

// Choices for the option being typed: topic names for every topic option (`topic`, and `name`
// under /topic but for create, which names a new one), watched feeds for `feed`.

/** Discord shows at most 25 choices; names and values at most 100 characters. */
export const MAX_CHOICES = 25;
const CHOICE_MAX_CHARS = 100;

export async function autocompleteChoices(request: AutocompleteRequest, context: CommandContext): Promise<Choice[]> {
  const typed = request.focused.value.trim().toLowerCase();
  const { name } = request.focused;
  let choices: Choice[] = [];
  if (name === 'feed') {
    const feeds = (await feedEntries(context)).filter((f) => f.active);
    choices = feeds.map((f) => ({ name: `${f.name} (${f.origin === 'config' ? 'config file' : 'added here'})`, value: f.id }));
  } else if (name === 'topic' || (request.command === 'topic' && name === 'name' && request.subcommand !== 'create')) {
    choices = (await knownTopics(context)).map((t) => ({ name: t.name, value: t.name }));
  }
  return rank(choices, typed)
    .slice(0, MAX_CHOICES)
    // A choice's name is plain text, never a link: cut where it must be, a web address too.
    .map((c) => ({ name: clipped(c.name, CHOICE_MAX_CHARS), value: graphemePrefix(c.value, CHOICE_MAX_CHARS) }));
}

/** What starts with the typed text first, then what contains it; nothing typed: everything, in order. */
function rank(choices: readonly Choice[], typed: string): Choice[] {
  if (typed === '') return [...choices];
  const starts = choices.filter((c) => c.name.toLowerCase().startsWith(typed) || c.value.toLowerCase().startsWith(typed));
  const contains = choices.filter((c) => !starts.includes(c) && (c.name.toLowerCase().includes(typed) || c.value.toLowerCase().includes(typed)));
  return [...starts, ...contains];
}
