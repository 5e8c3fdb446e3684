/** Mirrors the API's rule; the API also rejects common passwords. */
export const PASSWORD_MIN_LENGTH = 12;
