import { afterEach, describe, expect, it } from 'vitest';
import { createNominationsView } from '../../src/http/providers/nominations.js';
import type { NominationRecord } from '../../src/store/nomination-types.js';
import type { Db } from '../../src/store/db.js';
import { createLoginLink } from '../../src/login/links.js';
import { Client, startTestServer, type TestServer } from './helpers.js';
import { seedNomination, TEST_FIELDS } from './seed.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SCRIPT = '<script>alert(1)</script>';

function viewOver(db: Db, exported: { format: string; records: NominationRecord[] }[]) {
  const exporter = (format: string) => async (records: NominationRecord[]) => {
    exported.push({ format, records });
    return { fileName: `提名.${format}`, contentType: 'text/plain; charset=utf-8', body: new TextEncoder().encode(records.map((r) => r.fields.productName?.display).join(',')) };
  };
  return createNominationsView({
    db,
    fields: TEST_FIELDS,
    titleField: 'productName',
    outputValueField: 'outputValue',
    employmentField: 'employment',
    quotas: () => ({ 浙江省: 2, 江苏省: 1, 西藏自治区: null }),
    exporters: { csv: exporter('csv'), xlsx: exporter('xlsx'), docx: exporter('docx'), summary: exporter('summary') },
  });
}

describe('nominations view over the real store', () => {
  it('lists, filters, searches, pages and sums what the store holds', async () => {
    const exported: { format: string; records: NominationRecord[] }[] = [];
    server = await startTestServer((db) => ({ nominations: viewOver(db, exported) }));
    const { db } = server;
    seedNomination(db, { ownerId: 'ou_a', fields: { productName: '龙井茶', province: '浙江省', outputValue: 3e8, employment: 1200 }, submit: true });
    seedNomination(db, { ownerId: 'ou_b', fields: { productName: '金华火腿', province: '浙江省', outputValue: 1e8 } });
    seedNomination(db, { ownerId: 'ou_c', fields: { productName: '阳澄湖大闸蟹', province: '江苏省', outputValue: 5e8, employment: 800 }, submit: true });
    const view = viewOver(db, exported);

    expect(view.list({}, { offset: 0, limit: 10 }).total).toBe(3);
    expect(view.quotas()).toEqual([
      { province: '浙江省', quota: 2, used: 1 },
      { province: '江苏省', quota: 1, used: 1 },
    ]);
    expect(view.list({ province: '浙江省', status: 'draft' }, { offset: 0, limit: 10 }).rows.map((r) => r.title)).toEqual(['金华火腿']);
    expect(view.list({ search: '大闸' }, { offset: 0, limit: 10 }).rows.map((r) => r.title)).toEqual(['阳澄湖大闸蟹']);
    expect(view.list({ search: '%' }, { offset: 0, limit: 10 }).total).toBe(0);
    expect(view.list({ owner: { platform: 'feishu', userId: 'ou_b' } }, { offset: 0, limit: 10 }).rows[0]?.completeness).toBe(0.75);
    const page2 = view.list({}, { offset: 2, limit: 2 });
    expect(page2).toMatchObject({ total: 3 });
    expect(page2.rows).toHaveLength(1);
    seedNomination(db, { ownerId: 'ou_d', fields: { productName: '青稞', province: '西藏自治区' }, submit: true });
    expect(view.quotas()).toEqual([
      { province: '浙江省', quota: 2, used: 1 },
      { province: '江苏省', quota: 1, used: 1 },
      { province: '西藏自治区', quota: null, used: 1 },
    ]);
    expect(view.totals({})).toEqual([
      { province: '江苏省', outputValue: 5e8, employment: 800 },
      { province: '浙江省', outputValue: 4e8, employment: 1200 },
      { province: '西藏自治区', outputValue: 0, employment: 0 },
    ]);

    const client = new Client(server.url);
    await client.signInAdmin();
    const page = await (await client.fetch('/nominations')).text();
    expect(page).toContain('龙井茶');
    expect(page).toContain('1 / 不限');
    // The chart counts submissions only (金华火腿 is a draft), as the 汇总表 does.
    expect(page).toContain('3亿元');
    expect(page).not.toContain('4亿元');
    const csv = await client.fetch(`/nominations/export/csv?province=${encodeURIComponent('浙江省')}&status=submitted`);
    expect(await csv.text()).toBe('龙井茶');
    expect(exported.at(-1)?.format).toBe('csv');
  });

  it('shows the audit history and escapes script typed into any field, on every page', async () => {
    server = await startTestServer((db) => ({ nominations: viewOver(db, []) }));
    const id = seedNomination(server.db, {
      ownerId: 'ou_x',
      ownerName: `"><img src=x onerror=alert(2)>`,
      fields: { productName: SCRIPT, province: '浙江省', intro: `简介${SCRIPT}` },
      flag: ['outputValue'],
    });
    const client = new Client(server.url);
    await client.signInAdmin();
    for (const path of ['/nominations', `/nominations?q=${encodeURIComponent('script')}`, `/nominations/${id}`]) {
      const page = await (await client.fetch(path)).text();
      expect(page, path).not.toContain('<script>alert');
      expect(page, path).not.toContain('<img src=x');
      expect(page, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const detail = await (await client.fetch(`/nominations/${id}`)).text();
    expect(detail).toContain('修改记录');
    expect(detail).toMatch(/创建[\s\S]*填写[\s\S]*产品简介[\s\S]*标记待核/);
    expect(detail).toContain('待核');
    // The audit names the officer, not their platform id.
    expect(detail).not.toContain('feishu:ou_x');
    expect(detail).toContain('<td class="nowrap">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</td>');

    const link = createLoginLink(server.db, { platform: 'feishu', userId: 'ou_x', role: { kind: 'officer' } }, () => new Date('2026-04-01T02:00:00Z'));
    const officer = new Client(server.url);
    await officer.post(link, { _csrf: await officer.csrfFrom(link) });
    const own = await (await officer.fetch('/nominations')).text();
    expect(own).toContain('共 1 份');
    expect(own).not.toContain('<script>alert');
  });

  it('hides cancelled nominations and unknown ids', async () => {
    server = await startTestServer((db) => ({ nominations: viewOver(db, []) }));
    const view = viewOver(server.db, []);
    expect(view.detail('N-nope')).toBeUndefined();
    const client = new Client(server.url);
    await client.signInAdmin();
    expect((await client.fetch('/nominations/N-nope')).status).toBe(404);
  });
});

describe('downloads made by the real exporters', () => {
  it('serves CSV, XLSX, the summary and one DOCX 申报书 with matching types', async () => {
    const { loadForm } = await import('../../src/nomination/form.js');
    const { createNominationExporters } = await import('../../src/http/providers/nomination-exports.js');
    const form = loadForm('knowledge');
    const quotas = { 浙江省: 2 };
    server = await startTestServer((db) => ({
      nominations: createNominationsView({
        db,
        fields: form.fields,
        titleField: 'gi_name',
        outputValueField: 'annual_output_value',
        employmentField: 'employees',
        quotas: () => quotas,
        exporters: createNominationExporters(form, () => quotas, () => new Date('2026-04-01T02:00:00Z')),
      }),
    }));
    const id = seedNomination(server.db, { ownerId: 'ou_a', fields: { gi_name: '西湖龙井', province: '浙江省', annual_output_value: 3e8, employees: 1200 }, submit: true });
    const client = new Client(server.url);
    await client.signInAdmin();
    const csv = await client.fetch('/nominations/export/csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(decodeURIComponent(csv.headers.get('content-disposition') ?? '')).toContain('名录提名-2026-04-01.csv');
    expect(await csv.text()).toContain('西湖龙井');
    for (const path of ['/nominations/export/xlsx', '/nominations/export/summary', `/nominations/${id}/docx`]) {
      const response = await client.fetch(path);
      expect(response.status, path).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 4)], path).toEqual([0x50, 0x4b, 0x03, 0x04]);
    }
    const docx = await client.fetch(`/nominations/${id}/docx`);
    expect(decodeURIComponent(docx.headers.get('content-disposition') ?? '')).toContain(`申报书-${id}.docx`);
  });
});
