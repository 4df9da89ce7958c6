// One JSON object per non-blank line, for the build scripts that join labels with ../shared
// (build-stories-en.ts, build-stories-id.ts, build-topics.ts): a missing file or a bad line goes
// to the script's own `fail`, which names the script and the line.
import { existsSync, readFileSync } from 'node:fs';

export function readJsonl<T>(path: string, what: string, fail: (message: string) => never): T[] {
  if (!existsSync(path)) fail(`${what} not found at ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, index }) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        return fail(`${what} line ${index + 1}: ${(error as Error).message}`);
      }
    });
}
