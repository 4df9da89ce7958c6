import { graphemePrefix } from '../../core/summarize/cut-text.ts';
import type { CommandReply, ReplyEmbed } from './command-types.ts';

// Discord's size limits, and helpers that keep replies inside them: a long list is cut with
// "… and N more" rather than rejected by Discord with a 50035 the user never sees.

export const DISCORD_LIMITS = {
  content: 2_000,
  embedTitle: 256,
  embedDescription: 4_096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  embedTotal: 6_000,
} as const;

/** Discord's blurple, so the bot's replies look like one family. */
const EMBED_COLOR = 0x5865f2;

export function reply(content: string, embeds?: ReplyEmbed[]): CommandReply {
  const fitted = embeds?.map(fitEmbed);
  return { content: clip(content, DISCORD_LIMITS.content), ...(fitted && fitted.length > 0 ? { embeds: fitted } : {}), ephemeral: true };
}

/**
 * What Discord reads as one unit: a <…> link, mention or timestamp, a masked link, a bare web
 * address. Cut inside, a link would point somewhere else (Discord links a bare address up to
 * the cut) and a mention would show as its raw text.
 */
const UNIT = /<[^\s<>]+>|\[[^\]\n]*\]\(<?https?:\/\/[^\s)]*>?\)|https?:\/\/[^\s<>]+/g;

/**
 * The text within `max` code units, "…" ending a cut that never splits an emoji or a letter,
 * nor a link or mention: one the cut would fall in is left out whole.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = graphemePrefix(text, max - 1).length;
  for (const unit of text.matchAll(UNIT)) {
    if (unit.index >= cut) break;
    if (unit.index + unit[0].length > cut) {
      cut = unit.index;
      break;
    }
  }
  return `${text.slice(0, cut)}…`;
}

/**
 * Joins lines until the next would pass `maxChars`, then says how many were left out. The
 * "… and N more" line is budgeted for, so the result always fits.
 */
export function listLines(lines: readonly string[], maxChars: number = DISCORD_LIMITS.embedDescription): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index;
    const tail = left > 1 ? `\n… and ${left - 1} more`.length : 0;
    const cost = (kept.length > 0 ? 1 : 0) + line.length;
    if (used + cost + tail > maxChars) {
      const more = `… and ${left} more`;
      return kept.length > 0 ? `${kept.join('\n')}\n${more}` : clip(line, maxChars - more.length - 1) + `\n${more}`;
    }
    kept.push(line);
    used += cost;
  }
  return kept.join('\n');
}

/** An embed trimmed field by field, then to the 6,000-character total. */
export function fitEmbed(embed: ReplyEmbed): ReplyEmbed {
  const fitted: ReplyEmbed = { color: EMBED_COLOR, ...embed };
  if (fitted.title !== undefined) fitted.title = clip(fitted.title, DISCORD_LIMITS.embedTitle);
  // Discord refuses a blank description (50035, "This field is required"): an empty list has none.
  if (fitted.description?.trim() === '') delete fitted.description;
  if (fitted.description !== undefined) fitted.description = clip(fitted.description, DISCORD_LIMITS.embedDescription);
  if (fitted.fields !== undefined) {
    fitted.fields = fitted.fields.slice(0, DISCORD_LIMITS.embedFields).map((field) => ({
      ...field,
      name: clip(field.name, DISCORD_LIMITS.fieldName),
      value: clip(field.value === '' ? '—' : field.value, DISCORD_LIMITS.fieldValue),
    }));
  }
  let total = embedChars(fitted);
  while (total > DISCORD_LIMITS.embedTotal && fitted.fields && fitted.fields.length > 0) {
    fitted.fields.pop();
    total = embedChars(fitted);
  }
  if (total > DISCORD_LIMITS.embedTotal && fitted.description !== undefined) {
    fitted.description = clip(fitted.description, Math.max(1, fitted.description.length - (total - DISCORD_LIMITS.embedTotal)));
  }
  return fitted;
}

function embedChars(embed: ReplyEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + fields;
}

/** A Discord timestamp: shown in each reader's own time zone, e.g. "3 hours ago". */
export function discordTime(iso: string | undefined, style: 'R' | 'f' = 'R'): string {
  if (iso === undefined) return 'never';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `<t:${Math.floor(ms / 1000)}:${style}>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Plain text inside a code block cannot close it early. */
export function codeBlock(text: string, maxChars: number): string {
  const safe = text.replace(/```/g, '`\u200b``');
  return `\`\`\`\n${clip(safe, maxChars - 8)}\n\`\`\``;
}
