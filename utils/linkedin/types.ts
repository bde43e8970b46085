/**
 * Contracts between the page reader (`read-page.ts`) and the per-generation readers
 * (`generations/*.ts`). Every generation produces the same `Profile`.
 */
import type { Profile } from '../schema';

/** Markup generations we can read (see ../shared/linkedin/MARKUP.md §1.3). */
export type Generation =
  | 'sdui-2025' // E: React / SDUI "flagship-web", componentkey, h2 name, lazy sections
  | 'pvs-2024-11' // D: hashed classes, no text-heading-xlarge
  | 'pvs-2024-07' // C: "pvs" v2, data-view-name, pv-profile-card__anchor
  | 'pvs-2022' // B: "pvs" v1, pv-profile-card-anchor, pvs-list
  | 'ember-2018' // A: pv-top-card-section, #experience-section
  | 'public' // F: logged-out public page, top-card-layout + JSON-LD Person
  | 'details'; // /in/<slug>/details/<section>/ pages (B–E)

/** What one generation's reader found. */
export interface GenerationRead {
  profile: Profile;
  /** True when the page is the viewer's own profile (edit pencils, "Edit X" labels, self distance). */
  isSelf: boolean;
  /** Diagnostic: named hook → number of elements it matched. */
  hooks: Record<string, number>;
}

/** One reader per markup generation. `detect` must be cheap; `read` must never throw on odd markup. */
export interface GenerationReader {
  id: Generation;
  detect(doc: Document, url: string): boolean;
  read(doc: Document, url: string): GenerationRead;
}

/** A named selector table for one generation: the registry tests count each row's matches on fixtures. */
export type SelectorTable = Readonly<Record<string, string>>;
