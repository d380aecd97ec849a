import { useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/i18n';
import { api } from '../lib/api';
import { orThrow } from '../lib/http';

/**
 * A quiet footer line saying whether the Doorway service answered its health check.
 *
 * @example
 * <footer><ServiceStatus /></footer>
 */
export function ServiceStatus() {
  const { t } = useT();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => api.get('/api/health').then(orThrow),
  });
  if (health.isPending) return <p className="service-status">{t('common.serviceChecking')}</p>;
  if (health.isError)
    return (
      <p className="service-status" role="alert">
        {t('common.serviceDown')}
      </p>
    );
  return (
    <p className="service-status" data-testid="service-status">
      {health.data.status === 'ok'
        ? t('common.serviceRunning', { version: health.data.version })
        : t('common.serviceOther', { status: health.data.status, version: health.data.version })}
    </p>
  );
}
