// Messages per channel plus the bookkeeping Discord keeps but does not show in the API object:
// nonce (for enforce_nonce de-duplication), who really posted (webhook username/avatar
// overrides), edit count, deletion. Knows nothing about channels or permissions.

import type { Json } from './api-constants.ts';
import type { ApiAttachment, ApiMessage } from './message-payloads.ts';
import { snowflake } from './snowflake.ts';

export interface UploadedFile {
  /** multipart field name, e.g. "files[0]" */
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface MessageMeta {
  nonce?: string | number;
  webhookUsername?: string;
  avatarUrl?: string;
  interactionId?: string;
  createdAt: number;
  editCount: number;
  deleted: boolean;
}

export interface StoredMessage {
  api: ApiMessage;
  meta: MessageMeta;
}

/** Turns uploaded files (+ the `attachments` metadata discord.js puts in payload_json) into API attachments. */
export function attachmentsFrom(channelId: string, body: Json, files: UploadedFile[]): ApiAttachment[] {
  const declared = Array.isArray(body.attachments) ? (body.attachments as Json[]) : [];
  return files.map((file, index) => {
    const meta = declared.find((a) => String(a.id) === String(index)) ?? {};
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${file.filename}`;
    return {
      id,
      filename: file.filename,
      size: file.size,
      url,
      proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
      content_type: file.contentType,
      ...(typeof meta.description === 'string' ? { description: meta.description } : {}),
    };
  });
}

export class MessageStore {
  private readonly byChannel = new Map<string, StoredMessage[]>();

  constructor(private readonly nonceWindowMs: number) {}

  list(channelId: string, includeDeleted = false): StoredMessage[] {
    const all = this.byChannel.get(channelId) ?? [];
    return includeDeleted ? [...all] : all.filter((m) => !m.meta.deleted);
  }

  find(channelId: string, messageId: string): StoredMessage | undefined {
    return this.list(channelId).find((m) => m.api.id === messageId);
  }

  /** Any live message with this id, whatever channel (webhook edits only know the id). */
  findAnywhere(messageId: string): StoredMessage | undefined {
    for (const channelId of this.byChannel.keys()) {
      const hit = this.find(channelId, messageId);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * Discord's enforce_nonce rule: same nonce, same author, same channel, within a few minutes
   * → the earlier message is returned instead of a new one being created.
   */
  findByNonce(channelId: string, authorId: string, nonce: string | number, now = Date.now()): StoredMessage | undefined {
    return this.list(channelId).find(
      (m) =>
        m.meta.nonce !== undefined &&
        String(m.meta.nonce) === String(nonce) &&
        m.api.author.id === authorId &&
        now - m.meta.createdAt <= this.nonceWindowMs,
    );
  }

  add(api: ApiMessage, meta: Omit<MessageMeta, 'createdAt' | 'editCount' | 'deleted'>): StoredMessage {
    const stored: StoredMessage = { api, meta: { ...meta, createdAt: Date.now(), editCount: 0, deleted: false } };
    const list = this.byChannel.get(api.channel_id) ?? [];
    list.push(stored);
    this.byChannel.set(api.channel_id, list);
    return stored;
  }

  /** Applies a PATCH body the way Discord does: only keys present change; `null` clears. */
  edit(stored: StoredMessage, body: Json, newAttachments: ApiAttachment[]): ApiMessage {
    const api = stored.api;
    const wasLoading = (api.flags & 128) !== 0;
    if ('content' in body) api.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) {
      api.embeds = (Array.isArray(body.embeds) ? (body.embeds as Json[]) : []).map((e) => ({ type: 'rich', ...e }));
    }
    if ('components' in body) api.components = Array.isArray(body.components) ? body.components : [];
    if ('attachments' in body || newAttachments.length > 0) {
      // Kept attachments are listed by their real id; new uploads are appended.
      const keepIds = new Set(
        (Array.isArray(body.attachments) ? (body.attachments as Json[]) : []).map((a) => String(a.id)),
      );
      const kept = 'attachments' in body ? api.attachments.filter((a) => keepIds.has(a.id)) : api.attachments;
      api.attachments = [...kept, ...newAttachments];
    }
    if (typeof body.flags === 'number') {
      // Only SUPPRESS_EMBEDS (1<<2) is user-editable; EPHEMERAL etc. stay as created.
      api.flags = (api.flags & ~4) | (body.flags & 4);
    }
    if (wasLoading) {
      // Filling in a deferred "thinking…" reply is its first real content, not an edit.
      api.flags &= ~128;
      return api;
    }
    api.edited_timestamp = new Date().toISOString();
    stored.meta.editCount += 1;
    return api;
  }

  delete(stored: StoredMessage): void {
    stored.meta.deleted = true;
  }
}
