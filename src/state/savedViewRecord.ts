import { isInstant } from '../lib/instant';
import { MAX_QUERY_LENGTH } from './codec';

/** A named URL state, as stored. `v` versions the record so old ones can be migrated. */
export interface SavedView {
  v: 1;
  id: string;
  name: string;
  /** The view's query string, as serializeView writes it. */
  query: string;
  created: string;
  updated: string;
}

export const SAVED_VIEW_VERSION = 1;
export const MAX_NAME_LENGTH = 80;
const ID = /^[a-z0-9]{6,32}$/;

export type ReadResult<T> = { ok: true; record: T } | { ok: false; reason: string };

/** Checks a record read from storage; anything else is reported, never trusted. */
export function readSavedView(raw: unknown): ReadResult<SavedView> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  const r = raw as Record<string, unknown>;
  if (r.v !== SAVED_VIEW_VERSION)
    return {
      ok: false,
      reason: typeof r.v === 'number' && r.v > SAVED_VIEW_VERSION ? `saved by a newer version (v${r.v})` : 'unknown record version',
    };
  if (typeof r.id !== 'string' || !ID.test(r.id)) return { ok: false, reason: 'bad id' };
  if (typeof r.name !== 'string' || r.name.trim() === '' || r.name.length > MAX_NAME_LENGTH) return { ok: false, reason: 'bad name' };
  if (typeof r.query !== 'string' || r.query.length > MAX_QUERY_LENGTH || !r.query.startsWith('v='))
    return { ok: false, reason: 'bad query' };
  if (!isInstant(r.created) || !isInstant(r.updated)) return { ok: false, reason: 'bad dates' };
  return { ok: true, record: { v: 1, id: r.id, name: r.name, query: r.query, created: r.created, updated: r.updated } };
}

export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

export function newId(random: () => number = Math.random): string {
  return Array.from({ length: 12 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
}
