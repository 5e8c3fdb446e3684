/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';

import { DiscussionsTable } from './DiscussionsTable';

describe('DiscussionsTable', () => {
  it('should not blame filters when none is applied and nothing has been started', () => {
    render(<DiscussionsTable threads={[]} />);
    expect(screen.getByText(/Nobody has started a discussion yet/)).toBeTruthy();
    expect(screen.queryByText(/match these filters/)).toBeNull();
  });

  it('should suggest removing a filter when filters leave nothing', () => {
    render(<DiscussionsTable threads={[]} filtered />);
    expect(screen.getByText(/No discussions match these filters/)).toBeTruthy();
  });
});
