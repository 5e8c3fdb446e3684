/** A response kept for anonymous readers. */
export interface CachedResponse {
  body: Buffer;
  /** A strong ETag: a hash of the body, quoted. */
  etag: string;
  contentType: string;
}

interface Entry extends CachedResponse {
  storedAt: number;
  bytes: number;
}

export interface ResponseCacheLimits {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
}

/** What an entry costs beyond its key and body (Map slot, object, strings). */
const ENTRY_OVERHEAD_BYTES = 256;

/**
 * An LRU of responses for one content version. Entries are only ever stored
 * and served for the version they were computed at; when the version changes,
 * everything goes (nothing computed at another version is kept). Bounded by
 * entry count and bytes (key + body + overhead), and each entry by a TTL.
 */
export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private version: string | null = null;

  constructor(private readonly limits: ResponseCacheLimits) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The response for `key` at `version`, or undefined (and a version change empties the cache). */
  get(key: string, version: string, now: number): CachedResponse | undefined {
    this.moveTo(version);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.storedAt >= this.limits.ttlMs) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used goes last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Keeps `response` for `key`, computed from data at least as new as
   * `version`. Refused when the cache has meanwhile moved to another version.
   */
  set(key: string, version: string, response: CachedResponse, now: number): boolean {
    if (this.version !== version) return false;
    const bytes = Buffer.byteLength(key) + response.body.length + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.limits.maxBytes) return false;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { ...response, storedAt: now, bytes });
    this.bytes += bytes;
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, Entry];
      this.remove(oldestKey, oldest);
    }
    return true;
  }

  clear(): void {
    this.entries = new Map();
    this.bytes = 0;
  }

  private moveTo(version: string): void {
    if (this.version === version) return;
    this.version = version;
    this.clear();
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
