import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { UploadFileForm } from './UploadFileForm';

describe('UploadFileForm', () => {
  it('should show the size limit from the upload policy and say files are not virus-scanned', () => {
    const html = renderToStaticMarkup(
      createElement(UploadFileForm, {
        uploadPath: '/toolkits/x/versions/new/upload',
        pendingFiles: [],
        uploadPolicy: { maxBytes: 10 * 1024 * 1024, virusScanned: false },
      }),
    );
    expect(html).toContain('up to 10 MB');
    expect(html).toContain('Files are not virus-scanned.');
  });
});
