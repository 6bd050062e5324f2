import { PaymentForm } from './PaymentForm';

export default function PaymentsPage() {
  return (
    <>
      <h1>Pay</h1>
      <PaymentForm />
    </>
  );
}
