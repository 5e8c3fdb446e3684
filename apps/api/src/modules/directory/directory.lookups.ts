import type { DirectoryLookupRow } from './directory.repository';

/** DirectoryRepository.searchLookups rows, indexed for building search documents. */
export class DirectoryLookups {
  private readonly icsById = new Map<string, { code: string; label: string }>();
  private readonly icsByCode = new Map<string, string>();
  private readonly places = new Map<string, string>();
  private readonly organisations = new Map<string, { name: string; typeKey: string }>();
  private readonly icssByOrganisation = new Map<string, { code: string; label: string }[]>();
  private readonly themes = new Map<string, string>();
  private readonly types = new Map<string, string>();

  constructor(rows: readonly DirectoryLookupRow[]) {
    for (const r of rows) {
      switch (r.kind) {
        case 'ICS':
          this.icsById.set(r.key, { code: r.code, label: r.label });
          this.icsByCode.set(r.code, r.label);
          break;
        case 'PLACE':
          this.places.set(r.key, r.label);
          break;
        case 'ORGANISATION':
          this.organisations.set(r.key, { name: r.label, typeKey: r.code });
          break;
        case 'ORGANISATION_ICS': {
          const list = this.icssByOrganisation.get(r.key) ?? [];
          list.push({ code: r.code, label: r.label });
          list.sort((a, b) => a.code.localeCompare(b.code));
          this.icssByOrganisation.set(r.key, list);
          this.icsByCode.set(r.code, r.label);
          break;
        }
        case 'THEME':
          this.themes.set(r.key, r.label);
          break;
        case 'ORGANISATION_TYPE':
          this.types.set(r.key, r.label);
          break;
      }
    }
  }

  ics(id: string | null | undefined): { code: string; label: string } | undefined {
    return id ? this.icsById.get(id) : undefined;
  }

  icsName(odsCode: string): string | undefined {
    return this.icsByCode.get(odsCode);
  }

  place(id: string | null | undefined): string | undefined {
    return id ? this.places.get(id) : undefined;
  }

  organisation(id: string | null | undefined): { name: string; typeKey: string } | undefined {
    return id ? this.organisations.get(id) : undefined;
  }

  /** The organisation's ICSs, by ODS code. */
  organisationIcss(id: string | null | undefined): { code: string; label: string }[] {
    return (id && this.icssByOrganisation.get(id)) || [];
  }

  theme(key: string): string | undefined {
    return this.themes.get(key);
  }

  organisationType(key: string | null | undefined): string | undefined {
    return key ? this.types.get(key) : undefined;
  }
}
