import type { NotificationSettingsQuery } from '@mic/web-data-access';
import { ActionForm, Checkboxes, Radios } from '@mic/web-ui';
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
  { value: 'MENTION', text: 'When someone mentions me' },
  { value: 'REPLY', text: 'When someone replies to me' },
  {
    value: 'WATCHING',
    text: 'When a case study or event is published in an ICS, theme or organisation I watch',
  },
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
          hint="Everything that is not a mention, a reply to you or a new item in what you watch is collected into the digest."
          options={FREQUENCIES}
          checked={settings.digestFrequency}
          idFor={(f) => `digest-${f.value}`}
        />
        <Checkboxes
          name="immediate"
          legend="Email me straight away"
          legendSize="m"
          options={KINDS}
          checked={KINDS.map((k) => k.value).filter(
            (kind) => !settings.emailOptOuts.includes(kind as never),
          )}
          idFor={(k) => `immediate-${k.value}`}
        />
        <button type="submit" className="nhsuk-button">
          Save settings
        </button>
      </ActionForm>
    </>
  );
}
