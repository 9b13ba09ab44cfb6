import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Raised when the environment does not describe a startable product. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const boolText = z.enum(['true', 'false', '1', '0', 'yes', 'no']);

/** Off, a number of proxy hops, or the proxies' addresses and networks. */
export type TrustProxy = false | number | string[];

export const MAX_PROXY_HOPS = 10;

/** Names the address matcher knows for the reserved ranges (loopback, link- and unique-local). */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Each API process holds up to ten database connections. */
export const MAX_API_PROCESSES = 16;

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number from 1 to 65535' })
    .int('must be a whole number from 1 to 65535')
    .min(1, 'must be a whole number from 1 to 65535')
    .max(65535, 'must be a whole number from 1 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1, 'must be a folder path').default('.data'),
  DEMO_SEED: boolText.optional(),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes from 1 to 1440' })
    .int('must be a whole number of minutes from 1 to 1440')
    .min(1, 'must be a whole number of minutes from 1 to 1440')
    .max(1440, 'must be a whole number of minutes from 1 to 1440')
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ error: 'must be a whole number of hours from 1 to 72' })
    .int('must be a whole number of hours from 1 to 72')
    .min(1, 'must be a whole number of hours from 1 to 72')
    .max(72, 'must be a whole number of hours from 1 to 72')
    .default(12),
  PUBLIC_URL: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
  REPORT_WORKERS: z.coerce
    .number({ error: 'must be a whole number from 1 to 8' })
    .int('must be a whole number from 1 to 8')
    .min(1, 'must be a whole number from 1 to 8')
    .max(8, 'must be a whole number from 1 to 8')
    .optional(),
  API_PROCESSES: z.coerce
    .number({ error: `must be a whole number from 1 to ${MAX_API_PROCESSES}` })
    .int(`must be a whole number from 1 to ${MAX_API_PROCESSES}`)
    .min(1, `must be a whole number from 1 to ${MAX_API_PROCESSES}`)
    .max(
      MAX_API_PROCESSES,
      `must be a whole number from 1 to ${MAX_API_PROCESSES}`,
    )
    .optional(),
  REPORT_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds from 5 to 300' })
    .int('must be a whole number of seconds from 5 to 300')
    .min(5, 'must be a whole number of seconds from 5 to 300')
    .max(300, 'must be a whole number of seconds from 5 to 300')
    .default(30),
  TRUST_PROXY: z
    .string()
    .refine((text) => parseTrustProxy(text) !== undefined, {
      error: `must be false, the number of proxy hops in front of the app (1-${MAX_PROXY_HOPS}) or the proxies' addresses/CIDRs, comma-separated (e.g. 1 or 10.0.0.0/8,127.0.0.1); true (believe every hop) is refused`,
    })
    .optional(),
  SMTP_URL: z
    .string()
    .refine(isSmtpUrl, {
      message:
        'must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.nl:465',
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/,
      'must be an address, e.g. "Praktijk Veerkracht <noreply@praktijk.nl>"',
    )
    .optional(),
  MAIL_RETRY_LIMIT: z.coerce
    .number({ error: 'must be a whole number from 0 to 20' })
    .int('must be a whole number from 0 to 20')
    .min(0, 'must be a whole number from 0 to 20')
    .max(20, 'must be a whole number from 0 to 20')
    .default(5),
  MAIL_RETRY_DELAY_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds from 1 to 3600' })
    .int('must be a whole number of seconds from 1 to 3600')
    .min(1, 'must be a whole number of seconds from 1 to 3600')
    .max(3600, 'must be a whole number of seconds from 1 to 3600')
    .default(60),
  MAIL_SEND_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds from 10 to 900' })
    .int('must be a whole number of seconds from 10 to 900')
    .min(10, 'must be a whole number of seconds from 10 to 900')
    .max(900, 'must be a whole number of seconds from 10 to 900')
    .default(300),
});

/** Variables whose value may hold a password: never echoed in an error. */
const SECRET_VARIABLES = new Set(['SMTP_URL', 'SESSION_SECRET']);

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return /^smtps?:$/.test(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The validated configuration; the only reader of process.env is {@link loadConfig}. */
export interface AppConfig {
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one runs. */
  databaseUrl?: string;
  dataDir: string;
  demoSeed: boolean;
  logLevel: LogLevel;
  /** Undefined in embedded mode until {@link resolveSecrets} fills it. */
  sessionSecret?: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  publicUrl: string;
  /**
   * Behind a reverse proxy that sets X-Forwarded-Proto/-For: which hops are
   * believed (HTTPS detection for HSTS, client addresses). A number counts
   * proxies from the app outwards; a list names the proxies' addresses or
   * networks. Never every hop: the client writes the leftmost entries itself.
   */
  trustProxy: TrustProxy;
  production: boolean;
  /** PDF drawings at once, each in its own worker thread. */
  reportWorkers: number;
  /** How long a report request waits for its PDF before answering 503. */
  reportTimeoutSeconds: number;
  /** API processes serving HTTP on the one port (node:cluster when above 1). */
  apiProcesses: number;
  /**
   * Whether this process works the job queue (mail, follow-ups, reminders).
   * Always true from the environment; of several API processes only one does.
   */
  backgroundJobs: boolean;
  /** Outgoing mail; without an SMTP URL every mail stays in the outbox, unsent. */
  mail: MailConfig;
}

export interface MailConfig {
  smtpUrl?: string;
  /** The envelope and From address; Reply-To is the practitioner. */
  from: string;
  /** Attempts after the first, with doubling delays (pg-boss backoff). */
  retryLimit: number;
  retryDelaySeconds: number;
  /**
   * A send still running after this counts as failed; a process that died
   * while sending has its mail sent again after this long.
   */
  sendTimeoutSeconds: number;
}

/** The process's own environment, validated: for the server and the CLI. */
export function configFromEnvironment(): AppConfig {
  return loadConfig(process.env);
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = schema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const got = SECRET_VARIABLES.has(variable)
      ? ''
      : ` (got "${env[variable]}")`;
    throw new ConfigError(variable, `${issue?.message ?? 'is invalid'}${got}.`);
  }
  const v = parsed.data;
  if (v.DATABASE_URL && !v.SESSION_SECRET) {
    throw new ConfigError(
      'SESSION_SECRET',
      'is required when DATABASE_URL is set (at least 32 random characters, e.g. `openssl rand -hex 32`).',
    );
  }
  if (v.SMTP_URL && !v.MAIL_FROM) {
    throw new ConfigError(
      'MAIL_FROM',
      'is required when SMTP_URL is set (the sender address, e.g. "Praktijk Veerkracht <noreply@praktijk.nl>").',
    );
  }
  const demoSeed =
    v.DEMO_SEED === undefined
      ? !v.DATABASE_URL
      : ['true', '1', 'yes'].includes(v.DEMO_SEED);
  return {
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.DATA_DIR,
    demoSeed,
    logLevel: v.LOG_LEVEL,
    sessionSecret: v.SESSION_SECRET,
    sessionIdleMinutes: v.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: v.SESSION_ABSOLUTE_HOURS,
    publicUrl: (v.PUBLIC_URL ?? `http://localhost:${v.PORT}`).replace(
      /\/$/,
      '',
    ),
    trustProxy: parseTrustProxy(v.TRUST_PROXY ?? 'false') ?? false,
    production: env['NODE_ENV'] === 'production',
    reportWorkers: v.REPORT_WORKERS ?? defaultReportWorkers(),
    reportTimeoutSeconds: v.REPORT_TIMEOUT_SECONDS,
    apiProcesses: v.API_PROCESSES ?? defaultApiProcesses(),
    backgroundJobs: true,
    mail: {
      smtpUrl: v.SMTP_URL,
      from: v.MAIL_FROM ?? 'Herstelkompas <noreply@herstelkompas.invalid>',
      retryLimit: v.MAIL_RETRY_LIMIT,
      retryDelaySeconds: v.MAIL_RETRY_DELAY_SECONDS,
      sendTimeoutSeconds: v.MAIL_SEND_TIMEOUT_SECONDS,
    },
  };
}

/** Reads TRUST_PROXY; undefined when it is none of the accepted forms. */
export function parseTrustProxy(text: string): TrustProxy | undefined {
  const value = text.trim().toLowerCase();
  if (['false', 'no', '0'].includes(value)) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= MAX_PROXY_HOPS ? hops : undefined;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : undefined;
}

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return (
    /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)
  );
}

/**
 * One drawing per core, and at most four: each drawing holds one of the
 * ten database connections until its report is stored.
 */
/**
 * One per core, at most 4; on 2 cores or fewer just one, so a burst of
 * reports leaves a core to the API and PostgreSQL.
 */
export function defaultReportWorkers(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(cores, 4);
}

/**
 * One process on 2 cores or fewer, else one per two cores, at most 4: the
 * other half of the machine is PostgreSQL's and the report threads'.
 * Measured on 2 cores (README, Performance): on a busy machine a second
 * process gave no clear gain in requests a second and held 210-240 MB more
 * memory, so it is there when asked for (API_PROCESSES=2), not by default.
 */
export function defaultApiProcesses(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(Math.floor(cores / 2), 4);
}

function emptyToUndefined(
  env: NodeJS.ProcessEnv,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    out[key] =
      value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  return out;
}
