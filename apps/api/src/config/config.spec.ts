import {
  ConfigError,
  defaultApiProcesses,
  defaultReportWorkers,
  loadConfig,
} from './config';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '.data',
      demoSeed: true,
      logLevel: 'info',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3.5'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://x'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['PUBLIC_URL', 'not a url'],
    ['REPORT_WORKERS', '0'],
    ['REPORT_TIMEOUT_SECONDS', '1'],
  ])('names %s in one line when it is %p', (variable, value) => {
    const run = () => loadConfig({ [variable]: value });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(
      new RegExp(
        `^Invalid configuration: ${variable} .*"${value.replace('.', '\\.')}"`,
      ),
    );
  });

  it('names SMTP_URL in one line without echoing a password in it', () => {
    const run = () => loadConfig({ SMTP_URL: 'mail://user:geheim@host:25' });
    expect(run).toThrow(
      /^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    expect(run).not.toThrow(/geheim/);
  });

  it('requires MAIL_FROM with SMTP_URL and reads both', () => {
    expect(() =>
      loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.nl:465' }),
    ).toThrow(/MAIL_FROM is required when SMTP_URL is set/);
    expect(() =>
      loadConfig({
        SMTP_URL: 'smtp://mail.example.nl:587',
        MAIL_FROM: 'not an address',
      }),
    ).toThrow(/^Invalid configuration: MAIL_FROM/);
    const config = loadConfig({
      SMTP_URL: 'smtp://u:p@mail.example.nl:587',
      MAIL_FROM: 'Praktijk Veerkracht <noreply@praktijk.nl>',
    });
    expect(config.mail).toMatchObject({
      smtpUrl: 'smtp://u:p@mail.example.nl:587',
      from: 'Praktijk Veerkracht <noreply@praktijk.nl>',
    });
    expect(loadConfig({}).mail.smtpUrl).toBeUndefined();
  });

  it('requires SESSION_SECRET with an external database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/hk' })).toThrow(
      /SESSION_SECRET is required when DATABASE_URL is set/,
    );
  });

  it('does not seed demo data into an external database by default', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db/hk',
      SESSION_SECRET: 'x'.repeat(32),
    });
    expect(config.demoSeed).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('believes forwarded headers only from the hops TRUST_PROXY names', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,fd00::/8' })
        .trustProxy,
    ).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
    expect(loadConfig({ TRUST_PROXY: 'uniquelocal' }).trustProxy).toEqual([
      'uniquelocal',
    ]);
  });

  it.each(['true', 'yes', 'maybe', '11', '10.0.0.0/33', '10.0.0/8', '1,2'])(
    'refuses TRUST_PROXY=%s in one line naming the accepted forms',
    (value) => {
      const run = () => loadConfig({ TRUST_PROXY: value });
      expect(run).toThrow(ConfigError);
      expect(run).toThrow(
        /^Invalid configuration: TRUST_PROXY must be false, the number of proxy hops .* or the proxies' addresses\/CIDRs/,
      );
      expect(run).toThrow(
        new RegExp(`\\(got "${value.replace('.', '\\.')}"\\)`),
      );
    },
  );

  it('honours DEMO_SEED=false in embedded mode', () => {
    expect(loadConfig({ DEMO_SEED: 'false' }).demoSeed).toBe(false);
  });
});

describe('defaultReportWorkers', () => {
  it('keeps one worker on 2 cores or fewer, so reports leave a core to the API', () => {
    expect([1, 2, 3, 4, 8].map((cores) => defaultReportWorkers(cores))).toEqual(
      [1, 1, 3, 4, 4],
    );
  });
});

describe('API_PROCESSES', () => {
  it('takes a whole number from 1 to 16', () => {
    expect(loadConfig({ API_PROCESSES: '3' }).apiProcesses).toBe(3);
    expect(loadConfig({ API_PROCESSES: '1' }).apiProcesses).toBe(1);
  });

  it.each(['0', '17', '1.5', 'two', '-1'])(
    'refuses %s with a message naming the variable',
    (value) => {
      expect(() => loadConfig({ API_PROCESSES: value })).toThrow(
        `Invalid configuration: API_PROCESSES must be a whole number from 1 to 16 (got "${value}").`,
      );
    },
  );

  it('defaults to one process on 2 cores or fewer, else one per two cores, at most 4', () => {
    expect(
      [1, 2, 3, 4, 8, 16].map((cores) => defaultApiProcesses(cores)),
    ).toEqual([1, 1, 1, 2, 4, 4]);
  });

  it('lets the process work the job queue unless told otherwise', () => {
    expect(loadConfig({}).backgroundJobs).toBe(true);
  });
});
