// Interaction lifecycle as Discord enforces it: one callback per interaction within the
// deadline (3 s by default), then the interaction token works as a webhook for editing the
// original response and sending follow-ups, for 15 minutes. Quirk mirrored on purpose: after a
// deferred reply, the first follow-up *replaces* the "thinking…" message rather than posting a
// new one.

import { errors } from './api-errors.ts';
import type { UploadedFile } from './message-store.ts';
import type { Json } from './api-constants.ts';
import type { ApiInteraction } from './interaction-payloads.ts';
import type { ApiMessage } from './message-payloads.ts';
import type { FakeState } from './state.ts';

export const CallbackTypes = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;

const EPHEMERAL = 64;
const LOADING = 128;

export interface InteractionRecord {
  id: string;
  token: string;
  payload: ApiInteraction;
  createdAt: number;
  /** Callback type Discord accepted (4 reply, 5 deferred, 8 autocomplete, ...), once acknowledged. */
  responseType?: number;
  /** Flags of the response (64 = ephemeral). */
  flags: number;
  originalMessageId?: string;
  followUpIds: string[];
  /** Choices sent with an autocomplete result (type 8). */
  choices?: unknown[];
  /** Modal data sent with type 9. */
  modal?: Json;
}

export interface CallbackResult {
  /** 204 unless the client asked `?with_response=true`. */
  status: 200 | 204;
  body?: Json;
}

export class InteractionLedger {
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly state: FakeState,
    private readonly deadlineMs: number,
    private readonly tokenLifetimeMs: number,
  ) {}

  register(payload: ApiInteraction): InteractionRecord {
    const record: InteractionRecord = { id: payload.id, token: payload.token, payload, createdAt: Date.now(), flags: 0, followUpIds: [] };
    this.byToken.set(payload.token, record);
    return record;
  }

  get(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.byToken.values()];
  }

  /** POST /interactions/:id/:token/callback */
  callback(id: string, token: string, body: Json, files: UploadedFile[], withResponse: boolean): CallbackResult {
    const record = this.byToken.get(token);
    if (!record || record.id !== id) throw errors.unknownInteraction();
    if (record.responseType !== undefined) throw errors.alreadyAcknowledged();
    // Past the deadline Discord has already shown "The application did not respond".
    if (Date.now() - record.createdAt > this.deadlineMs) throw errors.unknownInteraction();

    const type = Number(body.type);
    const data = (body.data ?? {}) as Json;
    let message: ApiMessage | undefined;
    switch (type) {
      case CallbackTypes.ChannelMessageWithSource: {
        record.flags = Number(data.flags ?? 0) & EPHEMERAL;
        message = this.post(record, data, files, record.flags, 20);
        record.originalMessageId = message.id;
        break;
      }
      case CallbackTypes.DeferredChannelMessageWithSource: {
        record.flags = Number(data.flags ?? 0) & EPHEMERAL;
        message = this.post(record, { content: '' }, [], record.flags | LOADING, 20, true);
        record.originalMessageId = message.id;
        break;
      }
      case CallbackTypes.AutocompleteResult: {
        if (record.payload.type !== 4) throw errors.invalidForm({ type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Interaction response type is invalid for this interaction' }] } });
        const choices = Array.isArray(data.choices) ? data.choices : [];
        if (choices.length > 25) throw errors.invalidForm({ data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] } } });
        // ApplicationCommandOptionChoice: name 1-100 characters; a string value at most 100.
        const bad: Record<string, unknown> = {};
        (choices as Json[]).forEach((choice, i) => {
          const nameOk = typeof choice.name === 'string' && choice.name.length >= 1 && choice.name.length <= 100;
          const valueOk = typeof choice.value === 'number' || (typeof choice.value === 'string' && choice.value.length <= 100);
          if (!nameOk || !valueOk) bad[String(i)] = { [nameOk ? 'value' : 'name']: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } };
        });
        if (Object.keys(bad).length > 0) throw errors.invalidForm({ data: { choices: bad } });
        record.choices = choices;
        break;
      }
      case CallbackTypes.Modal:
        record.modal = data;
        break;
      case CallbackTypes.DeferredUpdateMessage:
      case CallbackTypes.UpdateMessage:
        break;
      default:
        throw errors.invalidForm({ type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of (4, 5, 6, 7, 8, 9).` }] } });
    }
    record.responseType = type;
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: record.id,
          type: record.payload.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: (message.flags & LOADING) !== 0,
                response_message_ephemeral: (message.flags & EPHEMERAL) !== 0,
              }
            : {}),
        },
        resource: { type, ...(message ? { message } : {}) },
      },
    };
  }

  /** POST /webhooks/:app/:token — a follow-up message. */
  followUp(token: string, body: Json, files: UploadedFile[]): ApiMessage {
    const record = this.acknowledged(token);
    const original = record.originalMessageId ? this.state.messages.findAnywhere(record.originalMessageId) : undefined;
    if (original && (original.api.flags & LOADING) !== 0) {
      return this.state.editMessage(original, body, files);
    }
    const message = this.post(record, body, files, Number(body.flags ?? 0) & EPHEMERAL, 0);
    record.followUpIds.push(message.id);
    return message;
  }

  /** The message behind `@original` or a follow-up id, for GET/PATCH/DELETE via the interaction webhook. */
  message(token: string, messageId: string) {
    const record = this.acknowledged(token);
    const id = messageId === '@original' ? record.originalMessageId : messageId;
    const mine = id !== undefined && (id === record.originalMessageId || record.followUpIds.includes(id));
    const stored = mine ? this.state.messages.findAnywhere(id) : undefined;
    if (!stored) throw errors.unknownMessage();
    return stored;
  }

  private acknowledged(token: string): InteractionRecord {
    const record = this.byToken.get(token);
    // Before the callback the token is not yet a usable webhook.
    if (!record || record.responseType === undefined) throw errors.unknownWebhook();
    // Docs (Receiving and Responding): a token edits the reply and sends follow-ups for 15
    // minutes; after that Discord answers 401 Invalid Webhook Token.
    if (Date.now() - record.createdAt >= this.tokenLifetimeMs) throw errors.invalidWebhookToken();
    return record;
  }

  private post(record: InteractionRecord, data: Json, files: UploadedFile[], flags: number, type: number, allowEmpty = false): ApiMessage {
    const user = (record.payload.member as Json | undefined)?.user ?? record.payload.user;
    const { message } = this.state.createMessage(
      record.payload.channel_id,
      { ...data, flags },
      files,
      {
        kind: 'interaction',
        interactionId: record.id,
        extra: {
          type,
          interaction_metadata: {
            id: record.id,
            type: record.payload.type,
            user,
            authorizing_integration_owners: record.payload.authorizing_integration_owners ?? {},
            name: (record.payload.data as Json | undefined)?.name,
            command_type: 1,
          },
        },
      },
      { allowEmpty },
    );
    return message;
  }
}
