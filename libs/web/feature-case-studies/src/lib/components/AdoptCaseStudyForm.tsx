'use client';

import { BackLink, Button, ErrorSummary, Radios, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { AdoptField, AdoptionFormState } from '../utils/adoption-forms';
import {
  ADOPTION_STAGE_TEXT,
  LEARNED_FROM_ORIGIN,
  STARTING_STAGES,
  emptyAdoptionFormState,
} from '../utils/adoption-forms';

export interface AdoptCaseStudyFormProps {
  action: (
    state: AdoptionFormState<AdoptField>,
    formData: FormData,
  ) => Promise<AdoptionFormState<AdoptField>>;
  caseStudy: { id: string; slug: string; title: string; originName: string };
  /** The person's verified organisations not yet adopting it (the only ones offered). */
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** Prefilled contact: the signed-in person. */
  contact: { name: string; email: string };
  /** Existing adopters it may have been learned from, oldest first. */
  adopters: ReadonlyArray<{ id: string; label: string }>;
}

/**
 * "Adopt this": asks which organisation (verified ones only), a contact and
 * the stage it starts at (and, when others already adopt it, who it was
 * learned from) before anything is created. Works without JavaScript; after
 * an error the NHS error summary lists every problem and what was typed stays.
 */
export function AdoptCaseStudyForm({
  action,
  caseStudy,
  organisations,
  contact,
  adopters,
}: AdoptCaseStudyFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyAdoptionFormState<AdoptField>());
  const values = state.submittedAt ? state.values : {};
  const error = (field: AdoptField): string | undefined =>
    state.errors.find((e) => e.field === field)?.message;
  return (
    <>
      <BackLink href={`/case-studies/${caseStudy.slug}`}>{caseStudy.title}</BackLink>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={state.errors.map((e) => ({ fieldId: e.fieldId, message: e.message }))}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-xl">
            <span className="nhsuk-caption-xl">
              {caseStudy.title}
              <span className="nhsuk-u-visually-hidden"> – </span>
            </span>
            Adopt this for your organisation
          </h1>
          <p>
            Declaring an adoption tells the origin, {caseStudy.originName}, and adds your
            organisation to the case study’s adopters and the spread of practice map. You can then
            log how you adapt it and add your own figures.
          </p>
          <form
            action={formAction}
            key={state.submittedAt ?? 0}
            noValidate
            data-testid="adopt-form"
          >
            <input type="hidden" name="caseStudyId" value={caseStudy.id} />
            <input type="hidden" name="slug" value={caseStudy.slug} />
            <Radios
              name="organisationId"
              legend="Which organisation is adopting it?"
              legendSize="m"
              hint="Organisations where your membership is verified."
              options={organisations.map((o) => ({ value: o.id, text: o.name }))}
              idFor={(_o, index) =>
                index === 0 ? 'organisationId' : `organisationId-${index + 1}`
              }
              checked={
                values.organisationId ??
                (organisations.length === 1 ? organisations[0].id : undefined)
              }
              error={error('organisationId')}
            />
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                Contact for this adoption
              </legend>
              <div className="nhsuk-hint">
                The origin and signed-in members will see this name and email address.
              </div>
              <TextInput
                id="contactName"
                label="Full name"
                autoComplete="name"
                defaultValue={values.contactName ?? contact.name}
                error={error('contactName')}
              />
              <TextInput
                id="contactEmail"
                label="Email address"
                type="email"
                autoComplete="email"
                spellCheck={false}
                defaultValue={values.contactEmail ?? contact.email}
                error={error('contactEmail')}
              />
            </fieldset>
            <Radios
              name="stage"
              legend="Which stage are you starting at?"
              legendSize="m"
              hint="You can change the stage later as the work moves on."
              options={STARTING_STAGES.map((s) => ({
                value: s,
                text: ADOPTION_STAGE_TEXT[s].label,
                hint: ADOPTION_STAGE_TEXT[s].hint,
              }))}
              idFor={(option, index) =>
                index === 0 ? 'stage' : `stage-${option.value.toLowerCase()}`
              }
              checked={values.stage}
              error={error('stage')}
            />
            {adopters.length ? (
              <Radios
                name="learnedFrom"
                legend="Where did you learn about it?"
                legendSize="m"
                hint="This shows how the practice spreads from one organisation to the next."
                options={[
                  { value: LEARNED_FROM_ORIGIN, text: `From the origin, ${caseStudy.originName}` },
                  ...adopters.map((a) => ({ value: a.id, text: `From an adopter, ${a.label}` })),
                ]}
                idFor={(_o, index) => (index === 0 ? 'learnedFrom' : `learnedFrom-${index + 1}`)}
                checked={values.learnedFrom ?? LEARNED_FROM_ORIGIN}
                error={error('learnedFrom')}
              />
            ) : null}
            <Button>{pending ? 'Declaring…' : 'Declare adoption'}</Button>
          </form>
        </div>
      </div>
    </>
  );
}
