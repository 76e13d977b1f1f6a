/** One row waiting to be written, and who waits for its answer. */
interface Pending<R, A> {
  row: R;
  resolve: (answer: A) => void;
  reject: (err: unknown) => void;
}

/**
 * Writes rows that arrive together in one statement: each commit of a durable store waits for the
 * disk (about 2 ms here on SQLite with full sync), so a burst of deliveries recorded one commit
 * each queues for hundreds of milliseconds. Rows arriving while a write is in flight form the next
 * one; each caller gets its own row's answer, and a failed write fails every row in it.
 */
export class GroupCommit<R, A> {
  private pending: Pending<R, A>[] = [];
  private flushing = false;
  private scheduled = false;

  constructor(
    /** Writes the rows in one statement and answers each, in order. */
    private readonly write: (rows: R[]) => Promise<A[]>,
    private readonly maxRows = 200,
  ) {}

  add(row: R): Promise<A> {
    return new Promise<A>((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.flushing || this.scheduled) return;
    this.scheduled = true;
    // After this turn of the event loop: the deliveries parsed in it join one write.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, this.maxRows);
        try {
          const answers = await this.write(batch.map((p) => p.row));
          for (const [i, p] of batch.entries()) p.resolve(answers[i] as A);
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
