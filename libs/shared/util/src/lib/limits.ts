export const PASSWORD_MIN_LENGTH = 12;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 320;

/** An image's alt text, given with an upload. */
export const ALT_TEXT_MAX_LENGTH = 500;
/** One of the origin's core components in an adoption's adaptation log. */
export const ADAPTATION_COMPONENT_MAX_LENGTH = 300;
/** Sections in one toolkit version. */
export const TOOLKIT_SECTIONS_MAX = 100;
/** A toolkit's web address: lower-case letters and digits in hyphen-separated words. */
export const TOOLKIT_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TOOLKIT_SLUG_MAX_LENGTH = 120;
/** Themes a toolkit may be tagged with. */
export const TOOLKIT_THEMES_MAX = 12;

/** Whether `slug` could be a toolkit's web address (the pattern and the length the API accepts). */
export function isToolkitSlug(slug: string): boolean {
  return slug.length <= TOOLKIT_SLUG_MAX_LENGTH && TOOLKIT_SLUG_PATTERN.test(slug);
}
