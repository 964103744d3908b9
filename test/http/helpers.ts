import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpServer } from '../../src/http/server.js';
import type { HttpServerOptions } from '../../src/http/types.js';
import { silentLogger } from '../../src/log.js';
import type { AdapterStatus } from '../../src/platform.js';
import type { Answer, IngestReport, QaEngine } from '../../src/qa/types.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { listNotices } from '../../src/http/uploads.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A Q&A service over the notice files in `dir`: answers 截止 questions with a citation, declines the rest. */
export function createFakeQa(dir: string): QaEngine & { ingests: number; asked: string[] } {
  let documents: IngestReport['documents'] = [];
  const index = () => {
    documents = listNotices(dir).map((file) => ({ doc: file.name.replace(/\.\w+$/, ''), title: file.name, chunks: 3 }));
  };
  index();
  const qa = {
    ingests: 0,
    asked: [] as string[],
    async ask(question: string): Promise<Answer> {
      qa.asked.push(question);
      if (!question.includes('截止')) return { question, answer: '抱歉，通知中没有相关内容。', declined: true, citations: [] };
      return {
        question,
        answer: `申报截止时间为2023年5月8日。（问：${question}）`,
        declined: false,
        citations: [{ doc: 'notice', title: '关于地理标志运用促进重点联系指导名录的通知', section: '四、工作要求', quote: '请于5月8日前报送。' }],
      };
    },
    isSurelyRelevant: () => false,
    async ingest(): Promise<IngestReport> {
      qa.ingests += 1;
      index();
      return { documents, skipped: [] };
    },
    sectionText: () => undefined,
    documents: () => documents,
  };
  return qa;
}

export interface TestServer {
  url: string;
  db: Db;
  dir: string;
  knowledgeDir: string;
  qa: ReturnType<typeof createFakeQa>;
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  adapters: AdapterStatus[];
  chats: { text: string; user: string }[];
  close(): Promise<void>;
}

/** `overrides` may be a function of the test database, for providers built over it. */
export async function startTestServer(
  overrides: Partial<HttpServerOptions> | ((db: Db) => Partial<HttpServerOptions>) = {},
  adminToken: string | null = ADMIN_TOKEN,
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'gi-web-'));
  const knowledgeDir = join(dir, 'knowledge');
  mkdirSync(knowledgeDir);
  writeFileSync(join(knowledgeDir, 'notice.md'), '# 关于名录的通知\n\n请于5月8日前报送。\n');
  const db = openDatabase(join(dir, 'test.db'));
  let now = new Date('2026-04-01T02:00:00Z').getTime();
  const qa = createFakeQa(knowledgeDir);
  const adapters: AdapterStatus[] = [{ platform: 'feishu', connected: true }];
  const chats: { text: string; user: string }[] = [];
  const server = createHttpServer({
    config: { ADMIN_TOKEN: adminToken ?? undefined, SESSION_TTL_HOURS: 12, KNOWLEDGE_DIR: knowledgeDir, BOT_NAME: '地标助手', TZ: 'Asia/Shanghai' },
    db,
    log: silentLogger,
    clock: () => new Date(now),
    qa,
    chat: async (text, user) => {
      chats.push({ text, user: user.id });
      return [`收到：${text}`];
    },
    routes: [],
    status: () => adapters,
    ...(typeof overrides === 'function' ? overrides(db) : overrides),
  });
  const { url, close } = await server.listen(0, '127.0.0.1');
  return {
    url,
    db,
    dir,
    knowledgeDir,
    qa,
    adapters,
    chats,
    advance: (ms) => {
      now += ms;
    },
    async close() {
      await close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tiny cookie-keeping client; redirects are not followed so tests see them. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (!headers.has('accept')) headers.set('accept', 'text/html');
    const response = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** POSTs a urlencoded form. */
  post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** Reads a hidden `_csrf` (or `data-csrf`) value from a page. */
  async csrfFrom(path: string): Promise<string> {
    const page = await (await this.fetch(path)).text();
    const match = page.match(/name="_csrf" value="([^"]+)"/) ?? page.match(/data-csrf="([^"]+)"/);
    if (!match?.[1]) throw new Error(`no csrf token on ${path}`);
    return match[1];
  }

  /** Signs in with the admin token; returns the session's CSRF token. */
  async signInAdmin(token = ADMIN_TOKEN): Promise<string> {
    const csrf = await this.csrfFrom('/login');
    const response = await this.post('/login', { _csrf: csrf, token, next: '/nominations' });
    if (response.status !== 303) throw new Error(`sign-in failed: ${response.status}`);
    return this.csrfFrom('/chat');
  }
}
