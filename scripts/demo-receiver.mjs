// The demo's receiving side, started by scripts/start.sh on 127.0.0.1 (no dependencies beyond Node.js):
// - POST /webhook: an "erp" webhook connector's event. The Standard Webhooks signature is checked with the secret
//   (DEMO_WEBHOOK_SECRET), the event is kept in .local/demo-receiver/events/{webhook-id}.json, then the receiver
//   confirms it through the event's acknowledgement link (the delivery becomes Acknowledged).
// - PUT /files/{name}: a "dms" HTTP export connector's file, kept in .local/demo-receiver/files/{name}.
// - GET /: what arrived, as text.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const port = Number(process.env.DEMO_RECEIVER_PORT ?? 7075);
const api = process.env.DEMO_API ?? 'http://127.0.0.1:7071';
const folder = process.env.DEMO_RECEIVER_DIR ?? '.local/demo-receiver';
const secret = Buffer.from((process.env.DEMO_WEBHOOK_SECRET ?? '').replace(/^whsec_/, ''), 'base64');
const events = join(folder, 'events');
const files = join(folder, 'files');
mkdirSync(events, { recursive: true });
mkdirSync(files, { recursive: true });

const signed = (headers, body) => {
  const expected = createHmac('sha256', secret).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.`).update(body).digest();
  return String(headers['webhook-signature'] ?? '').split(' ').some((s) => {
    const given = Buffer.from(s.replace(/^v1,/, ''), 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
};

// 409 while the sender has not recorded the delivery as sent yet: a few more tries.
const acknowledge = async (path, tries = 5) => {
  try {
    const answer = await fetch(api + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note: 'demo receiver: filed' }) });
    console.log(`acknowledged ${path.slice(0, 40)}...: HTTP ${answer.status}`);
    if (answer.status === 409 && tries > 1) setTimeout(() => acknowledge(path, tries - 1), 2000);
  } catch (error) {
    console.log(`acknowledgement failed: ${error.message}`);
  }
};

const server = createServer((request, response) => {
  const chunks = [];
  let size = 0;
  request.on('data', (chunk) => {
    size += chunk.length;
    if (size > 50 * 1024 * 1024) request.destroy();
    else chunks.push(chunk);
  });
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    if (request.method === 'POST' && request.url === '/webhook') {
      if (!signed(request.headers, body)) {
        response.writeHead(401).end('bad signature');
        return;
      }
      const id = basename(String(request.headers['webhook-id'])).replace(/[^A-Za-z0-9._-]/g, '_');
      writeFileSync(join(events, `${id}.json`), body);
      response.writeHead(204).end();
      const path = JSON.parse(body.toString('utf8')).data?.acknowledgePath;
      // After the answer: the delivery is recorded as sent first, then confirmed.
      if (typeof path === 'string' && path.startsWith('/api/')) setTimeout(() => acknowledge(path), 1000);
    } else if (request.method === 'PUT' && request.url.startsWith('/files/')) {
      const name = basename(decodeURIComponent(request.url.slice('/files/'.length))).replace(/[^A-Za-z0-9._-]/g, '_');
      writeFileSync(join(files, name), body);
      response.writeHead(201).end();
    } else if (request.method === 'GET' && request.url === '/') {
      const list = (dir) => readdirSync(dir).map((f) => `  ${f}`).join('\n') || '  (none yet)';
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Webhook events (${events}):\n${list(events)}\nExported files (${files}):\n${list(files)}\n`);
    } else {
      response.writeHead(404).end();
    }
  });
});

server.listen(port, '127.0.0.1', () => console.log(`demo receiver on http://127.0.0.1:${port}`));
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
