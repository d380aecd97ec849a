/**
 * Strongly connected components (Tarjan, iterative so a 10,000-beat chain does not overflow the stack).
 * Components come out in reverse topological order: a component is listed after every one it reaches.
 *
 * @example
 * scc(3, [[1], [0, 2], []]) // => { comp: [1, 1, 0], count: 2 }
 */
export function scc(n: number, succ: number[][]): { comp: number[]; count: number } {
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const comp = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let next = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (!top) break;
      const [v, i] = top;
      if (i === 0) {
        index[v] = next;
        low[v] = next;
        next++;
        stack.push(v);
        onStack[v] = true;
      }
      const vs = succ[v] ?? [];
      if (i < vs.length) {
        top[1] = i + 1;
        const w = vs[i] ?? 0;
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] ?? 0, low[v] ?? 0);
      if (low[v] === index[v]) {
        let w: number | undefined;
        do {
          w = stack.pop();
          if (w === undefined) break;
          onStack[w] = false;
          comp[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return { comp, count };
}
