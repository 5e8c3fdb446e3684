import { renderMarkdown } from '../../common/markdown/render-markdown';
import { mentionedUserIds, mentionsToLinks } from './mentions';

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
});
