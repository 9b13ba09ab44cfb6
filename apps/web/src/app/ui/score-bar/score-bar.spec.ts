import { TestBed } from '@angular/core/testing';
import { ScoreBar } from './score-bar';

describe('ScoreBar', () => {
  async function render(inputs: Record<string, unknown>) {
    localStorage.clear();
    const fixture = TestBed.createComponent(ScoreBar);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('fills to the value and says it, with the earlier value as a tick', async () => {
    const host = await render({ value: 7.5, max: 10, earlier: 9 });
    expect(host.getAttribute('role')).toBe('img');
    expect(host.getAttribute('aria-label')).toBe('7,5 van 10, eerder 9');
    expect(host.querySelector<HTMLElement>('.fill')?.style.width).toBe('75%');
    expect(host.querySelector<HTMLElement>('.earlier')?.style.left).toBe('90%');
  });

  it('says a domain score (0-100) in whole points, as the card writes it', async () => {
    const host = await render({ value: 41.9, earlier: 45.8 });
    expect(host.getAttribute('aria-label')).toBe('42 van 100, eerder 46');
  });

  it('says there is no score rather than drawing an empty bar silently', async () => {
    const host = await render({ value: null });
    expect(host.getAttribute('aria-label')).toBe('geen score');
    expect(host.querySelector('.fill')).toBeNull();
  });
});
