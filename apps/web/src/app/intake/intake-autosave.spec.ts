import {
  INTAKE_TOKEN as TOKEN,
  setUpIntakeStore,
  settle,
} from '../../testing/intake';
import { localDraftKey } from './local-draft';

/** Autosave as the client meets it: through the intake store. */
describe('IntakeStore autosave', () => {
  let t: ReturnType<typeof setUpIntakeStore>;

  beforeEach(() => (t = setUpIntakeStore()));
  afterEach(() => t.done());

  describe('autosave', () => {
    beforeEach(() => t.open({ step: 'stress' }));

    it('saves once, about a second after the last change', async () => {
      t.store.setAnswer('STR1', 3);
      jest.advanceTimersByTime(600);
      t.store.setAnswer('STR2', 5);
      jest.advanceTimersByTime(999);
      expect(t.drafts()).toHaveLength(0);

      jest.advanceTimersByTime(1);
      const [draft] = t.drafts();
      expect(draft?.request.body).toEqual({
        answers: { STR1: 3, STR2: 5 },
        step: 'stress',
      });
      expect(t.store.saveStatus()).toBe('saving');
      await t.answerDraft(draft);
      expect(t.store.saveStatus()).toBe('saved');
    });

    it('does not say "saved" while a change waits to be sent', async () => {
      t.store.setAnswer('STR1', 3);
      jest.advanceTimersByTime(1000);
      await t.answerDraft(t.drafts()[0]);
      expect(t.store.saveStatus()).toBe('saved');

      t.store.setAnswer('STR1', 4);
      expect(t.store.saveStatus()).toBe('saving');
      jest.advanceTimersByTime(1000);
      await t.answerDraft(t.drafts()[0]);
      expect(t.store.saveStatus()).toBe('saved');
    });

    it('saves at once, with the new step, when the client moves on', async () => {
      t.store.setAnswer('STR1', 3);
      t.store.next();

      const [draft] = t.drafts();
      expect(draft?.request.body).toEqual({
        answers: { STR1: 3 },
        step: 'breathing',
      });
      await t.answerDraft(draft);
      jest.advanceTimersByTime(5000);
      expect(t.drafts()).toHaveLength(0);
    });

    it('sends changes made during a save right after it', async () => {
      t.store.setAnswer('STR1', 3);
      jest.advanceTimersByTime(1000);
      const [first] = t.drafts();
      t.store.setAnswer('STR1', 4);
      await t.answerDraft(first);

      const [second] = t.drafts();
      expect(second?.request.body.answers).toEqual({ STR1: 4 });
      await t.answerDraft(second);
      expect(localStorage.getItem(localDraftKey(TOKEN))).toBeNull();
    });

    it('keeps the answers on the device while offline and resends when back online', async () => {
      jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      t.store.setAnswer('STR1', 6);
      jest.advanceTimersByTime(1000);
      const [draft] = t.drafts();
      draft?.error(new ProgressEvent('error'));
      await settle();

      expect(t.store.saveStatus()).toBe('offline');
      const stored = localStorage.getItem(localDraftKey(TOKEN)) ?? '';
      expect(JSON.parse(stored)).toMatchObject({
        answers: { STR1: 6 },
        step: 'stress',
      });
      // Answers only: never the link's token.
      expect(stored).not.toContain(TOKEN);

      jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
      window.dispatchEvent(new Event('online'));
      const [resent] = t.drafts();
      expect(resent?.request.body.answers).toEqual({ STR1: 6 });
      await t.answerDraft(resent);

      expect(t.store.saveStatus()).toBe('saved');
      expect(t.store.connection()).toBe('back');
      expect(localStorage.getItem(localDraftKey(TOKEN))).toBeNull();
    });

    it('retries with a growing wait after a server error', async () => {
      t.store.setAnswer('STR1', 6);
      jest.advanceTimersByTime(1000);
      await t.fail(t.drafts()[0], 503, {});
      expect(t.store.saveStatus()).toBe('retrying');

      jest.advanceTimersByTime(1999);
      expect(t.drafts()).toHaveLength(0);
      jest.advanceTimersByTime(1);
      await t.fail(t.drafts()[0], 503, {});

      jest.advanceTimersByTime(3999);
      expect(t.drafts()).toHaveLength(0);
      jest.advanceTimersByTime(1);
      await t.answerDraft(t.drafts()[0]);
      expect(t.store.saveStatus()).toBe('saved');
    });

    it('waits until retryAt when rate limited, and says so calmly', async () => {
      t.store.setAnswer('STR1', 6);
      jest.advanceTimersByTime(1000);
      const retryAt = new Date(Date.now() + 5000).toISOString();
      await t.fail(t.drafts()[0], 429, {
        code: 'rate_limited',
        retryAt,
      });
      expect(t.store.notice()).toEqual({ key: 'intake.rateLimited' });
      expect(t.store.answers()).toEqual({ STR1: 6 });

      jest.advanceTimersByTime(4000);
      expect(t.drafts()).toHaveLength(0);
      jest.advanceTimersByTime(1000);
      await t.answerDraft(t.drafts()[0]);
      expect(t.store.notice()).toBeNull();
    });

    it('shows a refused answer beside its question', async () => {
      t.store.setAnswer('BEW1', 3);
      jest.advanceTimersByTime(1000);
      await t.fail(t.drafts()[0], 400, {
        details: [
          { field: 'answers.BEW1', code: 'out_of_range', message: 'Te hoog' },
        ],
      });
      expect(t.store.itemErrors()).toEqual({ BEW1: 'Te hoog' });
      expect(t.store.saveStatus()).toBe('rejected');

      t.store.setAnswer('BEW1', 2);
      expect(t.store.itemErrors()).toEqual({});
      jest.advanceTimersByTime(1000);
      await t.answerDraft(t.drafts()[0]);
    });

    it('asks for consent again when the API needs it', async () => {
      t.store.setAnswer('STR1', 1);
      jest.advanceTimersByTime(1000);
      await t.fail(t.drafts()[0], 403, {
        code: 'consent_required',
      });
      expect(t.store.phase()).toBe('consent');
    });
  });

  describe('the copy on this device', () => {
    function storeLocal(changedAt: string): void {
      localStorage.setItem(
        localDraftKey(TOKEN),
        JSON.stringify({ answers: { STR1: 9 }, step: 'sleep', changedAt }),
      );
    }

    it('wins when newer than the server draft, and is sent', async () => {
      storeLocal('2026-11-20T10:05:00.000Z');
      await t.open({
        answers: { STR1: 2 },
        step: 'stress',
        savedAt: '2026-11-20T10:00:00.000Z',
      });

      expect(t.store.answers()).toEqual({ STR1: 9 });
      expect(t.store.step()?.id).toBe('sleep');
      const [draft] = t.drafts();
      expect(draft?.request.body).toEqual({
        answers: { STR1: 9 },
        step: 'sleep',
      });
      await t.answerDraft(draft);
    });

    it('is dropped when the server draft is newer', async () => {
      storeLocal('2026-11-20T09:00:00.000Z');
      await t.open({
        answers: { STR1: 2 },
        step: 'stress',
        savedAt: '2026-11-20T10:00:00.000Z',
      });

      expect(t.store.answers()).toEqual({ STR1: 2 });
      expect(t.drafts()).toHaveLength(0);
      expect(localStorage.getItem(localDraftKey(TOKEN))).toBeNull();
    });
  });
});
