import { TestBed } from '@angular/core/testing';
import { MarkdownText } from './markdown-text/markdown-text';
import { parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, lists, paragraphs and bold', () => {
    expect(
      parseMarkdown(
        '## Besproken\n- slaap **beter**\n- minder piekeren\n\n1. ademoefening\n2. wandelen\nGoed gesprek.\nVolgende keer verder.\n### Detail',
      ),
    ).toEqual([
      {
        kind: 'heading',
        level: 3,
        content: [{ text: 'Besproken', bold: false }],
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          [
            { text: 'slaap ', bold: false },
            { text: 'beter', bold: true },
          ],
          [{ text: 'minder piekeren', bold: false }],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ text: 'ademoefening', bold: false }],
          [{ text: 'wandelen', bold: false }],
        ],
      },
      {
        kind: 'paragraph',
        lines: [
          [{ text: 'Goed gesprek.', bold: false }],
          [{ text: 'Volgende keer verder.', bold: false }],
        ],
      },
      { kind: 'heading', level: 4, content: [{ text: 'Detail', bold: false }] },
    ]);
  });

  it('leaves out the empty items of an untouched template', () => {
    expect(parseMarkdown('## Afspraken\n- \n-')).toEqual([
      {
        kind: 'heading',
        level: 3,
        content: [{ text: 'Afspraken', bold: false }],
      },
    ]);
  });

  it('keeps unpaired or spaced bold markers as typed', () => {
    expect(parseInline('5 ** 2 is **veel')).toEqual([
      { text: '5 ** 2 is **veel', bold: false },
    ]);
    expect(parseInline('**nog open')).toEqual([
      { text: '**nog open', bold: false },
    ]);
    expect(parseInline('__a__ en **b**')).toEqual([
      { text: 'a', bold: true },
      { text: ' en ', bold: false },
      { text: 'b', bold: true },
    ]);
  });

  it('keeps markup as plain text for the template to escape', () => {
    expect(parseMarkdown('<script>alert(1)</script> **<b>x</b>**')).toEqual([
      {
        kind: 'paragraph',
        lines: [
          [
            { text: '<script>alert(1)</script> ', bold: false },
            { text: '<b>x</b>', bold: true },
          ],
        ],
      },
    ]);
  });

  it('reads Windows line endings', () => {
    expect(parseMarkdown('# Kop\r\ntekst')).toHaveLength(2);
  });
});

describe('MarkdownText', () => {
  function render(text: string): HTMLElement {
    const fixture = TestBed.createComponent(MarkdownText);
    fixture.componentRef.setInput('text', text);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('renders headings, lists and bold as elements', () => {
    const host = render('## Besproken\n- **slaap** beter\n1. wandelen');
    expect(host.querySelector('h3')?.textContent?.trim()).toBe('Besproken');
    expect(host.querySelector('ul li strong')?.textContent).toBe('slaap');
    expect(host.querySelector('ol li')?.textContent?.trim()).toBe('wandelen');
  });

  it('shows typed HTML as text and never creates its elements', () => {
    const host = render(
      '## <img src=x onerror="alert(1)">\n- <script>alert(2)</script>\n**<a href="javascript:alert(3)">klik</a>**',
    );
    expect(host.querySelector('img, script, a')).toBeNull();
    expect(host.querySelector('h3')?.textContent).toContain(
      '<img src=x onerror="alert(1)">',
    );
    expect(host.querySelector('li')?.textContent).toContain(
      '<script>alert(2)</script>',
    );
    expect(host.querySelector('strong')?.textContent).toBe(
      '<a href="javascript:alert(3)">klik</a>',
    );
  });
});
