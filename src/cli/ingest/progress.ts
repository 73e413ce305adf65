/** Progress on stderr: a \r-updated bar on a TTY, an occasional line otherwise. */
export class Progress {
  private last = 0;
  private readonly tty = Boolean(process.stderr.isTTY);
  private readonly started = Date.now();

  constructor(private readonly label: string, private readonly total: number, private readonly quiet = false) {}

  tick(done: number, note = ''): void {
    if (this.quiet) return;
    const now = Date.now();
    const final = done >= this.total;
    if (!final && now - this.last < (this.tty ? 100 : 2000)) return;
    this.last = now;
    const pct = this.total ? Math.floor((100 * done) / this.total) : 100;
    if (this.tty) {
      const w = 24;
      const fill = Math.round((w * pct) / 100);
      const bar = '█'.repeat(fill) + '░'.repeat(w - fill);
      process.stderr.write(`\r${this.label} ${bar} ${done}/${this.total} ${note}`.slice(0, 120).padEnd(80) + (final ? '\n' : ''));
    } else {
      process.stderr.write(`${this.label}: ${done}/${this.total} (${pct}%) ${((now - this.started) / 1000).toFixed(1)}s ${note}\n`);
    }
  }

  message(text: string): void {
    if (this.quiet) return;
    process.stderr.write((this.tty ? '\r\x1b[K' : '') + text + '\n');
  }
}
