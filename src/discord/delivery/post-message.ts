// A post as a Discord message: one embed (title linked to the article, the summary, the outlet,
// the time, the image, score and matched terms, the other outlets that reported the story) plus
// an optional role mention. Pure: the same post always makes the same message, so a resend after
// a crash or an edit carries exactly what the first send would have.
//
// Labels are fixed and short ("score", "Also reported by") whatever the post's language, so one
// channel that mixes Indonesian and English stories reads the same throughout.
import type { APIEmbed } from 'discord.js';
import type { Post } from '../../core/model.ts';
import { EMBED_LIMITS, fitEmbed, type EmbedText } from '../../core/deliver/fit-embed.ts';
import { cutAtWord } from '../../core/summarize/cut-text.ts';

export const MESSAGE_LABELS = { alsoReportedBy: 'Also reported by', score: 'score' } as const;

/** Discord refuses a thread (forum post) name over 100 characters. */
export const THREAD_NAME_LIMIT = 100;

/** Discord's cap on every embed URL (title link, image, thumbnail, author, footer icon). */
export const DISCORD_URL_MAX_CHARS = 2_048;

/** A title made from the summary's first words when the item has none. */
const FALLBACK_TITLE_UNITS = 120;

/** Terms shown in the footer; the rest are summed up as "…" (the footer is a hint, not a list). */
const FOOTER_TERMS = 6;

/** What Discord's create and edit endpoints take for one post. */
export interface PostMessage {
  content?: string;
  embeds: APIEmbed[];
  /** Always explicit: a post pings only the subscription's role, never @everyone or users. */
  allowed_mentions: { parse: []; roles?: string[] };
}

/** The message for `post`, mentioning `mentionRoleId` when the subscription asks for it. */
export function postMessage(post: Post, mentionRoleId?: string): PostMessage {
  const embeds = [postEmbed(post)];
  if (mentionRoleId === undefined) return { embeds, allowed_mentions: { parse: [] } };
  return { content: `<@&${mentionRoleId}>`, embeds, allowed_mentions: { parse: [], roles: [mentionRoleId] } };
}

/** The post's embed, every text within Discord's limits (see fit-embed.ts). */
export function postEmbed(post: Post): APIEmbed {
  // Feed and LLM text is text, not markdown: a masked link "[x](https://...)" or a heading in
  // it must show as written, never render. Escaped before fitting, so the limits hold after.
  const text: EmbedText = {
    title: escapeMarkdown(embedTitle(post)),
    description: escapeMarkdown(post.summary),
    footer: footerText(post),
  };
  if (post.source.trim() !== '') text.author = post.source;
  const others = alsoReportedBy(post);
  if (others !== '') text.fields = [{ name: MESSAGE_LABELS.alsoReportedBy, value: others }];
  const fitted = fitEmbed(text);

  const embed: APIEmbed = {};
  // Discord shows a whitespace-only title as nothing (or refuses it): such a post has none.
  if (fitted.title.trim() !== '') embed.title = fitted.title;
  const url = webUrl(post.url);
  if (url !== undefined) embed.url = url;
  // Discord rejects an empty description (50035), so an item without a summary (or a blank one) has none.
  if (fitted.description.trim() !== '') embed.description = fitted.description;
  if (fitted.author !== undefined && fitted.author !== '') embed.author = { name: fitted.author };
  if (post.published !== undefined && !Number.isNaN(Date.parse(post.published))) {
    embed.timestamp = new Date(post.published).toISOString();
  }
  const image = webUrl(post.imageUrl);
  if (image !== undefined) embed.image = { url: image };
  if (fitted.footer !== undefined && fitted.footer !== '') embed.footer = { text: fitted.footer };
  if (fitted.fields !== undefined && fitted.fields.length > 0) embed.fields = fitted.fields.map((f) => ({ name: f.name, value: f.value }));
  return embed;
}

/** A forum post's (thread's) name: the title cut at a word, never empty. */
export function threadName(post: Post): string {
  return cutAtWord(embedTitle(post), THREAD_NAME_LIMIT);
}

/** The title, else the summary's first words, else the outlet, else the post's id: never blank. */
function embedTitle(post: Post): string {
  const title = oneLine(post.title) || cutAtWord(oneLine(post.summary), FALLBACK_TITLE_UNITS) || oneLine(post.source) || post.id;
  return title;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** "score 7.5 · Kim Jong Un, North Korea, …" */
export function footerText(post: Post): string {
  const score = `${MESSAGE_LABELS.score} ${formatScore(post.score)}`;
  if (post.terms.length === 0) return score;
  const shown = post.terms.slice(0, FOOTER_TERMS);
  const more = post.terms.length > FOOTER_TERMS ? ', …' : '';
  return `${score} · ${shown.join(', ')}${more}`;
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? String(Math.round(score * 10) / 10) : '?';
}

/**
 * The other outlets as markdown links, one per outlet (the first report of each), within the
 * 1024-character field limit: what does not fit is counted as "and N more" rather than cut
 * mid-link, which would show broken markdown.
 */
export function alsoReportedBy(post: Post): string {
  const seen = new Set([post.source.trim().toLowerCase()]);
  const links: string[] = [];
  for (const report of post.alsoReportedBy ?? []) {
    const outlet = report.source.trim();
    if (outlet === '' || seen.has(outlet.toLowerCase())) continue;
    seen.add(outlet.toLowerCase());
    const url = webUrl(report.url);
    const name = cutAtWord(outlet, 100);
    const label = maskedLinkLabel(name);
    links.push(url === undefined || label === '' ? escapeMarkdown(name) : `[${label}](${encodeLinkTarget(url)})`);
  }
  return joinWithinLimit(links, ' · ', EMBED_LIMITS.fieldValue);
}

function joinWithinLimit(items: string[], separator: string, maxUnits: number): string {
  const all = items.join(separator);
  if (all.length <= maxUnits) return all;
  // Keep as many whole items as fit next to the "and N more" tail that names the rest.
  for (let kept = items.length - 1; kept >= 0; kept -= 1) {
    const tail = `and ${items.length - kept} more`;
    const text = kept === 0 ? tail : `${items.slice(0, kept).join(separator)}${separator}${tail}`;
    if (text.length <= maxUnits) return text;
  }
  return '';
}

/**
 * An http(s) URL Discord takes, or none: Discord refuses the whole message (400, 50035) over one
 * embed URL that is not http(s), not well formed or longer than 2,048 characters (RichEmbed and
 * RichEmbedImage in Discord's OpenAPI spec: `maxLength: 2048, format: uri`). A long URL loses its
 * fragment first (the browser's, never sent to the site: the same page); one still too long is
 * left out, so the story is posted without its link rather than lost.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url.trim())) return undefined;
  const parsed = new URL(url.trim());
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.href.length > DISCORD_URL_MAX_CHARS) parsed.hash = '';
  return parsed.href.length <= DISCORD_URL_MAX_CHARS ? parsed.href : undefined;
}

/**
 * An outlet's name as the text of a masked link. Discord shows a backslash escape inside a
 * masked link as written (escaping is off there, discord/discord-api-docs#6185), and prints the
 * whole link as plain text when its label holds a web address (#7721): so markdown characters
 * are taken out rather than escaped, brackets become parentheses and "http(s)://" goes.
 */
function maskedLinkLabel(name: string): string {
  return name
    .replace(/https?:\/\//giu, '')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/_/g, ' ')
    .replace(/[\\`*~|<>]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

// A ")" or space inside the link target would end the markdown link early.
function encodeLinkTarget(url: string): string {
  return url.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll(' ', '%20');
}

// Discord's own autolink: "http(s)://", not glued to a word, up to whitespace or "<".
const BARE_URL = /(?<![\p{L}\p{N}_])https?:\/\/[^\s<]+/gu;

/**
 * Text shown as written, not as markdown: "[Kompas]", "Tempo_Co", a masked link from a feed or
 * an LLM, a "# heading" or "- list" line. Discord drops a backslash before punctuation only
 * (its escape rule skips letters, digits and spaces), so the escapes do not show: a numbered
 * line is escaped at its dot ("1\. First"), since "\1." would show the backslash. A bare
 * web address is left as written: Discord links it before any markdown inside it could apply,
 * and a backslash in it ("a\_b") would be part of the link and break it.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const url of text.matchAll(BARE_URL)) {
    out += escapeProse(text.slice(last, url.index)) + url[0];
    last = url.index + url[0].length;
  }
  return out + escapeProse(text.slice(last));
}

function escapeProse(text: string): string {
  return text
    .replace(/[\\`*_~|[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(#{1,3}\s|-#\s|[-+]\s)/gmu, (_all, indent: string, marker: string) => `${indent}\\${marker}`)
    .replace(/^(\s*\d+)([.)]\s)/gmu, (_all, number: string, marker: string) => `${number}\\${marker}`);
}
