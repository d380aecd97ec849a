/**
 * Orders semantic versions (MAJOR.MINOR.PATCH) numerically, so 1.10.0 comes after 1.9.0.
 *
 * @example
 * ['1.10.0', '1.9.0'].sort(compareVersions) // ['1.9.0', '1.10.0']
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
