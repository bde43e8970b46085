/** The saved people, as the popup lists them. Renders props only. */
import { STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { Person } from '@/utils/schema';
import { ROLE_LABELS, shortDate } from './labels';

export interface PeopleListProps {
  people: Person[];
}

/** A list of saved people: name, headline, role and status, date saved. */
export function PeopleList({ people }: PeopleListProps) {
  return (
    <ul class="cg-people" aria-label="Saved people">
      {people.map((p) => (
        <li key={p.slug} class="cg-person" data-testid="cg-person" data-slug={p.slug} data-status={p.status}>
          <a class="cg-person-name" href={p.profile.url} target="_blank" rel="noreferrer">
            {p.profile.name}
          </a>
          {p.profile.headline && <div class="cg-muted">{p.profile.headline}</div>}
          <div>
            <span data-testid="cg-person-status">
              {ROLE_LABELS[p.role]} · {STATUS_LABELS[p.status]}
            </span>
            <span class="cg-muted"> · saved {shortDate(p.createdAt)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
