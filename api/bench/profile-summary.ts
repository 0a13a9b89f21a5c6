import type { Profiler } from 'node:inspector';

/** Self time of a V8 CPU profile by package (or file of ours), largest first, and the top functions. */
export function summariseProfile(profile: Profiler.Profile, rows = 25): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const delta = profile.timeDeltas?.[i] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
    total += delta;
  });
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, time] of selfTime) {
    const { functionName, url, lineNumber } = (nodes.get(id) as Profiler.ProfileNode).callFrame;
    const owner = ownerOf(url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + time);
    const name = `${functionName || '(anonymous)'}  ${owner}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const top = (shares: Map<string, number>) =>
    [...shares]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([name, time]) => `${((100 * time) / total).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  return `Self time by package\n${top(byOwner)}\n\nSelf time by function\n${top(byFunction)}`;
}

/** The npm package of a script, node's own module, our file, or V8's (GC, idle, native). */
function ownerOf(url: string): string {
  if (!url) return '(V8: GC, idle, native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\/.*?\/(api|prisma|seed)\//, '$1/');
}
