import type { NotificationSettingsQuery } from '@mic/web-data-access';
import { ActionForm, Radios } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement } from 'react';

export interface NotificationSettingsFormProps {
  settings: NotificationSettingsQuery['notificationSettings'];
  /** Server action: saves and comes back with `?saved=1`; returns the error otherwise. */
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  saved?: boolean;
}

const FREQUENCIES = [
  { value: 'DAILY', text: 'Daily' },
  { value: 'WEEKLY', text: 'Weekly (recommended)' },
  { value: 'OFF', text: 'Never' },
];

const KINDS = [
  { value: 'MENTION', label: 'When someone mentions me' },
  { value: 'REPLY', label: 'When someone replies to me' },
];

/** Digest frequency and immediate-email choices (plain POST form). */
export function NotificationSettingsForm({
  settings,
  action,
  saved,
}: NotificationSettingsFormProps): ReactElement {
  return (
    <>
      <h1>Notification settings</h1>
      {saved ? (
        <div className="nhsuk-inset-text" role="status">
          <p>Your settings have been saved.</p>
        </div>
      ) : null}
      <ActionForm action={action} initialState={{ errors: [] }} errorDisplay="summary">
        <Radios
          name="digestFrequency"
          legend="How often should we email you a digest?"
          legendSize="m"
          hint="Everything that is not a mention or a reply to you is collected into the digest."
          options={FREQUENCIES}
          checked={settings.digestFrequency}
          idFor={(f) => `digest-${f.value}`}
        />
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
              Email me straight away
            </legend>
            <div className="nhsuk-checkboxes">
              {KINDS.map((k) => (
                <div className="nhsuk-checkboxes__item" key={k.value}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`immediate-${k.value}`}
                    name="immediate"
                    type="checkbox"
                    value={k.value}
                    defaultChecked={!settings.emailOptOuts.includes(k.value as never)}
                  />
                  <label
                    className="nhsuk-label nhsuk-checkboxes__label"
                    htmlFor={`immediate-${k.value}`}
                  >
                    {k.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="nhsuk-button">
          Save settings
        </button>
      </ActionForm>
    </>
  );
}
