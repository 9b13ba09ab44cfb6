import { TestBed } from '@angular/core/testing';
import { Pager } from './pager';

async function pager(inputs: Record<string, unknown>) {
  localStorage.clear();
  const fixture = TestBed.createComponent(Pager);
  for (const [name, value] of Object.entries(inputs))
    fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const last = host.querySelectorAll('button')[3] as HTMLButtonElement;
  return { range: host.querySelector('.range')?.textContent?.trim(), last };
}

describe('Pager', () => {
  it('says which rows of how many, and can jump to the last page', async () => {
    const { range, last } = await pager({ page: 2, pageSize: 25, total: 312 });
    expect(range).toBe('26-50 van 312');
    expect(last.disabled).toBe(false);
  });

  it('says "ongeveer" for an estimated total and offers no last page it cannot know', async () => {
    const { range, last } = await pager({
      page: 1,
      pageSize: 25,
      total: 50120,
      estimated: true,
    });
    expect(range).toBe('1-25 van ongeveer 50120');
    expect(last.disabled).toBe(true);
  });
});
