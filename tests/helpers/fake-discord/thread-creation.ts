// POST /channels/:id/threads against the fake's state: checks the parent and the body the way
// Discord does, adds the thread (announcing THREAD_CREATE) and, in a forum, its starter message.

import { ChannelTypes, Permissions, type Json } from './api-constants.ts';
import { errors } from './api-errors.ts';
import { TEXT_TYPES } from './channel-kinds.ts';
import { threadChannelPayload, type ApiChannel } from './guild-payloads.ts';
import type { UploadedFile } from './message-store.ts';
import type { ApiMessage } from './message-payloads.ts';
import type { FakeState, MessageAuthor } from './state.ts';
import { Intents } from './state-events.ts';
import { validateMessageBody } from './validation.ts';

/**
 * In a forum the body carries `message` and Discord creates the thread plus its starter message
 * (whose id equals the thread id); in a text channel it makes an empty thread.
 */
export function createThread(
  state: FakeState,
  parentId: string,
  body: Json,
  files: UploadedFile[],
  author: MessageAuthor,
): ApiChannel & { message?: ApiMessage } {
  const parent = state.channel(parentId);
  const isForum = parent.type === ChannelTypes.GuildForum;
  if (!isForum && !TEXT_TYPES.has(parent.type)) throw errors.nonTextChannel();
  // A forum post is a message (Send Messages, "Create Posts"); a thread in a text channel needs Create Public Threads.
  if (author.kind === 'bot') state.requireBot(parent, isForum ? Permissions.SendMessages : Permissions.CreatePublicThreads);
  const name = typeof body.name === 'string' ? body.name : '';
  // Discord trims a thread name before checking it: whitespace only is too short.
  if (name.trim().length < 1 || name.length > 100) {
    throw errors.invalidForm({ name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } });
  }
  const archive = body.auto_archive_duration;
  if (archive !== undefined && archive !== null && ![60, 1440, 4320, 10080].includes(archive as number)) {
    throw errors.invalidForm({ auto_archive_duration: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (60, 1440, 4320, 10080).' }] } });
  }
  const starter = (body.message ?? null) as Json | null;
  if (isForum) {
    if (!starter) throw errors.invalidForm({ message: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } });
    validateMessageBody(starter, { create: true, fileCount: files.length });
  }
  const thread = threadChannelPayload({
    guildId: state.guildId,
    parentId,
    name,
    ownerId: state.botUser.id,
    autoArchiveDuration: typeof body.auto_archive_duration === 'number' ? body.auto_archive_duration : 4320,
    appliedTags: Array.isArray(body.applied_tags) ? (body.applied_tags as string[]) : [],
  });
  state.channels.set(thread.id, thread);
  parent.last_message_id = thread.id;
  state.onEvent({ t: 'THREAD_CREATE', d: { ...thread, newly_created: true }, intent: Intents.Guilds });
  if (!starter) return thread;
  // Discord gives a forum post's starter message the thread's id; mirror that.
  const { message } = state.createMessage(thread.id, starter, files, author, { id: thread.id });
  return { ...thread, message };
}
