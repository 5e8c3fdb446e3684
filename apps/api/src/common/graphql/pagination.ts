import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

import { badInput } from '../errors/domain.exception';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size (1 to 100).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (from pageInfo.endCursor).' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType('PageInfo', { description: 'Relay-style pagination information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item in this page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `XConnection` and `XEdge` GraphQL types for a node type. */
export function Paginated<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a page of ${name} items.` })
  class EdgeType {
    @Field(() => nodeType, { description: 'The item.' })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items in this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter in all.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Offset cursors: opaque to clients, stable for a fixed sort order. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): number {
  if (!cursor) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw badInput('The cursor is not valid.', 'after');
  return Number(match[1]) + 1;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export function pageRequest(args: PaginationArgs): PageRequest {
  const limit = Math.min(args.first ?? 20, MAX_PAGE_SIZE);
  return { limit, offset: decodeCursor(args.after) };
}

/** Turns a fetched page (limit + 1 rows) and a total into a connection. */
export function toConnection<E, T>(
  rows: E[],
  total: number,
  page: PageRequest,
  map: (row: E) => T,
): Connection<T> {
  const slice = rows.slice(0, page.limit);
  const edges = slice.map((row, index) => ({
    node: map(row),
    cursor: encodeCursor(page.offset + index),
  }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}
