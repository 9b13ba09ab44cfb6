import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';
import { LoadState } from './load-state';

function create(initial?: 'idle'): LoadState {
  return TestBed.runInInjectionContext(() => new LoadState(initial));
}

describe('LoadState', () => {
  it('drops the answer of an older request that arrives after a newer one', async () => {
    const state = create();
    const slow = new Subject<string>();
    const shown: string[] = [];
    const first = state.run(slow, (v) => shown.push(v));
    await state.run(of('new'), (v) => shown.push(v));
    slow.next('old');
    slow.complete();
    await first;
    expect(shown).toEqual(['new']);
    expect(state.status()).toBe('ready');
  });

  it('says not found for a 404 only when asked to', async () => {
    const missing = () =>
      throwError(() => new HttpErrorResponse({ status: 404 }));
    const record = create();
    await record.run(missing(), () => undefined, { notFound: true });
    expect(record.status()).toBe('notFound');
    const list = create();
    await list.run(missing(), () => undefined);
    expect(list.status()).toBe('error');
    expect(list.error()).toEqual(expect.any(String));
  });

  it('keeps what is shown while reloading with keep, and on a quiet failure', async () => {
    const state = create('idle');
    await state.run(of(1), () => undefined);
    const pending = new Subject<number>();
    const reload = state.run(pending, () => undefined, { keep: true });
    expect(state.status()).toBe('ready');
    pending.error(new HttpErrorResponse({ status: 500 }));
    await reload;
    expect(state.status()).toBe('error');
    await state.run(of(2), () => undefined);
    await state.run(
      throwError(() => new HttpErrorResponse({ status: 500 })),
      () => undefined,
      { quiet: true },
    );
    expect(state.status()).toBe('ready');
  });
});
