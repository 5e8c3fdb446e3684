import { describe, expect, it } from '@jest/globals';

import {
  findMentionQuery,
  hasMention,
  insertMention,
  mentionToken,
  mentionsAsText,
} from './mention';

describe('findMentionQuery', () => {
  it('should find an @ query of 2+ characters ending at the caret', () => {
    expect(findMentionQuery('Thanks @Mar', 11)).toEqual({ start: 7, query: 'Mar' });
    expect(findMentionQuery('@Ma', 3)).toEqual({ start: 0, query: 'Ma' });
    expect(findMentionQuery('(@Ma', 4)).toEqual({ start: 1, query: 'Ma' });
  });

  it('should ignore one letter, emails, spaces and finished tokens', () => {
    expect(findMentionQuery('Thanks @M', 9)).toBeNull();
    expect(findMentionQuery('mail me@example', 15)).toBeNull();
    expect(findMentionQuery('@Mar Hall', 9)).toBeNull();
    expect(findMentionQuery('@[Marcus Hall](mention:1)', 25)).toBeNull();
  });
});

describe('insertMention', () => {
  it('should replace the query with the mention token and put the caret after it', () => {
    const person = { id: 'u1', name: 'Marcus Hall' };
    const result = insertMention('Thanks @Mar for this', { start: 7, query: 'Mar' }, person);
    expect(result.text).toBe('Thanks @[Marcus Hall](mention:u1) for this');
    expect(result.caret).toBe('Thanks @[Marcus Hall](mention:u1) '.length);
  });

  it('should strip brackets from a name so the token stays well formed', () => {
    expect(mentionToken({ id: 'u2', name: 'A [B]' })).toBe('@[A B](mention:u2)');
  });
});

describe('mentionsAsText', () => {
  it('should show mention tokens as names and leave other text alone', () => {
    expect(
      mentionsAsText(
        'Thanks @[Marcus Hall](mention:7a975bd2-20a7-4e3e-9e71-ed4b80d38d79) for [this](https://x.org)',
      ),
    ).toBe('Thanks @Marcus Hall for [this](https://x.org)');
  });
});

describe('mention rendering (token to name)', () => {
  const id = '0f8e1c2a-1111-4222-8333-944455556666';

  it('shows every token as the name, never the raw token', () => {
    const text = `Ask @[Marcus Hall](mention:${id}) and @[Ann Lee](mention:${id}).`;
    expect(mentionsAsText(text)).toBe('Ask @Marcus Hall and @Ann Lee.');
    expect(mentionsAsText(text)).not.toContain('mention:');
  });

  it('knows when a text holds a mention, and leaves look-alikes alone', () => {
    expect(hasMention(`hi @[Ann](mention:${id})`)).toBe(true);
    expect(hasMention(`hi @[Ann](mention:${id})`)).toBe(true); // no regex lastIndex state
    expect(hasMention('mail me@example.org or @Ann')).toBe(false);
    expect(mentionsAsText('@[Ann](mention:not-an-id)')).toBe('@[Ann](mention:not-an-id)');
  });
});
