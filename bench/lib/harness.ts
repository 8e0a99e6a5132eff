// What every benchmark script shares: its options from the command line,
// seeded random data, timing, and numbers printed the same way (counts with
// separators, percentiles of sorted timings, rates per second).
import os from "node:os";
import { performance } from "node:perf_hooks";
import { mulberry32 } from "../../local-shopify/demo-store";

/** `--name=N` from the command line, else the fallback. */
export function option(name: string, fallback: number): number {
  const given = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return given ? Number(given.slice(name.length + 3)) : fallback;
}

/** A seeded random source, with a whole number below a limit and an item picked from a list. */
export function seededRandom(seed: number) {
  const random = mulberry32(seed);
  const integerBelow = (limit: number) => Math.floor(random() * limit);
  const pick = <T>(items: readonly T[]): T => items[integerBelow(items.length)];
  return { random, integerBelow, pick };
}

/** A count as printed: rounded, with thousands separators. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** How many a second, printed as a count. */
export const perSecond = (count: number, ms: number) => formatCount((count / ms) * 1000);

/** Runs synchronous work once and says how long it took. */
export function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

/** The value at `fraction` (0.5, 0.99) of timings sorted in ascending order; NaN when there are none. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** The machine a run's figures come from: Node, the CPUs, and how busy they are (figures are noisy on a shared machine). */
export function machine(): string {
  return `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load average ${os.loadavg()[0].toFixed(1)}`;
}

/** Runs async work `count` times after `warmUp` untimed runs (indexes 0…), and gives the timings sorted in ascending order. */
export async function timeEach(work: (index: number) => Promise<unknown>, count: number, warmUp = 20): Promise<number[]> {
  for (let index = 0; index < warmUp; index++) await work(index % count);
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await work(index);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}
