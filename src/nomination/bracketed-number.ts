/**
 * An announcement number in brackets after another answer: "地理标志产品（原国家质检总局批准公告2002年
 * 第40号）", "郫县豆瓣——国家地理标志保护产品（2005年第148号公告）". A bracket is read as a remark
 * on the answer before it, so the number would be lost; it is set apart as a clause of its own.
 */
const BRACKETED_NUMBER = /[（(]([^（）()\n]{0,20}?(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号(?:公告)?)[）)]/gu;

export const withBracketedNumbersApart = (text: string): string => text.replace(BRACKETED_NUMBER, '，$1');
