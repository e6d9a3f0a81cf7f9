import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import '../styles/sidePanels.css';

export interface SidePanel {
  id: string;
  label: string;
  render(): ReactNode;
  /** Something new in the panel, shown on its tab (« 2 »); `label` is then the tab's whole name for screen readers. */
  badge?: { text: string; label: string; emphasis?: boolean };
}

interface SidePanelsProps {
  panels: readonly SidePanel[];
  label: string;
  /** Brings a panel to the front each time a new object is passed (« Commenter » opens its form there). */
  reveal?: { panelId: string } | null;
  /** Told which panel is open, at first and after each change. */
  onOpenPanel?(panelId: string): void;
}

/**
 * The side area of the editor: one tab per panel (WAI-ARIA tabs: arrows, Home and End move
 * between tabs). Only the open panel is rendered, so hidden panels do not poll the server.
 */
export function SidePanels({ panels, label, reveal = null, onOpenPanel }: SidePanelsProps) {
  const baseId = useId();
  const [selected, setSelected] = useState(panels[0]?.id ?? '');
  useEffect(() => {
    if (reveal) setSelected(reveal.panelId);
  }, [reveal]);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const current = panels.find((panel) => panel.id === selected) ?? panels[0];
  const currentId = current?.id;
  useEffect(() => {
    if (currentId !== undefined) onOpenPanel?.(currentId);
  }, [currentId, onOpenPanel]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = panels.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    const panel = panels[target];
    if (!panel) return;
    setSelected(panel.id);
    tabs.current[target]?.focus();
  };

  return (
    <aside className="side-panels" aria-label={label}>
      <div className="side-panels__tabs" role="tablist" aria-label={label}>
        {panels.map((panel, index) => {
          const isSelected = panel.id === current?.id;
          return (
            <button
              key={panel.id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${panel.id}`}
              className="side-panels__tab"
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel`}
              tabIndex={isSelected ? 0 : -1}
              aria-label={panel.badge?.label}
              onClick={() => setSelected(panel.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {panel.label}
              {panel.badge && (
                <span
                  className={`side-panels__badge${panel.badge.emphasis ? ' side-panels__badge--emphasis' : ''}`}
                  aria-hidden="true"
                >
                  {panel.badge.text}
                </span>
              )}
            </button>
          );
        })}
      </div>
      {current && (
        <div
          id={`${baseId}-panel`}
          role="tabpanel"
          className="side-panels__panel"
          aria-labelledby={`${baseId}-tab-${current.id}`}
          tabIndex={0}
        >
          {current.render()}
        </div>
      )}
    </aside>
  );
}
