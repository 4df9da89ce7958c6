// Discord's checks on application command registration (POST/PUT .../commands), from its docs
// (https://discord.com/developers/docs/interactions/application-commands: naming, option and
// choice rules, length limits) and its OpenAPI spec (ApplicationCommandCreateRequest and the
// option schemas). A fake that accepted what Discord refuses would let a bad definition pass
// every test and fail only at `register-commands` in production.

import { addFieldError } from './api-errors.ts';
import { OptionTypes, type Json } from './api-constants.ts';

type Path = Array<string | number>;

/** Chat-input command and option names (docs: "Application Command Naming"). */
export const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_COMMAND_CHARS = 4000;
const STRING_LENGTH_MAX = 6000;
const CHAT_INPUT = 1;

const CHOICE_TYPES = new Set<number>([OptionTypes.String, OptionTypes.Integer, OptionTypes.Number]);
const NESTING = new Set<number>([OptionTypes.Subcommand, OptionTypes.SubcommandGroup]);

class Errors {
  readonly errs: Json = {};
  add(path: Path, code: string, message: string): void {
    addFieldError(this.errs, path, code, message);
  }
}

function checkName(e: Errors, path: Path, name: unknown, chatInput: boolean): void {
  if (typeof name !== 'string' || name.length < 1 || name.length > 32) {
    e.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
    return;
  }
  // Letters with a lower-case form must use it; names are otherwise matched case-sensitively.
  if (chatInput && (!NAME_PATTERN.test(name) || name !== name.toLowerCase())) {
    e.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

function checkDescription(e: Errors, path: Path, description: unknown): void {
  if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
    e.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
}

/** Characters Discord counts towards a command's 4,000: names, descriptions, choice names and values. */
function commandChars(cmd: Json): number {
  const own = String(cmd.name ?? '').length + String(cmd.description ?? '').length;
  const options = Array.isArray(cmd.options) ? (cmd.options as Json[]) : [];
  const choices = (o: Json) => (Array.isArray(o.choices) ? (o.choices as Json[]) : []).reduce((n, c) => n + String(c.name ?? '').length + String(c.value ?? '').length, 0);
  return own + options.reduce((n, o) => n + commandChars(o) + choices(o), 0);
}

function checkChoices(e: Errors, path: Path, option: Json, type: number): void {
  if (option.choices === undefined || option.choices === null) return;
  if (!CHOICE_TYPES.has(type)) return e.add([...path, 'choices'], 'APPLICATION_COMMAND_OPTION_CHOICES_INVALID', 'Choices are only allowed on string, integer and number options');
  if (!Array.isArray(option.choices)) return e.add([...path, 'choices'], 'BASE_TYPE_ARRAY', 'Must be an array');
  if (option.choices.length > MAX_CHOICES) e.add([...path, 'choices'], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CHOICES} or fewer in length.`);
  if (option.autocomplete === true && option.choices.length > 0) {
    e.add([...path, 'autocomplete'], 'APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES_INVALID', 'Autocomplete cannot be set on an option with choices');
  }
  (option.choices as Json[]).forEach((choice, j) => {
    const at = [...path, 'choices', j];
    if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > 100) e.add([...at, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    const value = choice.value;
    const ok =
      type === OptionTypes.String
        ? typeof value === 'string' && value.length >= 1 && value.length <= 100
        : type === OptionTypes.Integer
          ? Number.isSafeInteger(value)
          : typeof value === 'number' && Number.isFinite(value);
    if (!ok) e.add([...at, 'value'], 'APPLICATION_COMMAND_OPTION_CHOICE_VALUE_INVALID', 'Choice value is invalid for this option type');
  });
}

function checkBounds(e: Errors, path: Path, option: Json, type: number): void {
  const numeric = type === OptionTypes.Integer || type === OptionTypes.Number;
  for (const key of ['min_value', 'max_value'] as const) {
    if (option[key] === undefined || option[key] === null) continue;
    if (!numeric) e.add([...path, key], 'APPLICATION_COMMAND_OPTION_INVALID', `${key} is only allowed on integer and number options`);
    else if (typeof option[key] !== 'number' || (type === OptionTypes.Integer && !Number.isInteger(option[key]))) e.add([...path, key], 'NUMBER_TYPE_COERCE', 'Value is not a valid number.');
  }
  if (numeric && typeof option.min_value === 'number' && typeof option.max_value === 'number' && option.min_value > option.max_value) {
    e.add([...path, 'min_value'], 'APPLICATION_COMMAND_OPTION_MIN_MAX_INVALID', 'min_value must be less than or equal to max_value');
  }
  for (const [key, low] of [['min_length', 0], ['max_length', 1]] as const) {
    const value = option[key];
    if (value === undefined || value === null) continue;
    if (type !== OptionTypes.String) e.add([...path, key], 'APPLICATION_COMMAND_OPTION_INVALID', `${key} is only allowed on string options`);
    else if (!Number.isInteger(value) || (value as number) < low || (value as number) > STRING_LENGTH_MAX) {
      e.add([...path, key], 'NUMBER_TYPE_MAX', `Must be between ${low} and ${STRING_LENGTH_MAX}.`);
    }
  }
  if (option.channel_types !== undefined && option.channel_types !== null && type !== OptionTypes.Channel) {
    e.add([...path, 'channel_types'], 'APPLICATION_COMMAND_OPTION_INVALID', 'channel_types is only allowed on channel options');
  }
  if (option.autocomplete === true && !CHOICE_TYPES.has(type)) {
    e.add([...path, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_INVALID', 'Autocomplete is only allowed on string, integer and number options');
  }
}

/** One level of options: count, unique names, required first, subcommands not mixed with values. */
function checkOptions(e: Errors, path: Path, options: unknown, parentType: number | undefined): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) return e.add(path, 'BASE_TYPE_ARRAY', 'Must be an array');
  if (options.length > MAX_OPTIONS) e.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_OPTIONS} or fewer in length.`);
  const list = options as Json[];
  const nesting = list.filter((o) => NESTING.has(Number(o.type))).length;
  if (nesting > 0 && nesting < list.length) e.add(path, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
  const names = new Set<string>();
  let optionalSeen = false;
  list.forEach((option, i) => {
    const at = [...path, i];
    const type = Number(option.type);
    if (!Number.isInteger(type) || type < OptionTypes.Subcommand || type > OptionTypes.Attachment) e.add([...at, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).');
    if (parentType === OptionTypes.SubcommandGroup && type !== OptionTypes.Subcommand) e.add([...at, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'A sub-command group may only contain sub-commands');
    if (parentType === OptionTypes.Subcommand && NESTING.has(type)) e.add([...at, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'A sub-command may not contain sub-commands');
    checkName(e, [...at, 'name'], option.name, true);
    checkDescription(e, [...at, 'description'], option.description);
    const name = String(option.name ?? '');
    if (names.has(name)) e.add([...at, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
    names.add(name);
    if (!NESTING.has(type)) {
      if (option.required === true && optionalSeen) e.add([...at, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
      if (option.required !== true) optionalSeen = true;
      checkChoices(e, at, option, type);
      checkBounds(e, at, option, type);
      if (option.options !== undefined) e.add([...at, 'options'], 'APPLICATION_COMMAND_OPTION_INVALID', 'Only sub-commands and groups take options');
    } else {
      checkOptions(e, [...at, 'options'], option.options, type);
    }
  });
}

/** Discord's form errors for a list of commands (bulk overwrite, or one create as a list of one). */
export function commandErrors(list: Json[], bulk: boolean): Json {
  const e = new Errors();
  const seen = new Set<string>();
  list.forEach((cmd, i) => {
    const at: Path = bulk ? [i] : [];
    const type = typeof cmd.type === 'number' ? cmd.type : CHAT_INPUT;
    const chatInput = type === CHAT_INPUT;
    checkName(e, [...at, 'name'], cmd.name, chatInput);
    if (chatInput) checkDescription(e, [...at, 'description'], cmd.description);
    else if (cmd.description !== undefined && cmd.description !== '') e.add([...at, 'description'], 'APPLICATION_COMMAND_INVALID', 'Only chat input commands take a description');
    if (chatInput) checkOptions(e, [...at, 'options'], cmd.options, undefined);
    else if (Array.isArray(cmd.options) && cmd.options.length > 0) e.add([...at, 'options'], 'APPLICATION_COMMAND_INVALID', 'Only chat input commands take options');
    const perms = cmd.default_member_permissions;
    if (perms !== undefined && perms !== null && (typeof perms !== 'string' || !/^\d{1,20}$/.test(perms))) {
      e.add([...at, 'default_member_permissions'], 'BASE_TYPE_INVALID', 'Must be a permission bitfield as a string of digits.');
    }
    if (chatInput && commandChars(cmd) > MAX_COMMAND_CHARS) e.add(at.length > 0 ? at : ['_'], 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${MAX_COMMAND_CHARS})`);
    const key = `${type}:${String(cmd.name)}`;
    if (bulk && seen.has(key)) e.add([...at, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    seen.add(key);
  });
  return e.errs;
}
