/** One API call as the admin API reports it. */
export interface RequestRecord {
  seq: number;
  wallTime: string;
  simTime: string;
  product: string;
  action: string;
  regionId: string;
  status: number;
  code: string;
  requestId: string;
  clientToken: string;
  /** Kind of injected fault that shaped the answer, if any. */
  fault: string;
  signature: 'v1' | 'v3' | '';
}

/** The last calls (bounded), newest last. */
export class RequestLog {
  private records: RequestRecord[] = [];
  private seq = 0;

  add(record: Omit<RequestRecord, 'seq'>): void {
    this.records.push({ seq: ++this.seq, ...record });
    if (this.records.length > 5000) this.records.splice(0, this.records.length - 5000);
  }

  list(limit?: number): RequestRecord[] {
    return limit ? this.records.slice(-limit) : [...this.records];
  }

  clear(): void {
    this.records = [];
  }
}
