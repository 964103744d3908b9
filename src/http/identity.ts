import { WEB_ADMIN_ID } from '../roles.js';
import type { WebSession } from '../store/sessions.js';
import type { ChatIdentity } from '../web-parts.js';
import type { WebChatUser } from './types.js';

/** Who the test chat speaks as for a session: the operator as `admin`, a chat user as `<platform>:<id>` (see createRoleResolver). */
export function webChatUser(session: Pick<WebSession, 'platform' | 'userId'>): WebChatUser {
  return { id: session.platform === 'web' ? session.userId : `${session.platform}:${session.userId}`, name: session.userId };
}

/** The identities whose chats are the session's own: the chat identity it signed in as, and its test-chat identity. */
export function sessionIdentities(session: Pick<WebSession, 'platform' | 'userId'>): ChatIdentity[] {
  const own = { platform: session.platform, userId: session.userId };
  return session.platform === 'web' ? [own] : [own, { platform: 'web', userId: webChatUser(session).id }];
}

export { chatIdentityOf } from '../roles.js';

export const isWebAdmin = (identity: ChatIdentity): boolean => identity.platform === 'web' && identity.userId === WEB_ADMIN_ID;
