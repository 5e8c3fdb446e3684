import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { formatMaxUpload, VirusScanNotice } from './VirusScanNotice';

describe('VirusScanNotice', () => {
  it('should say files are not virus-scanned when there is no scanner', () => {
    const upload = renderToStaticMarkup(
      createElement(VirusScanNotice, { virusScanned: false, context: 'upload' }),
    );
    const download = renderToStaticMarkup(
      createElement(VirusScanNotice, { virusScanned: false, context: 'download' }),
    );
    expect(upload).toContain('Files are not virus-scanned.');
    expect(upload).toContain('Only upload files you trust');
    expect(download).toContain('Files are not virus-scanned.');
    expect(download).toContain('Only open files');
  });

  it('should say files are checked when a scanner is configured', () => {
    const html = renderToStaticMarkup(
      createElement(VirusScanNotice, { virusScanned: true, context: 'download' }),
    );
    expect(html).toContain('checked for viruses');
    expect(html).not.toContain('not virus-scanned');
  });
});

describe('formatMaxUpload', () => {
  it('should show megabytes, or kilobytes under one megabyte', () => {
    expect(formatMaxUpload(25 * 1024 * 1024)).toBe('25 MB');
    expect(formatMaxUpload(512 * 1024)).toBe('512 KB');
  });
});
