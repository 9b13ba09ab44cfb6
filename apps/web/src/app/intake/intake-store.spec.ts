import { TestBed } from '@angular/core/testing';
import {
  HERSTELKOMPAS_INTAKE_V1,
  URGENT_CLIENT_INSTRUCTION,
} from '@herstelkompas/domain';
import {
  INTAKE_TOKEN as LINK,
  INTAKE_URL as URL,
  buildIntakeState,
  setUpIntakeStore,
  settle,
} from '../../testing/intake';
import { I18n } from '../core/i18n/i18n';
import { REVIEW_PLACE } from './intake-store';
import { localDraftKey } from './local-draft';

describe('IntakeStore', () => {
  let t: ReturnType<typeof setUpIntakeStore>;

  beforeEach(() => (t = setUpIntakeStore()));
  afterEach(() => t.done());

  describe('opening the link', () => {
    it('asks for the date of birth on a 401, in the intake language', async () => {
      t.store.init(LINK);
      await t.fail(t.http.expectOne(URL), 401, {
        code: 'intake_verify_required',
        language: 'en',
        practiceName: 'Praktijk De Linde',
      });

      expect(t.store.phase()).toBe('gate');
      expect(t.store.practiceName()).toBe('Praktijk De Linde');
      expect(TestBed.inject(I18n).language()).toBe('en');
    });

    it.each([
      [404, 'intake_unavailable', 'unavailable'],
      [423, 'intake_locked', 'locked'],
    ])('answers %s with the %s page', async (status, code, phase) => {
      t.store.init(LINK);
      await t.fail(t.http.expectOne(URL), status, { code });
      expect(t.store.phase()).toBe(phase);
    });

    it('resumes at the saved step with the saved answers', async () => {
      await t.open({ step: 'movement', answers: { STR1: 4 } });

      expect(t.store.phase()).toBe('questions');
      expect(t.store.step()?.id).toBe('movement');
      expect(t.store.answers()).toEqual({ STR1: 4 });
    });

    it('says the draft is saved from the start when resuming one', async () => {
      await t.open({ step: 'sleep', savedAt: '2026-11-20T10:00:00.000Z' });
      expect(t.store.saveStatus()).toBe('saved');
    });

    it('starts with the welcome and consent when consent is not given', async () => {
      await t.open({
        consent: {
          given: false,
          privacyStatementVersion: null,
          currentVersion: '2026-11',
          legalBasis: 'care_provider',
          privacyStatementUrl: null,
        },
      });
      expect(t.store.phase()).toBe('welcome');
      t.store.start();
      expect(t.store.phase()).toBe('consent');
    });

    it('shows only a neutral thanks when the intake was sent already', async () => {
      t.store.init(LINK);
      t.http.expectOne(URL).flush({
        status: 'submitted',
        language: 'nl',
        practiceName: 'Praktijk De Linde',
        urgent: false,
        urgentInstructions: [],
      });
      await settle();
      expect(t.store.phase()).toBe('thanks');
      expect(t.store.intake()).toBeNull();
      expect(t.store.urgent()).toBe(false);
    });

    it('repeats the urgent instruction of a sent intake', async () => {
      t.store.init(LINK);
      t.http.expectOne(URL).flush({
        status: 'submitted',
        language: 'nl',
        practiceName: 'Praktijk De Linde',
        urgent: true,
        urgentInstructions: [URGENT_CLIENT_INSTRUCTION],
      });
      await settle();
      expect(t.store.phase()).toBe('thanks');
      expect(t.store.urgent()).toBe(true);
      expect(t.store.followUp()).toBe('urgent');
      expect(t.store.urgentInstructions()).toEqual([URGENT_CLIENT_INSTRUCTION]);
    });

    it('reopens on the screen named in the address, else where the draft was', async () => {
      t.store.init(LINK, 'sleep');
      t.http.expectOne(URL).flush(buildIntakeState({ step: 'stress' }));
      await settle();
      expect(t.store.phase()).toBe('questions');
      expect(t.store.step()?.id).toBe('sleep');
      expect(t.store.place()).toBe('sleep');
      t.store.next();
      expect(t.store.place()).toBe('immune');
      t.store.goToPlace('sleep');
      expect(t.store.step()?.id).toBe('sleep');
      t.store.goToPlace(REVIEW_PLACE);
      expect(t.store.phase()).toBe('review');
      t.store.goToPlace(null);
      expect(t.store.phase()).toBe('welcome');
      // One save at a time: answer each until none is left.
      for (let i = 0; i < 5; i++) {
        jest.advanceTimersByTime(1000);
        for (const draft of t.drafts()) await t.answerDraft(draft);
      }
    });

    it('sends every call in the intake language', async () => {
      await t.open({ language: 'en' });
      t.store.setAnswer('STR1', 3);
      jest.advanceTimersByTime(1000);
      const [draft] = t.drafts();
      expect(draft?.request.headers.get('Accept-Language')).toBe('en');
      await t.answerDraft(draft);
    });
  });

  describe('red flags while answering', () => {
    const cauda = HERSTELKOMPAS_INTAKE_V1.items.find((item) =>
      item.id.startsWith('RF-CAUDA'),
    )?.id as string;

    it('knows of an urgent answer at once, and of a draft with one', async () => {
      await t.open({ answers: {} });
      expect(t.store.urgent()).toBe(false);
      expect(t.store.followUp()).toBe('appointment');
      t.store.setAnswer(cauda, true);
      expect(t.store.urgent()).toBe(true);
      expect(t.store.followUp()).toBe('urgent');
      expect(t.store.urgentInstructions()[0]?.nl).toMatch(/huisarts/);
      t.store.setAnswer(cauda, false);
      expect(t.store.urgent()).toBe(false);
      jest.advanceTimersByTime(1000);
      await t.answerDraft(t.drafts()[0]);
    });

    it('reopens a draft with an urgent answer as urgent', async () => {
      await t.open({ answers: { [cauda]: true }, step: 'stress' });
      expect(t.store.urgent()).toBe(true);
    });

    it('says the practitioner gets in touch for a flag for the GP', async () => {
      const gp = HERSTELKOMPAS_INTAKE_V1.items.find(
        (item) =>
          item.redFlag?.urgency === 'gp_review' && !item.redFlag.raiseWhen,
      )?.id as string;
      await t.open({ answers: { [gp]: true }, step: 'stress' });
      expect(t.store.urgent()).toBe(false);
      expect(t.store.followUp()).toBe('contact');
    });
  });

  describe('verifying the date of birth', () => {
    beforeEach(async () => {
      t.store.init(LINK);
      await t.fail(t.http.expectOne(URL), 401, {
        code: 'intake_verify_required',
      });
    });

    it('loads the intake after a right date', async () => {
      void t.store.verify('1978-04-23');
      const verify = t.http.expectOne(`${URL}/verify`);
      expect(verify.request.body).toEqual({ dateOfBirth: '1978-04-23' });
      verify.flush(null);
      await settle();
      t.http.expectOne(URL).flush(buildIntakeState());
      await settle();
      expect(t.store.phase()).toBe('welcome');
    });

    it("shows the API's message, with the attempts left, after a wrong date", async () => {
      void t.store.verify('1980-01-01');
      await t.fail(t.http.expectOne(`${URL}/verify`), 401, {
        code: 'intake_verify_failed',
        message: 'Deze datum klopt niet. Je hebt nog 2 pogingen.',
      });
      expect(t.store.phase()).toBe('gate');
      expect(t.store.verifyError()).toEqual({
        text: 'Deze datum klopt niet. Je hebt nog 2 pogingen.',
      });
    });

    it('shows the locked page after too many wrong dates', async () => {
      void t.store.verify('1980-01-01');
      await t.fail(t.http.expectOne(`${URL}/verify`), 423, {
        code: 'intake_locked',
      });
      expect(t.store.phase()).toBe('locked');
    });
  });

  describe('follow-up questions (enableWhen)', () => {
    beforeEach(() => t.open({ step: 'immune' }));

    it('clears an answer whose question is hidden again', () => {
      t.store.setAnswer('IMM1', '2');
      t.store.setAnswer('IMM2', '1_to_2_weeks');
      t.store.setAnswer('IMM1', '0');

      expect(t.store.answers()).toEqual({ IMM1: '0' });
      jest.advanceTimersByTime(1000);
      const [draft] = t.drafts();
      expect(draft?.request.body.answers).toEqual({ IMM1: '0' });
      draft?.flush({ savedAt: new Date().toISOString() });
    });
  });

  describe('submit', () => {
    async function openReady(): Promise<void> {
      const ids = HERSTELKOMPAS_INTAKE_V1.items
        .filter((item) => item.module === 'red_flags')
        .map((item) => item.id);
      const answers: Record<string, number | boolean> = {
        PIJN1: 5,
        PIJN2: 5,
        PIJN3: 7,
      };
      for (const id of ids) answers[id] = id === 'RF-CAUDA';
      await t.open({ step: 'preference', answers });
      t.store.next();
      await t.answerDraft(t.drafts()[0]);
    }

    it('sends once, however often it is clicked, and shows the thanks', async () => {
      await openReady();
      expect(t.store.phase()).toBe('review');
      localStorage.setItem(localDraftKey(LINK), '{}');

      void t.store.submit();
      void t.store.submit();
      const submits = t.http.match(`${URL}/submit`);
      expect(submits).toHaveLength(1);
      submits[0]?.flush(
        {
          assessmentId: 'a-1',
          urgentInstruction: URGENT_CLIENT_INSTRUCTION,
          urgentInstructions: [URGENT_CLIENT_INSTRUCTION],
        },
        { status: 201, statusText: 'Created' },
      );
      await settle();

      expect(t.store.phase()).toBe('thanks');
      expect(t.store.urgent()).toBe(true);
      expect(t.store.urgentInstructions()).toContainEqual(
        URGENT_CLIENT_INSTRUCTION,
      );
      expect(localStorage.getItem(localDraftKey(LINK))).toBeNull();
    });

    it('opens the first step with an error the API reports', async () => {
      await openReady();
      void t.store.submit();
      await t.fail(t.http.expectOne(`${URL}/submit`), 400, {
        details: [
          { field: 'answers.RF-GUT', code: 'required', message: 'Nodig' },
          { field: 'answers.PIJN1', code: 'required', message: 'Nodig' },
        ],
      });

      expect(t.store.phase()).toBe('questions');
      expect(t.store.step()?.id).toBe('pain');
      expect(t.store.itemErrors()).toEqual({
        'RF-GUT': 'Nodig',
        PIJN1: 'Nodig',
      });
    });

    it('does not send when a required answer is missing, and shows where', async () => {
      await t.open({ step: 'preference', answers: { PIJN1: 5 } });
      t.store.next();
      await t.answerDraft(t.drafts()[0]);

      void t.store.submit();
      t.http.expectNone(`${URL}/submit`);
      expect(t.store.step()?.id).toBe('pain');
      expect(Object.keys(t.store.itemErrors())).toContain('PIJN2');
      expect(Object.keys(t.store.itemErrors())).toContain('RF-CAUDA');
    });

    it('keeps the answers and says so when sending fails', async () => {
      await openReady();
      void t.store.submit();
      t.http.expectOne(`${URL}/submit`).error(new ProgressEvent('error'));
      await settle();

      expect(t.store.phase()).toBe('review');
      expect(t.store.notice()).toEqual({ key: 'intake.review.failed' });
      expect(t.store.answers()['PIJN1']).toBe(5);
    });
  });
});
