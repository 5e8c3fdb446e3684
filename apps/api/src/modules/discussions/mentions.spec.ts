import { markdownToText, renderMarkdown } from '../../common/markdown/render-markdown';
import { mentionedUserIds, mentionsToLinks, mentionsToNames } from './mentions';

describe('mentions', () => {
  const id = '0f8e1c2a-1111-4222-8333-944455556666';

  it('should find each mentioned user once', () => {
    expect(mentionedUserIds(`hi @[Ann](mention:${id}) and again @[Ann](mention:${id})`)).toEqual([
      id,
    ]);
  });

  it('should render a mention as a profile link and keep the HTML sanitised', () => {
    const html = renderMarkdown(
      mentionsToLinks(`@[Ann <img src=x onerror=alert(1)>](mention:${id})`),
    );
    expect(html).toContain(`href="/people/${id}"`);
    expect(html).not.toContain('<img');
  });

  it('should show mentions as names in notification text, never the raw token', () => {
    const body = `Thanks @[Ann Smith](mention:${id}), see you there`;
    expect(markdownToText(mentionsToLinks(body))).toBe('Thanks @Ann Smith, see you there');
    expect(mentionsToNames(`Ask @[Ann Smith](mention:${id}) about it`)).toBe(
      'Ask @Ann Smith about it',
    );
    expect(mentionsToNames('no mentions here')).toBe('no mentions here');
  });
});
