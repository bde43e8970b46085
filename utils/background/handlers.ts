/**
 * What the background does for each message. Plain functions over an open database, so unit tests
 * run them with fake-indexeddb; the background entrypoint only wires them to `runtime.onMessage`.
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { Db } from '../db/open';
import * as q from '../db/queries';
import {
  formatIssues,
  type MessageType,
  type PayloadOf,
  type ProfileCard,
  type Responses,
  type TabCard,
} from '../messages';
import { ON_DEMAND_FILES } from '../on-demand';
import { snooze } from '../outreach/cadence';
import { draft, offeredKinds } from '../outreach/drafts';
import { addDeed, addProject } from '../outreach/ledger';
import { appendNote, replaceNotes } from '../outreach/notes';
import { mergeSnapshot, newPerson, refreshSnapshot } from '../outreach/person';
import { move, recordTouch } from '../outreach/pipeline';
import { createTrackerCache } from '../outreach/tracker';
import { type PersonChange, undoChange } from '../outreach/undo';
import { computeOverlap } from '../overlap';
import { isMeEmpty, MyProfile, type Person, type Profile, type Settings } from '../schema';
import { applySuggestions, suggestFromProfile } from '../self-profile';
import { memoryTabCards, type TabCardStore } from './tab-cards';

/** Context of one request: who sent it (utils/background/dispatch.ts fills it from the sender). */
export interface RequestContext {
  /** An extension page (absent: the same) or the content script of the tab `tabId`. */
  from?: 'page' | 'content-script';
  /** The tab whose content script sent the message. */
  tabId?: number;
  /** The frame of the tab the message came from (0: the top frame). */
  frameId?: number;
}

/** Side effects the handlers ask of the browser (toolbar badge, per-tab card), injected for tests. */
export interface BackgroundEffects {
  /** The card for a tab changed (toolbar badge count, side panel). */
  tabCard(tabId: number, card: TabCard): void;
  /** Saved people changed (due count, alarms, extension pages): `slug` when one person did. */
  peopleChanged(slug?: string): void;
  /** Tell the content script of a tab whose card shows `slug` that the person changed, so it re-reads them. */
  personChangedInTab(tabId: number, slug: string): void;
  /** Open the options page (content scripts cannot). */
  openOptions(): Promise<void>;
  /** Run one of the extension's own files in a tab's frame, beside its content script (utils/on-demand.ts). */
  inject(tabId: number, frameId: number, file: ScriptPublicPath): Promise<void>;
  /**
   * Install the derived knowledge (gazetteer, institutions) before the first common ground is computed
   * (utils/background/overlap-data.ts). Absent in unit tests, whose setup file installs it from disk.
   */
  overlapData?(): Promise<void>;
}

type Handler<T extends MessageType> = (payload: PayloadOf<T>, ctx: RequestContext) => Promise<Responses[T]>;

/** True when the user has entered nothing that common ground could be computed from (utils/schema.ts). */
export { isMeEmpty };

/** Build the handler table over one database. `now` is injectable for tests. */
export function createHandlers(
  db: Db,
  effects: BackgroundEffects,
  now: () => Date = () => new Date(),
  tabCards: TabCardStore = memoryTabCards(),
) {
  // The popup's search index, kept in memory and current with every write (see tracker/view).
  const tracker = createTrackerCache(() => q.listPeople(db), now);

  /** Common ground, once the derived knowledge is loaded (only the first call waits for it). */
  async function overlapFor(me: MyProfile, profile: Profile, categories: Settings['categories']) {
    await effects.overlapData?.();
    return computeOverlap(me, profile, categories);
  }

  async function cardFor(profile: Profile, settings?: Settings): Promise<ProfileCard> {
    const [me, s, saved] = await Promise.all([
      q.getMe(db),
      settings ?? q.getSettings(db),
      q.getPerson(db, profile.slug),
    ]);
    // A saved person's details page carries one list: the card judges the merged snapshot.
    const basis = saved ? mergeSnapshot(saved.profile, profile) : profile;
    const overlap = me && !isMeEmpty(me) ? await overlapFor(me, basis, s.categories) : null;
    let person = saved;
    if (saved) {
      // Visiting a saved person again refreshes their snapshot; history and notes are kept.
      person = await q.updatePerson(db, profile.slug, (p) =>
        refreshSnapshot(p, profile, overlap?.items ?? p.commonGround, now()),
      );
      if (person !== saved) {
        tracker.put(person);
        // A fresher snapshot is no change of the user's: their last change can still be undone.
        const last = lastChange.get(profile.slug);
        if (last?.after?.updatedAt === saved.updatedAt) keepChange({ ...last, after: person });
      }
    }
    return { profile: basis, overlap, person, meEmpty: isMeEmpty(me), settings: s };
  }

  /** The user's own page: no common ground with oneself, but suggestions for My profile. */
  async function selfCard(profile: Profile): Promise<ProfileCard> {
    const [me, settings] = await Promise.all([q.getMe(db), q.getSettings(db)]);
    return {
      profile,
      overlap: null,
      person: null,
      meEmpty: isMeEmpty(me),
      settings,
      self: { suggestions: suggestFromProfile(profile, me) },
    };
  }

  async function remember(ctx: RequestContext, card: TabCard): Promise<void> {
    if (ctx.tabId === undefined) return;
    await tabCards.set(ctx.tabId, card);
    effects.tabCard(ctx.tabId, card);
  }

  /** Every open surface learns that `slugs` (default: everyone) changed: extension pages and the tabs showing them. */
  async function announce(slugs?: readonly string[]): Promise<void> {
    effects.peopleChanged(slugs?.length === 1 ? slugs[0] : undefined);
    for (const [tabId, card] of await tabCards.entries()) {
      if (card.state !== 'profile' || card.card.self) continue;
      const slug = card.card.profile.slug;
      if (!slugs || slugs.includes(slug)) effects.personChangedInTab(tabId, slug);
    }
  }

  async function changed(p: Promise<Person>): Promise<Person> {
    const person = await p;
    tracker.put(person);
    await announce([person.slug]);
    return person;
  }

  /**
   * Each person's last change, for Undo (utils/outreach/undo.ts). In memory: Undo is offered for a few
   * seconds after a change, well within the worker's life; a restarted worker answers "Nothing to
   * undo". The oldest entries go first beyond `UNDO_KEEP` people.
   */
  const lastChange = new Map<string, PersonChange>();
  const UNDO_KEEP = 200;
  function keepChange(change: PersonChange): void {
    lastChange.delete(change.slug);
    lastChange.set(change.slug, change);
    if (lastChange.size > UNDO_KEEP) lastChange.delete(lastChange.keys().next().value as string);
  }

  /** Change one person with `fn` (synchronous), remember the change for Undo, and announce it. */
  async function edit(slug: string, fn: (p: Person) => Person): Promise<Person> {
    let before: Person | null = null;
    const after = await q.updatePerson(db, slug, (p) => {
      before = p;
      return fn(p);
    });
    keepChange({ slug, before, after });
    return changed(Promise.resolve(after));
  }

  /** From a content script, "Use as my profile" may add only what the background suggested for that tab's own page. */
  async function checkPicks(picks: PayloadOf<'me/adopt'>['picks'], ctx: RequestContext): Promise<void> {
    if (ctx.from !== 'content-script') return;
    const card = ctx.tabId === undefined ? undefined : await tabCards.get(ctx.tabId);
    const suggested = card?.state === 'profile' ? card.card.self?.suggestions : undefined;
    if (!suggested) {
      throw new Error(
        'My profile was not changed: this tab does not show your own profile. Reload the page and try again.',
      );
    }
    // The entry and its LinkedIn page, exactly as the background suggested them (a page URL is an exact
    // match later, so a forged one would be a forged identity).
    const entry = (p: { field: string; value: string; url?: string }) =>
      `${p.field}\u0000${p.value}\u0000${p.url ?? ''}`;
    const offered = new Set(suggested.filter((s) => !s.present || s.url).map(entry));
    const odd = picks.find((p) => !offered.has(entry(p)));
    if (odd) throw new Error(`My profile was not changed: "${odd.value}" is not among what this page suggested.`);
  }

  const handlers: { [T in MessageType]: Handler<T> } = {
    'profile/seen': async ({ profile, self }, ctx) => {
      const card = self ? await selfCard(profile) : await cardFor(profile);
      await remember(ctx, { state: 'profile', card });
      return card;
    },

    'profile/unreadable': async ({ message }, ctx) => {
      await remember(ctx, { state: 'unreadable', message });
      return { discreetMode: (await q.getSettings(db)).discreetMode };
    },

    'tab/card': async ({ tabId }) => (await tabCards.get(tabId)) ?? { state: 'none' },

    'tab/clear': async (_payload, ctx) => {
      if (ctx.tabId !== undefined && (await tabCards.delete(ctx.tabId))) effects.tabCard(ctx.tabId, { state: 'none' });
      return null;
    },

    'tab/inject': async ({ script }, ctx) => {
      if (ctx.tabId === undefined) throw new Error('Only the content script of a LinkedIn tab can load its scripts.');
      await effects.inject(ctx.tabId, ctx.frameId ?? 0, ON_DEMAND_FILES[script]);
      return null;
    },

    'person/save': async ({ profile, role }, ctx) => {
      const [me, settings, existing] = await Promise.all([
        q.getMe(db),
        q.getSettings(db),
        q.getPerson(db, profile.slug),
      ]);
      const overlap = me && !isMeEmpty(me) ? await overlapFor(me, profile, settings.categories) : null;
      if (existing) {
        await edit(profile.slug, (p) => ({ ...p, role, updatedAt: now().toISOString() }));
      } else {
        const person = await q.putPerson(
          db,
          newPerson({ profile, role, commonGround: overlap?.items ?? [], now: now(), settings }),
        );
        keepChange({ slug: person.slug, before: null, after: person });
        await changed(Promise.resolve(person));
      }
      const card = await cardFor(profile, settings);
      await remember(ctx, { state: 'profile', card });
      return card;
    },

    'person/get': async ({ slug }) => q.getPerson(db, slug),
    'person/list': async () => q.listPeople(db),
    'tracker/view': async ({ query, role, limit, more }) => tracker.view({ query, role }, { limit, more }),

    'person/move': async ({ slug, status, note, meetingKind, chosen }) => {
      const settings = await q.getSettings(db);
      return edit(slug, (p) => move(p, status, now(), settings, { note, meetingKind, chosen }));
    },

    'person/update': async ({ slug, patch }) =>
      edit(slug, (p) => {
        const { nextFollowUp, ...rest } = patch;
        const next: Person = { ...p, ...rest, updatedAt: now().toISOString() };
        if (nextFollowUp === null) delete next.nextFollowUp;
        else if (nextFollowUp !== undefined) next.nextFollowUp = nextFollowUp;
        return next;
      }),

    'person/undo': async ({ slug, updatedAt }) => {
      const change = lastChange.get(slug);
      const written = await q.writePersonIf(db, slug, (stored) => {
        const undo = undoChange(change, updatedAt, stored, now());
        return 'put' in undo ? undo.put : null;
      });
      // Undone once: a second Undo of the same change finds nothing to undo.
      lastChange.delete(slug);
      if (written) tracker.put(written);
      else tracker.remove(slug);
      await announce([slug]);
      return written;
    },

    'person/note': async ({ slug, text }) => changed(q.updatePerson(db, slug, (p) => appendNote(p, text, now()))),

    'person/notes': async ({ slug, notes, base }) =>
      changed(q.updatePerson(db, slug, (p) => replaceNotes(p, notes, base, now()))),

    'person/ledger': async ({ slug, side, what }) =>
      changed(
        q.updatePerson(db, slug, (p) =>
          side === 'projects' ? addProject(p, what, now()) : addDeed(p, side, what, now()),
        ),
      ),

    'person/snooze': async ({ slug, days }) => edit(slug, (p) => snooze(p, days, now())),

    'person/touch': async ({ slug }) => {
      const settings = await q.getSettings(db);
      return changed(q.updatePerson(db, slug, (p) => recordTouch(p, now(), settings)));
    },

    'person/delete': async ({ slug }) => {
      let before: Person | null = null;
      await q.writePersonIf(db, slug, (stored) => {
        before = stored;
        return stored ? null : undefined;
      });
      // The removed record stays here so that Undo (even one the page's card asks for) puts it back whole.
      if (before) keepChange({ slug, before, after: null });
      tracker.remove(slug);
      await announce([slug]);
      return null;
    },

    'me/get': async () => q.getMe(db),
    'me/save': async ({ me }) => q.saveMe(db, me),
    'me/adopt': async ({ picks }, ctx) => {
      await checkPicks(picks, ctx);
      const me = (await q.getMe(db)) ?? MyProfile.parse({});
      const next = MyProfile.safeParse(
        applySuggestions(
          me,
          picks.map((p) => ({ ...p, present: false })),
        ),
      );
      if (!next.success) throw new Error(`My profile was not changed: ${formatIssues(next.error)}`);
      await q.saveMe(db, next.data);
      const size = (m: MyProfile) => m.schools.length + m.employers.length + m.placesLived.length + m.interests.length;
      return { added: size(next.data) - size(me) };
    },
    'settings/get': async () => q.getSettings(db),
    'settings/save': async ({ settings }) => q.saveSettings(db, settings),

    'templates/list': async () => q.listTemplates(db),
    'templates/save': async ({ template }) => q.putTemplate(db, template),
    'templates/delete': async ({ id }) => {
      await q.deleteTemplate(db, id);
      return null;
    },

    'draft/context': async ({ slug }) => {
      const [person, me, settings, templates] = await Promise.all([
        q.getPerson(db, slug),
        q.getMe(db),
        q.getSettings(db),
        q.listTemplates(db),
      ]);
      if (!person) throw new Error(`No saved person "${slug}".`);
      const mine = me ?? MyProfile.parse({});
      const overlap = await overlapFor(mine, person.profile, settings.categories);
      return { person, me: mine, settings, overlap, templates };
    },

    'draft/make': async ({ slug, kind, variant, profile, role, templateId, note }) => {
      const [person, me, settings, templates] = await Promise.all([
        q.getPerson(db, slug),
        q.getMe(db),
        q.getSettings(db),
        q.listTemplates(db),
      ]);
      const target = person?.profile ?? profile;
      if (!target) throw new Error(`No saved person "${slug}" and no profile to draft for.`);
      const mine = me ?? MyProfile.parse({});
      const stage = person?.status;
      const since = person?.statusHistory.at(-1)?.at;
      const daysAtStage = since ? Math.floor((now().getTime() - Date.parse(since)) / 86_400_000) : undefined;
      const chosen = kind ?? offeredKinds(target, stage, { daysAtStage, reevaluateDays: settings.reevaluateDays })[0]!;
      return draft({
        kind: chosen,
        variant,
        me: mine,
        profile: target,
        overlap: await overlapFor(mine, target, settings.categories),
        role: person?.role ?? role ?? 'mentor',
        settings,
        projects: person?.projects ?? [],
        template: templateId ? templates.find((t) => t.id === templateId && t.kind === chosen) : undefined,
        stage,
        daysAtStage,
        note,
      });
    },

    'ui/open-options': async () => {
      await effects.openOptions();
      return null;
    },

    'data/clear': async () => {
      await q.clearAll(db);
      tracker.reset();
      lastChange.clear();
      // The cards on screen show people who are gone now: they re-read them (and find no one).
      await announce();
      await tabCards.clear();
      return null;
    },
  };

  /** Stored data changed behind the handlers' back (an import over its port): caches and surfaces refresh. */
  async function dataChanged(): Promise<void> {
    tracker.reset();
    // Undo must not put back a record the import replaced.
    lastChange.clear();
    await announce();
  }

  return { handlers, tabCards, dataChanged };
}
