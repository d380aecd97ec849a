import { useId, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import type { Course } from './courseTypes';

/** The file name the server gave (Content-Disposition), or a plain one. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * "Download LMS package": the course as a SCORM 1.2 or cmi5 zip
 * (`GET /api/orgs/:orgId/courses/:courseId/package?format=…`), saved through the browser. A refusal (for
 * example the player not built on the server) is shown with the server's words instead of a broken file.
 *
 * @example
 * <LmsPackageDownload orgId={orgId} course={course} />
 */
export function LmsPackageDownload({ orgId, course }: { orgId: string; course: Course }) {
  const { t } = useT();
  const id = useId();
  const [format, setFormat] = useState<'scorm12' | 'cmi5'>('scorm12');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  if (!course.steps.some((s) => s.kind === 'scenario')) return null;
  const download = async () => {
    setBusy(true);
    setError(null);
    setStatus('');
    const result = await api.raw.get('/api/orgs/:orgId/courses/:courseId/package', {
      param: { orgId, courseId: course.id },
      query: { format },
    });
    const blob = result.ok ? await result.value.blob().catch(() => undefined) : undefined;
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (!blob) return setError({ kind: 'network', message: 'The download broke off. Try again.' });
    const file = { blob, name: fileNameOf(result.value, `course-${format}.zip`) };
    const url = URL.createObjectURL(file.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(t('lmsPackage.ready', { name: file.name }));
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('lmsPackage.heading')}</h2>
      <p>{t('lmsPackage.lede')}</p>
      {course.steps.some((s) => s.kind === 'workshop') ? <p>{t('lmsPackage.workshopsLeftOut')}</p> : null}
      <label htmlFor={`${id}-format`}>{t('lmsPackage.format')}</label>
      <select
        id={`${id}-format`}
        value={format}
        onChange={(e) => setFormat(e.target.value as 'scorm12' | 'cmi5')}
      >
        <option value="scorm12">{t('lmsPackage.scorm12')}</option>
        <option value="cmi5">{t('lmsPackage.cmi5')}</option>
      </select>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {t('lmsPackage.download')}
        </button>
      </div>
      <p role="status">{status}</p>
      {error ? <ErrorNotice error={error} title={t('lmsPackage.failed')} /> : null}
    </section>
  );
}
