'use server';
import { HttpError, normalizeError, type ApiError } from 'api-error-kit';
import { api } from '../api';

export interface PaymentState {
  /** What the person typed, given back so the fields keep it (React resets a form after its action). */
  values: { amount: string; description: string };
  error?: ApiError;
  paid?: boolean;
}

export async function pay(_previous: PaymentState, form: FormData): Promise<PaymentState> {
  const values = { amount: String(form.get('amount') ?? ''), description: String(form.get('description') ?? '') };
  const response = await fetch(api('/api/payments'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(values),
    cache: 'no-store',
  });
  // A plain copy of the model crosses to the client; `cause` (the HttpError) stays here.
  if (!response.ok) return { values, error: { ...normalizeError(await HttpError.fromResponse(response)) } };
  return { values, paid: true };
}
