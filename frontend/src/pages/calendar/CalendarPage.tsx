export function CalendarPage() {
  return <div>工作日历</div>;
}
