import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DataPanel } from '@/components/DataPanel';
import { MyProfileForm } from '@/components/MyProfileForm';
import { installOptionsStyles } from '@/components/options-styles';
import { installPageStyles } from '@/components/page-styles';
import { SettingsForm } from '@/components/SettingsForm';
import { TemplatesEditor } from '@/components/TemplatesEditor';
import { Welcome } from '@/components/Welcome';
import {
  type FormField,
  fromDraft,
  type LimitsReport,
  limitsReport,
  type MyProfileDraft,
  toDraft,
} from '@/utils/my-profile-form';
import { isMeEmpty, type MyProfile, type Settings, type Template } from '@/utils/schema';
import { request } from '@/utils/send';
import { fromSettingsDraft, type SettingsErrors, toSettingsDraft } from '@/utils/settings-form';
import { download } from './export-file';
import { describeImport, describeProgress } from './import-report';
import { SECTIONS, type SectionId, sectionFromHash, WELCOME } from './sections';
import { type Connect, exportData, importData, type TransferProgress } from './transfer';

/** Everything the forms start from; loaded at once so the page does not shift under a `#section` link. */
interface Stored {
  me: MyProfile | null;
  settings: Settings;
  templates: Template[];
}

function MyProfileSection({ me }: { me: MyProfile | null }) {
  const [draft, setDraft] = useState<MyProfileDraft>(() => toDraft(me));
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [report, setReport] = useState<LimitsReport | null>(null);
  return (
    <MyProfileForm
      draft={draft}
      errors={errors}
      status={status}
      report={report}
      onChange={(field, value) => {
        setDraft({ ...draft, [field]: value });
        setStatus(null);
      }}
      onSubmit={async () => {
        const result = fromDraft(draft);
        if (!result.ok) {
          setErrors(result.errors);
          setStatus('Not saved: fix the fields marked below.');
          return;
        }
        setErrors({});
        try {
          const saved = await request('me/save', { me: result.me });
          setDraft(toDraft(saved));
          const r = limitsReport(saved);
          setReport(r);
          setStatus(r.conflicts.length ? 'Saved, but a goal conflicts with your limits (see Goals).' : 'Saved.');
        } catch (e) {
          setStatus(`Not saved: ${(e as Error).message}`);
        }
      }}
    />
  );
}

function SettingsSection({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState(() => toSettingsDraft(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <SettingsForm
      draft={draft}
      errors={errors}
      status={status}
      busy={busy}
      onChange={(next) => {
        setDraft(next);
        setStatus(null);
      }}
      onSubmit={async () => {
        setBusy(true);
        try {
          const result = fromSettingsDraft(draft);
          if (!result.ok) {
            setErrors(result.errors);
            setStatus('Not saved: fix the fields marked above.');
            return;
          }
          setErrors({});
          setDraft(toSettingsDraft(await request('settings/save', { settings: result.settings })));
          setStatus('Saved.');
        } catch (e) {
          setStatus(`Not saved: ${(e as Error).message}`);
        } finally {
          setBusy(false);
        }
      }}
    />
  );
}

function TemplatesSection({ initial }: { initial: Template[] }) {
  const [templates, setTemplates] = useState(initial);
  const [busy, setBusy] = useState(false);
  const reload = async () => setTemplates(await request('templates/list', {}));
  return (
    <TemplatesEditor
      templates={templates}
      busy={busy}
      onSave={async (template) => {
        setBusy(true);
        try {
          await request('templates/save', { template });
          await reload();
        } finally {
          setBusy(false);
        }
      }}
      onDelete={async (id) => {
        setBusy(true);
        try {
          await request('templates/delete', { id });
          await reload();
        } finally {
          setBusy(false);
        }
      }}
    />
  );
}

const connect: Connect = (name) => browser.runtime.connect({ name });

/** Your data; `onChanged` reloads the other sections after an import or a delete. */
function DataSection({ onChanged }: { onChanged(): void }) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const [report, setReport] = useState<{ summary: string; details: string[] } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setReport(null);
    setImportError(null);
    setError(null);
    setDeleted(false);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return (
    <DataPanel
      busy={busy}
      progress={progress ? describeProgress(progress) : null}
      report={report}
      importError={importError}
      error={error}
      deleted={deleted}
      onExport={(format) => run(async () => download(document, await exportData(connect, format, setProgress)))}
      onImport={(file) =>
        run(async () => {
          try {
            setReport(describeImport(await importData(connect, file, setProgress)));
          } catch (e) {
            setImportError((e as Error).message);
            return;
          }
          onChanged();
        })
      }
      onDeleteAll={() =>
        run(async () => {
          await request('data/clear', {});
          setDeleted(true);
          onChanged();
        })
      }
    />
  );
}

/** Scroll to a section and move keyboard focus to its heading, or to the field `focusId` in it. */
function goTo(id: SectionId, focusId?: string): void {
  const heading = document.getElementById(`${id}-title`);
  heading?.scrollIntoView({ block: 'start' });
  (document.getElementById(focusId ?? '') ?? heading)?.focus({ preventScroll: true });
}

function Options() {
  const [stored, setStored] = useState<Stored | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Bumped after an import or a delete so the forms start again from what is stored now.
  const [generation, setGeneration] = useState(0);
  const load = () =>
    Promise.all([request('me/get', {}), request('settings/get', {}), request('templates/list', {})]).then(
      ([me, settings, templates]) => {
        setStored({ me, settings, templates });
        setGeneration((g) => g + 1);
      },
      (e: Error) => setLoadError(e.message),
    );
  useEffect(() => {
    void load();
    const onHash = () => {
      const id = sectionFromHash(location.hash);
      if (id) goTo(id);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // After the first load the sections have their full height: honour a `#section` deep link now.
  const loaded = stored !== null;
  useEffect(() => {
    const id = sectionFromHash(location.hash);
    if (loaded && id) goTo(id);
  }, [loaded]);

  const body = (id: SectionId, s: Stored) => {
    switch (id) {
      case 'my-profile':
        return <MyProfileSection key={generation} me={s.me} />;
      case 'settings':
        return <SettingsSection key={generation} settings={s.settings} />;
      case 'templates':
        return <TemplatesSection key={generation} initial={s.templates} />;
      case 'data':
        return <DataSection onChanged={() => void load()} />;
    }
  };

  return (
    <main class="cg-root cg-options">
      <h1>Common Ground</h1>
      <nav aria-label="Sections">
        <ul>
          {SECTIONS.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`} data-testid={`nav-${id}`}>
                {title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* First run (opened at #welcome on install), and until My profile has something in it. */}
      {stored && (location.hash === `#${WELCOME}` || isMeEmpty(stored.me)) ? (
        <Welcome onTypeProfile={() => goTo('my-profile', 'me-name')} />
      ) : (
        <p class="cg-hint">Everything here stays in this browser and is never sent anywhere.</p>
      )}
      {loadError && (
        <p class="cg-field-error" role="alert">
          Could not load your data: {loadError}
        </p>
      )}
      {SECTIONS.map(({ id, title }) => (
        <section key={id} id={id} aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
          <h2 id={`${id}-title`} tabIndex={-1}>
            {title}
          </h2>
          {stored ? body(id, stored) : !loadError && <p class="cg-muted">Loading…</p>}
        </section>
      ))}
    </main>
  );
}

installPageStyles(document);
installOptionsStyles(document);
render(<Options />, document.getElementById('app')!);
