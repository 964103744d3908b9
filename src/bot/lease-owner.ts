import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds an outbox lease: the host, its boot id, the process id and the process's start
 * time (so a reused pid is not mistaken for the old process). Stored with the lease as JSON.
 */
interface Owner {
  host: string;
  boot: string;
  pid: number;
  /** Start time in clock ticks since boot (/proc/<pid>/stat field 22); absent where there is no /proc. */
  start?: string;
}

function readBootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return 'unknown';
  }
}

function startTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

const BOOT_ID = readBootId();

/** The lease owner string of a running process (this one by default). */
export function leaseOwnerOf(pid: number = process.pid): string {
  return JSON.stringify({ host: hostname(), boot: BOOT_ID, pid, start: startTicks(pid) } satisfies Owner);
}

function parseOwner(text: string): Owner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    return typeof owner.host === 'string' && typeof owner.boot === 'string' && typeof owner.pid === 'number' ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * True when the process that took a lease surely no longer exists: same host, and the machine
 * rebooted since, or that pid is gone or now belongs to a later process. A lease from another
 * host, or an owner this code cannot read, is left to run out.
 */
export function leaseOwnerIsGone(text: string): boolean {
  const owner = parseOwner(text);
  if (!owner || owner.host !== hostname()) return false;
  if (owner.boot !== BOOT_ID) return true;
  if (owner.start !== undefined) return startTicks(owner.pid) !== owner.start;
  return !pidExists(owner.pid);
}
