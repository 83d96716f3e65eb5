/**
 * The workbench capability: what a learner does on a running machine, over the SSH connection
 * Danlu pinned, with nothing opened in the security group. Its only door: outside code imports
 * from here, never from the rooms (machine, ports, files, gpu, notify).
 */

export { FileTransfers } from './files/file-transfers';
export { MachineLinks } from './machine/machine-links';
export { MachineReaders } from './machine-readers';
export { WebhookRelay } from './notify/webhook-relay';
export { sendJson } from './notify/webhook-send';
export { WebhookStore } from './notify/webhook-store';
export { PortForwards } from './ports/port-forwards';
