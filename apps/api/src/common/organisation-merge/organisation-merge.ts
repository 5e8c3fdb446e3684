import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

import { discoverContributions } from '../contributions/discover-contributions';
import { updateReturning } from '../sql/returned-rows';

/**
 * The contribution point for merging duplicate organisations: every module
 * whose tables reference an organisation moves its own rows from the
 * duplicate to the survivor (resolving its own unique collisions). The
 * directory runs them all in one transaction, with both organisation rows
 * locked, then removes the duplicate.
 */
export interface OrganisationReferences {
  /** How many of the module's rows reference the organisation, by a short label ("members"). */
  count(organisationId: string, manager: EntityManager): Promise<Record<string, number>>;
  /**
   * Moves the rows from `fromId` to `toId` inside `manager`'s transaction.
   * Returns how many moved, by the same labels as `count`, and the search
   * documents whose content changed (type → ids), for the index to follow.
   * Throws the module's CONFLICT exception when a collision cannot be resolved
   * without losing content.
   */
  moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult>;
}

export interface OrganisationMoveResult {
  moved: Record<string, number>;
  searchChanged?: Record<string, readonly string[]>;
}

/** What a module passes to `@OrganisationMergeParticipant`. */
export interface OrganisationMergeParticipantOptions {
  /** The module, e.g. `case-studies`. */
  feature: string;
  /**
   * Every `table.column` holding an organisation id that it moves (foreign
   * keys or not); the coverage test compares them with the database's foreign keys.
   */
  columns: readonly string[];
}

export const OrganisationMergeParticipant =
  DiscoveryService.createDecorator<OrganisationMergeParticipantOptions>();

interface Registered extends OrganisationMergeParticipantOptions {
  provider: OrganisationReferences;
}

/** Every module's participant, found at boot; two claiming one column fail the boot. */
@Injectable()
export class OrganisationMergeRegistry implements OnModuleInit {
  private participants: Registered[] | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  /** `table.column` → the module that moves it. */
  coveredColumns(): Map<string, string> {
    const covered = new Map<string, string>();
    for (const p of this.load()) for (const c of p.columns) covered.set(c, p.feature);
    return covered;
  }

  /** Rows referencing the organisation, by `feature: label`. */
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const p of this.load()) {
      const part = await p.provider.count(organisationId, manager);
      for (const [label, n] of Object.entries(part)) counts[label] = (counts[label] ?? 0) + n;
    }
    return counts;
  }

  /** Runs every participant in turn inside the caller's transaction. */
  async move(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<Required<OrganisationMoveResult>> {
    const moved: Record<string, number> = {};
    const searchChanged: Record<string, string[]> = {};
    for (const p of this.load()) {
      const result = await p.provider.moveOrganisation(fromId, toId, manager);
      for (const [label, n] of Object.entries(result.moved)) moved[label] = (moved[label] ?? 0) + n;
      for (const [type, ids] of Object.entries(result.searchChanged ?? {})) {
        searchChanged[type] = [...(searchChanged[type] ?? []), ...ids];
      }
    }
    return { moved, searchChanged };
  }

  private load(): Registered[] {
    if (this.participants) return this.participants;
    const found = discoverContributions<
      OrganisationMergeParticipantOptions,
      OrganisationReferences
    >(this.discovery, OrganisationMergeParticipant);
    const claimed = new Map<string, string>();
    for (const { meta, name } of found) {
      for (const column of meta.columns) {
        const other = claimed.get(column);
        if (other)
          throw new Error(
            `${column} is moved twice on merge: by ${other} and by ${meta.feature} (${name}).`,
          );
        claimed.set(column, meta.feature);
      }
    }
    this.participants = found
      .map(({ meta, instance }) => ({ ...meta, provider: instance }))
      .sort((a, b) => a.feature.localeCompare(b.feature));
    return this.participants;
  }
}

/** One `table.column` holding an organisation id, moved with no collisions to resolve. */
export interface OrganisationColumn {
  table: string;
  column: string;
  /** The short label counts and moves are reported under ("events"). */
  label: string;
  /** The search document type of the table's rows, when they are indexed (their ids are reported). */
  searchType?: string;
}

/** `table.column`, as `@OrganisationMergeParticipant({ columns })` names it. */
export function columnName(ref: OrganisationColumn): string {
  return `${ref.table}.${ref.column}`;
}

/** How many rows of `ref.table` reference the organisation. */
export async function countReferences(
  ref: OrganisationColumn,
  organisationId: string,
  manager: EntityManager,
): Promise<number> {
  const [row] = (await manager.query(
    `SELECT count(*)::int AS n FROM ${ref.table} WHERE ${ref.column} = $1`,
    [organisationId],
  )) as { n: number }[];
  return row.n;
}

/** Points every row of `ref.table` at `toId` instead of `fromId`; the moved rows' `returning` column. */
export async function moveReferences(
  ref: OrganisationColumn,
  fromId: string,
  toId: string,
  manager: EntityManager,
  returning = 'id',
): Promise<string[]> {
  const rows = await updateReturning<Record<string, string>>(
    manager,
    `UPDATE ${ref.table} SET ${ref.column} = $2 WHERE ${ref.column} = $1 RETURNING ${returning}`,
    [fromId, toId],
  );
  return rows.map((r) => r[returning]);
}

/**
 * A participant whose only reference is one column (`ref`): counts and moves
 * its rows and reports the moved ids to search. Subclasses add their own
 * checks before calling `super.moveOrganisation`.
 */
export abstract class ColumnOrganisationReferences implements OrganisationReferences {
  protected abstract readonly ref: OrganisationColumn;

  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    return { [this.ref.label]: await countReferences(this.ref, organisationId, manager) };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const ids = await moveReferences(this.ref, fromId, toId, manager);
    return {
      moved: { [this.ref.label]: ids.length },
      ...(this.ref.searchType ? { searchChanged: { [this.ref.searchType]: ids } } : {}),
    };
  }
}
