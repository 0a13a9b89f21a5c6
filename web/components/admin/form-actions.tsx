'use client';

import { useT } from '../../lib/i18n/client';

/** Save (its label and busy text optional) and, while editing, "Annullér redigering". */
export function FormActions({
  editing,
  onCancel,
  label,
  loading = false,
}: {
  editing: boolean;
  onCancel: () => void;
  label?: string;
  loading?: boolean;
}) {
  const t = useT();
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('pform.saving') : (label ?? t('pform.save'))}
      </button>
      {editing && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('admin.cancelEdit')}
        </button>
      )}
    </div>
  );
}
