/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';

import { HeaderSearch } from './HeaderSearch';

const SUGGESTIONS = [
  { type: 'CASE_STUDY', id: '1', title: 'Thrive into Work', url: '/case-studies/thrive-into-work' },
  { type: 'EVENT', id: '2', title: 'Thriving places', url: '/events/2' },
];

describe('HeaderSearch', () => {
  it('renders a plain GET search form on the server (no combobox before hydration)', () => {
    const html = renderToStaticMarkup(<HeaderSearch />);
    expect(html).toContain('role="search"');
    expect(html).toContain('action="/search" method="get"');
    expect(html).toContain('name="q"');
    expect(html).toContain('type="submit"');
    expect(html).not.toContain('combobox');
    expect(html).not.toContain('listbox');
  });

  describe('once hydrated', () => {
    let fetchMock: jest.Mock<typeof fetch>;
    const assign = jest.fn();

    beforeEach(() => {
      jest.useFakeTimers();
      fetchMock = jest.fn<typeof fetch>(
        async () => ({ ok: true, json: async () => SUGGESTIONS }) as unknown as Response,
      );
      global.fetch = fetchMock;
      assign.mockClear();
    });

    afterEach(() => {
      jest.useRealTimers();
    });

    async function typeInto(input: HTMLElement, value: string): Promise<void> {
      fireEvent.change(input, { target: { value } });
      await act(async () => {
        jest.advanceTimersByTime(300);
      });
      await act(async () => {
        for (let i = 0; i < 10; i += 1) await Promise.resolve();
      });
    }

    it('suggests after 2 characters, moves with the arrows, and Enter goes to the highlighted suggestion', async () => {
      render(<HeaderSearch navigate={assign} />);
      const input = screen.getByRole('combobox', { name: 'Search the Commons' });
      expect(input.getAttribute('aria-expanded')).toBe('false');

      await typeInto(input, 't');
      expect(fetchMock).not.toHaveBeenCalled();

      await typeInto(input, 'thriv');
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(String(fetchMock.mock.calls[0][0])).toBe('/search/suggestions?q=thriv');
      expect(input.getAttribute('aria-expanded')).toBe('true');
      const options = screen.getAllByRole('option');
      expect(options).toHaveLength(2);
      expect(screen.getByTestId('search-suggestions-status').textContent).toMatch(
        /^2 results available/,
      );

      fireEvent.keyDown(input, { key: 'ArrowDown' });
      fireEvent.keyDown(input, { key: 'ArrowDown' });
      expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
      expect(options[1].getAttribute('aria-selected')).toBe('true');
      fireEvent.keyDown(input, { key: 'ArrowUp' });
      expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);

      fireEvent.keyDown(input, { key: 'Enter' });
      expect(assign).toHaveBeenCalledWith('/case-studies/thrive-into-work');
    });

    it('Escape closes the list, and Enter with nothing highlighted leaves the form to submit', async () => {
      render(<HeaderSearch navigate={assign} />);
      const input = screen.getByRole('combobox', { name: 'Search the Commons' });
      await typeInto(input, 'thriv');
      expect(input.getAttribute('aria-expanded')).toBe('true');

      const enter = fireEvent.keyDown(input, { key: 'Enter' });
      expect(enter).toBe(true); // not prevented: the browser submits the GET form
      expect(assign).not.toHaveBeenCalled();

      fireEvent.keyDown(input, { key: 'Escape' });
      expect(input.getAttribute('aria-expanded')).toBe('false');
      expect(input.getAttribute('aria-activedescendant')).toBeNull();
      expect(screen.getByRole('listbox', { hidden: true }).hidden).toBe(true);
    });

    it('offers nothing when the route fails', async () => {
      fetchMock.mockImplementation(
        async () => ({ ok: false, json: async () => [] }) as unknown as Response,
      );
      render(<HeaderSearch navigate={assign} />);
      const input = screen.getByRole('combobox', { name: 'Search the Commons' });
      await typeInto(input, 'thriv');
      expect(input.getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
    });
  });
});
