import { buildAppointment } from '../../../testing/build-appointment';
import { splitAppointments } from './client-appointments';

describe('splitAppointments', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('takes the next planned appointment and the earlier ones, newest first', () => {
    const list = [
      buildAppointment({ id: 'old', start: '2026-11-01T09:00:00Z' }),
      buildAppointment({
        id: 'missed',
        start: '2026-11-20T09:00:00Z',
        status: 'no_show',
      }),
      buildAppointment({
        id: 'cancelled',
        start: '2026-12-08T09:00:00Z',
        status: 'cancelled',
      }),
      buildAppointment({ id: 'next', start: '2026-12-09T09:00:00Z' }),
      buildAppointment({ id: 'later', start: '2026-12-16T09:00:00Z' }),
    ];
    const { next, past } = splitAppointments(list, now);
    expect(next?.id).toBe('next');
    expect(past.map((a) => a.id)).toEqual(['missed', 'old']);
  });

  it('counts an appointment running now as the next one', () => {
    const running = buildAppointment({ start: '2026-12-07T11:30:00Z' });
    expect(splitAppointments([running], now)).toEqual({
      next: running,
      past: [],
    });
  });
});
