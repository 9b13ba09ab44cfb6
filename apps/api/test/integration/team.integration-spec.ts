import {
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

describe('the practice team', () => {
  let t: TestApp;
  let owner: Session;
  let ownerId: string;
  let practitioner: Session;
  let practitionerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    ownerId = practice.owner.id;
    owner = await signIn(t.app, practice.owner.email);
    const p = practice.practitioners[0] as { id: string; email: string };
    practitionerId = p.id;
    practitioner = await signIn(t.app, p.email);
  });
  afterAll(() => t.close());

  it('invites a practitioner with a one-time link that sets the password', async () => {
    const email = `nieuw-${Date.now()}@example.nl`;
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/practitioners',
      headers: owner.headers,
      payload: { email, displayName: 'Nieuwe Collega', role: 'practitioner' },
    });
    expect(invited.statusCode).toBe(201);
    const { setPasswordUrl, member } = invited.json();
    expect(member).toMatchObject({
      email,
      invitationPending: true,
      active: true,
    });
    const token = setPasswordUrl.split('/').pop();

    const tooShort = await t.app.inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token, password: 'kort' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().details[0]).toMatchObject({
      field: 'password',
      code: 'too_short',
      message: 'Gebruik minstens 12 tekens.',
    });

    const set = await t.app.inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token, password: 'een lang genoeg wachtwoord' },
    });
    expect(set.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token, password: 'een ander lang wachtwoord' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invitation_invalid');
    await expect(
      signIn(t.app, email, 'een lang genoeg wachtwoord'),
    ).resolves.toMatchObject({ cookie: expect.any(String) });
  });

  it('reissues a lost invitation link; the old one stops working', async () => {
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/practitioners',
      headers: owner.headers,
      payload: {
        email: `kwijt-${Date.now()}@example.nl`,
        displayName: 'Kwijt',
        role: 'practitioner',
      },
    });
    const oldToken = invited.json().setPasswordUrl.split('/').pop();
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/practitioners/${invited.json().member.id}/invitation`,
      headers: owner.headers,
    });
    expect(again.statusCode).toBe(201);
    const newToken = again.json().setPasswordUrl.split('/').pop();
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token: oldToken, password: 'een lang genoeg wachtwoord' },
    });
    expect(old.statusCode).toBe(400);
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token: newToken, password: 'een lang genoeg wachtwoord' },
    });
    expect(fresh.statusCode).toBe(204);
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/practitioners/${invited.json().member.id}/invitation`,
      headers: owner.headers,
    });
    expect(done.statusCode).toBe(409);
  });

  it('answers an invitation for an address with an account elsewhere as for a free one, and that invitation never completes', async () => {
    const other = await buildPractice(t.dataSource, { practitioners: 1 });
    const taken = (other.practitioners[0] as { email: string }).email;
    const free = `vrij-${Date.now()}@example.nl`;
    const invite = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/practitioners',
        headers: owner.headers,
        payload: { email, displayName: 'Collega', role: 'practitioner' },
      });
    const forTaken = await invite(taken);
    const forFree = await invite(free);
    expect(forTaken.statusCode).toBe(forFree.statusCode);
    expect(forTaken.statusCode).toBe(201);
    // The same answer apart from the address, the new id, the link and the times.
    const shape = (body: Record<string, unknown>) =>
      JSON.stringify(body, (key, value) =>
        ['id', 'email', 'createdAt', 'expiresAt'].includes(key)
          ? typeof value
          : key === 'setPasswordUrl'
            ? String(value).replace(/[^/]+$/, (token) => `${token.length}`)
            : value,
      );
    expect(shape(forTaken.json())).toBe(shape(forFree.json()));
    expect(Object.keys(forTaken.headers).sort()).toEqual(
      Object.keys(forFree.headers).sort(),
    );
    const team = await t.app.inject({
      method: 'GET',
      url: '/api/practitioners',
      headers: owner.headers,
    });
    const listed = (team.json() as { email: string }[]).map((m) => m.email);
    expect(listed).toEqual(expect.arrayContaining([taken, free]));

    // The taken address's link never makes a second account; the account stays as it was.
    const setWith = (url: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/set-password',
        payload: {
          token: url.split('/').pop(),
          password: 'een lang genoeg wachtwoord',
        },
      });
    const refused = await setWith(forTaken.json().setPasswordUrl);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('invitation_invalid');
    expect((await setWith(forFree.json().setPasswordUrl)).statusCode).toBe(204);
    const accounts = await t.dataSource.query(
      'SELECT practice_id FROM practitioners WHERE email = $1 AND password_hash IS NOT NULL',
      [taken],
    );
    expect(accounts).toEqual([{ practice_id: other.owner.practiceId }]);
    await expect(signIn(t.app, taken)).resolves.toMatchObject({
      cookie: expect.any(String),
    });
    await expect(
      signIn(t.app, taken, 'een lang genoeg wachtwoord'),
    ).rejects.toThrow(/401/);
  });

  it('tells the owner that an address is already in the team', async () => {
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: practitioner.cookie },
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/practitioners',
      headers: owner.headers,
      payload: {
        email: me.json().practitioner.email,
        displayName: 'Dubbel',
        role: 'practitioner',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].code).toBe('already_in_team');
  });

  it('lets only the owner invite and change people', async () => {
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/practitioners',
      headers: practitioner.headers,
      payload: { email: 'x@example.nl', displayName: 'X', role: 'owner' },
    });
    expect(invite.statusCode).toBe(403);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/practitioners/${ownerId}`,
      headers: practitioner.headers,
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(403);
  });

  it('keeps at least one active owner', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/practitioners/${ownerId}`,
      headers: owner.headers,
      payload: { role: 'practitioner' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('last_owner');
  });

  it('ends the sessions of a deactivated practitioner at once', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/practitioners/${practitionerId}`,
      headers: owner.headers,
      payload: { active: false },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().active).toBe(false);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: practitioner.cookie },
    });
    expect(me.statusCode).toBe(401);
  });
});
