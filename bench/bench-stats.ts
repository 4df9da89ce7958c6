/** Milliseconds of each of `count` runs of `work`. */
export function timeRuns(count: number, work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
