import { newshoundVersion } from './adapters/worker-announce.ts';
import { describeExpectedError, isArgumentError, withoutRepeatedPrefix } from './commands/cli-errors.ts';
import { UsageError } from './core/errors.ts';
import { EXIT } from './commands/exit-codes.ts';
import { COMMAND_DETAILS } from './commands/command-help.ts';
import { clusterCommand, clusterUsage } from './commands/cluster-command.ts';
import { evalCommand, evalUsage } from './commands/eval-command.ts';
import { feedsCommand, feedsUsage } from './commands/feeds-command.ts';
import { explainCommand, explainUsage } from './commands/explain-command.ts';
import { processIo, type CommandIo } from './commands/io.ts';
import { learnCommand, learnUsage } from './commands/learn-command.ts';
import { registerCommandsCommand, registerCommandsUsage } from './commands/register-commands-command.ts';
import { demoCommand, demoUsage } from './commands/demo-command.ts';
import { healthCommand, healthUsage } from './commands/health-command.ts';
import { statusCommand, statusUsage } from './commands/status-command.ts';
import {
  onceCommand,
  onceUsage,
  startCommand,
  startUsage,
  storiesCommand,
  storiesUsage,
} from './commands/worker-commands.ts';

type Command = (args: string[], io: CommandIo, env: NodeJS.ProcessEnv) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  start: { run: startCommand, usage: startUsage, summary: 'run the worker on its cron schedule until SIGTERM' },
  once: { run: onceCommand, usage: onceUsage, summary: 'run one cycle (poll, match, post) and exit' },
  status: { run: statusCommand, usage: statusUsage, summary: 'feeds and their failures, last cycle, outbox, Discord subscriptions, the worker\'s health' },
  stories: { run: storiesCommand, usage: storiesUsage, summary: 'recent stories per topic, with who reported them' },
  demo: { run: demoCommand, usage: demoUsage, summary: 'one offline cycle over demo feeds on loopback, printing the posts' },
  health: { run: healthCommand, usage: healthUsage, summary: 'exit 0 while the worker is healthy: fresh heartbeat, cycles completing, feeds answering, disk writable (container HEALTHCHECK)' },
  learn: { run: learnCommand, usage: learnUsage, summary: 'learn a topic profile from seed articles' },
  explain: { run: explainCommand, usage: explainUsage, summary: 'score one text and show the terms that decided it' },
  eval: { run: evalCommand, usage: evalUsage, summary: 'score labelled items: precision, recall, F1, C_norm' },
  'register-commands': { run: registerCommandsCommand, usage: registerCommandsUsage, summary: 'register the slash commands with Discord (one guild or globally)' },
  cluster: { run: clusterCommand, usage: clusterUsage, summary: 'group items into stories (near-duplicates, same event) as the worker would' },
  feeds: { run: feedsCommand, usage: feedsUsage, summary: 'write the watched feeds as OPML, or add an OPML file\'s feeds (as /feeds add does: kept in the state store)' },
};

function usage(): string {
  return [
    'usage: newshound <command> [options]',
    '       newshound <command> --help | newshound --version',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}\n             ${c.usage}`),
    '',
    `exit codes: ${EXIT.ok} ok; ${EXIT.failed} failed (bad config, missing or unwritable file, state unusable; health: unhealthy); ${EXIT.usage} bad arguments; ${EXIT.cycleFailed} once: the cycle or every feed failed; ${EXIT.deliveryFailed} once: posts could not be delivered`,
  ].join('\n');
}

function commandHelp(name: string, command: (typeof COMMANDS)[string]): string {
  const details = COMMAND_DETAILS[name];
  return `usage: ${command.usage}\n\n${name}: ${command.summary}${details ? `\n\n${details}` : ''}`;
}

/** `--help`/`-h` among a command's arguments (before a `--` that ends the options). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/**
 * Runs one CLI command; returns the exit code (see EXIT). Expected faults become one line on
 * stderr; only a bug shows a stack trace.
 */
export async function runCli(argv: string[], io: CommandIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    // Bad arguments (exit 2) say so on stderr, as every other usage error does; stdout stays for output.
    io.stderr(`newshound: no command given\n${usage()}`);
    return EXIT.usage;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
    io.stdout(topic ? commandHelp(args[0]!, topic) : usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`newshound ${newshoundVersion()}`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`newshound: unknown command "${name}"\n${usage()}`);
    return EXIT.usage;
  }
  if (asksForHelp(args)) {
    io.stdout(commandHelp(name, command));
    return EXIT.ok;
  }
  try {
    return await command.run(args, io, env);
  } catch (error) {
    if (isArgumentError(error) || error instanceof UsageError) {
      // parseArgs explains some faults over several lines ("... is ambiguous.\nDid you forget ..."): one line here.
      const message = (error instanceof UsageError ? error.message.replace(/^usage: /, '') : error.message).replace(/\s*\n\s*/g, ' ');
      io.stderr(`newshound ${name}: ${withoutRepeatedPrefix(name, message)}\nusage: ${command.usage}`);
      return EXIT.usage;
    }
    const line = describeExpectedError(name, error);
    if (line === undefined) throw error;
    io.stderr(line);
    return EXIT.failed;
  }
}
