import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeading } from '../../components/PageHeading';
import { isLanguage, type Language, languages, useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import './workshop.css';

/** The language picked in the form, else the interface's. */
const languageOf = (value: unknown, fallback: Language): Language => (isLanguage(value) ? value : fallback);

/**
 * Joining a workshop room: the code from the screen (pre-filled from a QR link) and an optional
 * nickname, and the language this phone shows the scenario in (the interface language unless changed;
 * the room's language when its scenario is not translated into it). No account and no personal data.
 *
 * @example
 * <Route path="/join/:code?" component={JoinPage} />
 */
export function JoinPage({ params }: { params: { code?: string } }) {
  const { t, lang } = useT();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const join = useMutation({
    mutationFn: (body: { code: string; nickname?: string; lang: Language }) =>
      api.post('/api/join', { json: body }),
    onSuccess: (result) => {
      if (result.ok) navigate(`/rooms/${result.value.roomId}/participate`);
      else setError(result.error);
    },
  });
  return (
    <div className="ws-page ws-phone">
      <PageHeading title={t('workshop.joinTitle')}>{t('workshop.joinTitle')}</PageHeading>
      <p>{t('workshop.joinText')}</p>
      <form
        className="ws-form"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          const data = new FormData(event.currentTarget);
          const nickname = String(data.get('nickname') ?? '').trim();
          join.mutate({
            code: String(data.get('code') ?? ''),
            ...(nickname ? { nickname } : {}),
            lang: languageOf(data.get('lang'), lang),
          });
        }}
      >
        <label>
          {t('workshop.joinCode')}
          <input
            name="code"
            defaultValue={params.code ?? ''}
            required
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
            className="ws-code-input"
          />
        </label>
        <label>
          {t('workshop.nickname')}
          <input name="nickname" maxLength={40} autoComplete="off" />
        </label>
        <label>
          {t('workshop.phoneLanguage')}
          {/* Keyed by the interface language, so switching it in the header moves the default along. */}
          <select name="lang" defaultValue={lang} key={lang}>
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        {error ? <ErrorNotice error={error} title={t('workshop.couldNotJoin')} /> : null}
        <button type="submit" className="button" disabled={join.isPending}>
          {t('workshop.join')}
        </button>
      </form>
    </div>
  );
}
