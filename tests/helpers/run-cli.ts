import { runCli } from '../../src/cli.ts';

/**
 * Runs a CLI command in-process and collects what it wrote. `env`: the environment it reads
 * (default: this process's; `{}` for a command that must not see the developer's variables).
 */
export async function runCliCaptured(argv: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    stderr: (text) => {
      stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
  }, ...(env === undefined ? [] : [env]));
  return { code, stdout, stderr };
}
