import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Process ids of the group's members that still run. Read from /proc rather than probed with
 * kill(-group, 0), because that also answers for zombies, and orphaned php workers may stay
 * zombies for a while where PID 1 is slow to reap them.
 */
export function livingGroupMembers(groupId: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the parenthesised command name: state, ppid, pgrp, …
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === groupId && state !== 'Z' && state !== 'X') members.push(Number(entry));
  }
  return members;
}

const groupIsAlive = (groupId: number) => livingGroupMembers(groupId).length > 0;

function signalGroup(groupId: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-groupId, signal);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A child started as the leader of its own process group, so it can be stopped with all its descendants. */
export interface ProcessGroup {
  readonly child: ChildProcess;
  readonly groupId: number;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once no process of the group is left. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL to the group without waiting: for 'exit' handlers, where nothing asynchronous runs. */
  killNow(): void;
}

export function spawnProcessGroup(command: string, args: string[], options: SpawnOptions): ProcessGroup {
  const child = spawn(command, args, { ...options, detached: true });
  const groupId = child.pid;
  if (groupId === undefined) throw new Error(`could not start ${command}`);
  return {
    child,
    groupId,
    killNow: () => signalGroup(groupId, 'SIGKILL'),
    async stop(graceMs = 2000) {
      signalGroup(groupId, 'SIGTERM');
      const deadline = Date.now() + graceMs;
      while (groupIsAlive(groupId) && Date.now() < deadline) await sleep(20);
      if (groupIsAlive(groupId)) {
        signalGroup(groupId, 'SIGKILL');
        while (groupIsAlive(groupId)) await sleep(20);
      }
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    },
  };
}
