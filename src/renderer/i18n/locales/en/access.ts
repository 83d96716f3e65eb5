/** Settings → Advanced: where SSH and the notebook open to. */
export const access = {
  title: 'Advanced: who may reach your instances',
  intro:
    'Danlu opens SSH (22) and the notebook (8888) only to your public address, never to everyone. Before each launch and start it asks the services below and uses the address only when at least two of them agree.',
  check: 'Check my address now',
  checking: 'Asking…',
  result: 'Opening to {{cidr}} — {{how}}',
  cidr: 'Open to this address or range instead',
  cidrHint:
    'For a network whose address the services cannot see (a company proxy, several exits). An IPv4 address or a range up to /16; empty: learn it automatically.',
  endpoints: 'Address services (HTTPS, one per line, at least two)',
  endpointsHint: 'Each must answer your public IPv4 address as plain text.',
  save: 'Save',
  saved: 'Saved.',
};
