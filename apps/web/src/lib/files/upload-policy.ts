import { UploadPolicyDocument } from '@mic/web-data-access';
import type { UploadPolicyView } from '@mic/web-ui';

import { getClient } from '../apollo/rsc-client';

/**
 * The API's upload limits and whether files are virus-scanned, for upload
 * forms and download lists. When the API cannot say, assume the cautious
 * answer (not scanned) and the default 25 MB limit.
 */
export async function loadUploadPolicy(): Promise<UploadPolicyView> {
  try {
    const { data } = await getClient().query({ query: UploadPolicyDocument });
    if (data?.uploadPolicy) {
      return { maxBytes: data.uploadPolicy.maxBytes, virusScanned: data.uploadPolicy.virusScanned };
    }
  } catch {
    // fall through to the cautious default
  }
  return { maxBytes: 25 * 1024 * 1024, virusScanned: false };
}
