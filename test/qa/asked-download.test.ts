import { describe, expect, it } from 'vitest';
import { asksDownload, missesAskedDownload } from '../../src/qa/asked-download.js';
import { shippedQa } from './helpers/shipped.js';

describe('where to download something, asked', () => {
  it('is read from 下载, a link, or 下 after asking where — not from 下发 or 下一批', () => {
    for (const q of ['汇总表模板去哪下载', '推荐表有链接吗', '那个表在哪能下', '申报表哪儿下']) expect(asksDownload(q), q).toBe(true);
    for (const q of ['通知在哪下发的', '哪里下一批名单公布', '申报表报到哪里']) expect(asksDownload(q), q).toBe(false);
  });

  it('is answered by a sentence saying where to get it (a site, the notice\'s attachment), not by one naming the form alone', () => {
    expect(missesAskedDownload('模板去哪下载', '填报模板可在门户网站(www.example.cn)专栏下载。')).toBe(false);
    expect(missesAskedDownload('模板去哪下载', '申报表见附件2。')).toBe(false);
    expect(missesAskedDownload('模板去哪下载', '请于3月15日前将《项目申报书》报送保护司。')).toBe(true);
    expect(missesAskedDownload('模板是什么样的', '请于3月15日前将《项目申报书》报送保护司。')).toBe(false);
  });

  it('for a link, by a web address only', () => {
    expect(missesAskedDownload('模板去哪下载 有链接吗', '申报表见附件2。')).toBe(true);
    expect(missesAskedDownload('模板去哪下载 有链接吗', '填报模板可在门户网站(www.example.cn)专栏下载。')).toBe(false);
  });

  it('is declined by the shipped notices when the clause names the form but no place to get it, and answered where one does', async () => {
    const qa = await shippedQa();
    const form = await qa.ask('保护工程的推荐信息汇总表从哪能下载到');
    expect(form.declined).toBe(true);
    expect(form.answer).toContain('下载地址或网址');
    const report = await qa.ask('专用标志年度报告的填报模板从哪能下载');
    expect(report.declined).toBe(false);
    expect(report.answer).toContain('www.cnipa.gov.cn');
  });
});
