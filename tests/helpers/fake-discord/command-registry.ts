// The application's commands, global and per guild: list, bulk overwrite, upsert and delete,
// refusing with the ApiError Discord gives for an invalid list or an unknown command.

import { errors } from './api-errors.ts';
import type { Json } from './api-constants.ts';
import { commandPayload, type ApiCommand } from './application-payloads.ts';
import { commandErrors } from './command-validation.ts';

export class CommandRegistry {
  globalCommands: ApiCommand[] = [];
  readonly guildCommands = new Map<string, ApiCommand[]>();

  constructor(private readonly applicationId: string) {}

  commands(guildId?: string): ApiCommand[] {
    return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
  }

  /** Bulk overwrite; like Discord, a command keeps its id when one with the same name/type existed. */
  overwrite(body: unknown, guildId?: string): ApiCommand[] {
    if (!Array.isArray(body)) throw errors.invalidForm({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array' }] });
    this.validate(body as Json[]);
    const previous = this.commands(guildId);
    const next = (body as Json[]).map((input) => {
      const type = typeof input.type === 'number' ? input.type : 1;
      const same = previous.find((c) => c.name === input.name && c.type === type);
      return commandPayload(input, this.applicationId, guildId, same?.id);
    });
    this.store(next, guildId);
    return next;
  }

  upsert(input: Json, guildId?: string): { command: ApiCommand; created: boolean } {
    this.validate([input], false);
    const list = [...this.commands(guildId)];
    const type = typeof input.type === 'number' ? input.type : 1;
    const index = list.findIndex((c) => c.name === input.name && c.type === type);
    const command = commandPayload(input, this.applicationId, guildId, index >= 0 ? list[index]?.id : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    this.store(list, guildId);
    return { command, created: index < 0 };
  }

  delete(id: string, guildId?: string): void {
    const list = this.commands(guildId);
    if (!list.some((c) => c.id === id)) throw errors.unknownCommand();
    this.store(list.filter((c) => c.id !== id), guildId);
  }

  private store(list: ApiCommand[], guildId?: string): void {
    if (guildId) this.guildCommands.set(guildId, list);
    else this.globalCommands = list;
  }

  private validate(list: Json[], bulk = true): void {
    if (list.length > 100) throw errors.invalidForm({ _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' }] });
    const errs = commandErrors(list, bulk);
    if (Object.keys(errs).length > 0) throw errors.invalidForm(errs);
  }
}
