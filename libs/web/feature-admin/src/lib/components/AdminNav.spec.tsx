import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';

import { AdminNav, currentAdminSection } from './AdminNav';

describe('AdminNav', () => {
  it('should mark the section a page falls under', () => {
    expect(currentAdminSection('/admin')).toBe('/admin');
    expect(currentAdminSection('/admin/people/123')).toBe('/admin/people');
    expect(currentAdminSection('/admin/peoplex')).toBe('/admin');
  });

  it('should show the current page as text and the others as links', () => {
    const html = renderToStaticMarkup(<AdminNav current="/admin/people" />);
    expect(html).toContain('aria-label="Administration"');
    expect(html).toContain('<span class="nhsuk-contents-list__current">People</span>');
    expect(html).toContain('href="/admin/audit"');
    expect(html).not.toContain('href="/admin/people"');
    const nested = renderToStaticMarkup(<AdminNav current="/admin/people/1" />);
    expect(nested).toContain('aria-current="location"');
    expect(nested).toContain('href="/admin/people"');
  });
});
