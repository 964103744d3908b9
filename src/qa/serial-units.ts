/**
 * The words after a notice's number that make it a reference to the notice ("14号文", "1106号文",
 * "475号公告" read as 14 / 号文, 1106 / 号 / 文): they name the notice, not a matter a clause must hold.
 */
const SERIAL_UNITS: ReadonlySet<string> = new Set(['号', '号文', '文']);

/** For each word, true when it is a unit of the notice's number `serial` just before it ("14 号文"). */
export function serialUnits(words: readonly string[], serial: string | undefined): boolean[] {
  const units = words.map(() => false);
  if (!serial) return units;
  words.forEach((word, i) => {
    if (!SERIAL_UNITS.has(word)) return;
    const before = words[i - 1];
    units[i] = before === serial || (!!before && units[i - 1]! && SERIAL_UNITS.has(before));
  });
  return units;
}
