import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import sharp from 'sharp';
import { completeAnswers } from '../support/answers';
import { jpegImage, pngImage, SVG_LOGO } from '../support/images';
import { pdfText } from '../support/pdf-text';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

const PROFILE = {
  name: 'Praktijk De Hersteller',
  address: {
    street: 'Stationsstraat 12',
    postalCode: '3511ab',
    city: 'Utrecht',
  },
  phone: '030 - 123 45 67',
  email: 'info@dehersteller.nl',
  website: 'dehersteller.nl',
  kvk: '1234 5678',
  agb: '90123456',
  reportClosing: 'Met vriendelijke groet,\nhet team van De Hersteller',
};

describe('practice profile (Instellingen -> Praktijk)', () => {
  let t: TestApp;
  let owner: Session;
  let colleague: Session;
  let otherOwner: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = await signIn(t.app, a.owner.email);
    colleague = await signIn(t.app, a.practitioners[0]?.email as string);
    const b = await buildPractice(t.dataSource);
    otherOwner = await signIn(t.app, b.owner.email);
  });
  afterAll(() => t.close());

  const put = (session: Session, payload: object, lang = 'nl') =>
    t.app.inject({
      method: 'PUT',
      url: '/api/practice/profile',
      headers: { ...session.headers, 'accept-language': lang },
      payload,
    });
  const get = (session: Session, url = '/api/practice/profile') =>
    t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  const upload = (
    session: Session,
    payload: Buffer,
    type = 'image/png',
    lang = 'nl',
  ) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/practice/logo',
      headers: {
        ...session.headers,
        'content-type': type,
        'accept-language': lang,
      },
      payload,
    });

  it('lets the owner save the profile, normalised, and every colleague read it', async () => {
    const saved = await put(owner, PROFILE);
    expect(saved.statusCode).toBe(200);
    const expected = {
      ...PROFILE,
      address: { ...PROFILE.address, postalCode: '3511 AB' },
      website: 'https://dehersteller.nl',
      kvk: '12345678',
      privacyStatementUrl: null,
      logo: null,
    };
    expect(saved.json()).toEqual(expected);
    const read = await get(colleague);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(expected);
    const me = await get(owner, '/api/auth/me');
    expect(me.json().practice.name).toBe(PROFILE.name);
  });

  it('answers 403 to a practitioner who is not an owner, and changes nothing', async () => {
    const before = (await get(owner)).json();
    const refused = await put(colleague, { ...PROFILE, name: 'Overgenomen' });
    expect(refused.statusCode).toBe(403);
    expect((await get(owner)).json()).toEqual(before);
  });

  it("never shows another practice's profile or logo", async () => {
    await upload(owner, await pngImage(50, 20));
    const theirs = await get(otherOwner);
    expect(theirs.json().name).not.toBe(PROFILE.name);
    expect(theirs.json().phone).toBeNull();
    expect(theirs.json().logo).toBeNull();
    expect((await get(otherOwner, '/api/practice/logo')).statusCode).toBe(404);
  });

  it('refuses bad input field by field, in the caller’s language', async () => {
    const bad = {
      ...PROFILE,
      name: '',
      address: { street: null, postalCode: '123 AB', city: null },
      phone: '06-1234',
      email: 'geen-adres',
      website: 'http://onveilig.nl',
      kvk: '1234567',
      agb: '1234567a',
      reportClosing: 'x'.repeat(2001),
    };
    const nl = await put(owner, bad);
    expect(nl.statusCode).toBe(400);
    const fields = Object.fromEntries(
      (nl.json().details as { field: string; message: string }[]).map((d) => [
        d.field,
        d.message,
      ]),
    );
    expect(Object.keys(fields).sort()).toEqual(
      [
        'address.postalCode',
        'agb',
        'email',
        'kvk',
        'name',
        'phone',
        'reportClosing',
        'website',
      ].sort(),
    );
    expect(fields['address.postalCode']).toBe(
      'Vul een postcode in als 1234 AB.',
    );
    expect(fields['kvk']).toBe('Een KvK-nummer heeft 8 cijfers.');
    expect(fields['agb']).toBe('Een AGB-code heeft 8 cijfers.');
    expect(fields['website']).toContain('https://');
    expect(fields['phone']).toContain('10 cijfers');
    const en = await put(owner, bad, 'en');
    const enFields = (en.json().details as { field: string; message: string }[])
      .filter((d) => d.field === 'kvk')
      .map((d) => d.message);
    expect(enFields).toEqual(['A KvK number has 8 digits.']);
    const lineBreak = await put(owner, { ...PROFILE, name: 'Praktijk\nNaam' });
    expect(lineBreak.statusCode).toBe(400);
  });

  it('re-encodes an uploaded PNG to a PNG of at most 600×200 without its metadata', async () => {
    const original = await pngImage(1200, 300);
    expect(original.includes('geheim-metadata')).toBe(true);
    const saved = await upload(owner, original);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().logo).toMatchObject({ width: 600, height: 150 });
    const served = await get(owner, '/api/practice/logo');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toBe('private, no-cache');
    expect(served.rawPayload.equals(original)).toBe(false);
    expect(served.rawPayload.includes('geheim-metadata')).toBe(false);
    const meta = await sharp(served.rawPayload).metadata();
    expect({ format: meta.format, exif: meta.exif }).toEqual({
      format: 'png',
      exif: undefined,
    });
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/practice/logo',
      headers: {
        cookie: colleague.cookie,
        'if-none-match': String(served.headers['etag']),
      },
    });
    expect(again.statusCode).toBe(304);
  });

  it('takes a JPEG and stores it as PNG', async () => {
    const saved = await upload(owner, await jpegImage(300, 300), 'image/jpeg');
    expect(saved.statusCode).toBe(200);
    expect(saved.json().logo).toMatchObject({ width: 200, height: 200 });
    const served = await get(owner, '/api/practice/logo');
    expect((await sharp(served.rawPayload).metadata()).format).toBe('png');
  });

  it('refuses an SVG, whatever type it claims, and keeps the logo it had', async () => {
    const before = (await get(owner)).json().logo;
    const asSvg = await upload(owner, SVG_LOGO, 'image/svg+xml');
    expect(asSvg.statusCode).toBe(415);
    expect(asSvg.json().code).toBe('logo_type');
    expect(asSvg.json().message).toContain('PNG');
    const disguised = await upload(owner, SVG_LOGO, 'image/png');
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().code).toBe('logo_unreadable');
    const broken = await upload(
      owner,
      Buffer.concat([(await pngImage(10, 10)).subarray(0, 30)]),
    );
    expect(broken.statusCode).toBe(400);
    expect((await get(owner)).json().logo).toEqual(before);
  });

  it('refuses a logo over 1 MB with a clear message', async () => {
    const big = Buffer.concat([
      await pngImage(10, 10),
      Buffer.alloc(1024 * 1024),
    ]);
    const refused = await upload(owner, big, 'image/png', 'en');
    expect(refused.statusCode).toBe(413);
    expect(refused.json().message).toBe(
      'The logo is larger than 1 MB. Choose a smaller file.',
    );
  });

  it('takes image bytes on the logo route only', async () => {
    const elsewhere = await t.app.inject({
      method: 'PUT',
      url: '/api/practice/profile',
      headers: { ...owner.headers, 'content-type': 'image/png' },
      payload: await pngImage(10, 10),
    });
    expect(elsewhere.statusCode).toBe(415);
    expect(elsewhere.json().code).toBe('json_only');
  });

  it('lets only the owner upload or remove the logo', async () => {
    const png = await pngImage(20, 20);
    expect((await upload(colleague, png)).statusCode).toBe(403);
    const removeAsColleague = await t.app.inject({
      method: 'DELETE',
      url: '/api/practice/logo',
      headers: colleague.headers,
    });
    expect(removeAsColleague.statusCode).toBe(403);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/practice/logo',
      headers: owner.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(owner)).json().logo).toBeNull();
    expect((await get(owner, '/api/practice/logo')).statusCode).toBe(404);
  });

  it("puts the letterhead, the practitioner's signature and the default closing on a report", async () => {
    expect((await put(owner, PROFILE)).statusCode).toBe(200);
    expect((await upload(owner, await pngImage(300, 100))).statusCode).toBe(
      200,
    );
    await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me/preferences',
      headers: owner.headers,
      payload: {
        profession: 'Oefentherapeut',
        registration: 'KP-register 4321',
      },
    });
    const client = await buildClient(t.app, owner);
    await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/assessments`,
      headers: owner.headers,
      payload: {
        variant: 'baseline',
        answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
      },
    });
    const pdf = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/reports/progress.pdf`,
      headers: owner.headers,
    });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    for (const expected of [
      'Praktijk De Hersteller',
      'Stationsstraat 12',
      '3511 AB Utrecht',
      '030 - 123 45 67',
      'info@dehersteller.nl',
      'dehersteller.nl',
      'KvK 12345678',
      'AGB 90123456',
      'Met vriendelijke groet,',
      'het team van De Hersteller',
      'Oefentherapeut',
      'KP-register 4321',
    ])
      expect({ expected, found: text.includes(expected) }).toEqual({
        expected,
        found: true,
      });
    // The logo is embedded as an image.
    expect(pdf.rawPayload.includes('/Subtype /Image')).toBe(true);
  });

  it("signs mails with the practice's name and contact from the profile", async () => {
    expect((await put(owner, PROFILE)).statusCode).toBe(200);
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/practitioners',
      headers: owner.headers,
      payload: {
        email: 'nieuwe-collega@example.nl',
        displayName: 'Nieuwe Collega',
        role: 'practitioner',
        send: 'email',
      },
    });
    expect(invited.statusCode).toBe(201);
    const [mail] = await t.dataSource.query(
      `SELECT text_body, html_body FROM mail_messages WHERE recipient = $1`,
      ['nieuwe-collega@example.nl'],
    );
    const footer = String(mail.text_body).split('-- \n')[1];
    expect(footer).toContain('Praktijk De Hersteller');
    expect(footer).toContain(
      '030 - 123 45 67 · info@dehersteller.nl · dehersteller.nl',
    );
    expect(mail.html_body).toContain('info@dehersteller.nl');
  });

  it("keeps each practitioner's profession and registration, set by themselves, on the team list", async () => {
    const saved = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me/preferences',
      headers: colleague.headers,
      payload: { profession: ' Oefentherapeut ', registration: 'BIG 12345678' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().practitioner).toMatchObject({
      profession: 'Oefentherapeut',
      registration: 'BIG 12345678',
    });
    const team = await get(owner, '/api/practitioners');
    const me = saved.json().practitioner.id;
    expect(
      (team.json() as { id: string; profession: string }[]).find(
        (m) => m.id === me,
      ),
    ).toMatchObject({
      profession: 'Oefentherapeut',
      registration: 'BIG 12345678',
    });
    const language = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me/preferences',
      headers: colleague.headers,
      payload: { language: 'en' },
    });
    expect(language.json().practitioner.profession).toBe('Oefentherapeut');
  });
});
