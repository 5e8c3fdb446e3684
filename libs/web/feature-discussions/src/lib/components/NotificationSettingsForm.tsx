import type { NotificationSettingsQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

export interface NotificationSettingsFormProps {
  settings: NotificationSettingsQuery['notificationSettings'];
  action: (formData: FormData) => Promise<void>;
  saved?: boolean;
}

const FREQUENCIES = [
  { value: 'DAILY', label: 'Daily' },
  { value: 'WEEKLY', label: 'Weekly (recommended)' },
  { value: 'OFF', label: 'Never' },
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
      <form action={action}>
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
              How often should we email you a digest?
            </legend>
            <div className="nhsuk-hint">
              Everything that is not a mention or a reply to you is collected into the digest.
            </div>
            <div className="nhsuk-radios">
              {FREQUENCIES.map((f) => (
                <div className="nhsuk-radios__item" key={f.value}>
                  <input
                    className="nhsuk-radios__input"
                    id={`digest-${f.value}`}
                    name="digestFrequency"
                    type="radio"
                    value={f.value}
                    defaultChecked={settings.digestFrequency === f.value}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`digest-${f.value}`}>
                    {f.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
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
      </form>
    </>
  );
}
