import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { decodeHeader } from './outbox.ts';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** What it has received so far, oldest first. */
  messages: ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server (npm smtp-server) on a free local port that keeps what it receives. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until the condition holds or the time is up; returns whether it held. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/** The body of a MIME message with quoted-printable soft breaks and escapes undone. */
export function decodeQuotedPrintable(raw: string): string {
  // Quoted-printable text is ASCII; the escapes are UTF-8 bytes, so rebuild bytes then decode.
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The decoded subject on a `Subject: …` line, then the body decoded from quoted-printable. */
export function readableMail(mail: ReceivedMail): string {
  const split = mail.raw.search(/\r?\n\r?\n/);
  const subject = /^Subject: (.*)$/m.exec(mail.raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' '))![1]!;
  return `Subject: ${decodeHeader(subject)}\n${decodeQuotedPrintable(mail.raw.slice(split))}`;
}
