'use client';
import { useActionState } from 'react';
import { ErrorSummary, FieldError } from 'api-error-kit/react';
import { pay, type PaymentState } from './actions';

const initial: PaymentState = { values: { amount: '', description: '' } };

export function PaymentForm() {
  const [state, action, pending] = useActionState(pay, initial);
  return (
    <form action={action} noValidate>
      <ErrorSummary error={state.error} fieldLabels={{ amount: 'Amount', description: 'Description' }} />
      <p>
        <label htmlFor="amount">Amount</label>
        <input id="amount" name="amount" inputMode="numeric" defaultValue={state.values.amount} />
        <FieldError error={state.error} name="amount" />
      </p>
      <p>
        <label htmlFor="description">Description</label>
        <input id="description" name="description" defaultValue={state.values.description} />
        <FieldError error={state.error} name="description" />
      </p>
      <button type="submit" disabled={pending}>
        Pay
      </button>
      {state.paid && <p role="status">Payment sent.</p>}
    </form>
  );
}
