import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { Clock } from '../clock/clock';

/** One limit: at most `limit` hits per `windowSeconds` for `key` in `bucket`. */
export interface RateLimitRule {
  /** What is limited, e.g. `password-reset:email`; at most 60 characters. */
  bucket: string;
  /** Who is limited, e.g. a normalised email or a client IP; stored hashed. */
  key: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** The bucket that refused, when not allowed. */
  blockedBy: string | null;
  /** Seconds until the refusing bucket has room again (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Database-backed sliding-window ("sliding log") rate limits that hold
 * across API processes. `consume` takes several rules at once and is
 * all-or-nothing: a hit is recorded in every bucket only when all allow it,
 * so a refused request does not use up anyone's allowance.
 *
 * ```ts
 * const d = await rateLimit.consume([
 *   { bucket: 'email-confirmation:ip', key: ip, limit: 20, windowSeconds: 3600 },
 *   { bucket: 'email-confirmation:email', key: email, limit: 3, windowSeconds: 3600 },
 * ]);
 * if (!d.allowed) ...
 * ```
 */
@Injectable()
export class RateLimitService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Checks every rule and, when all allow, records one hit in each. Pass `manager` to join a transaction. */
  async consume(rules: RateLimitRule[], manager?: EntityManager): Promise<RateLimitDecision> {
    if (manager) return this.consumeWith(manager, rules);
    return this.db.transaction((m) => this.consumeWith(m, rules));
  }

  /** Forgets the hits of one key (e.g. after a successful action that should reset a limit). */
  async reset(bucket: string, key: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.db.manager).query(
      'DELETE FROM rate_limit_hit WHERE bucket = $1 AND key_hash = $2',
      [bucket, keyHash(bucket, key)],
    );
  }

  private async consumeWith(manager: EntityManager, rules: RateLimitRule[]): Promise<RateLimitDecision> {
    const now = this.clock.now();
    const keyed = rules
      .map((rule) => ({ rule, hash: keyHash(rule.bucket, rule.key) }))
      .sort((a, b) => (a.rule.bucket + a.hash).localeCompare(b.rule.bucket + b.hash));
    for (const { rule, hash } of keyed) {
      // Serialises concurrent requests for the same key in any process.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [`${rule.bucket}:${hash}`]);
    }
    for (const { rule, hash } of keyed) {
      const since = new Date(now.getTime() - rule.windowSeconds * 1000);
      await manager.query(
        'DELETE FROM rate_limit_hit WHERE bucket = $1 AND key_hash = $2 AND created_at <= $3',
        [rule.bucket, hash, since],
      );
      const rows: { n: string; oldest: Date | null }[] = await manager.query(
        `SELECT count(*) AS n, min(created_at) AS oldest FROM rate_limit_hit
          WHERE bucket = $1 AND key_hash = $2 AND created_at > $3`,
        [rule.bucket, hash, since],
      );
      if (Number(rows[0].n) >= rule.limit) {
        const oldest = rows[0].oldest ? new Date(rows[0].oldest).getTime() : now.getTime();
        const retry = Math.max(1, Math.ceil((oldest + rule.windowSeconds * 1000 - now.getTime()) / 1000));
        return { allowed: false, blockedBy: rule.bucket, retryAfterSeconds: retry };
      }
    }
    for (const { rule, hash } of keyed) {
      await manager.query('INSERT INTO rate_limit_hit (bucket, key_hash, created_at) VALUES ($1, $2, $3)', [
        rule.bucket,
        hash,
        now,
      ]);
    }
    return { allowed: true, blockedBy: null, retryAfterSeconds: 0 };
  }
}

function keyHash(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}\u0000${key}`, 'utf8').digest('hex');
}
