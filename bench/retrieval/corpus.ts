import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Block, SourceDocument } from '../../src/qa/ingest/types.js';
import { splitSentences } from '../../src/qa/chunk.js';

/**
 * A generated corpus of notice-sized documents: each is built from the shipped notice's
 * sentences with a third of their words swapped for random dictionary words, digits changed,
 * and its own title, doc number and provinces. Deterministic for a seed.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(random: () => number, size: number): string[] {
  const dictPath = join(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')), 'dict.txt');
  const words = readFileSync(dictPath, 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([word, freq, tag]) => word && /^[\u4e00-\u9fff]{2,4}$/.test(word) && Number(freq) > 50 && /^(n|v|vn|a)/.test(tag ?? ''))
    .map(([word]) => word!);
  return Array.from({ length: size }, () => words[Math.floor(random() * words.length)]!);
}

const HEADINGS = ['一', '二', '三', '四', '五', '六', '七'];
const PROVINCES = ['河北', '山西', '辽宁', '吉林', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃'];

export function generateCorpus(notice: SourceDocument, count: number, seed = 42): SourceDocument[] {
  const random = mulberry32(seed);
  const vocab = vocabulary(random, 5000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = notice.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => splitSentences(b.text));
  const mutate = (sentence: string): string =>
    sentence
      .replace(/[\u4e00-\u9fff]{2}/g, (pair) => (random() < 0.33 ? pick(vocab).slice(0, 2) : pair))
      .replace(/\d/g, () => String(Math.floor(random() * 10)));
  return Array.from({ length: count }, (_, i) => {
    const province = pick(PROVINCES);
    const blocks: Block[] = [];
    for (const heading of HEADINGS.slice(0, 6)) {
      blocks.push({ kind: 'heading', text: `${heading}、${pick(vocab)}${pick(vocab)}`, level: 1 });
      for (let p = 0; p < 2; p++) {
        const paragraph = Array.from({ length: 2 + Math.floor(random() * 2) }, () => mutate(pick(sentences))).join('');
        blocks.push({ kind: 'paragraph', text: paragraph, level: 0 });
      }
    }
    return {
      doc: `generated/${i}`,
      file: `generated/${i}.txt`,
      title: `${province}省${pick(vocab)}局关于${pick(vocab)}${pick(vocab)}工作的通知`,
      docNumber: `${province.slice(0, 1)}知发〔${2015 + (i % 9)}〕${i + 1}号`,
      meta: {},
      blocks,
    };
  });
}
