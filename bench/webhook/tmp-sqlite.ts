import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.js';
import { claimInbox, markInbox } from '../../src/store/inbox.js';
import { enqueue } from '../../src/store/outbox.js';
for (const ckpt of [1000, 1000, 10000]) {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'sq-')), 'x.db'));
  db.pragma(`wal_autocheckpoint = ${ckpt}`);
  const msg = { platform: 'feishu', chatId: 'oc_abcdef0123456789', senderId: 'ou_0123456789', messageId: '', text: '申报书什么时候截止？', chatType: 'group', mentionsBot: true, receivedAt: new Date() } as never as Parameters<typeof claimInbox>[2];
  const N = 5000;
  let t = performance.now();
  for (let i = 0; i < N; i++) claimInbox(db, `feishu:om_${ckpt}_${i}`, { ...msg, messageId: `om_${i}` });
  const claim = (performance.now() - t) / N * 1000;
  t = performance.now();
  for (let i = 0; i < N; i++) db.transaction(() => { markInbox(db, `feishu:om_${ckpt}_${i}`, 'done'); enqueue(db, `reply:${i}:0`, { platform: 'feishu', chatId: 'oc_abcdef0123456789' }, { text: '申报截止时间为2023年5月8日。'.repeat(10) }, new Date()); }).immediate();
  const commit = (performance.now() - t) / N * 1000;
  console.log(`autocheckpoint ${ckpt}: claim ${claim.toFixed(1)}us commit ${commit.toFixed(1)}us`);
}
