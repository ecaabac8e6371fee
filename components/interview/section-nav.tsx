'use client';

import { SECTION_IDS } from './use-nav-keys';

/** The nav strip in the sticky bar: one button per section, with its keys; `.` pressed shows the letters. */
export function SectionNav({
  titles,
  prefix,
  onJump,
}: {
  titles: Record<string, string>;
  prefix: boolean;
  onJump: (id: string) => void;
}) {
  return (
    <nav className="section-nav" aria-label="Secties" data-prefix={prefix ? '' : undefined}>
      {SECTION_IDS.filter((id) => titles[id]).map((id, i) => (
        <button
          key={id}
          type="button"
          tabIndex={-1}
          className="small secondary"
          data-jump={id}
          onClick={() => onJump(id)}
          title={`Naar ${titles[id]}: Alt+${i + 1}, of . dan ${id.toLowerCase()}`}
        >
          <kbd>{prefix ? id.toLowerCase() : `Alt+${i + 1}`}</kbd> {id}. {titles[id]}
        </button>
      ))}
      <span className="small muted">
        {prefix ? (
          <>
            sectieletter, of <kbd>t</kbd> terug · <kbd>Esc</kbd>
          </>
        ) : (
          <>
            <kbd>.</kbd> + letter · <kbd>Alt+0</kbd> terug · <kbd>/</kbd> leefgebied of escalatie
          </>
        )}
      </span>
    </nav>
  );
}

/** The small key hint beside a section heading. */
export function SectionKeyHint({ id }: { id: string }) {
  const i = (SECTION_IDS as readonly string[]).indexOf(id);
  if (i < 0) return null;
  return (
    <span className="section-keys small muted" aria-hidden="true">
      <kbd>Alt+{i + 1}</kbd> of <kbd>.</kbd>
      <kbd>{id.toLowerCase()}</kbd>
      {(id === 'B' || id === 'D') && (
        <>
          {' '}
          · <kbd>/</kbd> + beginletters: naar een {id === 'B' ? 'leefgebied' : 'escalatie'}
        </>
      )}
    </span>
  );
}
