/**
 * The one protocol between the content script, the extension pages and the background.
 * Requests are validated with zod when the background receives them; every answer is
 * `{ ok: true, data }` or `{ ok: false, error }` with a reason a person can read.
 *
 * Content scripts must not import this file (zod would land in the LinkedIn bundle): they use
 * `send()` from `./send.ts`, which only imports the types below.
 */
import { z } from 'zod';
import type { Draft } from './outreach/drafts';
import type { TrackerView } from './outreach/tracker';
import {
  DraftKind,
  Export,
  MyProfile,
  type Overlap,
  type Person,
  PersonRole,
  Profile,
  Settings,
  Status,
  Template,
} from './schema';
import type { Suggestion } from './self-profile';

const Slug = z.object({ slug: z.string().min(1) });

/** What may be changed on a saved person without a pipeline move. */
export const PersonPatch = z
  .object({
    role: PersonRole,
    notes: z.string().max(20_000),
    nextFollowUp: z.iso.datetime({ offset: true }).nullable(),
    projects: z.array(z.string().min(1)),
    gave: z.array(z.object({ what: z.string().min(1), at: z.iso.datetime({ offset: true }) })),
    got: z.array(z.object({ what: z.string().min(1), at: z.iso.datetime({ offset: true }) })),
    tags: z.array(z.string()),
  })
  .partial();
export type PersonPatch = z.infer<typeof PersonPatch>;

/** Request payload schemas, by message type. */
export const Requests = {
  /** The content script read a profile; `self` when it is the user's own. */
  'profile/seen': z.object({ profile: Profile, self: z.boolean().optional() }),
  'profile/unreadable': z.object({ message: z.string() }),
  'tab/card': z.object({ tabId: z.number().int() }),
  /** The tab left profiles (in-page navigation to the feed, search…): its card and count go. */
  'tab/clear': z.object({}),
  /** The content script needs one of its on-demand scripts (utils/on-demand.ts) in its tab and frame. */
  'tab/inject': z.object({ script: z.enum(['composer', 'self-import', 'legacy-readers']) }),
  'person/save': z.object({ profile: Profile, role: PersonRole }),
  'person/get': Slug,
  'person/list': z.object({}),
  /**
   * The popup's tracker: groups with counts and their first rows, searched and filtered in the
   * background (which keeps the index in memory), so the popup stays fast with 10,000 people saved.
   */
  'tracker/view': z.object({
    query: z.string().max(500).default(''),
    role: z.union([PersonRole, z.literal('all')]).default('all'),
    /** Rows per group. */
    limit: z.number().int().min(1).max(100_000).default(20),
    /** More rows for the groups where the user asked for more ("Show 50 more"), by group id. */
    more: z.record(z.string(), z.number().int().min(0).max(100_000)).default({}),
  }),
  'person/move': Slug.extend({
    status: Status,
    note: z.string().max(2000).optional(),
    meetingKind: z.enum(['coffee', 'lunch', 'call']).optional(),
  }),
  'person/update': Slug.extend({ patch: PersonPatch }),
  'person/snooze': Slug.extend({ days: z.number().int().min(1).max(365) }),
  'person/touch': Slug,
  'person/delete': Slug,
  'me/get': z.object({}),
  'me/save': z.object({ me: MyProfile }),
  /** "Use as my profile": add the entries the user picked from their own LinkedIn page. */
  'me/adopt': z.object({
    picks: z
      .array(
        z.object({
          field: z.enum(['schools', 'employers', 'placesLived', 'interests']),
          value: z.string().min(1).max(200),
          /** The school's or company's LinkedIn page, for the entry's exact match. */
          url: z.string().max(300).optional(),
        }),
      )
      .max(500),
  }),
  'settings/get': z.object({}),
  'settings/save': z.object({ settings: Settings }),
  'templates/list': z.object({}),
  'templates/save': z.object({ template: Template }),
  'templates/delete': z.object({ id: z.string().min(1) }),
  'draft/context': Slug.extend({ kind: DraftKind.optional() }),
  /** Draft for a saved person (their role and projects), or for the profile on screen when not saved. */
  'draft/make': Slug.extend({
    kind: DraftKind,
    variant: z.number().int().min(0).optional(),
    profile: Profile.optional(),
    role: PersonRole.optional(),
    templateId: z.string().optional(),
  }),
  'data/export': z.object({}),
  'data/import': z.object({ text: z.string() }),
  'data/clear': z.object({}),
  'ui/open-options': z.object({}),
} as const;

/** Every message type. */
export type MessageType = keyof typeof Requests;
/** The payload of a message type. */
export type RequestOf<T extends MessageType> = z.input<(typeof Requests)[T]>;
/** The payload of a message type once validated (defaults filled in). */
export type PayloadOf<T extends MessageType> = z.output<(typeof Requests)[T]>;

/** What the content script / side panel needs to render the card for one profile. */
export interface ProfileCard {
  profile: Profile;
  overlap: Overlap | null;
  person: Person | null;
  /** True when the user has not filled My profile yet. */
  meEmpty: boolean;
  /** On the user's own profile: what My profile could take from it ("Use as my profile"). */
  self?: { suggestions: Suggestion[] };
  settings: Settings;
}

/** The card state for a tab: a readable profile, an unreadable page, or nothing. */
export type TabCard =
  | { state: 'profile'; card: ProfileCard }
  | { state: 'unreadable'; message: string }
  | { state: 'none' };

/** A drafted message (utils/outreach/drafts.ts) and the popup's tracker view (utils/outreach/tracker.ts). */
export type { Draft, TrackerView };

/** Import outcome. */
export interface ImportReport {
  added: string[];
  updated: string[];
  unchanged: string[];
}

/** Everything the composer needs to draft for one saved person. */
export interface DraftContext {
  person: Person;
  me: MyProfile;
  settings: Settings;
  overlap: Overlap;
  templates: Template[];
}

/** Response data, by message type. */
export interface Responses {
  'profile/seen': ProfileCard;
  'profile/unreadable': null;
  'tab/card': TabCard;
  'tab/clear': null;
  'tab/inject': null;
  'person/save': ProfileCard;
  'person/get': Person | null;
  'person/list': Person[];
  'tracker/view': TrackerView;
  'person/move': Person;
  'person/update': Person;
  'person/snooze': Person;
  'person/touch': Person;
  'person/delete': null;
  'me/get': MyProfile | null;
  'me/save': MyProfile;
  'me/adopt': MyProfile;
  'settings/get': Settings;
  'settings/save': Settings;
  'templates/list': Template[];
  'templates/save': Template;
  'templates/delete': null;
  'draft/context': DraftContext;
  'draft/make': Draft;
  'data/export': { json: string; csv: string; filename: string };
  'data/import': ImportReport;
  'data/clear': null;
  'ui/open-options': null;
}

/** A message on the wire. */
export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

/** An answer on the wire. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/** Parse an incoming message; a readable error when it is not one of ours. */
export function parseMessage(
  raw: unknown,
): { ok: true; type: MessageType; payload: unknown } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || !('type' in raw))
    return { ok: false, error: 'Not a Common Ground message.' };
  const { type, payload } = raw as { type: unknown; payload: unknown };
  if (typeof type !== 'string' || !(type in Requests))
    return { ok: false, error: `Unknown message type "${String(type)}".` };
  const schema = Requests[type as MessageType];
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) return { ok: false, error: `Invalid "${type}" message: ${formatIssues(parsed.error)}` };
  return { ok: true, type: type as MessageType, payload: parsed.data };
}

/** zod issues as "path: message; path: message". */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

/** The export schema, re-exported for the importer. */
export { Export };
