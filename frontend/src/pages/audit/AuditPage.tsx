export function AuditPage() {
  return <div>审计</div>;
}
