'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent, RefObject } from 'react';

/** What the autosave server action answers. */
export type AutosaveResult =
  { ok: true; version: number } | { ok: false; conflict?: boolean; skipped?: boolean };

export interface StepAutosave {
  /** Attach to the form's onInput/onChange: (re)starts the pause timer. */
  onEdit: () => void;
  /** Attach to the form's onSubmit: lets an in-flight autosave finish first, so the submit carries the new version. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Status for a polite live region ("Draft saved at 14:02"). */
  status: string;
}

/**
 * Progressive enhancement of a guided-editor step: after a pause in typing,
 * saves the step's fields to the draft (the same checks as "Save and
 * continue") and moves the form's hidden `expectedVersion` on, so the final
 * submit does not conflict with its own autosave. Without JavaScript nothing
 * changes: every step is still saved when posted.
 */
export function useStepAutosave(
  formRef: RefObject<HTMLFormElement | null>,
  autosave: ((formData: FormData) => Promise<AutosaveResult>) | undefined,
  /** Called with the version the autosave produced; must update the hidden field synchronously (flushSync). */
  onSaved: (version: number) => void,
  delayMs = 2500,
): StepAutosave {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const [status, setStatus] = useState('');

  const save = useCallback(async (): Promise<void> => {
    const form = formRef.current;
    if (!form || !autosave) return;
    const result = await autosave(new FormData(form)).catch((): AutosaveResult => ({ ok: false }));
    if (result.ok) {
      onSaved(result.version);
      setStatus(`Draft saved at ${new Date().toTimeString().slice(0, 5)}`);
    } else if (result.conflict) {
      setStatus('Someone else changed this case study. Reload to see their changes.');
    }
  }, [formRef, autosave, onSaved]);

  const onEdit = useCallback(() => {
    if (!autosave) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      inFlight.current = save().finally(() => {
        inFlight.current = undefined;
      });
    }, delayMs);
  }, [autosave, delayMs, save]);

  const onSubmit = useCallback((event: FormEvent<HTMLFormElement>) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const pending = inFlight.current;
    if (!pending) return;
    // Submit again once the autosave has answered (with the version it produced).
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void pending.then(() =>
      form.requestSubmit(submitter instanceof HTMLElement ? submitter : null),
    );
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { onEdit, onSubmit, status };
}
