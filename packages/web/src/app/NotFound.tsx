import { Link } from 'wouter';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/i18n';

/** The page for an address the app does not know, with a way back. */
export function NotFound() {
  const { t } = useT();
  return (
    <>
      <PageHeading title={t('common.notFound')}>{t('common.notFound')}</PageHeading>
      <p>{t('common.notFoundText')}</p>
      <p>
        <Link href="/">{t('common.seeAll')}</Link>
      </p>
    </>
  );
}
