export const PASSWORD_MIN_LENGTH = 12;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 320;
