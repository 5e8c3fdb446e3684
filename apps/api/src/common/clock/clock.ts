import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time as the application sees it. Inject it wherever an expiry or a
 * window is decided (sessions, reset tokens, rate limits) instead of calling
 * `new Date()` or SQL `now()`, so tests can advance the clock rather than
 * sleep (`jest.spyOn(app.get(Clock), 'now')`, see test/integration/setup/clock.ts).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
