/**
 * A binary min-heap of numbers ordered by a priority function (ties: insertion order is not kept).
 *
 * @example
 * const h = new MinHeap((x) => x); h.push(3); h.push(1); h.pop() // => 1
 */
export class MinHeap {
  private items: number[] = [];
  constructor(private readonly priority: (item: number) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: number): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.priority(a[p] ?? 0) <= this.priority(a[i] ?? 0)) break;
      [a[p], a[i]] = [a[i] ?? 0, a[p] ?? 0];
      i = p;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.priority(a[l] ?? 0) < this.priority(a[m] ?? 0)) m = l;
        if (r < a.length && this.priority(a[r] ?? 0) < this.priority(a[m] ?? 0)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i] ?? 0, a[m] ?? 0];
        i = m;
      }
    }
    return top;
  }
}
