/** Callback bodies as WeCom sends them to a smart robot (both transports carry the same JSON). */

let counter = 0;
const nextId = (prefix: string): string => `${prefix}${Date.now().toString(36)}${(++counter).toString(36).padStart(4, '0')}`;

export const BOT_ID = 'aibfake0001';
export const GROUP_ID = 'wrkSFfCgAAfakegroup0001';

/** A text message; in a group the text starts with "@robot" when `mention` (only those reach the robot on WeCom). */
export function textBody(options: { text: string; userId?: string; group?: boolean; chatId?: string; msgid?: string; mention?: boolean; responseUrl?: string }): Record<string, unknown> {
  const group = options.group ?? true;
  const text = group && options.mention !== false ? `@地标助手 ${options.text}` : options.text;
  return {
    msgid: options.msgid ?? nextId('msg'),
    aibotid: BOT_ID,
    ...(group ? { chatid: options.chatId ?? GROUP_ID } : {}),
    chattype: group ? 'group' : 'single',
    from: { userid: options.userId ?? 'zhangsan' },
    create_time: Math.floor(Date.now() / 1000),
    ...(options.responseUrl ? { response_url: options.responseUrl } : {}),
    msgtype: 'text',
    text: { content: text },
  };
}

/** A picture sent in the single chat (WeCom gives the robot a download URL, encrypted). */
export function imageBody(userId: string): Record<string, unknown> {
  return { msgid: nextId('msg'), aibotid: BOT_ID, chattype: 'single', from: { userid: userId }, create_time: Math.floor(Date.now() / 1000), msgtype: 'image', image: { url: 'https://ww-aibot-img-1258476243.cos.ap-guangzhou.myqcloud.com/fake' } };
}

export function enterChatBody(userId: string): Record<string, unknown> {
  return { msgid: nextId('ev'), aibotid: BOT_ID, chattype: 'single', from: { userid: userId }, create_time: Math.floor(Date.now() / 1000), msgtype: 'event', event: { eventtype: 'enter_chat' } };
}

export function cardPressBody(options: { userId: string; key: string; taskId: string; chatId?: string }): Record<string, unknown> {
  return {
    msgid: nextId('ev'),
    aibotid: BOT_ID,
    ...(options.chatId ? { chatid: options.chatId, chattype: 'group' } : { chattype: 'single' }),
    from: { userid: options.userId },
    create_time: Math.floor(Date.now() / 1000),
    msgtype: 'event',
    event: { eventtype: 'template_card_event', template_card_event: { card_type: 'button_interaction', event_key: options.key, task_id: options.taskId } },
  };
}
