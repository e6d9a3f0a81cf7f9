import { ApiRequestError, sendWithCsrf } from './http';

/** Bytes sent so far and in all, as the browser reports them while uploading. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * Posts a multipart form with the CSRF token, reporting upload progress (fetch cannot).
 * The XMLHttpRequest answer is turned into a `Response` so that errors, CSRF retries and
 * the sign-in redirect behave exactly as for every other call.
 */
export async function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const response = await sendWithCsrf((headers) => sendForm(path, form, { ...extraHeaders, ...headers }, onProgress, signal));
  return (await response.json()) as T;
}

function sendForm(
  path: string,
  form: FormData,
  headers: Record<string, string>,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    request.onload = () => {
      const responseHeaders = new Headers();
      const retryAfter = request.getResponseHeader('Retry-After');
      if (retryAfter) responseHeaders.set('Retry-After', retryAfter);
      // A Response cannot carry a null-body status with a body; none of ours answer 204.
      resolve(new Response(request.responseText, { status: request.status, headers: responseHeaders }));
    };
    request.onerror = () => reject(new ApiRequestError('Impossible de joindre le serveur. Vérifiez votre connexion.', 0));
    request.onabort = () => reject(new DOMException('Envoi annulé.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}
