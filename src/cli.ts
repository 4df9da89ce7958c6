import { NewshoundError } from './core/errors.ts';
import { clusterCommand, clusterUsage } from './commands/cluster-command.ts';
import { evalCommand, evalUsage } from './commands/eval-command.ts';
import { explainCommand, explainUsage } from './commands/explain-command.ts';
import { processIo, type CommandIo } from './commands/io.ts';
import { learnCommand, learnUsage } from './commands/learn-command.ts';
import { registerCommandsCommand, registerCommandsUsage } from './commands/register-commands-command.ts';
import { demoCommand, demoUsage } from './commands/demo-command.ts';
import {
  healthCommand,
  healthUsage,
  onceCommand,
  onceUsage,
  startCommand,
  startUsage,
  statusCommand,
  statusUsage,
  storiesCommand,
  storiesUsage,
} from './commands/worker-commands.ts';

type Command = (args: string[], io: CommandIo, env: NodeJS.ProcessEnv) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  start: { run: startCommand, usage: startUsage, summary: 'run the worker on its cron schedule until SIGTERM' },
  once: { run: onceCommand, usage: onceUsage, summary: 'run one cycle (poll, match, post) and exit' },
  status: { run: statusCommand, usage: statusUsage, summary: 'feeds and their health, last cycle, outbox size' },
  stories: { run: storiesCommand, usage: storiesUsage, summary: 'recent stories per topic, with who reported them' },
  demo: { run: demoCommand, usage: demoUsage, summary: 'one offline cycle over demo feeds on loopback, printing the posts' },
  health: { run: healthCommand, usage: healthUsage, summary: 'exit 0 while the worker heartbeat is fresh (container HEALTHCHECK)' },
  learn: { run: learnCommand, usage: learnUsage, summary: 'learn a topic profile from seed articles' },
  explain: { run: explainCommand, usage: explainUsage, summary: 'score one text and show the terms that decided it' },
  eval: { run: evalCommand, usage: evalUsage, summary: 'score labelled items: precision, recall, F1, C_norm' },
  'register-commands': { run: registerCommandsCommand, usage: registerCommandsUsage, summary: 'register the slash commands with Discord (one guild or globally)' },
  cluster: { run: clusterCommand, usage: clusterUsage, summary: 'group items into stories (near-duplicates, same event) as the worker would' },
};

function usage(): string {
  return ['usage: newshound <command> [options]', '', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}\n             ${c.usage}`)].join('\n');
}

/** Runs one CLI command; returns the exit code. Errors become one clear line on stderr. */
export async function runCli(argv: string[], io: CommandIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`newshound: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io, env);
  } catch (error) {
    if (error instanceof NewshoundError) {
      io.stderr(`newshound ${name}: ${error.message}`);
      return 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`newshound ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}
