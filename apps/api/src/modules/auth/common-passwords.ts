/**
 * Passwords that appear at the top of public breach lists (lower-cased).
 * Only those of 12+ characters matter, as shorter ones fail the length rule,
 * but simple words with padding are covered by the pattern check too.
 */
export const COMMON_PASSWORDS = new Set<string>([
  '123456789012', '1234567890123', '12345678901234', '123456789abc', '1q2w3e4r5t6y',
  'qwertyuiop12', 'qwertyuiopas', 'qwerty123456', '1qaz2wsx3edc', 'zaq12wsxcde3',
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'password123!',
  'iloveyou1234', 'welcome12345', 'welcome123456', 'letmein12345', 'changeme1234',
  'administrator', 'administrator1', 'adminadmin123', 'admin1234567', 'football1234',
  'baseball1234', 'princess1234', 'sunshine1234', 'starwars1234', 'trustno11234',
  'abcdefghijkl', 'abcdefghijklm', 'abc123abc123', 'aaaaaaaaaaaa', '111111111111',
  '000000000000', '123123123123', '121212121212', 'qazwsxedcrfv', 'asdfghjkl123',
  'asdfghjkl;\'', 'zxcvbnm12345', 'monkey123456', 'dragon123456', 'master123456',
  'superman1234', 'batman123456', 'liverpool123', 'chelsea12345', 'arsenal12345',
  'manchester12', 'manchesterunited', 'birmingham12', 'nottingham12', 'leicester123',
  'summer2024!!', 'summer202412', 'winter202412', 'spring202412', 'autumn202412',
  'january20241', 'nhspassword1', 'nhs123456789', 'password2024', 'password2025',
  'password2026', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234', 'qwerty1234567',
  'correcthorsebatterystaple', 'blink182blink', 'michael12345', 'jennifer1234',
  'whatever1234', 'computer1234', 'internet1234', 'mypassword12', 'mypassword123',
  'secretpassword', 'supersecret1', 'letmeinplease', 'opensesame12', 'thisismypassword',
]);

/** True when the password is on the list or is one character repeated. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  if (/^(.)\1+$/.test(lower)) return true;
  return /^(password|qwerty|letmein|welcome|admin|iloveyou|123456)[0-9!@#$%^&*]*$/.test(lower);
}
