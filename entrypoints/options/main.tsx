import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DataPanel } from '@/components/DataPanel';
import { MyProfileForm } from '@/components/MyProfileForm';
import { installPageStyles } from '@/components/page-styles';
import { SettingsForm } from '@/components/SettingsForm';
import { TemplatesEditor } from '@/components/TemplatesEditor';
import { formatIssues } from '@/utils/messages';
import { type FormField, fromDraft, type MyProfileDraft, toDraft } from '@/utils/my-profile-form';
import { Settings, type Template } from '@/utils/schema';
import { request } from '@/utils/send';

/** Save a text as a file the user downloads (the page's own Blob URL; nothing leaves the machine). */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function MyProfileSection() {
  const [draft, setDraft] = useState<MyProfileDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    request('me/get', {}).then(
      (me) => setDraft(toDraft(me)),
      (e: Error) => setStatus(e.message),
    );
  }, []);
  if (!draft) return <p>{status ?? 'Loading…'}</p>;
  return (
    <MyProfileForm
      draft={draft}
      errors={errors}
      status={status}
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
          setDraft(toDraft(await request('me/save', { me: result.me })));
          setStatus('Saved.');
        } catch (e) {
          setStatus(`Not saved: ${(e as Error).message}`);
        }
      }}
    />
  );
}

const DAY_RANGES = {
  followUpDays: 'A whole number of days from 1 to 90.',
  reevaluateDays: 'A whole number of days from 7 to 365.',
} as const;

function SettingsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<'followUpDays' | 'reevaluateDays', string>>>({});
  useEffect(() => {
    request('settings/get', {}).then(setSettings, (e: Error) => setStatus(e.message));
  }, []);
  if (!settings) return <p>{status ?? 'Loading…'}</p>;
  return (
    <SettingsForm
      settings={settings}
      status={status}
      errors={errors}
      onSave={async (raw) => {
        const parsed = Settings.safeParse(raw);
        if (!parsed.success) {
          const next: typeof errors = {};
          for (const i of parsed.error.issues) {
            const f = i.path[0];
            if (f === 'followUpDays' || f === 'reevaluateDays') next[f] ??= DAY_RANGES[f];
          }
          setErrors(next);
          setStatus(`Not saved: ${formatIssues(parsed.error)}`);
          return;
        }
        setErrors({});
        try {
          setSettings(await request('settings/save', { settings: parsed.data }));
          setStatus('Saved.');
        } catch (e) {
          setStatus(`Not saved: ${(e as Error).message}`);
        }
      }}
    />
  );
}

function TemplatesSection() {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [busy, setBusy] = useState(false);
  const load = () => request('templates/list', {}).then(setTemplates);
  useEffect(() => {
    void load();
  }, []);
  return (
    <TemplatesEditor
      templates={templates}
      busy={busy}
      onSave={async (template) => {
        setBusy(true);
        await request('templates/save', { template }).finally(() => setBusy(false));
        await load();
      }}
      onDelete={async (id) => {
        await request('templates/delete', { id });
        await load();
      }}
    />
  );
}

function DataSection() {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setReport(null);
    setImportError(null);
    setDeleted(false);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  return (
    <DataPanel
      busy={busy}
      report={report}
      importError={importError}
      deleted={deleted}
      onExport={(format) =>
        run(async () => {
          const out = await request('data/export', {});
          if (format === 'json') download(`${out.filename}.json`, out.json, 'application/json');
          // A byte-order mark so spreadsheet programs read accented names as UTF-8.
          else download(`${out.filename}.csv`, `\uFEFF${out.csv}`, 'text/csv;charset=utf-8');
        })
      }
      onImport={(text) =>
        run(async () => {
          try {
            const r = await request('data/import', { text });
            const list = (label: string, slugs: string[]) =>
              slugs.length ? `${label} ${slugs.length} (${slugs.join(', ')})` : `${label} 0`;
            setReport(
              `Imported. ${list('Added', r.added)}; ${list('updated', r.updated)}; ${r.unchanged.length} unchanged.`,
            );
          } catch (e) {
            setImportError((e as Error).message);
          }
        })
      }
      onDeleteAll={() =>
        run(async () => {
          await request('data/clear', {});
          setDeleted(true);
        })
      }
    />
  );
}

const SECTIONS = [
  ['my-profile', 'My profile', MyProfileSection],
  ['settings', 'Settings', SettingsSection],
  ['templates', 'Message templates', TemplatesSection],
  ['data', 'Your data', DataSection],
] as const;

function Options() {
  return (
    <main class="cg-root cg-options">
      <h1>Common Ground</h1>
      <nav aria-label="Sections">
        {SECTIONS.map(([id, title]) => (
          <a key={id} href={`#${id}`}>
            {title}
          </a>
        ))}
      </nav>
      <p class="cg-hint">Everything here stays in this browser and is never sent anywhere.</p>
      {SECTIONS.map(([id, title, Section]) => (
        <section key={id} id={id} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{title}</h2>
          <Section />
        </section>
      ))}
    </main>
  );
}

installPageStyles(document);
render(<Options />, document.getElementById('app')!);
