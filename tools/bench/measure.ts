/** Times `run` `iterations` times after a warm-up; figures in microseconds. */
export interface Figure {
  name: string;
  iterations: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function measure(
  name: string,
  iterations: number,
  run: () => unknown,
): Figure {
  for (let i = 0; i < Math.min(1000, iterations); i++) run();
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    run();
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  const at = (q: number) =>
    samples[Math.min(iterations - 1, Math.floor(q * iterations))] ?? 0;
  const mean = samples.reduce((a, b) => a + b, 0) / iterations;
  return { name, iterations, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

export function printTable(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  console.table(
    figures.map((f) => ({
      measure: f.name,
      runs: f.iterations,
      'p50 µs': f.p50.toFixed(1),
      'p95 µs': f.p95.toFixed(1),
      'p99 µs': f.p99.toFixed(1),
      'mean µs': f.mean.toFixed(1),
    })),
  );
}
