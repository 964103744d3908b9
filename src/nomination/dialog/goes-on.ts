/** "接上条：…", "（接上条）…": words that say a message goes on with the one before. */

const GOES_ON = '(?:接上条|接上一条|续上条|接上|上条续|续上|续|接前面|接着上面的?|紧接上条)';
const CONTINUED = new RegExp(`^(?:[（(【[]\\s*${GOES_ON}\\s*[)）】\\]][：:，,。\\s]*|${GOES_ON}(?:哈|啊|呀)?[：:，,。\\s]+)`, 'u');

/** A text cut off mid-sentence ends on a clause's stop. */
export const UNFINISHED = /[，,；;、：:]$/u;

/** The text after the words saying it goes on ("接上条："), or undefined when it opens with none (or has nothing after them). */
export function afterGoesOn(text: string): string | undefined {
  const trimmed = text.trim();
  const opened = CONTINUED.exec(trimmed);
  const rest = opened ? trimmed.slice(opened[0].length).trim() : '';
  return rest || undefined;
}
