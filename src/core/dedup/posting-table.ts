// The candidate index's key -> postings map: some 100,000 keys, read ~20 times per item. Keys
// are 30-bit hashes (non-negative), already mixed; a key and its value sit side by side in one
// typed array (open addressing, linear probing), so a read that misses the CPU's caches misses
// once, where a Map reads its bucket, then its entry. A value is one slot (>= 0) or, for a key
// of several stories, -(1 + the index of its list of slots).

const EMPTY = -1;

export class PostingTable {
  /** [key, value] per cell; key EMPTY: a free cell. */
  private cells = new Int32Array(2 * 1024).fill(EMPTY);
  private mask = 1024 - 1;
  private keys = 0;
  private readonly lists: number[][] = [];
  private readonly freeLists: number[] = [];

  /** The one slot posted under `key`, the list of them, or undefined. */
  get(key: number): number | number[] | undefined {
    const { cells, mask } = this;
    for (let cell = key & mask; ; cell = (cell + 1) & mask) {
      const stored = cells[2 * cell]!;
      if (stored === key) {
        const value = cells[2 * cell + 1]!;
        return value >= 0 ? value : this.lists[-1 - value]!;
      }
      if (stored === EMPTY) return undefined;
    }
  }

  /** Posts one slot, or a list of slots (held by reference: pushing to it later posts there). */
  set(key: number, value: number | number[]): void {
    const { cells, mask } = this;
    let cell = key & mask;
    while (cells[2 * cell] !== EMPTY && cells[2 * cell] !== key) cell = (cell + 1) & mask;
    if (cells[2 * cell] === key) {
      const before = cells[2 * cell + 1]!;
      if (before < 0) {
        if (this.lists[-1 - before] === value) return;
        this.freeList(before);
      }
    } else {
      cells[2 * cell] = key;
      this.keys += 1;
    }
    cells[2 * cell + 1] = typeof value === 'number' ? value : this.claimList(value);
    if (2 * this.keys > this.mask + 1) this.grow();
  }

  delete(key: number): void {
    const { cells, mask } = this;
    let cell = key & mask;
    while (cells[2 * cell] !== key) {
      if (cells[2 * cell] === EMPTY) return;
      cell = (cell + 1) & mask;
    }
    const value = cells[2 * cell + 1]!;
    if (value < 0) this.freeList(value);
    // Backward shift: later keys of the probe run move into the hole unless their home cell lies
    // cyclically in (hole, next] (no tombstones to slow later reads).
    let hole = cell;
    for (let next = (hole + 1) & mask; cells[2 * next] !== EMPTY; next = (next + 1) & mask) {
      const home = cells[2 * next]! & mask;
      const stays = hole <= next ? home > hole && home <= next : home > hole || home <= next;
      if (stays) continue;
      cells[2 * hole] = cells[2 * next]!;
      cells[2 * hole + 1] = cells[2 * next + 1]!;
      hole = next;
    }
    cells[2 * hole] = EMPTY;
    this.keys -= 1;
  }

  private claimList(list: number[]): number {
    const at = this.freeLists.pop() ?? this.lists.length;
    this.lists[at] = list;
    return -1 - at;
  }

  private freeList(value: number): void {
    const at = -1 - value;
    this.lists[at] = EMPTY_LIST;
    this.freeLists.push(at);
  }

  private grow(): void {
    const { cells } = this;
    this.cells = new Int32Array(2 * cells.length).fill(EMPTY);
    this.mask = cells.length - 1;
    for (let cell = 0; cell < cells.length / 2; cell += 1) {
      const key = cells[2 * cell]!;
      if (key === EMPTY) continue;
      let to = key & this.mask;
      while (this.cells[2 * to] !== EMPTY) to = (to + 1) & this.mask;
      this.cells[2 * to] = key;
      this.cells[2 * to + 1] = cells[2 * cell + 1]!;
    }
  }
}

const EMPTY_LIST: number[] = [];
