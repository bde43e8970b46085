/**
 * The first-run welcome at the top of the options page (issue #15): what Common Ground does in one
 * line, then the one thing to do first — My profile, taken from the user's own LinkedIn page with
 * *Use as my profile*, or typed below. Renders props only.
 */

/** The user's own LinkedIn profile: LinkedIn sends `/in/me/` to the signed-in member's page. */
export const OWN_PROFILE_URL = 'https://www.linkedin.com/in/me/';

export interface WelcomeProps {
  /** Go to the My profile form below. */
  onTypeProfile(): void;
}

/** The welcome. */
export function Welcome({ onTypeProfile }: WelcomeProps) {
  return (
    <section id="welcome" class="cg-welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title" tabIndex={-1}>
        Welcome to Common Ground
      </h2>
      <p>
        On LinkedIn profiles, Common Ground shows what you share with the person — school, hometown, interests, employer
        — so you can ask a potential sponsor or mentor for a coffee. First, tell it about you:
      </p>
      <ol>
        <li>
          Open{' '}
          <a href={OWN_PROFILE_URL} target="_blank" rel="noreferrer" data-testid="welcome-own-profile">
            your own LinkedIn profile
          </a>{' '}
          and press <strong>Use as my profile</strong> on the Common Ground card; tick what to keep.
        </li>
        <li>
          Or{' '}
          <button type="button" class="cg-link" data-testid="welcome-type" onClick={onTypeProfile}>
            type My profile
          </button>{' '}
          — your schools, hometowns, places, employers and interests.
        </li>
      </ol>
      <p class="cg-hint">Everything stays in this browser. Nothing is sent anywhere, and nothing is sent for you.</p>
    </section>
  );
}
