/** What answers on a forwarded port of the instance, as Danlu found when it opened the forward. */
export type PortServes = 'http' | 'https-pinned' | 'https-unknown' | 'nothing';

/** A port of the instance forwarded to this computer's loopback over the session's pinned SSH connection. */
export interface PortForward {
  id: string;
  sessionId: string;
  remotePort: number;
  /** Listening on 127.0.0.1 only. */
  localPort: number;
  /** What to open: http://127.0.0.1:<localPort>/ or https://… */
  url: string;
  serves: PortServes;
  /** The certificate's SHA-256 when the port speaks TLS ("AB:CD:…"), to compare before trusting it. */
  fingerprint256?: string;
  /** A name for well-known ports (TensorBoard, Gradio, Jupyter). */
  label?: string;
  openedAt: string;
  /** Connections through it right now. */
  connections: number;
}

/** A forwarded HTTPS port to show in Danlu's own window, which trusts exactly its certificate. */
export interface PinnedPage {
  sessionId: string;
  instanceId: string;
  title: string;
  url: string;
  fingerprint256: string;
}

/** Ports a learner forwards most; any other can be typed. */
export const WELL_KNOWN_PORTS: ReadonlyArray<{ port: number; label: string }> = [
  { port: 6006, label: 'TensorBoard' },
  { port: 7860, label: 'Gradio' },
  { port: 8501, label: 'Streamlit' },
  { port: 8888, label: 'Jupyter' },
];
