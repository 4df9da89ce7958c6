// Discord's message-body limits. A news bot trims summaries to fit embeds; if the fake accepted
// anything, an off-by-one in that trimming would only show up in production as a 50035.

import { addFieldError, errors } from './api-errors.ts';
import type { Json } from './api-constants.ts';

const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, total: 6000 };

function tooLong(errs: Json, path: Array<string | number>, max: number): void {
  addFieldError(errs, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
}

function checkLength(errs: Json, path: Array<string | number>, value: unknown, max: number): number {
  if (typeof value !== 'string') return 0;
  if (value.length > max) tooLong(errs, path, max);
  return value.length;
}

/** Every embed URL in Discord's OpenAPI spec (RichEmbed*): `maxLength: 2048, format: uri`. */
export const URL_MAX_LENGTH = 2048;

/**
 * Discord's URL checks, in its order: length, then a well-formed absolute URL, then the scheme
 * (http/https; images and thumbnails may also be `attachment://` uploads).
 */
export function checkUrl(errs: Json, path: Array<string | number>, value: unknown, schemes: readonly string[] = ['http', 'https']): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    addFieldError(errs, path, 'BASE_TYPE_STRING', 'Must be a string.');
    return;
  }
  if (value.length > URL_MAX_LENGTH) return tooLong(errs, path, URL_MAX_LENGTH);
  // No spaces or control characters, an absolute URL with a host (attachment:// names a file).
  const parsed = URL.canParse(value) && !/[\s\x00-\x1f]/.test(value) ? new URL(value) : undefined;
  const scheme = parsed?.protocol.slice(0, -1);
  if (parsed === undefined || (scheme !== 'attachment' && parsed.hostname === '')) {
    addFieldError(errs, path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    return;
  }
  if (!schemes.includes(scheme!)) {
    const list = schemes.map((s) => `'${s}'`).join(', ');
    addFieldError(errs, path, 'URL_TYPE_INVALID_SCHEME', `Scheme "${scheme}" is not supported. Scheme must be one of (${list}).`);
  }
}

function checkEmbedUrls(errs: Json, embed: Json, at: (...p: Array<string | number>) => Array<string | number>): void {
  const media = ['http', 'https', 'attachment'];
  checkUrl(errs, at('url'), embed.url);
  checkUrl(errs, at('image', 'url'), (embed.image as Json | undefined)?.url, media);
  checkUrl(errs, at('thumbnail', 'url'), (embed.thumbnail as Json | undefined)?.url, media);
  checkUrl(errs, at('author', 'url'), (embed.author as Json | undefined)?.url);
  checkUrl(errs, at('author', 'icon_url'), (embed.author as Json | undefined)?.icon_url, media);
  checkUrl(errs, at('footer', 'icon_url'), (embed.footer as Json | undefined)?.icon_url, media);
}

function checkEmbed(errs: Json, embed: Json, i: number): number {
  const at = (...p: Array<string | number>) => ['embeds', i, ...p];
  checkEmbedUrls(errs, embed, at);
  let total = 0;
  total += checkLength(errs, at('title'), embed.title, EMBED_LIMITS.title);
  total += checkLength(errs, at('description'), embed.description, EMBED_LIMITS.description);
  // A blank description is refused ("This field is required"), unlike one left out.
  if (typeof embed.description === 'string' && embed.description.trim() === '') addFieldError(errs, at('description'), 'BASE_TYPE_REQUIRED', 'This field is required');
  const footer = embed.footer as Json | undefined;
  total += checkLength(errs, at('footer', 'text'), footer?.text, EMBED_LIMITS.footer);
  const author = embed.author as Json | undefined;
  total += checkLength(errs, at('author', 'name'), author?.name, EMBED_LIMITS.author);
  const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
  if (fields.length > EMBED_LIMITS.fields) tooLong(errs, at('fields'), EMBED_LIMITS.fields);
  fields.forEach((f, j) => {
    // RichEmbedField: name and value are required strings; Discord refuses an empty one too.
    for (const key of ['name', 'value'] as const) {
      if (typeof f[key] !== 'string' || f[key] === '') addFieldError(errs, at('fields', j, key), 'BASE_TYPE_REQUIRED', 'This field is required');
    }
    total += checkLength(errs, at('fields', j, 'name'), f.name, EMBED_LIMITS.fieldName);
    total += checkLength(errs, at('fields', j, 'value'), f.value, EMBED_LIMITS.fieldValue);
  });
  if (embed.timestamp !== undefined && embed.timestamp !== null && (typeof embed.timestamp !== 'string' || Number.isNaN(Date.parse(embed.timestamp)))) {
    addFieldError(errs, at('timestamp'), 'DATE_TYPE_PARSE', 'Could not parse the date.');
  }
  const color = embed.color;
  if (color !== undefined && color !== null && (!Number.isInteger(color) || (color as number) < 0 || (color as number) > 0xffffff)) {
    addFieldError(errs, at('color'), 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
  }
  return total;
}

/**
 * Throws the ApiError Discord would return for `body`, or returns quietly.
 * `create` also enforces "not empty" (edits may legitimately send only `content`).
 */
export function validateMessageBody(body: Json, opts: { create: boolean; fileCount: number }): void {
  const errs: Json = {};
  checkLength(errs, ['content'], body.content, 2000);
  const embeds = Array.isArray(body.embeds) ? (body.embeds as Json[]) : [];
  if (embeds.length > 10) tooLong(errs, ['embeds'], 10);
  let embedChars = 0;
  embeds.forEach((e, i) => {
    embedChars += checkEmbed(errs, e, i);
  });
  if (embedChars > EMBED_LIMITS.total) {
    addFieldError(errs, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }
  // Webhook execution's per-message avatar (ExecuteWebhook in the spec: maxLength 2048, uri).
  checkUrl(errs, ['avatar_url'], body.avatar_url);
  if (body.username !== undefined && body.username !== null) {
    const name = body.username;
    if (typeof name !== 'string' || name.length < 1 || name.length > 80) addFieldError(errs, ['username'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 80 in length.');
    else if (/discord|clyde/i.test(name)) addFieldError(errs, ['username'], 'USERNAME_INVALID_CONTAINS', 'Username cannot contain "discord" or "clyde"');
  }
  checkAllowedMentions(errs, body.allowed_mentions);
  const nonce = body.nonce;
  if (typeof nonce === 'string' && nonce.length > 25) tooLong(errs, ['nonce'], 25);
  if (Object.keys(errs).length > 0) throw errors.invalidForm(errs);

  if (opts.create) {
    // Discord trims content: whitespace only is an empty message.
    const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
    const hasOther =
      embeds.length > 0 ||
      opts.fileCount > 0 ||
      (Array.isArray(body.components) && body.components.length > 0) ||
      (Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) ||
      body.poll != null;
    if (!hasContent && !hasOther) throw errors.emptyMessage();
  }
}

/** MessageAllowedMentionsRequest: parse ⊆ {users, roles, everyone}; an id list excludes its parse type; at most 100 ids. */
function checkAllowedMentions(errs: Json, mentions: unknown): void {
  if (mentions === undefined || mentions === null) return;
  const m = mentions as Json;
  const parse = Array.isArray(m.parse) ? (m.parse as unknown[]) : [];
  parse.forEach((p, i) => {
    if (p !== 'users' && p !== 'roles' && p !== 'everyone') addFieldError(errs, ['allowed_mentions', 'parse', i], 'BASE_TYPE_CHOICES', "Value must be one of ('users', 'roles', 'everyone').");
  });
  for (const kind of ['users', 'roles'] as const) {
    const ids = m[kind];
    if (!Array.isArray(ids)) continue;
    if (ids.length > 100) addFieldError(errs, ['allowed_mentions', kind], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    if (parse.includes(kind)) addFieldError(errs, ['allowed_mentions'], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`);
  }
}
