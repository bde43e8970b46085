/**
 * "key\tvalue" lines sorted by key in JavaScript string order, as the derived data files store their
 * indexes. A key is found by binary search over the text itself: loading a file splits nothing and builds
 * no map of tens of thousands of keys, so the background's first profile waits only for `JSON.parse`.
 */
export class SortedLines {
  private readonly text: string;

  /** Read sorted lines (one "key\tvalue" a line, "\n" between lines; "" is no line). */
  constructor(text: string) {
    this.text = text;
  }

  /** The value stored for `key`, or undefined. */
  get(key: string): string | undefined {
    const text = this.text;
    // `lo` is always the start of a line, `hi` the start of a line or the end of the text.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const tab = text.indexOf('\t', start);
      const k = text.slice(start, tab === -1 || tab > end ? end : tab);
      if (k < key) lo = end + 1;
      else if (k > key) hi = start;
      else return tab === -1 || tab > end ? '' : text.slice(tab + 1, end);
    }
    return undefined;
  }

  /** Every line, for tests of the files' shape. */
  all(): string[] {
    return this.text === '' ? [] : this.text.split('\n');
  }
}

/** The line starting at character `offset` of a text of lines (the derived files point at rows so). */
export function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? text.length : end);
}
