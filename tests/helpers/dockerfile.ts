// A small Dockerfile reader for the instructions newshound's own Dockerfile uses, so a test can
// check the image's properties and replay its steps where no Docker engine runs. Not a general
// parser: no heredocs, no ARG expansion, no escape-directive changes.

export interface Instruction {
  /** Upper-case keyword: FROM, RUN, COPY, ... */
  keyword: string;
  /** Everything after the keyword and its --flags, continuation lines joined. */
  args: string;
  /** `--name=value` options (COPY --from, HEALTHCHECK --interval, ...). */
  flags: Record<string, string>;
  /** The JSON array of an exec-form instruction; undefined for shell form. */
  exec?: string[];
  line: number;
}

export interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

export interface CopyStep {
  from?: string;
  chown?: string;
  sources: string[];
  dest: string;
}

export interface Healthcheck {
  flags: Record<string, string>;
  /** Exec form command; undefined for shell form or NONE. */
  exec?: string[];
  shell?: string;
}

/** Splits a Dockerfile into stages of instructions (comments dropped, `\` continuations joined). */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of readInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      if (!match?.[1]) throw new Error(`Dockerfile line ${instruction.line}: cannot read FROM ${instruction.args}`);
      stages.push({ image: match[1], ...(match[2] ? { name: match[2] } : {}), instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile line ${instruction.line}: ${instruction.keyword} before any FROM`);
    stage.instructions.push(instruction);
  }
  return stages;
}

function readInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    // Comments may sit between continuation lines too; Docker drops them there as well.
    if (trimmed.startsWith('#')) return;
    if (trimmed === '' && pending === undefined) return;
    const continued = trimmed.endsWith('\\');
    const piece = continued ? trimmed.slice(0, -1) : trimmed;
    pending = pending ? { text: `${pending.text} ${piece}`, line: pending.line } : { text: piece, line: index + 1 };
    if (continued) return;
    instructions.push(toInstruction(pending.text.replace(/\s+/g, ' ').trim(), pending.line));
    pending = undefined;
  });
  if (pending) throw new Error(`Dockerfile line ${pending.line}: continuation runs past the end of the file`);
  return instructions;
}

function toInstruction(text: string, line: number): Instruction {
  const [word = '', ...rest] = text.split(' ');
  let args = rest.join(' ');
  const flags: Record<string, string> = {};
  // Only these keywords take --flags before their arguments.
  if (['COPY', 'ADD', 'HEALTHCHECK', 'RUN', 'FROM'].includes(word.toUpperCase())) {
    for (let match = /^--([a-z-]+)=(\S+)\s*/.exec(args); match; match = /^--([a-z-]+)=(\S+)\s*/.exec(args)) {
      flags[match[1] as string] = match[2] as string;
      args = args.slice(match[0].length);
    }
  }
  const exec = parseExecForm(args);
  return { keyword: word.toUpperCase(), args, flags, ...(exec ? { exec } : {}), line };
}

/** `["node", "x"]` → ['node', 'x']; anything that is not a JSON array of strings → undefined (shell form). */
export function parseExecForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const value = JSON.parse(args) as unknown;
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  } catch {
    return undefined;
  }
}

export function instructionsOf(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((i) => i.keyword === keyword);
}

/** The last instruction of a kind wins in Docker (CMD, ENTRYPOINT, USER, WORKDIR as set last). */
export function lastOf(stage: Stage, keyword: string): Instruction | undefined {
  return instructionsOf(stage, keyword).at(-1);
}

export function copySteps(stage: Stage): CopyStep[] {
  return instructionsOf(stage, 'COPY').map((copy) => {
    const parts = copy.exec ?? copy.args.split(' ');
    const dest = parts.at(-1);
    if (dest === undefined || parts.length < 2) throw new Error(`Dockerfile line ${copy.line}: COPY needs a source and a destination`);
    return {
      ...(copy.flags.from ? { from: copy.flags.from } : {}),
      ...(copy.flags.chown ? { chown: copy.flags.chown } : {}),
      sources: parts.slice(0, -1),
      dest,
    };
  });
}

/** `ENV A=1 B="two words"` (and the legacy `ENV A 1`) → { A: '1', B: 'two words' }. */
export function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of instructionsOf(stage, 'ENV')) {
    if (!args.includes('=')) {
      const [name = '', ...value] = args.split(' ');
      env[name] = value.join(' ');
      continue;
    }
    for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
      const value = match[2] as string;
      env[match[1] as string] = value.startsWith('"') ? (JSON.parse(value) as string) : value;
    }
  }
  return env;
}

export function volumesOf(stage: Stage): string[] {
  return instructionsOf(stage, 'VOLUME').flatMap((v) => v.exec ?? v.args.split(' '));
}

export function healthcheckOf(stage: Stage): Healthcheck | undefined {
  const instruction = lastOf(stage, 'HEALTHCHECK');
  if (!instruction) return undefined;
  if (/^NONE$/i.test(instruction.args)) return { flags: instruction.flags };
  const command = instruction.args.replace(/^CMD\s+/i, '');
  const exec = parseExecForm(command);
  return { flags: instruction.flags, ...(exec ? { exec } : { shell: command }) };
}
