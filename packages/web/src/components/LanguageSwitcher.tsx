import { useState } from 'react';
import { type Language, languages, setLanguage, useT } from '../i18n/i18n';

/**
 * The interface language picker in the header. The choice is remembered on this browser; each
 * option names its language in that language (and says so with `lang`) so anyone can find theirs.
 *
 * @example
 * <LanguageSwitcher />
 */
export function LanguageSwitcher() {
  const { t, lang } = useT();
  const [busy, setBusy] = useState(false);
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        value={lang}
        disabled={busy}
        onChange={(e) => {
          setBusy(true);
          void setLanguage(e.target.value as Language).finally(() => setBusy(false));
        }}
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
