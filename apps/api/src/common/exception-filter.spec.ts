import { isDatabaseDown } from './exception-filter';

const pgError = (message: string, code?: string) =>
  Object.assign(new Error(message), code ? { code } : {});

describe('isDatabaseDown', () => {
  it.each([
    ['refused connection', pgError('connect ECONNREFUSED', 'ECONNREFUSED')],
    ['dropped connection', pgError('Connection terminated unexpectedly')],
    ['crash of another backend', pgError('terminating connection', '57P02')],
    [
      'crash recovery',
      pgError('the database system is not yet accepting connections'),
    ],
    ['start-up', pgError('the database system is starting up', '57P03')],
    ['connection failure class', pgError('connection failure', '08006')],
    ['a full pool', pgError('timeout exceeded when trying to connect')],
    [
      'connection released under a transaction',
      pgError('Query runner already released. Cannot run queries anymore.'),
    ],
    [
      'connection released under a manager',
      pgError(
        'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.',
      ),
    ],
  ])('treats a %s as an outage', (_, error) => {
    expect(isDatabaseDown(error)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('duplicate key value', '23505')],
    ['a plain bug', new TypeError('x is undefined')],
  ])('treats %s as an error of ours', (_, error) => {
    expect(isDatabaseDown(error)).toBe(false);
  });
});
