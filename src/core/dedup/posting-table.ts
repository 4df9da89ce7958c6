// The candidate index's key -> postings map: some 100,000 keys, read ~20 times per item. Keys
// are 30-bit hashes (non-negative), already mixed; a key and its value sit side by side in one
// typed array (open addressing, linear probing), so a read that misses the CPU's caches misses
// once, where a Map reads its bucket, then its entry. A value is one slot (>= 0) or, for a key
// of several slots, a list reference (< 0): the list lives in one pool of numbers, its length
// beside its slots, so reading a list is one more miss, not three (an array of lists, the
// list's object, its elements).

const EMPTY = -1;
/** A list block: [capacity, length, slots...]; the smallest holds 2 slots. */
const HEADER = 2;
const MIN_CAPACITY = 2;

/** A key's value: one slot (>= 0) or a list reference (< 0, see PostingTable.listStart). */
export type Posting = number;

export class PostingTable {
  /** [key, value] per cell; key EMPTY: a free cell. */
  private cells = new Int32Array(2 * 1024).fill(EMPTY);
  private mask = 1024 - 1;
  private keys = 0;
  /** The lists' blocks; a reference is -(1 + the block's offset). */
  private blocks = new Int32Array(1024);
  private top = 0;
  /** Offsets of free blocks, per log2(capacity). */
  private readonly freeBlocks: number[][] = [];

  /** The posting under `key`: a slot (>= 0), a list reference (< 0), or undefined. */
  get(key: number): Posting | undefined {
    const { cells, mask } = this;
    for (let cell = key & mask; ; cell = (cell + 1) & mask) {
      const stored = cells[2 * cell]!;
      if (stored === key) return cells[2 * cell + 1]!;
      if (stored === EMPTY) return undefined;
    }
  }

  /** The slots of a list, at pool()[listStart(ref) + i] for i below listLength(ref). */
  pool(): Int32Array {
    return this.blocks;
  }

  listStart(ref: Posting): number {
    return -1 - ref + HEADER;
  }

  listLength(ref: Posting): number {
    return this.blocks[-1 - ref + 1]!;
  }

  /** The slots posted under `key`, in order (a copy: for tests and checks). */
  slotsOf(key: number): number[] {
    const posting = this.get(key);
    if (posting === undefined) return [];
    if (posting >= 0) return [posting];
    const start = this.listStart(posting);
    return Array.from(this.blocks.subarray(start, start + this.listLength(posting)));
  }

  /** Posts `slot` under `key`, after the slots posted there before. */
  add(key: number, slot: number): void {
    const { cells, mask } = this;
    let cell = key & mask;
    while (cells[2 * cell] !== EMPTY && cells[2 * cell] !== key) cell = (cell + 1) & mask;
    if (cells[2 * cell] !== key) {
      cells[2 * cell] = key;
      cells[2 * cell + 1] = slot;
      this.keys += 1;
      if (2 * this.keys > this.mask + 1) this.grow();
      return;
    }
    const value = cells[2 * cell + 1]!;
    if (value >= 0) {
      const offset = this.claimBlock(MIN_CAPACITY);
      this.blocks[offset + 1] = 2;
      this.blocks[offset + HEADER] = value;
      this.blocks[offset + HEADER + 1] = slot;
      cells[2 * cell + 1] = -1 - offset;
      return;
    }
    let offset = -1 - value;
    const length = this.blocks[offset + 1]!;
    if (length === this.blocks[offset]!) {
      const moved = this.claimBlock(2 * length);
      // claimBlock may have replaced the pool: read it afresh.
      this.blocks.copyWithin(moved + HEADER, offset + HEADER, offset + HEADER + length);
      this.freeBlock(offset);
      offset = moved;
      this.cells[2 * cell + 1] = -1 - offset;
    }
    this.blocks[offset + HEADER + length] = slot;
    this.blocks[offset + 1] = length + 1;
  }

  /**
   * Takes `slot` off `key` (the list's last slot takes its place); a list left with one slot
   * becomes that slot, a key left with none is deleted.
   */
  remove(key: number, slot: number): void {
    const { cells, mask } = this;
    let cell = key & mask;
    while (cells[2 * cell] !== key) {
      if (cells[2 * cell] === EMPTY) return;
      cell = (cell + 1) & mask;
    }
    const value = cells[2 * cell + 1]!;
    if (value >= 0) {
      if (value === slot) this.deleteCell(cell);
      return;
    }
    const offset = -1 - value;
    const { blocks } = this;
    const start = offset + HEADER;
    const length = blocks[offset + 1]!;
    let at = 0;
    while (at < length && blocks[start + at] !== slot) at += 1;
    if (at === length) return;
    blocks[start + at] = blocks[start + length - 1]!;
    blocks[offset + 1] = length - 1;
    if (length - 1 === 1) {
      cells[2 * cell + 1] = blocks[start]!;
      this.freeBlock(offset);
    }
  }

  /** Deletes the key in `cell`, shifting later keys of its probe run back. */
  private deleteCell(cell: number): void {
    const { cells, mask } = this;
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

  /** A free block of `capacity` (a power of two) slots, its length unset; its offset. */
  private claimBlock(capacity: number): number {
    const free = this.freeBlocks[Math.log2(capacity)];
    if (free !== undefined && free.length > 0) return free.pop()!;
    const offset = this.top;
    const end = offset + HEADER + capacity;
    if (end > this.blocks.length) {
      const grown = new Int32Array(Math.max(2 * this.blocks.length, end));
      grown.set(this.blocks);
      this.blocks = grown;
    }
    this.blocks[offset] = capacity;
    this.top = end;
    return offset;
  }

  private freeBlock(offset: number): void {
    const size = Math.log2(this.blocks[offset]!);
    (this.freeBlocks[size] ??= []).push(offset);
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
