/**
 * New revisions, told to the open `/api/events` streams of the same estate in this process.
 * A hub run as several processes on one PostgreSQL would relay these through LISTEN / NOTIFY;
 * one process per server is what `npm start` runs today.
 */
import { EventEmitter } from 'node:events';

/** Per-estate notifications of the newest committed revision. */
export class RevisionEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open stream: a busy estate may have dozens of gates listening.
    this.emitter.setMaxListeners(0);
  }

  /** Tells the estate's listeners that `revision` is committed. */
  publish(estateId: string, revision: number): void {
    this.emitter.emit(estateId, revision);
  }

  /** Listens to an estate's revisions; returns the function that stops listening. */
  subscribe(estateId: string, listener: (revision: number) => void): () => void {
    this.emitter.on(estateId, listener);
    return () => this.emitter.off(estateId, listener);
  }
}
