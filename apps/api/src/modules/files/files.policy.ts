import type { AuthUser } from '../../common/auth/auth-user';

/**
 * Who may download a file: its uploader always; files attached to a toolkit
 * version are visible to every signed-in member (toolkits are shared with
 * all members). Unattached uploads are private to the uploader.
 * Owner types added later (case studies, events) extend this map.
 */
export function canDownload(
  user: AuthUser | null,
  file: { uploadedById: string; ownerType: string | null },
): boolean {
  if (!user) return false;
  if (file.uploadedById === user.id) return true;
  return file.ownerType === 'TOOLKIT_VERSION';
}
