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
import { NOTES_LIMIT } from './outreach/notes';
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

/** What may be changed on a saved person by a plain field patch (lists and notes have their own operations). */
export const PersonPatch = z
  .object({
    role: PersonRole,
    nextFollowUp: z.iso.datetime({ offset: true }).nullable(),
    tags: z.array(z.string()),
  })
  .partial()
  // A field this patch does not know (notes, lists) is refused, not silently dropped.
  .strict();
export type PersonPatch = z.infer<typeof PersonPatch>;

/**
 * Who may send a message type (issue #12). Extension pages (popup, options, side panel) may send
 * every message. The content script runs in LinkedIn's renderer process, so a compromised page
 * could speak with its voice: it gets only what the in-page card needs, and only for its own tab.
 * - `page`: extension pages only.
 * - `tab`: the content script too; the message acts on the sender's own tab and names no profile.
 * - `profile`: the content script too, but only for the profile its tab shows: the payload's `slug`
 *   key must be the slug of the tab's URL, and its `profile` key (when present) that slug's profile
 *   with that slug's URL (utils/background/access.ts enforces it).
 *
 * What the content script legitimately sends, by caller: the card (entrypoints/profile.content)
 * reports what it read (`profile/seen`, `profile/unreadable`, `tab/clear`), saves, moves, changes the
 * role or follow-up of, removes, undoes the last change to, and adds a note to the person it shows
 * (`person/save`, `person/move`, `person/update`, `person/delete`, `person/undo`, `person/note`; the
 * background keeps the removed record, so a removal from the page can be undone), re-reads that person
 * when they change elsewhere (`person/get`), opens the options page and loads its on-demand scripts
 * (`ui/open-options`, `tab/inject`); the in-page composer (components/useComposer.ts) drafts, marks
 * drafted and sent (`draft/make`, `person/move`, `person/touch`) for that same person; "Use as my
 * profile" (components/SelfImport.tsx) sends `me/adopt`, which the handler accepts from a content
 * script only for suggestions the background itself made for that tab's own-profile card. The
 * composer never reads My profile: `draft/context` (all of My profile, settings, templates) is for
 * extension pages only, and `draft/make` gives the content script the drafted text, nothing more.
 */
export type Access<P = unknown> =
  | { who: 'page' }
  | { who: 'tab' }
  | { who: 'profile'; slug?: KeyOf<P, string>; profile?: KeyOf<P, Profile | undefined> };

/** Keys of `P` whose values are `V`. */
type KeyOf<P, V> = { [K in keyof P]-?: P[K] extends V ? K : never }[keyof P] & string;

/** A message's payload schema and who may send it. */
export interface MessageSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  access: Access<z.output<S>>;
}

/** Extension pages only. */
const page = <S extends z.ZodType>(schema: S): MessageSpec<S> => ({ schema, access: { who: 'page' } });
/** Also the content script, acting on its own tab. */
const tab = <S extends z.ZodType>(schema: S): MessageSpec<S> => ({ schema, access: { who: 'tab' } });
/** Also the content script, for the profile of its own tab only (see `Access`). */
const ofTab = <S extends z.ZodType>(
  schema: S,
  names: Omit<Extract<Access<z.output<S>>, { who: 'profile' }>, 'who'>,
): MessageSpec<S> => ({ schema, access: { who: 'profile', ...names } });

/** Every message type: its request payload schema and who may send it. */
export const Requests = {
  /** The content script read a profile; `self` when it is the user's own. */
  'profile/seen': ofTab(z.object({ profile: Profile, self: z.boolean().optional() }), { profile: 'profile' }),
  'profile/unreadable': tab(z.object({ message: z.string() })),
  /** Any tab's card: the side panel's. */
  'tab/card': page(z.object({ tabId: z.number().int() })),
  /** The tab left profiles (in-page navigation to the feed, search…): its card and count go. */
  'tab/clear': tab(z.object({})),
  /** The content script needs one of its on-demand scripts (utils/on-demand.ts) in its tab and frame. */
  'tab/inject': tab(z.object({ script: z.enum(['composer', 'self-import', 'legacy-readers', 'ui-words']) })),
  'person/save': ofTab(z.object({ profile: Profile, role: PersonRole }), { profile: 'profile' }),
  'person/get': ofTab(Slug, { slug: 'slug' }),
  'person/list': page(z.object({})),
  /**
   * The popup's tracker: groups with counts and their first rows, searched and filtered in the
   * background (which keeps the index in memory), so the popup stays fast with 10,000 people saved.
   */
  'tracker/view': page(
    z.object({
      query: z.string().max(500).default(''),
      role: z.union([PersonRole, z.literal('all')]).default('all'),
      /** Rows per group. */
      limit: z.number().int().min(1).max(100_000).default(20),
      /** More rows for the groups where the user asked for more ("Show 50 more"), by group id. */
      more: z.record(z.string(), z.number().int().min(0).max(100_000)).default({}),
    }),
  ),
  'person/move': ofTab(
    Slug.extend({
      status: Status,
      note: z.string().max(2000).optional(),
      meetingKind: z.enum(['coffee', 'lunch', 'call']).optional(),
      /** The user picked the stage: any stage may follow any other (utils/outreach/pipeline.ts `move`). */
      chosen: z.boolean().optional(),
    }),
    { slug: 'slug' },
  ),
  /** Set or clear single fields (role, follow-up date, tags); other fields are left as stored. */
  'person/update': ofTab(Slug.extend({ patch: PersonPatch }), { slug: 'slug' }),
  /**
   * Undo the last change to a person (utils/outreach/undo.ts). `updatedAt` names the change: the
   * `updatedAt` of the person it produced, or null for a removal. Refused when they changed since.
   */
  'person/undo': ofTab(Slug.extend({ updatedAt: z.string().nullable() }), { slug: 'slug' }),
  /** Add a note to the stored notes (the card's note box): two tabs adding at once both keep theirs. */
  'person/note': ofTab(Slug.extend({ text: z.string().trim().min(1).max(2000) }), { slug: 'slug' }),
  /**
   * Replace the notes as a whole (the tracker's notes editor). `base` is the text the editor started
   * from; when the stored notes are no longer `base` (changed in another window) nothing is written.
   */
  'person/notes': page(Slug.extend({ notes: z.string().max(NOTES_LIMIT), base: z.string() })),
  /** Add one of their current projects, or what the user gave or got (the give-and-take ledger). */
  'person/ledger': page(
    Slug.extend({ side: z.enum(['projects', 'gave', 'got']), what: z.string().trim().min(1).max(500) }),
  ),
  'person/snooze': page(Slug.extend({ days: z.number().int().min(1).max(365) })),
  'person/touch': ofTab(Slug, { slug: 'slug' }),
  /** Remove one person; the background keeps the record so that `person/undo` can put it back. */
  'person/delete': ofTab(Slug, { slug: 'slug' }),
  'me/get': page(z.object({})),
  'me/save': page(z.object({ me: MyProfile })),
  /**
   * "Use as my profile": add the entries the user picked from their own LinkedIn page. From a
   * content script only entries the background suggested for that tab's own-profile card (handlers.ts).
   */
  'me/adopt': tab(
    z.object({
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
  ),
  'settings/get': page(z.object({})),
  'settings/save': page(z.object({ settings: Settings })),
  'templates/list': page(z.object({})),
  'templates/save': page(z.object({ template: Template })),
  'templates/delete': page(z.object({ id: z.string().min(1) })),
  'draft/context': page(Slug.extend({ kind: DraftKind.optional() })),
  /** Draft for a saved person (their role and projects), or for the profile on screen when not saved. */
  'draft/make': ofTab(
    Slug.extend({
      /** Missing: the kind the person's stage suggests first. */
      kind: DraftKind.optional(),
      /** What only the user knows, in their words (what was discussed, the news, the result). */
      note: z.string().max(2000).optional(),
      variant: z.number().int().min(0).optional(),
      profile: Profile.optional(),
      role: PersonRole.optional(),
      templateId: z.string().optional(),
    }),
    { slug: 'slug', profile: 'profile' },
  ),
  // Export and import stream over ports (utils/ports.ts): one message cannot carry 100,000 people.
  'data/clear': page(z.object({})),
  'ui/open-options': tab(z.object({})),
} satisfies Record<string, MessageSpec>;

/** Every message type. */
export type MessageType = keyof typeof Requests;
/** The payload of a message type. */
export type RequestOf<T extends MessageType> = z.input<(typeof Requests)[T]['schema']>;
/** The payload of a message type once validated (defaults filled in). */
export type PayloadOf<T extends MessageType> = z.output<(typeof Requests)[T]['schema']>;

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
  /** Whether the user chose discreet mode, so the card's "could not read" note stays out of the page too. */
  'profile/unreadable': { discreetMode: boolean };
  'tab/card': TabCard;
  'tab/clear': null;
  'tab/inject': null;
  'person/save': ProfileCard;
  'person/get': Person | null;
  'person/list': Person[];
  'tracker/view': TrackerView;
  'person/move': Person;
  'person/update': Person;
  'person/note': Person;
  'person/notes': Person;
  'person/ledger': Person;
  'person/snooze': Person;
  'person/touch': Person;
  'person/delete': null;
  /** The person as restored, or null when the undo removed them (undoing a save). */
  'person/undo': Person | null;
  'me/get': MyProfile | null;
  'me/save': MyProfile;
  /** How many entries were new to My profile: the card needs no more of My profile than that. */
  'me/adopt': { added: number };
  'settings/get': Settings;
  'settings/save': Settings;
  'templates/list': Template[];
  'templates/save': Template;
  'templates/delete': null;
  'draft/context': DraftContext;
  'draft/make': Draft;
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
  // Own keys only: "constructor" or "toString" is not a message type.
  if (typeof type !== 'string' || !Object.hasOwn(Requests, type))
    return { ok: false, error: `Unknown message type "${String(type)}".` };
  const { schema } = Requests[type as MessageType] as MessageSpec;
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
