import { ErrorSummary, FieldError, type ErrorSummaryProps } from 'api-error-kit/react';

/**
 * A GOV.UK-style form beside its summary, as an app would lay it out: the summary first, then each
 * field with its label, hint and inline error.
 */
export function DemoForm(props: ErrorSummaryProps) {
  const { error } = props;
  return (
    <div>
      <ErrorSummary {...props} />
      <form noValidate onSubmit={(event) => event.preventDefault()} className="demo-form">
        <div className="demo-form__group">
          <label htmlFor="email">Email address</label>
          <p id="email-hint" className="demo-form__hint">
            We will only use this to send you a receipt.
          </p>
          <FieldError error={error} name="email" />
          <input id="email" name="email" type="email" aria-describedby="email-hint" defaultValue="ada@" />
        </div>
        <div className="demo-form__group">
          <label htmlFor="dateOfBirth">Date of birth</label>
          <FieldError error={error} name="dateOfBirth" />
          <input id="dateOfBirth" name="dateOfBirth" defaultValue="2099-01-01" />
        </div>
        <button type="submit">Continue</button>
      </form>
    </div>
  );
}
