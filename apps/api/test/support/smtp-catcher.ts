import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** hold: the server takes the recipient and never answers (until the client goes). */
type Behaviour = 'accept' | 'refuse' | 'fail' | 'hold';

/**
 * A real SMTP server in the test process: what the product sends arrives
 * here over TCP and is parsed as any mail client would.
 */
export interface SmtpCatcher {
  url: string;
  received: ParsedMail[];
  /** Recipients whose RCPT TO is being held, one entry per attempt. */
  held: string[];
  /** Recipients and what the server does with them (default: accept). */
  behaviour: Map<string, Behaviour>;
  /** Waits until `count` mails have arrived (or fails after `ms`). */
  waitFor(count: number, ms?: number): Promise<ParsedMail[]>;
  /**
   * Waits for a mail to `address` among those from index `from` on: mail
   * still due from an earlier spec (one database for the run) may arrive
   * in between, and several mails go out side by side.
   */
  waitForMailTo(
    address: string,
    from: number,
    ms?: number,
  ): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const received: ParsedMail[] = [];
  const held: string[] = [];
  const behaviour = new Map<string, Behaviour>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const what = behaviour.get(address.address.toLowerCase());
      if (what === 'hold') {
        held.push(address.address.toLowerCase());
        return;
      }
      if (what === 'refuse') {
        const error = new Error('5.1.1 No such user here') as Error & {
          responseCode: number;
        };
        error.responseCode = 550;
        return callback(error);
      }
      if (what === 'fail') {
        const error = new Error(
          '4.3.0 Mailbox temporarily unavailable',
        ) as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    behaviour,
    held,
    async waitFor(count, ms = 20_000) {
      const until = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(
            `expected ${count} mails, ${received.length} arrived`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    async waitForMailTo(address, from, ms = 20_000) {
      const until = Date.now() + ms;
      for (;;) {
        const mail = received
          .slice(from)
          .find((m) =>
            m.to && !Array.isArray(m.to)
              ? m.to.value.some((a) => a.address === address)
              : false,
          );
        if (mail) return mail;
        if (Date.now() > until)
          throw new Error(`no mail to ${address} arrived`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `read` until `done` holds for its value (or fails after `ms`). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until)
      throw new Error(
        `condition not reached; last value ${JSON.stringify(value)}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first link in a mail's text part. */
export function linkIn(mail: ParsedMail): string {
  const match = /https?:\/\/\S+/.exec(mail.text ?? '');
  if (!match) throw new Error('no link in the mail');
  return match[0];
}
