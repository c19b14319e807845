// At most one request per host at a time, and `spacingMs` between the end of one and the start of the next (longer
// when the host's robots.txt asks it with Crawl-delay). Callers for one host go in the order they asked; hosts do not
// wait for one another.

export class HostPacer {
  private readonly queue = new Map<string, Promise<unknown>>();
  private readonly delays = new Map<string, number>();

  constructor(
    private readonly spacingMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Honours robots.txt's Crawl-delay (seconds) for the host when it is longer than our spacing; at most 60 s. */
  slowDown(host: string, seconds: number | undefined): void {
    if (seconds && Number.isFinite(seconds) && seconds > 0) this.delays.set(host, Math.min(60_000, seconds * 1000));
  }

  /** Runs `request` when the host's previous request (if any) has ended and the spacing has passed. */
  run<T>(host: string, request: () => Promise<T>): Promise<T> {
    const previous = this.queue.get(host);
    const mine = previous
      ? previous.then(() => this.sleep(Math.max(this.spacingMs, this.delays.get(host) ?? 0))).then(request)
      : request();
    // The next caller waits for this one however it ends (the stored promise never rejects).
    this.queue.set(
      host,
      mine.catch(() => undefined),
    );
    return mine;
  }
}
