import { TestBed } from '@angular/core/testing';
import { settle } from '../../testing/build-user';
import { MarkdownText } from './markdown-text/markdown-text';
import { parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, lists, paragraphs, bold and italics from the lexer tokens', async () => {
    expect(
      await parseMarkdown(
        '## Besproken\n- slaap **beter**\n- minder *piekeren*\n\n1. ademoefening\n2. wandelen\n\nGoed gesprek.\nVolgende keer verder.\n### Detail',
      ),
    ).toEqual([
      {
        kind: 'heading',
        level: 3,
        content: [{ kind: 'text', text: 'Besproken' }],
      },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [
            {
              kind: 'plain',
              content: [
                { kind: 'text', text: 'slaap ' },
                { kind: 'strong', children: [{ kind: 'text', text: 'beter' }] },
              ],
            },
          ],
          [
            {
              kind: 'plain',
              content: [
                { kind: 'text', text: 'minder ' },
                { kind: 'em', children: [{ kind: 'text', text: 'piekeren' }] },
              ],
            },
          ],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [
          [
            {
              kind: 'plain',
              content: [{ kind: 'text', text: 'ademoefening' }],
            },
          ],
          [{ kind: 'plain', content: [{ kind: 'text', text: 'wandelen' }] }],
        ],
      },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Goed gesprek.' },
          { kind: 'br' },
          { kind: 'text', text: 'Volgende keer verder.' },
        ],
      },
      {
        kind: 'heading',
        level: 4,
        content: [{ kind: 'text', text: 'Detail' }],
      },
    ]);
  });

  it('leaves out the empty items of an untouched template', async () => {
    expect(await parseMarkdown('## Hulpvraag\n- \n\n## Afspraken\n- ')).toEqual(
      [
        {
          kind: 'heading',
          level: 3,
          content: [{ kind: 'text', text: 'Hulpvraag' }],
        },
        {
          kind: 'heading',
          level: 3,
          content: [{ kind: 'text', text: 'Afspraken' }],
        },
      ],
    );
  });

  it('keeps a spaced star as typed', async () => {
    expect(await parseMarkdown('5 ** 2 en 3 * 4')).toEqual([
      {
        kind: 'paragraph',
        content: [{ kind: 'text', text: '5 ** 2 en 3 * 4' }],
      },
    ]);
  });

  it('reads Windows line endings', async () => {
    const blocks = await parseMarkdown('## Kop\r\n- punt\r\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'list']);
  });
});

describe('MarkdownText', () => {
  async function render(text: string): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(MarkdownText);
    fixture.componentRef.setInput('text', text);
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('renders headings, lists, bold and italics as elements', async () => {
    const host = await render(
      '## Besproken\n- **slaap** beter\n  - *dieper*\n1. wandelen',
    );
    expect(host.querySelector('h3')?.textContent?.trim()).toBe('Besproken');
    expect(host.querySelector('ul li strong')?.textContent).toBe('slaap');
    expect(host.querySelector('ul li ul li em')?.textContent).toBe('dieper');
    expect(host.querySelector('ol li')?.textContent?.trim()).toBe('wandelen');
  });

  it('shows typed HTML as text and never creates its elements or links', async () => {
    const host = await render(
      '## <img src=x onerror="alert(1)">\n- <script>alert(2)</script>\n\n**<a href="javascript:alert(3)">klik</a>** [hier](javascript:alert(4))\n\n<div onclick="alert(5)">blok</div>',
    );
    expect(host.querySelector('img, script, a, div')).toBeNull();
    expect(host.querySelector('h3')?.textContent).toContain(
      '<img src=x onerror="alert(1)">',
    );
    expect(host.querySelector('li')?.textContent).toContain(
      '<script>alert(2)</script>',
    );
    expect(host.querySelector('strong')?.textContent).toBe(
      '<a href="javascript:alert(3)">klik</a>',
    );
    expect(host.textContent).toContain('hier');
    expect(host.textContent).toContain('<div onclick="alert(5)">blok</div>');
  });
});
