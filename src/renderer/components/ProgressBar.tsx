/** A thin bar for work whose share done is known (0..1). */
export function ProgressBar({ value, label, testId }: { value: number; label: string; testId?: string }) {
  const share = Math.min(1, Math.max(0, value));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
      data-testid={testId}
    >
      <div className="progress-fill" style={{ width: `${share * 100}%` }} />
    </div>
  );
}
