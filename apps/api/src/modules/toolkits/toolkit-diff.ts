import type { ToolkitSectionData } from './entities/toolkit-version.entity';
import { SectionChangeKind } from './toolkits.constants';

export interface SectionChange {
  key: string;
  title: string;
  change: SectionChangeKind;
}

/** Section-level diff of a version against the previous one (null: everything is new). */
export function diffSections(
  previous: ToolkitSectionData[] | null,
  current: ToolkitSectionData[],
): SectionChange[] {
  const before = new Map((previous ?? []).map((s) => [s.key, s]));
  const changes: SectionChange[] = current.map((s) => {
    const old = before.get(s.key);
    const change = !old
      ? SectionChangeKind.ADDED
      : old.title !== s.title || old.body !== s.body
        ? SectionChangeKind.CHANGED
        : SectionChangeKind.UNCHANGED;
    return { key: s.key, title: s.title, change };
  });
  const now = new Set(current.map((s) => s.key));
  for (const s of previous ?? []) {
    if (!now.has(s.key))
      changes.push({ key: s.key, title: s.title, change: SectionChangeKind.REMOVED });
  }
  return changes;
}
