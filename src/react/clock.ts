/**
 * Where time comes from. Injected through `ApiErrorProvider clock` so tests and stories control
 * every countdown; the default wraps the globals at call time, so fake timers still apply.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A clock that only moves when told to: `advance(ms)` runs every timer that falls due. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  /** How many timers are waiting to fire. */
  readonly pending: number;
}

export function createManualClock(start = 0): ManualClock {
  let time = start;
  let next = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => time,
    setTimeout(callback, ms) {
      timers.set(++next, { at: time + Math.max(0, ms), callback });
      return next;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance(ms) {
      const end = time + ms;
      for (;;) {
        let due: [number, { at: number; callback: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        time = due[1].at;
        due[1].callback();
      }
      time = end;
    },
    get pending() {
      return timers.size;
    },
  };
}
