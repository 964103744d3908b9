import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake robot answers one request. */
export type FakeWecomReply = { errcode: number; errmsg?: string } | { status: number } | 'hang';

/** A request the fake robot received. */
export interface FakeWecomRequest {
  key: string | null;
  path: string;
  body: { msgtype?: string; text?: { content: string }; markdown?: { content: string } };
}

export interface FakeWecom {
  /** A webhook URL for robot `key` on this server (http://127.0.0.1:<port>/cgi-bin/webhook/send?key=…). */
  url(key?: string): string;
  /** Requests received, in order. */
  readonly requests: FakeWecomRequest[];
  /** Queues answers for the next requests; when the queue is empty the robot answers errcode 0. */
  reply(...replies: FakeWecomReply[]): void;
  close(): Promise<void>;
}

/**
 * A fake WeCom group-robot endpoint on 127.0.0.1: records each POST to
 * /cgi-bin/webhook/send and answers like WeCom ({errcode, errmsg}), or with an HTTP error,
 * or never (to exercise timeouts).
 */
export async function startFakeWecom(): Promise<FakeWecom> {
  const requests: FakeWecomRequest[] = [];
  const queue: FakeWecomReply[] = [];
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: FakeWecomRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeWecomRequest['body'];
      } catch {
        body = {};
      }
      requests.push({ key: url.searchParams.get('key'), path: url.pathname, body });
      const next = queue.shift() ?? { errcode: 0, errmsg: 'ok' };
      if (next === 'hang') {
        hanging.add(res);
        return;
      }
      if ('status' in next) {
        res.writeHead(next.status, { 'content-type': 'text/plain' }).end('upstream error');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errmsg: next.errcode === 0 ? 'ok' : 'error', ...next }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (key = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa') => `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=${key}`,
    requests,
    reply: (...replies) => void queue.push(...replies),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
