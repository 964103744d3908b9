/** Every scheduler, expiry and timestamp takes a clock so tests control time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
