import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { OperationalSignals } from '../../common/observability/operational-signals';
import type {
  GaugeSpec,
  OperationalSignalSource,
} from '../../common/observability/operational-signals';

/** The mail outbox's part in /metrics: messages not yet sent, and failed ones. */
@Injectable()
@OperationalSignals({ feature: 'mail' })
export class MailSignals implements OperationalSignalSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  gauges(): GaugeSpec[] {
    return [
      {
        name: 'mic_mail_outbox_backlog',
        help: 'Mail messages in the outbox by status (PENDING and SENDING are the backlog; FAILED gave up)',
        labelNames: ['status'],
        read: async () => {
          const rows: { status: string; n: number }[] = await this.db.query(
            `SELECT status, count(*)::int AS n FROM mail_message WHERE status IN ('PENDING', 'SENDING', 'FAILED') GROUP BY status`,
          );
          const byStatus = new Map(rows.map((r) => [r.status, r.n]));
          return ['PENDING', 'SENDING', 'FAILED'].map((status) => ({
            labels: { status },
            value: byStatus.get(status) ?? 0,
          }));
        },
      },
    ];
  }
}
