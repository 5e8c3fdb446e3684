import { Injectable, Logger } from '@nestjs/common';

/**
 * How a feature tells search that some of its documents changed (saved,
 * deleted, unpublished, moderated), without knowing the search module.
 *
 * Features call `changed(type, ids)` after their write has committed. The
 * search index subscribes at boot and re-reads those documents through the
 * feature's own `@SearchSource.byIds`, so the index follows at once; a
 * periodic sweep over `changedSince` is the backstop for anything missed (a
 * crash between commit and signal, a listener failure). A failing listener
 * never fails the feature's write: it is logged and left to the sweep.
 */
export type SearchIndexListener = (type: string, ids: readonly string[]) => Promise<void>;

@Injectable()
export class SearchIndexChanges {
  private readonly logger = new Logger(SearchIndexChanges.name);
  private readonly listeners: SearchIndexListener[] = [];

  /** The search index registers itself here at boot. */
  subscribe(listener: SearchIndexListener): void {
    this.listeners.push(listener);
  }

  /** Documents of `type` with these ids changed; call after the write committed. */
  async changed(type: string, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (!unique.length) return;
    for (const listener of this.listeners) {
      try {
        await listener(type, unique);
      } catch (error) {
        this.logger.warn(
          `Search index update for ${type} (${unique.length}) failed; the sweep will retry: ${(error as Error).message}`,
        );
      }
    }
  }
}
