import { useEffect, useState } from 'react';

/**
 * A setting's checkbox that follows the click at once while it is saved, and goes back (the
 * card then says why) when saving fails; `save` resolves true once the setting is stored.
 */
export function SettingSwitch(props: {
  testId: string;
  checked: boolean;
  label: string;
  save(next: boolean): Promise<boolean>;
}) {
  const [shown, setShown] = useState(props.checked);
  useEffect(() => setShown(props.checked), [props.checked]);
  return (
    <label className="check preferences-check">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={shown}
        onChange={async (e) => {
          const next = e.target.checked;
          setShown(next);
          if (!(await props.save(next))) setShown(!next);
        }}
      />
      <span>{props.label}</span>
    </label>
  );
}
