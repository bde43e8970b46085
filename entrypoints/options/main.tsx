import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MyProfileForm } from '@/components/MyProfileForm';
import { installPageStyles } from '@/components/page-styles';
import { type FormField, fromDraft, type MyProfileDraft, toDraft } from '@/utils/my-profile-form';
import { request } from '@/utils/send';

function Options() {
  const [draft, setDraft] = useState<MyProfileDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    request('me/get', {}).then(
      (me) => setDraft(toDraft(me)),
      (e: Error) => setStatus(e.message),
    );
  }, []);
  if (!draft) return <main class="cg-root">{status ?? 'Loading…'}</main>;
  return (
    <main class="cg-root">
      <h1>My profile</h1>
      <p class="cg-hint">
        Common Ground compares this with the profiles you visit. It stays in this browser and is never sent anywhere.
      </p>
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
            const saved = await request('me/save', { me: result.me });
            setDraft(toDraft(saved));
            setStatus('Saved.');
          } catch (e) {
            setStatus(`Not saved: ${(e as Error).message}`);
          }
        }}
      />
    </main>
  );
}

installPageStyles(document);
render(<Options />, document.getElementById('app')!);
