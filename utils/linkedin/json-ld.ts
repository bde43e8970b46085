/**
 * The JSON-LD `Person` of LinkedIn's logged-out public profile (MARKUP.md §1.3 F). A bonus next to
 * the DOM: a block that fails to parse is ignored, and since 2025–26 anonymous fetches mask job titles
 * and position descriptions with `*` runs — masked strings are unknown and never come out.
 */
import { clean } from './dom';

/** A `*****` run in place of the real text (2025–26 logged-out masking). */
export function isMasked(s: string | null | undefined): boolean {
  return /\*{3,}/.test(s ?? '');
}

/** A cleaned string, or undefined when empty, not a string, or masked. */
export function unmasked(s: unknown): string | undefined {
  if (typeof s !== 'string' && typeof s !== 'number') return undefined;
  const c = clean(String(s).replace(/<br\s*\/?>/gi, '\n'));
  return c && !isMasked(c) ? c : undefined;
}

/** An organisation as JSON-LD gives it (worksFor / alumniOf / memberOf). */
export interface LdOrganization {
  '@type'?: string;
  name?: string;
  url?: string;
  location?: string;
  member?: { description?: string; startDate?: string | number; endDate?: string | number; roleName?: string };
}

/** The fields of `Person` the reader uses; everything optional because nothing is guaranteed. */
export interface LdPerson {
  '@type'?: string | string[];
  name?: string;
  jobTitle?: string | string[];
  url?: string;
  sameAs?: string;
  description?: string;
  address?: { addressLocality?: string; addressCountry?: string };
  worksFor?: LdOrganization[];
  alumniOf?: LdOrganization[];
  memberOf?: LdOrganization[];
  knowsLanguage?: ({ name?: string } | string)[];
  interactionStatistic?: { interactionType?: string; userInteractionCount?: number };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(node: Record<string, unknown>, type: string): boolean {
  const t = node['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** Top-level nodes of one JSON-LD block: the block itself, an array of nodes, or its `@graph`. */
function nodesOf(json: unknown): Record<string, unknown>[] {
  const list = Array.isArray(json) ? json : [json];
  return list.filter(isObject).flatMap((n) => (Array.isArray(n['@graph']) ? n['@graph'].filter(isObject) : [n]));
}

/** The first `Person` among the page's JSON-LD blocks, or null. Blocks that fail to parse are skipped. */
export function readLdPerson(scripts: Iterable<Element>): LdPerson | null {
  for (const script of scripts) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const person = nodesOf(json).find((n) => hasType(n, 'Person'));
    if (person) return person as LdPerson;
  }
  return null;
}

/** A list field that JSON-LD may give as one object, an array, or not at all. */
export function asList<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined);
}

/** Schools of `alumniOf` (`EducationalOrganization`); the rest are past employers. */
export function splitAlumniOf(person: LdPerson): { schools: LdOrganization[]; employers: LdOrganization[] } {
  const all = asList(person.alumniOf).filter(isObject) as LdOrganization[];
  const isSchool = (o: LdOrganization) => hasType(o as Record<string, unknown>, 'EducationalOrganization');
  return { schools: all.filter(isSchool), employers: all.filter((o) => !isSchool(o)) };
}

/** Follower count from `interactionStatistic` (FollowAction). */
export function ldFollowers(person: LdPerson): number | undefined {
  for (const stat of asList(person.interactionStatistic)) {
    if (!isObject(stat) || !/Follow/i.test(String(stat.interactionType ?? ''))) continue;
    const n = Number(stat.userInteractionCount);
    if (Number.isInteger(n) && n >= 0) return n;
  }
  return undefined;
}
