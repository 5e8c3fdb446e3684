import type { TestApp } from './create-test-app';
import { Clock } from '../../../src/common/clock/clock';

export interface TestClock {
  /** Moves the application's clock forward (no sleeping). */
  advance(ms: number): void;
  /** Back to real time. */
  restore(): void;
}

/** Controls the app's injectable Clock: real time plus an offset that tests advance. */
export function controlClock(t: TestApp): TestClock {
  const clock = t.app.get(Clock);
  let offset = 0;
  const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + offset));
  return {
    advance: (ms) => {
      offset += ms;
    },
    restore: () => {
      offset = 0;
      spy.mockRestore();
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
