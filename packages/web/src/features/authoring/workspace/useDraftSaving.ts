import { useState } from 'react';
import type { ApiError } from '../../../lib/http';
import { type Draft, saveDraft } from '../authoringApi';

/**
 * The saved state of a draft being edited: its revision, whether the text differs, and `save` (which
 * saves on top of the revision it was opened at; a 409 means someone saved in between).
 *
 * @example
 * const saving = useDraftSaving(orgId, draft); await saving.save(text);
 */
export function useDraftSaving(orgId: string, draft: Draft) {
  const [saved, setSaved] = useState<{ yaml: string; revision: number }>({
    yaml: draft.yaml,
    revision: draft.revision,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  /** Saves `text` when it changed; answers the revision now saved, or undefined on failure. */
  const save = async (text: string): Promise<number | undefined> => {
    if (text === saved.yaml) return saved.revision;
    setBusy(true);
    const result = await saveDraft(orgId, draft.id, text, saved.revision);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return undefined;
    }
    setError(null);
    setSaved({ yaml: text, revision: result.value.draft.revision });
    return result.value.draft.revision;
  };
  return { saved, save, error, busy, clearError: () => setError(null) };
}
