/**
 * The tracker's list: groups ("Due now", then stages) with counts, each person a row with quick
 * actions and an expandable detail view. Renders props only; every action is a callback.
 */
import { useState } from 'preact/hooks';
import type { TrackerGroup } from '@/utils/outreach/tracker';
import type { Person } from '@/utils/schema';
import { type PersonActions, PersonRow } from './PersonRow';

/** Rows rendered per group before "Show more": keeps the first paint fast with thousands saved. */
export const PAGE_SIZE = 50;

export interface PeopleListProps extends PersonActions {
  groups: TrackerGroup[];
  now: Date;
  busySlug?: string | null;
}

/** Every group with its rows. */
export function PeopleList({ groups, ...rest }: PeopleListProps) {
  return (
    <div class="cg-groups">
      {groups.map((g) => (
        <Group key={g.id} group={g} {...rest} />
      ))}
    </div>
  );
}

function Group({ group, ...rest }: Omit<PeopleListProps, 'groups'> & { group: TrackerGroup }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const headingId = `cg-group-${group.id}`;
  return (
    <section class="cg-group" aria-labelledby={headingId} data-testid="cg-group" data-group={group.id}>
      <h2 id={headingId}>
        {group.label} <span class="cg-count">({group.people.length})</span>
      </h2>
      <ul class="cg-people">
        {group.people.slice(0, shown).map((p: Person) => (
          <PersonRow key={p.slug} person={p} {...rest} />
        ))}
      </ul>
      {group.people.length > shown && (
        <button type="button" class="cg-link" onClick={() => setShown(shown + PAGE_SIZE * 4)}>
          Show {Math.min(group.people.length - shown, PAGE_SIZE * 4)} more
        </button>
      )}
    </section>
  );
}
