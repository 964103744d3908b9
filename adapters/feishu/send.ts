import type { Client } from '@larksuiteoapi/node-sdk';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { PlatformError } from '../../src/errors.js';
import type { ConversationRef, OutgoingMessage, SendOptions } from '../../src/platform.js';
import { buildCard, feishuFileType, toFeishuContent, type FeishuContent } from './card.js';
import { feishuBodyError, mapFeishuError } from './errors.js';

/**
 * Sending through the SDK client (which fetches and refreshes the tenant token). Retrying is
 * the outbox's job: every failure leaves here as a `PlatformError`.
 */

interface ApiAnswer {
  code?: number;
  msg?: string;
  data?: { message_id?: string; file_key?: string };
}

async function call(what: string, request: () => Promise<ApiAnswer | null>): Promise<ApiAnswer['data']> {
  let answer: ApiAnswer | null;
  try {
    answer = await request();
  } catch (error) {
    throw mapFeishuError(error, what);
  }
  if (!answer) throw new PlatformError('server', `${what}: empty answer`);
  if (answer.code !== undefined && answer.code !== 0) throw feishuBodyError(answer, what);
  return answer.data ?? {};
}

/**
 * Feishu's `uuid` for one post of an outbox row: requests with the same uuid send at most one
 * message within an hour. At most 50 characters, so a hash of the key and the post's part
 * (a file message posts its text and its file separately).
 */
export function feishuUuid(idempotencyKey: string, part: 'message' | 'file'): string {
  return createHash('sha256').update(`${idempotencyKey}\n${part}`).digest('base64url');
}

export interface FeishuSender {
  send(ref: ConversationRef, message: OutgoingMessage, options?: SendOptions): Promise<{ messageId?: string }>;
  /** Replaces a sent card's content (after a button press), for cards sent with `update_multi`. */
  updateCard(messageId: string, message: OutgoingMessage): Promise<void>;
}

export function createFeishuSender(client: Client): FeishuSender {
  /** A private chat opened by open_id (`privateChatOf`) has the user id as its chat id. */
  const receiver = (ref: ConversationRef): { id: string; type: 'open_id' | 'chat_id' } =>
    ref.userId && ref.userId === ref.chatId ? { id: ref.userId, type: 'open_id' } : { id: ref.chatId, type: 'chat_id' };

  async function post(ref: ConversationRef, content: FeishuContent, uuid: string | undefined): Promise<string | undefined> {
    const replyTo = ref.replyToMessageId;
    if (replyTo) {
      const data = await call('reply message', () =>
        client.im.v1.message.reply({
          path: { message_id: replyTo },
          data: { msg_type: content.msgType, content: content.content, reply_in_thread: true, uuid },
        }),
      );
      return data?.message_id;
    }
    const to = receiver(ref);
    const data = await call('send message', () =>
      client.im.v1.message.create({
        params: { receive_id_type: to.type },
        data: { receive_id: to.id, msg_type: content.msgType, content: content.content, uuid },
      }),
    );
    return data?.message_id;
  }

  async function upload(file: { path: string; name: string }): Promise<string> {
    const data = await call('upload file', async () => {
      const answer = await client.im.v1.file.create({
        data: { file_type: feishuFileType(file.name), file_name: file.name, file: createReadStream(file.path) },
      });
      // The upload API answers with the data object alone.
      return answer ? { code: 0, data: answer } : null;
    });
    if (!data?.file_key) throw new PlatformError('server', 'upload file: no file_key in the answer');
    return data.file_key;
  }

  return {
    async send(ref, message, options) {
      const key = options?.idempotencyKey;
      const uuid = (part: 'message' | 'file'): string | undefined => (key === undefined ? undefined : feishuUuid(key, part));
      if (!message.file) return { messageId: await post(ref, toFeishuContent(message), uuid('message')) };
      // Upload first: a failed upload sends nothing, so the outbox retry repeats nothing.
      const fileKey = await upload(message.file);
      if (message.text.trim()) await post(ref, toFeishuContent({ ...message, file: undefined }), uuid('message'));
      const messageId = await post(ref, { msgType: 'file', content: JSON.stringify({ file_key: fileKey }) }, uuid('file'));
      return { messageId };
    },
    async updateCard(messageId, message) {
      const card = buildCard(message, message.card ?? {});
      await call('update card', () => client.im.v1.message.patch({ path: { message_id: messageId }, data: { content: JSON.stringify(card) } }));
    },
  };
}
