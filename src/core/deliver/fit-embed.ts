// Discord rejects an embed over its limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits):
// title 256, description 4096, field name 256 and value 1024 (at most 25 fields), footer text
// 2048, author name 256, and 6000 over all of those together. A message that is refused is a
// post lost, so every text is cut here, before sending: prose at its last sentence boundary
// that fits (a reader gets whole sentences), labels and the title at a word boundary with "…".
// Lengths are UTF-16 code units, never fewer than the characters Discord counts.
import { cutAtWord } from '../summarize/cut-text.ts';
import { sentenceSpans } from '../summarize/split-sentences.ts';

export interface EmbedText {
  title: string;
  description: string;
  footer?: string;
  author?: string;
  fields?: Array<{ name: string; value: string }>;
}

export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  footer: 2048,
  author: 256,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  total: 6000,
} as const;

/** The embed with every text within Discord's limits, and their sum within 6000. */
export function fitEmbed(embed: EmbedText): EmbedText {
  const fitted: EmbedText = {
    title: cutAtWord(embed.title, EMBED_LIMITS.title),
    description: cutProse(embed.description, EMBED_LIMITS.description),
  };
  if (embed.footer !== undefined) fitted.footer = cutProse(embed.footer, EMBED_LIMITS.footer);
  if (embed.author !== undefined) fitted.author = cutAtWord(embed.author, EMBED_LIMITS.author);
  if (embed.fields !== undefined) {
    fitted.fields = embed.fields.slice(0, EMBED_LIMITS.fields).map((f) => ({
      name: cutAtWord(f.name, EMBED_LIMITS.fieldName),
      value: cutProse(f.value, EMBED_LIMITS.fieldValue),
    }));
  }
  return fitTotal(fitted);
}

/** Characters Discord counts towards the 6000 total. */
export function embedLength(embed: EmbedText): number {
  const fields = embed.fields ?? [];
  return (
    embed.title.length +
    embed.description.length +
    (embed.footer?.length ?? 0) +
    (embed.author?.length ?? 0) +
    fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Prose within `maxUnits`: cut after the last whole sentence that fits (line ends count), or,
 * when not even the first sentence fits, at a word boundary with "…".
 */
export function cutProse(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = 0;
  for (const span of sentenceSpans(text)) {
    if (span.end > maxUnits) break;
    end = span.end;
  }
  return end > 0 ? text.slice(0, end) : cutAtWord(text, maxUnits);
}

// Over the total, the description gives way first (it is the longest and the summary can lose
// its last sentences); then fields from the last, then the footer, the author, the title.
function fitTotal(embed: EmbedText): EmbedText {
  const over = () => embedLength(embed) - EMBED_LIMITS.total;
  if (over() <= 0) return embed;
  embed.description = cutProse(embed.description, Math.max(0, embed.description.length - over()));
  while (over() > 0 && embed.fields !== undefined && embed.fields.length > 0) {
    const last = embed.fields[embed.fields.length - 1]!;
    const room = last.value.length - over();
    // A field needs a name and a value: one that cannot keep any of its value goes whole.
    if (room > 0) last.value = cutProse(last.value, room);
    if (room <= 0 || last.value === '') embed.fields.pop();
  }
  if (over() > 0 && embed.footer !== undefined) embed.footer = cutProse(embed.footer, Math.max(0, embed.footer.length - over()));
  if (over() > 0 && embed.author !== undefined) embed.author = cutAtWord(embed.author, Math.max(0, embed.author.length - over()));
  if (over() > 0) embed.title = cutAtWord(embed.title, Math.max(0, embed.title.length - over()));
  return embed;
}
