import { FileBox } from 'file-box';
import { ScanStatus } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createConsoleAdapter } from '../../adapters/console/index.js';
import { createFeishuAdapter, FEISHU_EVENTS_PATH } from '../../adapters/feishu/index.js';
import { createWechatAdapter } from '../../adapters/wechat/index.js';
import { createWecomBotAdapter } from '../../adapters/wecom-bot/index.js';
import { PlatformError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import type { ChatAdapter, IncomingMessage } from '../../src/platform.js';
import { fixture, signedPost, TEST_TOKEN, textEvent, type FeishuEvent } from '../helpers/fake-feishu/events.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';
import { GROUP_ID, imageBody, textBody } from '../helpers/fake-wecom-bot/bodies.js';
import { startFakeWecomBot } from '../helpers/fake-wecom-bot/server.js';

/**
 * One driver per real adapter, each against its platform's fake: it makes the platform deliver
 * what a member does (through the adapter's real SDK path) and reads what the platform received
 * from the bot. The contract suite (adapters.test.ts) replays one scenario through every driver.
 */

export interface Delivery {
  /** The platform delivers the same event again (a slow acknowledgement, a reconnect, a relay). */
  again(): Promise<void>;
}

export interface ContractDriver {
  adapter: ChatAdapter;
  /** A member says `text` in the group; `mention` makes it a real platform mention of the bot. */
  groupSays(text: string, mention: boolean): Promise<Delivery>;
  /** The member sends a picture in the private chat. */
  sendsImage(): Promise<void>;
  /** What the platform received from the bot, in the group and in the member's private chat. */
  inGroup(): string[];
  inPrivate(): string[];
  /** The platform refuses the next send with a retryable error. */
  failNextSend(): void;
  /** After the adapter started: whatever the platform needs before members can talk (a login). */
  online?(): Promise<void>;
  close(): Promise<void>;
}

export interface DriverFactory {
  name: string;
  start(): Promise<ContractDriver>;
}

/** The console (and web test chat): the CLI parses lines into messages; sending is a callback. */
const consoleDriver: DriverFactory = {
  name: 'console',
  async start() {
    const sent: { chatId: string; text: string }[] = [];
    let failing = false;
    const adapter = createConsoleAdapter({
      onSend({ ref, message }) {
        if (failing) {
          failing = false;
          throw new PlatformError('network', 'console output unavailable');
        }
        sent.push({ chatId: ref.chatId, text: message.text });
      },
    });
    let sequence = 0;
    const deliver = async (message: IncomingMessage): Promise<Delivery> => {
      await adapter.sink!.processMessage(message);
      return { again: () => adapter.sink!.processMessage({ ...message }) };
    };
    const base = { platform: 'console' as const, senderId: 'officer', senderName: '张科长', receivedAt: new Date() };
    return {
      adapter,
      groupSays: (text, mention) => deliver({ ...base, chatId: 'group', chatType: 'group', text, mentionsBot: mention, messageId: `c${++sequence}` }),
      sendsImage: async () => {
        await deliver({ ...base, chatId: 'p2p:officer', chatType: 'p2p', text: '', mentionsBot: false, unsupported: 'image', messageId: `c${++sequence}` });
      },
      inGroup: () => sent.filter((entry) => entry.chatId === 'group').map((entry) => entry.text),
      inPrivate: () => sent.filter((entry) => entry.chatId === 'p2p:officer').map((entry) => entry.text),
      failNextSend: () => void (failing = true),
      close: async () => undefined,
    };
  },
};

const FEISHU_KEY = 'contract-encrypt-key';

/** Feishu over the real SDK, against the fake open platform; `push` is how an event arrives. */
function feishuDriver(mode: 'webhook' | 'websocket'): DriverFactory {
  return {
    name: `feishu ${mode}`,
    async start() {
      const fake: FakeFeishu = await startFakeFeishu();
      const adapter = createFeishuAdapter({
        appId: fake.appId,
        appSecret: fake.appSecret,
        mode,
        domain: fake.url,
        encryptKey: FEISHU_KEY,
        verificationToken: TEST_TOKEN,
        botName: '地标助手',
        eventMaxAgeSeconds: 3600,
        log: silentLogger,
        clock: () => new Date(),
      });
      const push = async (event: FeishuEvent): Promise<void> => {
        let status: number;
        if (mode === 'websocket') {
          status = await fake.pushEvent(event);
        } else {
          const post = signedPost(event, { encryptKey: FEISHU_KEY, now: new Date() });
          const [route] = adapter.routes();
          const response = await route!.handle(new Request(`http://127.0.0.1${FEISHU_EVENTS_PATH}`, { method: 'POST', headers: post.headers, body: post.body }));
          status = response.status;
        }
        if (status !== 200) throw new Error(`feishu event not acknowledged: ${status}`);
      };
      const group = (textEvent({ now: new Date(), text: 'x', botOpenId: fake.botOpenId }).event.message as { chat_id: string }).chat_id;
      const texts = (sent: FakeFeishu['sent']) => sent.map((entry) => entry.content);
      return {
        adapter,
        async groupSays(text, mention) {
          const event = textEvent({ now: new Date(), text: mention ? `@bot ${text}` : text, botOpenId: fake.botOpenId });
          await push(event);
          return { again: () => push(event) };
        },
        sendsImage: () => push(fixture('message-image-p2p', { now: new Date() })),
        inGroup: () => texts(fake.sent.filter((entry) => entry.target === group)),
        inPrivate: () => texts(fake.sent.filter((entry) => entry.target !== group)),
        failNextSend: () => fake.failNext({ status: 500, body: { code: 1, msg: 'internal error' } }),
        close: () => fake.close(),
      };
    },
  };
}

/** Personal WeChat through the real wechaty on wechaty-puppet-mock. */
const wechatDriver: DriverFactory = {
  name: 'wechat (puppet mock)',
  async start() {
    let failing = false;
    class FlakyPuppet extends PuppetMock {
      override async messageSendText(conversationId: string, text: string): Promise<void> {
        if (failing) {
          failing = false;
          throw new Error('network timeout');
        }
        return super.messageSendText(conversationId, text);
      }
    }
    const mocker = new mock.Mocker();
    const puppet = new FlakyPuppet({ mocker });
    const adapter = createWechatAdapter({
      puppet,
      botName: '地标助手',
      rooms: [],
      ratePerMinute: 600,
      roomRatePerMinute: 600,
      log: silentLogger,
      clock: () => new Date(),
      printQr: () => undefined,
    });
    const self = mocker.createContact({ name: '地标助手' });
    const officer = mocker.createContact({ name: '张科长' });
    const room = mocker.createRoom({ topic: '地标工作群', memberIdList: [self.id, officer.id] });
    const sent: { chatId: string; text: string }[] = [];
    puppet.on('message', ({ messageId }) => {
      const payload = mocker.cacheMessagePayload.get(messageId);
      if (payload?.talkerId !== self.id) return;
      const chatId = ('roomId' in payload && payload.roomId) || ('listenerId' in payload && payload.listenerId) || '';
      sent.push({ chatId, text: payload.text ?? '' });
    });
    const say = (text: string, mention: boolean, image = false): string => {
      let id = '';
      puppet.once('message', ({ messageId }) => {
        id = messageId;
      });
      if (image) officer.say(FileBox.fromBase64(Buffer.from('89504e470d0a1a0a', 'hex').toString('base64'), 'photo.png')).to(self);
      else officer.say(mention ? `@地标助手\u2005${text}` : text, mention ? [self] : []).to(room);
      return id;
    };
    return {
      adapter,
      async groupSays(text, mention) {
        const id = say(text, mention);
        return { again: async () => void puppet.emit('message', { messageId: id }) };
      },
      async sendsImage() {
        say('', false, true);
      },
      inGroup: () => sent.filter((entry) => entry.chatId === room.id).map((entry) => entry.text),
      inPrivate: () => sent.filter((entry) => entry.chatId === officer.id).map((entry) => entry.text),
      failNextSend: () => void (failing = true),
      async online() {
        mocker.scan('https://login.weixin.qq.com/l/mock-qr', ScanStatus.Waiting);
        mocker.login(self);
        await eventually(() => {
          if (!adapter.status().connected) throw new Error('not logged in');
        });
      },
      close: async () => undefined,
    };
  },
};

/** The WeCom smart robot over the real `@wecom/aibot-node-sdk` long connection, against the fake endpoint. */
const wecomBotDriver: DriverFactory = {
  name: 'wecom-bot (long connection)',
  async start() {
    const fake = await startFakeWecomBot();
    const adapter = createWecomBotAdapter({
      botId: fake.botId,
      secret: fake.secret,
      mode: 'websocket',
      wsUrl: fake.url,
      botName: '地标助手',
      log: silentLogger,
      clock: () => new Date(),
      reconnectBaseMs: 50,
      readyTimeoutMs: 5_000,
    });
    const officer = 'zhangsan';
    // The officer has used the single chat before, so the robot may write there (WeCom's rule).
    fake.knownChats.add(officer);
    const seenIn = (chat: string): string[] => fake.visible().filter((entry) => entry.chat === chat).map((entry) => entry.content);
    return {
      adapter,
      async groupSays(text, mention) {
        const body = textBody({ text, userId: officer, mention });
        fake.pushMessage(body);
        // WeCom replays a callback that was not answered in time, with the same msgid, on a new req_id.
        return { again: async () => void fake.pushMessage(body) };
      },
      sendsImage: async () => void fake.pushMessage(imageBody(officer)),
      inGroup: () => seenIn(GROUP_ID),
      inPrivate: () => seenIn(officer),
      // -1 is WeCom's "system busy": an error ack the sender must treat as worth another try.
      failNextSend: () => fake.failNextSend({ errcode: -1, errmsg: 'system busy' }),
      online: () => fake.waitForSubscriptions(1),
      close: () => fake.close(),
    };
  },
};

export const DRIVERS: DriverFactory[] = [consoleDriver, feishuDriver('webhook'), feishuDriver('websocket'), wechatDriver, wecomBotDriver];
