import type { ToolkitsListQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

export interface ToolkitListProps {
  toolkits: ToolkitsListQuery['toolkits'];
  /** Whether to offer "Create a toolkit" (verified members and regional admins). */
  canCreate?: boolean;
}

/** All toolkits as NHS cards. */
export function ToolkitList({ toolkits, canCreate }: ToolkitListProps): ReactElement {
  return (
    <>
      <h1>Toolkits</h1>
      <p className="nhsuk-lede-text">
        Shared toolkits and assessments. Ask their originators how they work, and follow them to
        hear about new versions.
      </p>
      {canCreate ? (
        <p>
          <a className="nhsuk-button nhsuk-button--secondary" href="/toolkits/new">
            Create a toolkit
          </a>
        </p>
      ) : null}
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {toolkits.map((t) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={t.id}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <a className="nhsuk-card__link" href={`/toolkits/${t.slug}`}>
                    {t.title}
                  </a>
                </h2>
                <p className="nhsuk-card__description">{t.summary}</p>
                <p className="nhsuk-body-s">
                  {t.ownerOrganisation.name}
                  {t.currentVersion ? ` · version ${t.currentVersion.number}` : ''}
                </p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
