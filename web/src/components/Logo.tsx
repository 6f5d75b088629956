/** The Fachwerk mark: a timber-frame panel. Decorative; the name is given as text. */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="4" fill="#0b3a66" />
      <g stroke="#ffffff" strokeWidth="2.5" fill="none">
        <rect x="6" y="6" width="20" height="20" />
        <path d="M16 6v20M6 16h20M6 6l10 10M26 6 16 16" />
      </g>
    </svg>
  );
}
