import { registerMessages } from '@bina-pustaka/api-platform';

export const auditMessages = {
  id: {
    'validation.date': '{field} harus berupa tanggal, misalnya 2026-11-25.',
    'validation.dateRange': '{field} tidak boleh lebih awal dari tanggal mulai.',
    'fields.action': 'Tindakan',
    'fields.actorId': 'Pelaku',
    'fields.subjectType': 'Jenis subjek',
    'fields.subjectId': 'Subjek',
    'fields.from': 'Tanggal mulai',
    'fields.to': 'Tanggal akhir',
    'audit.exportTooLarge':
      'Hasil penyaringan berisi lebih dari {limit} catatan. Persempit rentang tanggal lalu unduh kembali.',
  },
  en: {
    'validation.date': '{field} must be a date, for example 2026-11-25.',
    'validation.dateRange': '{field} must not be earlier than the start date.',
    'fields.action': 'Action',
    'fields.actorId': 'Actor',
    'fields.subjectType': 'Subject type',
    'fields.subjectId': 'Subject',
    'fields.from': 'Start date',
    'fields.to': 'End date',
    'audit.exportTooLarge': 'The filter matches more than {limit} entries. Narrow the date range and download again.',
  },
};

registerMessages(auditMessages);
