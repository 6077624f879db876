import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { Avatar } from './Avatar.tsx';
import { FieldMessage } from './FieldMessage.tsx';
import { TextField } from './TextField.tsx';

const MAX_BYTES = 2 * 1024 * 1024;
const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

interface PhotoFieldProps {
  name: string;
  photoUrl: string;
  onChange: (photoUrl: string) => void;
  error?: string;
}

/** Profile photo: paste a URL or upload a file (uploaded at once to POST /api/me/photo). */
export function PhotoField({ name, photoUrl, onChange, error }: PhotoFieldProps) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setStatus('');
    if (!ACCEPTED_TYPES.includes(file.type)) return setUploadError(t('photo.wrongType'));
    if (file.size > MAX_BYTES) return setUploadError(t('photo.tooBig'));
    setUploadError(undefined);
    setUploading(true);
    setStatus(t('photo.uploading'));
    const body = new FormData();
    body.append('photo', file);
    try {
      const result = await api.post<{ photoUrl: string }>('/api/me/photo', body);
      onChange(result.photoUrl);
      setStatus(t('photo.uploaded'));
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setUploadError(failure.message);
      setStatus('');
    } finally {
      setUploading(false);
      event.target.value = '';
    }
  };

  return (
    <div className="photo-field">
      <Avatar name={name} photoUrl={photoUrl} size="large" />
      <div className="photo-inputs">
        <TextField
          name="photoUrl"
          type="url"
          inputMode="url"
          label={t('profile.photoUrl')}
          hint={t('profile.photoUrlHint')}
          value={photoUrl}
          onChange={onChange}
          error={error}
        />
        <div className="field">
          <label htmlFor="photo">{t('profile.photoUpload')}</label>
          <p id="photo-hint" className="field-hint">
            {t('profile.photoUploadHint')}
          </p>
          <input
            id="photo"
            name="photo"
            type="file"
            accept={ACCEPTED_TYPES.join(',')}
            onChange={(event) => void upload(event)}
            disabled={uploading}
            aria-invalid={uploadError ? true : undefined}
            aria-describedby={uploadError ? 'photo-hint photo-error' : 'photo-hint'}
          />
          <FieldMessage id="photo-error" message={uploadError} />
          <p className="field-status" role="status">
            {status}
          </p>
        </div>
      </div>
    </div>
  );
}
