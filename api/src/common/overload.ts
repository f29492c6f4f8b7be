import type express from 'express';
import { ErrorCode } from './errors';

export const BUSY_MESSAGE = '服务繁忙，请稍后重试';

/**
 * At most `max` GraphQL requests run at once; up to `queueMax` more wait (each at most
 * `queueTimeoutMs`) for a place. Past that the caller is told at once to come back, rather than
 * every caller waiting ever longer until all of them time out: on 2 cores a request that cannot
 * start within a few seconds is better refused early than served late.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    readonly max: number,
    readonly queueMax: number,
    readonly queueTimeoutMs: number,
  ) {}

  /** Resolves true with a place taken (call `release` when done), or false when busy. */
  acquire(): Promise<boolean> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.queueMax) return Promise.resolve(false);
    return new Promise((resolve) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          resolve(true);
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          resolve(false);
        }, this.queueTimeoutMs),
      };
      this.waiting.push(entry);
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next)
      next.start(); // the place passes on: `active` stays the same
    else this.active--;
  }

  get running(): number {
    return this.active;
  }
  get queued(): number {
    return this.waiting.length;
  }
}

/**
 * Express middleware in front of every route that does work (GraphQL in any method, GraphiQL,
 * downloads, console files; not /healthz): a request that finds no place answers HTTP 503 with
 * `Retry-After` and a typed GraphQL error (SERVICE_UNAVAILABLE, `busy: true`), so clients retry.
 */
export function overloadGuard(limit: ConcurrencyLimit, retryAfterSeconds: number): express.RequestHandler {
  return (req, res, next) => {
    void limit.acquire().then((ok) => {
      if (!ok) {
        res
          .status(503)
          .set('Retry-After', String(retryAfterSeconds))
          .json({
            errors: [
              {
                message: BUSY_MESSAGE,
                extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, busy: true, retryAfterSeconds },
              },
            ],
          });
        return;
      }
      let released = false;
      const release = () => {
        if (!released) {
          released = true;
          limit.release();
        }
      };
      // A caller that hung up while queued gets no work done, and its place passes on at once: its
      // 'close' has already fired, so a listener added now would never run and the place would leak.
      if (res.destroyed || res.writableEnded || req.socket.destroyed) {
        release();
        return;
      }
      res.once('finish', release);
      res.once('close', release);
      next();
    });
  };
}
