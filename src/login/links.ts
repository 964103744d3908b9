import type { Clock } from '../clock.js';
import type { Db } from '../store/db.js';
import { insertLoginLink, type WebPrincipal } from '../store/sessions.js';

/**
 * Makes a one-time login link for a chat user (single use, 15 minutes). Returns the path,
 * `/login/<token>`; the caller prefixes PUBLIC_URL. The chat command sends it in private chat.
 */
export function createLoginLink(db: Db, principal: WebPrincipal, clock: Clock): string {
  return `/login/${insertLoginLink(db, principal, clock())}`;
}
