import type { AuthUser } from '../../common/auth/auth-user';

/**
 * Who may download a file: its uploader always; files attached to a toolkit
 * version are visible to every signed-in member (toolkits are shared with
 * all members). Unattached uploads are private to the uploader. For other
 * owner types (e.g. CASE_STUDY) the owning module decides (`ownerAllows`,
 * from the check it registered with FilesService).
 */
export function canDownload(
  user: AuthUser | null,
  file: { uploadedById: string; ownerType: string | null },
  ownerAllows = false,
): boolean {
  if (!user) return false;
  if (file.uploadedById === user.id) return true;
  if (file.ownerType === 'TOOLKIT_VERSION') return true;
  return !!file.ownerType && ownerAllows;
}
