import { toApiErrors } from '@mic/web-data-access';
import type { ApiError } from '@mic/web-data-access';

export type AuthResult = { token: string; deviceToken?: string } | { errors: ApiError[] };

/** Runs a sign-in/sign-up mutation, returning the token or the API's errors (never throws). */
export async function authenticate(
  run: () => Promise<{ token?: string; deviceToken?: string; error?: unknown }>,
): Promise<AuthResult> {
  try {
    const { token, deviceToken, error } = await run();
    if (token && !error) return { token, deviceToken };
    return { errors: toApiErrors(error ?? new Error('No token returned')) };
  } catch (error) {
    return { errors: toApiErrors(error) };
  }
}

