/**
 * The median CPU time, in ms, that `run` takes over several repetitions after a
 * warm-up. CPU time of this process is the "script time" of an interaction, and
 * unlike wall-clock time it is not inflated by other processes on a busy machine.
 * Node only: for scale tests.
 */
export function medianScriptMs(run: () => void, times = 15): number {
  run();
  const samples = Array.from({ length: times }, () => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  }).sort((a, b) => a - b);
  return samples[Math.floor(times / 2)]!;
}
