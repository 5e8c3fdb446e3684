/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';

import { HeaderNavigation } from './HeaderNavigation';

const ITEMS = [
  { href: '/', text: 'Home' },
  { href: '/case-studies', text: 'Case studies', matchPrefix: true },
  { href: '/case-studies/review', text: 'Review queue', matchPrefix: true },
  { href: '/events', text: 'Events', matchPrefix: true },
];

const current = (): HTMLElement[] =>
  screen.getAllByRole('link').filter((link) => link.hasAttribute('aria-current'));

describe('HeaderNavigation (server rendered from the requested path)', () => {
  it('should mark the exact page with aria-current="page"', () => {
    render(<HeaderNavigation items={ITEMS} currentPath="/events" />);
    expect(current().map((l) => [l.textContent, l.getAttribute('aria-current')])).toEqual([
      ['Events', 'page'],
    ]);
  });

  it('should mark only the most specific prefix match, with aria-current="true"', () => {
    render(<HeaderNavigation items={ITEMS} currentPath="/case-studies/review/abc" />);
    expect(current().map((l) => [l.textContent, l.getAttribute('aria-current')])).toEqual([
      ['Review queue', 'true'],
    ]);
  });

  it('should mark nothing on a path outside the navigation, and fall back to / when blank', () => {
    const { unmount } = render(<HeaderNavigation items={ITEMS} currentPath="/privacy" />);
    expect(current()).toEqual([]);
    unmount();
    render(<HeaderNavigation items={ITEMS} currentPath="" />);
    expect(current().map((l) => l.textContent)).toEqual(['Home']);
  });
});
