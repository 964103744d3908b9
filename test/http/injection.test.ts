import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../src/http/views/html.js';
import { Client, startTestServer, type TestServer } from './helpers.js';
import { createFakeNominations, createFakeReminders, nominationRow } from './fakes.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(2)>';

/** No markup that came from data may survive: only its escaped form. */
function expectEscaped(page: string): void {
  expect(page).not.toContain('<script>alert');
  expect(page).not.toContain('<img src=x');
  expect(page).not.toContain('onerror=alert(2)>');
}

describe('HTML escaping', () => {
  it('escapes every interpolation unless it is already safe HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
    const name = SCRIPT;
    expect(html`<td>${name}</td>`.value).toBe('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html`<ul>${['<i>', html`<li>ok</li>`]}</ul>`.value).toBe('<ul>&lt;i&gt;<li>ok</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    expect(html`${trusted('<br>')}`.value).toBe('<br>');
  });

  it('escapes nomination fields on the list, the detail view and the audit history', async () => {
    const nominations = createFakeNominations([nominationRow({ id: 'x1', title: SCRIPT, ownerName: IMG, province: '浙江省' })]);
    nominations.detail = (id) =>
      id === 'x1'
        ? {
            row: nominationRow({ id: 'x1', title: SCRIPT, ownerName: IMG }),
            fields: [{ key: 'intro', label: '产品简介', display: `${SCRIPT}${IMG}`, flagged: true }],
            audit: [{ at: '2026-03-30T08:00:00Z', actor: IMG, action: '填写', field: '产品简介', oldValue: SCRIPT, newValue: IMG }],
          }
        : undefined;
    server = await startTestServer({ nominations });
    const client = new Client(server.url);
    await client.signInAdmin();
    const list = await (await client.fetch(`/nominations?q=${encodeURIComponent(SCRIPT)}`)).text();
    expectEscaped(list);
    expect(list).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const detail = await (await client.fetch('/nominations/x1')).text();
    expectEscaped(detail);
    expect(detail).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(detail.match(/&lt;script&gt;/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('escapes event fields, the question box and the sign-in page', async () => {
    const reminders = createFakeReminders();
    server = await startTestServer({ reminders });
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const saved = await client.post('/reminders/events', { _csrf: csrf, title: SCRIPT, kind: 'event', date: '05-10', end: '', description: IMG });
    expect(saved.status).toBe(303);
    const page = await (await client.fetch('/reminders')).text();
    expectEscaped(page);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const refused = await client.post('/reminders/events', { _csrf: csrf, title: IMG, kind: 'event', date: '13-45', end: '', description: SCRIPT });
    expect(refused.status).toBe(400);
    const refusedPage = await refused.text();
    expectEscaped(refusedPage);
    expect(refusedPage).toContain('日期格式应为');

    const answer = await (await client.fetch(`/knowledge?q=${encodeURIComponent(`截止${SCRIPT}`)}`)).text();
    expectEscaped(answer);
    expect(answer).toContain('申报截止时间为2023年5月8日');

    const login = await new Client(server.url).fetch(`/login?next=${encodeURIComponent(`/x${IMG}`)}`);
    expectEscaped(await login.text());
  });
});
