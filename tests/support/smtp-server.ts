import { createServer, type Server, type Socket } from 'node:net';

/** One message as the server received it: the envelope and the raw DATA (dot-unstuffed). */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/**
 * What the test server does with mail: take it, or refuse it with a permanent error (550 at RCPT TO).
 */
export type SmtpMode = 'accept' | 'refuse';

/**
 * A small real SMTP server on 127.0.0.1 speaking enough of RFC 5321 for a client like nodemailer: greeting,
 * EHLO/HELO (advertising AUTH PLAIN LOGIN), AUTH (checks the user and password), MAIL FROM, RCPT TO, DATA with
 * dot-unstuffing, RSET, NOOP, QUIT. `stop()` closes the port (a down server: connections are refused) and
 * `start()` opens the same port again.
 *
 * @example
 * const smtp = await startSmtpServer({ user: 'doorway', pass: 's3cret' });
 * // SMTP_URL = `smtp://doorway:s3cret@127.0.0.1:${smtp.port}`
 * await smtp.close();
 */
export async function startSmtpServer(options: { user: string; pass: string; port?: number }) {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = options.port ?? 0;
  const state = { mode: 'accept' as SmtpMode, refusals: 0, connections: 0 };

  function session(socket: Socket) {
    sockets.add(socket);
    state.connections += 1;
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let authed = false;
    let auth: 'none' | 'login-user' | 'login-pass' = 'none';
    let loginUser = '';
    let from: string | null = null;
    let to: string[] = [];
    let data: string[] | null = null;
    const checkAuth = (user: string, pass: string) => {
      authed = user === options.user && pass === options.pass;
      reply(authed ? '235 2.7.0 Authentication successful' : '535 5.7.8 Authentication credentials invalid');
    };
    const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
    const onLine = (line: string) => {
      if (data) {
        if (line === '.') {
          received.push({ from: from ?? '', to, raw: data.join('\r\n') });
          data = null;
          from = null;
          to = [];
          return reply('250 2.0.0 Ok: queued');
        }
        data.push(line.startsWith('..') ? line.slice(1) : line);
        return;
      }
      if (auth === 'login-user') {
        loginUser = decode(line);
        auth = 'login-pass';
        return reply(`334 ${Buffer.from('Password:').toString('base64')}`);
      }
      if (auth === 'login-pass') {
        auth = 'none';
        return checkAuth(loginUser, decode(line));
      }
      const [verb = '', ...rest] = line.split(' ');
      const arg = rest.join(' ');
      switch (verb.toUpperCase()) {
        case 'EHLO':
          return reply('250-doorway-test-smtp\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 10485760');
        case 'HELO':
          return reply('250 doorway-test-smtp');
        case 'AUTH': {
          const [method = '', initial] = arg.split(' ');
          if (method.toUpperCase() === 'PLAIN') {
            if (!initial) return reply('334 ');
            const [, user = '', pass = ''] = decode(initial).split('\0');
            return checkAuth(user, pass);
          }
          if (method.toUpperCase() === 'LOGIN') {
            auth = 'login-user';
            return reply(`334 ${Buffer.from('Username:').toString('base64')}`);
          }
          return reply('504 5.5.4 Unrecognized authentication type');
        }
        case 'MAIL':
          if (!authed) return reply('530 5.7.0 Authentication required');
          from = /<([^>]*)>/.exec(arg)?.[1] ?? '';
          to = [];
          return reply('250 2.1.0 Ok');
        case 'RCPT':
          if (from === null) return reply('503 5.5.1 Need MAIL first');
          if (state.mode === 'refuse') {
            state.refusals += 1;
            return reply('550 5.1.1 Recipient address rejected: no such mailbox here');
          }
          to.push(/<([^>]*)>/.exec(arg)?.[1] ?? '');
          return reply('250 2.1.5 Ok');
        case 'DATA':
          if (to.length === 0) return reply('503 5.5.1 Need RCPT first');
          data = [];
          return reply('354 End data with <CR><LF>.<CR><LF>');
        case 'RSET':
          from = null;
          to = [];
          return reply('250 2.0.0 Ok');
        case 'NOOP':
          return reply('250 2.0.0 Ok');
        case 'QUIT':
          reply('221 2.0.0 Bye');
          return socket.end();
        default:
          return reply('502 5.5.2 Command not recognized');
      }
    };
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let at = buffer.indexOf('\r\n'); at >= 0; at = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        onLine(line);
      }
    });
    reply('220 doorway-test-smtp ESMTP');
  }

  async function start() {
    server = createServer(session);
    await new Promise<void>((ok, fail) => {
      server?.once('error', fail);
      server?.listen(port, '127.0.0.1', () => ok());
    });
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : port;
  }

  /** Closes the port and every open connection: clients now get "connection refused". */
  async function stop() {
    const closing = server;
    server = undefined;
    for (const s of sockets) s.destroy();
    if (closing) await new Promise<void>((ok) => closing.close(() => ok()));
  }

  await start();
  return {
    get port() {
      return port;
    },
    received,
    state,
    start,
    stop,
    close: stop,
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const soft = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string | undefined): string {
  const e = (encoding ?? '').toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (e === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) in a header. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function splitHeaders(part: string): { headers: Map<string, string>; body: string } {
  const at = part.indexOf('\r\n\r\n');
  const head = at >= 0 ? part.slice(0, at) : part;
  const body = at >= 0 ? part.slice(at + 4) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/**
 * Reads a received message the way a mail program would: decoded headers (subject), and the plain-text and
 * HTML parts of a multipart/alternative body, decoded from quoted-printable or base64.
 *
 * @example
 * const mail = readMail(smtp.received[0].raw);
 * mail.subject; mail.text; mail.html; mail.headers.get('content-language');
 */
export function readMail(raw: string): {
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
} {
  const { headers, body } = splitHeaders(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const parts: { type: string; body: string }[] = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const part = splitHeaders(chunk.replace(/^\r\n/, ''));
      parts.push({
        type: part.headers.get('content-type') ?? 'text/plain',
        body: decodeBody(part.body, part.headers.get('content-transfer-encoding')),
      });
    }
  } else parts.push({ type, body: decodeBody(body, headers.get('content-transfer-encoding')) });
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.find((p) => p.type.startsWith('text/plain'))?.body ?? '',
    html: parts.find((p) => p.type.startsWith('text/html'))?.body ?? '',
  };
}
