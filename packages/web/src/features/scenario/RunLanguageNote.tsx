import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import type { RunLanguage } from '../../lib/runLanguage';

/**
 * Before a run starts: the language it will play in, and a note when that language covers only part
 * of the scenario or the scenario is not available in the interface language (it plays in English).
 *
 * @example
 * <RunLanguageNote runLanguage={runLanguageFor(scenario.languages, 'es')} />
 */
export function RunLanguageNote({ runLanguage }: { runLanguage: RunLanguage }) {
  const { t } = useT();
  const name = (code: string) => t(code === 'es' ? 'common.languageNames.es' : 'common.languageNames.en');
  return (
    <div className="run-language" data-run-lang={runLanguage.lang} data-status={runLanguage.status}>
      {runLanguage.status === 'unavailable' ? (
        <p className="notice">{t('scenario.unavailable', { language: name(runLanguage.wanted) })}</p>
      ) : null}
      {runLanguage.status === 'partial' ? (
        <p className="notice">
          {t('scenario.partial', {
            language: name(runLanguage.lang),
            translated: formatNumber(runLanguage.translated),
            texts: formatNumber(runLanguage.texts),
          })}
        </p>
      ) : null}
      <p className="muted">{t('scenario.playsIn', { language: name(runLanguage.lang) })}</p>
    </div>
  );
}
