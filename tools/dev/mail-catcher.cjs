// Development mail catcher: a real SMTP server (smtp-server) that keeps the
// messages it receives in memory and lists them as JSON over HTTP. `npm start`
// runs it and points the API's SMTP_URL at it; the web app shows the messages
// at /dev/mail (never in production).
const http = require('node:http');

const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const MAX_MESSAGES = 500;

async function startMailCatcher({ smtpPort = 0, httpPort = 0, host = '127.0.0.1' } = {}) {
  const messages = [];
  let nextId = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 30 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.unshift({
            id: nextId++,
            receivedAt: new Date().toISOString(),
            from: parsed.from?.text ?? '',
            to: parsed.to ? [].concat(parsed.to).map((a) => a.text).join(', ') : session.envelope.rcptTo.map((r) => r.address).join(', '),
            subject: parsed.subject ?? '',
            messageId: parsed.messageId ?? null,
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            headers: Object.fromEntries(
              [...parsed.headers.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, v]),
            ),
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? null,
              contentType: a.contentType,
              size: a.size,
              content: a.content.toString('base64'),
            })),
          });
          messages.length = Math.min(messages.length, MAX_MESSAGES);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(smtpPort, host, () => {
      smtp.off('error', reject);
      resolve();
    });
  });
  // A sender that dies mid-message (an API replica killed in the cluster tier, a
  // stopped `npm start`) resets its connection; smtp-server reports that as an
  // 'error' event, which with no listener would crash the catcher's process.
  smtp.on('error', (error) => {
    if (error && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return;
    console.error(`[mail-catcher] ${error?.message ?? error}`);
  });
  const api = http.createServer((req, res) => {
    if (req.method === 'DELETE' && req.url === '/messages') {
      messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'GET' && req.url?.startsWith('/messages')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(messages));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => api.listen(httpPort, host, resolve));
  const smtpAddress = smtp.server.address();
  const httpAddress = api.address();
  return {
    smtpUrl: `smtp://${host}:${smtpAddress.port}`,
    httpUrl: `http://${host}:${httpAddress.port}`,
    messages,
    close: () =>
      Promise.all([new Promise((r) => smtp.close(r)), new Promise((r) => api.close(r))]),
  };
}

module.exports = { startMailCatcher };

if (require.main === module) {
  startMailCatcher({
    smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025),
    httpPort: Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1080),
  }).then((catcher) => {
    console.log(`mail catcher: SMTP ${catcher.smtpUrl}, messages at ${catcher.httpUrl}/messages`);
    const stop = () => catcher.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
