'use client';

/** The outcome of the last action: announced politely when it worked, as an alert when it failed. */
export function StatusMessage({ message }: { message: { text: string; error: boolean } | null }) {
  return (
    <>
      <div aria-live="polite" role="status">
        {message && !message.error && <p>{message.text}</p>}
      </div>
      {message?.error && (
        <div className="alert" role="alert">
          <p>{message.text}</p>
        </div>
      )}
    </>
  );
}
